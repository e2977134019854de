import type { DomainKnowledge } from "../types.js";

// Consumer devices as sold new or used: phones and laptops, their specs, condition and price.
// "Model", "brand", "price" and "weight" are named with the device ("phone model", "laptop
// weight") so that the subject of a description completes them ("used phones: model, price").
const DEVICES = ["retail", "e-commerce", "telecom"] as const;
const IDC = "IDC Worldwide Quarterly Mobile Phone / Personal Computing Device Tracker, 2023 vendor shares";

export const devices: DomainKnowledge = {
  domain: "retail",
  words: ["used phones", "smartphones", "smartphone", "phones", "iphones", "iphone", "laptops", "laptop", "laptop listings", "notebooks", "tablets", "electronics", "gadgets", "refurbished"],
  concepts: [
    {
      id: "iphone_model",
      names: ["iphone model", "iphone", "iphone version"],
      domains: [...DEVICES],
      source: "Apple iPhone release history; used-market share skews to the last 3-4 generations",
      shape: { kind: "category", values: ["iPhone XR", "iPhone 11", "iPhone 11 Pro", "iPhone 12", "iPhone 12 Pro", "iPhone 13", "iPhone 13 Pro", "iPhone 14", "iPhone 14 Pro", "iPhone 15", "iPhone 15 Pro"], weights: [0.05, 0.1, 0.05, 0.12, 0.07, 0.14, 0.08, 0.13, 0.08, 0.11, 0.07] },
    },
    {
      id: "phone_model",
      names: ["phone model", "smartphone model", "handset model", "device model", "handset", "mobile model"],
      domains: [...DEVICES],
      source: IDC,
      shape: { kind: "category", values: ["iPhone 13", "iPhone 14", "iPhone 15", "Galaxy S22", "Galaxy S23", "Galaxy A54", "Pixel 7", "Pixel 8", "Redmi Note 12", "OnePlus 11", "Moto G Power"], weights: [0.12, 0.12, 0.1, 0.08, 0.09, 0.12, 0.06, 0.05, 0.12, 0.04, 0.1] },
    },
    {
      id: "phone_brand",
      names: ["phone brand", "smartphone brand", "handset brand", "phone make", "phone manufacturer"],
      domains: [...DEVICES],
      source: IDC,
      shape: { kind: "category", values: ["Apple", "Samsung", "Xiaomi", "Google", "Motorola", "OnePlus", "Oppo"], weights: [0.36, 0.3, 0.1, 0.07, 0.08, 0.04, 0.05] },
    },
    {
      id: "laptop_brand",
      names: ["laptop brand", "laptop make", "laptop manufacturer", "computer brand", "pc brand"],
      domains: [...DEVICES],
      source: IDC,
      shape: { kind: "category", values: ["Lenovo", "HP", "Dell", "Apple", "Asus", "Acer", "Microsoft", "MSI"], weights: [0.23, 0.21, 0.16, 0.1, 0.09, 0.08, 0.03, 0.03] },
    },
    {
      id: "cpu_model",
      names: ["cpu model", "cpu", "processor", "processor model", "chip", "chipset", "cpu type", "processor type"],
      domains: [...DEVICES],
      shape: { kind: "category", values: ["Intel Core i3", "Intel Core i5", "Intel Core i7", "Intel Core i9", "AMD Ryzen 5", "AMD Ryzen 7", "AMD Ryzen 9", "Apple M1", "Apple M2", "Apple M3"], weights: [0.08, 0.22, 0.18, 0.04, 0.14, 0.12, 0.03, 0.06, 0.08, 0.05] },
    },
    {
      id: "ram_gb",
      names: ["ram", "ram gb", "memory gb", "ram size", "memory size", "system memory"],
      domains: [...DEVICES],
      source: "Steam Hardware Survey 2024: 16 GB the most common, then 32 and 8",
      shape: { kind: "category", values: ["4", "8", "16", "32", "64"], weights: [0.04, 0.3, 0.42, 0.2, 0.04] },
    },
    {
      id: "device_storage_gb",
      names: ["storage", "storage gb", "storage capacity", "internal storage", "ssd", "ssd gb", "disk size"],
      domains: [...DEVICES],
      shape: { kind: "category", values: ["64", "128", "256", "512", "1024"], weights: [0.12, 0.34, 0.32, 0.16, 0.06] },
    },
    {
      id: "laptop_screen_size",
      names: ["screen size", "display size", "screen", "screen inches", "display inches", "laptop screen size"],
      domains: [...DEVICES],
      // Laptops: 13.3-16 inch panels dominate; 11.6 and 17.3 at the ends.
      shape: { kind: "number", distribution: "normal", mean: 14.6, sd: 1.2, min: 11.6, max: 17.3, decimals: 1 },
      units: [{ words: ["cm"], shape: { kind: "number", distribution: "normal", mean: 37.1, sd: 3, min: 29.5, max: 44, decimals: 1 } }],
    },
    {
      id: "phone_screen_size",
      names: ["phone screen size", "smartphone screen size", "phone display size", "iphone screen size"],
      domains: [...DEVICES],
      shape: { kind: "number", distribution: "normal", mean: 6.3, sd: 0.3, min: 5.4, max: 6.9, decimals: 1 },
    },
    {
      id: "laptop_weight",
      names: ["laptop weight", "notebook weight", "device weight"],
      domains: [...DEVICES],
      // Ultrabooks ~1.1-1.4 kg, mainstream 1.6-2.2 kg, gaming 2.3-3.5 kg.
      shape: { kind: "number", distribution: "normal", mean: 1.8, sd: 0.45, min: 0.9, max: 4, decimals: 2 },
      units: [
        { words: ["kg"], shape: { kind: "number", distribution: "normal", mean: 1.8, sd: 0.45, min: 0.9, max: 4, decimals: 2 } },
        { words: ["lbs", "lb", "pounds"], shape: { kind: "number", distribution: "normal", mean: 4, sd: 1, min: 2, max: 8.8, decimals: 1 } },
      ],
    },
    {
      id: "laptop_price",
      names: ["laptop price", "notebook price", "computer price", "pc price"],
      domains: [...DEVICES],
      source: "IDC: average selling price of a notebook PC about $700-900 (2023)",
      shape: { kind: "number", distribution: "lognormal", mean: 950, sd: 500, min: 200, max: 5000, decimals: 2 },
      units: [{ words: ["in euros", "euros", "eur", "in eur", "€", "in usd", "usd", "dollars", "$"], shape: { kind: "number", distribution: "lognormal", mean: 950, sd: 500, min: 200, max: 5000, decimals: 2 } }],
      outcome: true,
      drivers: [
        { concept: "ram_gb", value: "32", weight: 0.7 },
        { concept: "ram_gb", value: "64", weight: 1.2 },
        { concept: "ram_gb", value: "4", weight: -0.8 },
        { concept: "ram_gb", value: "8", weight: -0.4 },
        { concept: "cpu_model", value: "Intel Core i3", weight: -0.6 },
        { concept: "cpu_model", value: "Intel Core i9", weight: 0.9 },
        { concept: "laptop_screen_size", weight: 0.2 },
      ],
    },
    {
      id: "device_model_year",
      names: ["model year", "release year", "year released", "launch year", "year of release"],
      domains: [...DEVICES],
      // Phones on the resale market are mostly 1-6 years old; little older than 2012 still sells.
      source: "Swappa / Back Market listings 2024: most resold phones are 2018-2023 models",
      shape: { kind: "integer", distribution: "normal", mean: 2020, sd: 2.2, min: 2012, max: 2025 },
    },
    {
      id: "phone_price",
      names: ["phone price", "phone asking price", "phone listing price", "phone resale price", "iphone price", "resale price phone", "price phone", "resale price"],
      domains: [...DEVICES],
      // Used iPhones resell for roughly $150-900 by generation and condition.
      source: "Swappa used iPhone price guide (2024)",
      shape: { kind: "number", distribution: "lognormal", mean: 420, sd: 190, min: 60, max: 1400, decimals: 0 },
      units: [{ words: ["in euros", "euros", "eur", "in usd", "usd", "dollars", "$"], shape: { kind: "number", distribution: "lognormal", mean: 420, sd: 190, min: 60, max: 1400, decimals: 0 } }],
      outcome: true,
      drivers: [
        { concept: "battery_health", weight: 0.5 },
        { concept: "screen_cracked", weight: -1 },
        { concept: "device_storage_gb", value: "256", weight: 0.4 },
        { concept: "device_storage_gb", value: "512", weight: 0.7 },
        { concept: "device_storage_gb", value: "64", weight: -0.5 },
        { concept: "iphone_model", value: "iPhone 15 Pro", weight: 1.2 },
        { concept: "iphone_model", value: "iPhone XR", weight: -1.1 },
      ],
    },
    {
      id: "battery_health",
      names: ["battery health", "battery health %", "battery capacity %", "max battery capacity", "battery condition", "battery health percent"],
      domains: [...DEVICES],
      // iPhone batteries keep ~80% of their capacity after 500 full cycles (Apple).
      source: "Apple, iPhone battery and performance (80% at 500 complete charge cycles)",
      shape: { kind: "number", distribution: "normal", mean: 87, sd: 6, min: 65, max: 100, decimals: 0 },
    },
    {
      id: "screen_cracked",
      names: ["screen cracked", "cracked screen", "screen damage", "screen damaged", "has cracked screen", "broken screen"],
      domains: [...DEVICES],
      shape: { kind: "boolean", probability: 0.12 },
    },
    {
      id: "device_condition",
      names: ["device condition", "phone condition", "grade condition", "cosmetic condition"],
      domains: [...DEVICES],
      shape: { kind: "category", values: ["Like new", "Excellent", "Good", "Fair", "Poor"], weights: [0.12, 0.28, 0.35, 0.18, 0.07] },
    },
  ],
  links: [
    // Storage and newer models cost more; a worn battery or cracked screen lowers the price (the drivers above, for any target).
    { from: "battery_health", to: "phone_price", weight: 0.5 },
    { from: "device_model_year", to: "phone_price", weight: 0.8, source: "resale value falls about 15-25% a year of age (Bankmycell depreciation study 2023)" },
    { from: "device_model_year", to: "laptop_price", weight: 0.6 },
    { from: "screen_cracked", to: "phone_price", weight: -1 },
    { from: "device_storage_gb", value: "256", to: "phone_price", weight: 0.4 },
    { from: "device_storage_gb", value: "64", to: "phone_price", weight: -0.5 },
    { from: "ram_gb", value: "32", to: "laptop_price", weight: 0.7 },
    { from: "ram_gb", value: "4", to: "laptop_price", weight: -0.8 },
    { from: "ram_gb", value: "8", to: "laptop_price", weight: -0.4 },
  ],
};
