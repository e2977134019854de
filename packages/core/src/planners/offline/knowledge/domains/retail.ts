import type { DomainKnowledge } from "../types.js";

/** Brick-and-mortar retail: stores, point-of-sale baskets, inventory and footfall. */
export const retail: DomainKnowledge = {
  domain: "retail",
  words: ["retail", "store", "stores", "shop", "supermarket", "grocery store", "pos", "point of sale", "cash register", "inventory", "stock levels", "stock sheet", "stockroom", "footfall", "walmart", "branch sales", "bakery", "bakeries", "bookstore", "bookshop", "drugstore", "boutique", "convenience store", "corner shop", "florist", "butcher"],
  defaults: ["store id", "store type", "region", "date", "footfall", "transactions", "units sold", "daily sales", "on promotion"],
  concepts: [
    {
      id: "store_id",
      names: ["store id", "store number", "store no", "shop id", "branch id", "location id", "storeid"],
      // Daily sales repeat stores (a chain has tens to hundreds), so not unique per row.
      shape: { kind: "id", format: "pattern", pattern: "ST-###" },
    },
    {
      id: "store_name",
      names: ["store name", "shop name", "branch name", "outlet name"],
      shape: { kind: "faker", method: "company.name" },
    },
    {
      id: "store_type",
      names: ["store type", "store format", "shop type", "outlet type", "format"],
      domains: ["retail"],
      shape: { kind: "category", values: ["Supermarket", "Hypermarket", "Convenience", "Department Store", "Outlet", "Specialty"], weights: [0.34, 0.1, 0.24, 0.08, 0.08, 0.16] },
    },
    {
      id: "sales_region",
      names: ["sales region", "region", "store region", "market region", "territory"],
      domains: ["retail", "e-commerce", "logistics", "energy", "telecom", "insurance"],
      // US Census regions weighted by population (2020 census: South 38%, West 24%, Midwest 21%, Northeast 17%).
      shape: { kind: "category", values: ["South", "West", "Midwest", "Northeast"], weights: [0.38, 0.24, 0.21, 0.17] },
      source: "US Census Bureau, 2020 Census regional population shares",
    },
    {
      id: "store_size_sqft",
      names: ["store size", "store size sq ft", "store size sqft", "store size in sq ft", "store sqft", "store square feet", "store sq ft", "selling area", "sales floor area", "store area"],
      domains: ["retail"],
      // FMI: median US supermarket about 40,000 sq ft; convenience stores ~2,500-3,500.
      shape: { kind: "integer", distribution: "lognormal", mean: 38000, sd: 26000, min: 1500, max: 220000 },
      units: [{ words: ["m2", "sq m", "square meters", "square metres", "sqm"], shape: { kind: "integer", distribution: "lognormal", mean: 3500, sd: 2400, min: 140, max: 20000 } }],
      source: "FMI (The Food Industry Association), Supermarket Facts (median store ~40,000 sq ft)",
      relations: [
        {
          kind: "conditional",
          on: "store_type",
          cases: [
            { value: "Supermarket", mean: 42000, sd: 12000, min: 15000, max: 90000 },
            { value: "Hypermarket", mean: 150000, sd: 35000, min: 80000, max: 220000 },
            { value: "Convenience", mean: 3000, sd: 900, min: 1500, max: 7000 },
            { value: "Department Store", mean: 110000, sd: 40000, min: 40000, max: 200000 },
            { value: "Outlet", mean: 9000, sd: 4000, min: 2500, max: 30000 },
            { value: "Specialty", mean: 6000, sd: 3500, min: 1500, max: 25000 },
          ],
        },
      ],
    },
    {
      id: "footfall",
      names: ["footfall", "foot traffic", "store visitors", "visitors", "daily visitors", "door count", "traffic count", "store traffic", "visits", "walk-ins"],
      domains: ["retail"],
      shape: { kind: "integer", distribution: "lognormal", mean: 1400, sd: 900, min: 20, max: 25000 },
      relations: [
        {
          kind: "conditional",
          on: "store_type",
          cases: [
            { value: "Supermarket", mean: 2200, sd: 900, min: 300, max: 9000 },
            { value: "Hypermarket", mean: 6500, sd: 2500, min: 1000, max: 25000 },
            { value: "Convenience", mean: 700, sd: 300, min: 80, max: 2500 },
            { value: "Department Store", mean: 2500, sd: 1200, min: 200, max: 12000 },
            { value: "Outlet", mean: 800, sd: 450, min: 50, max: 4000 },
            { value: "Specialty", mean: 350, sd: 200, min: 20, max: 2000 },
          ],
        },
      ],
    },
    {
      id: "pos_transactions",
      names: ["pos transactions", "number of transactions", "transaction count", "transactions", "receipts", "tickets", "number of receipts", "customers served"],
      domains: ["retail"],
      shape: { kind: "integer", distribution: "lognormal", mean: 520, sd: 380, min: 5, max: 12000 },
      relations: [{ kind: "bounds", atMost: ["footfall"] }],
    },
    {
      id: "store_conversion_rate",
      names: ["conversion rate", "store conversion", "shopper conversion", "conversion %", "conversion"],
      domains: ["retail"],
      // ShopperTrak: apparel/speciality store conversion 20-40%; grocery far higher.
      shape: { kind: "number", distribution: "normal", mean: 32, sd: 12, min: 3, max: 95, decimals: 1 },
      units: [{ words: ["fraction", "ratio", "decimal"], shape: { kind: "number", distribution: "normal", mean: 0.32, sd: 0.12, min: 0.03, max: 0.95, decimals: 3 } }],
      source: "ShopperTrak / Sensormatic retail conversion benchmarks",
      relations: [{ kind: "formula", expression: "round(100 * {pos_transactions} / {footfall}, 1)", decimals: 1 }],
    },
    {
      id: "basket_value",
      names: ["basket value", "ticket size", "average ticket", "avg transaction value", "transaction value", "receipt total", "spend per visit", "average basket"],
      domains: ["retail"],
      // US grocery: average transaction about $40-60 (FMI U.S. Grocery Shopper Trends).
      shape: { kind: "number", distribution: "lognormal", mean: 48, sd: 45, min: 0.5, max: 2500, decimals: 2 },
      source: "FMI, U.S. Grocery Shopper Trends (average weekly spend and basket)",
    },
    {
      id: "basket_items",
      names: ["basket items", "items per basket", "units per transaction", "upt", "items per transaction", "items bought"],
      domains: ["retail"],
      shape: { kind: "integer", distribution: "lognormal", mean: 9, sd: 8, min: 1, max: 120 },
    },
    {
      id: "pos_payment_method",
      names: ["payment method", "payment type", "tender type", "tender", "paid by", "payment mode"],
      domains: ["retail"],
      // Fed Diary of Consumer Payment Choice 2024: cash 16% of payments, cards ~60%, mobile rising.
      shape: { kind: "category", values: ["Credit Card", "Debit Card", "Cash", "Mobile Wallet", "Gift Card", "Check"], weights: [0.34, 0.29, 0.16, 0.15, 0.04, 0.02] },
      source: "Federal Reserve, 2024 Diary of Consumer Payment Choice",
    },
    {
      id: "pos_terminal",
      names: ["pos terminal", "register number", "till number", "checkout lane", "lane", "register"],
      domains: ["retail"],
      shape: { kind: "category", values: ["Lane 1", "Lane 2", "Lane 3", "Lane 4", "Lane 5", "Lane 6", "Self-Checkout 1", "Self-Checkout 2"], weights: [0.16, 0.15, 0.14, 0.12, 0.1, 0.08, 0.13, 0.12] },
    },
    {
      id: "units_sold",
      names: ["units sold", "quantity sold", "qty sold", "sales units", "unit sales", "items sold", "sold units", "demand"],
      domains: ["retail", "e-commerce", "food", "manufacturing"],
      shape: { kind: "integer", distribution: "lognormal", mean: 24, sd: 30, min: 0, max: 2000 },
    },
    {
      id: "daily_sales",
      names: ["daily sales", "store sales", "sales revenue", "total sales", "revenue", "weekly sales", "sales", "turnover", "takings", "total revenue", "daily revenue", "gross sales", "day revenue"],
      domains: ["retail", "e-commerce", "food"],
      outcome: true,
      // Walmart-style weekly department sales; a US supermarket takes roughly $50k-$80k a day.
      shape: { kind: "number", distribution: "lognormal", mean: 42000, sd: 30000, min: 300, max: 900000, decimals: 2 },
      source: "FMI Supermarket Facts (median weekly sales per supermarket ~$400k-$500k)",
      drivers: [
        { concept: "footfall", weight: 0.75 },
        // What was sold is what was taken: units sold drive the day's revenue.
        { concept: "units_sold", weight: 0.8 },
        { concept: "store_size_sqft", weight: 0.45 },
        { concept: "on_promotion", weight: 0.25 },
        { concept: "is_holiday", weight: 0.3 },
        { concept: "basket_value", weight: 0.3 },
        { concept: "competitor_distance_km", weight: 0.1 },
      ],
    },
    {
      id: "on_promotion",
      names: ["on promotion", "promotion", "promo", "on sale", "promo active", "promotion running", "is promo", "onpromotion"],
      domains: ["retail", "e-commerce", "food"],
      shape: { kind: "boolean", probability: 0.22 },
    },
    {
      id: "is_holiday",
      names: ["is holiday", "holiday", "holiday flag", "public holiday", "holiday week", "bank holiday"],
      domains: ["retail", "e-commerce", "energy", "food", "travel", "logistics"],
      // About 11 US federal holidays a year (about 3% of days).
      shape: { kind: "boolean", probability: 0.04 },
    },
    {
      id: "competitor_distance_km",
      names: ["competitor distance", "distance to competitor", "nearest competitor", "competition distance"],
      domains: ["retail"],
      shape: { kind: "number", distribution: "lognormal", mean: 4.5, sd: 6, min: 0.05, max: 80, decimals: 2 },
      units: [{ words: ["m", "meters", "metres"], shape: { kind: "integer", distribution: "lognormal", mean: 4500, sd: 6000, min: 50, max: 80000 } }, { words: ["miles", "mi"], shape: { kind: "number", distribution: "lognormal", mean: 2.8, sd: 3.7, min: 0.03, max: 50, decimals: 2 } }],
    },
    {
      id: "stock_on_hand",
      names: ["stock on hand", "units on hand", "qty on hand", "on hand", "stock level", "inventory level", "stock quantity", "units in stock", "quantity on hand", "inventory", "stock"],
      domains: ["retail", "e-commerce", "logistics", "manufacturing"],
      shape: { kind: "integer", distribution: "lognormal", mean: 140, sd: 180, min: 0, max: 10000 },
    },
    {
      id: "last_restock_date",
      names: ["last restocked", "last restock date", "restock date", "date restocked", "last restocked date", "last replenished", "last delivery date"],
      domains: ["retail", "e-commerce", "logistics"],
      shape: { kind: "date", from: "2024-01-01", to: "2024-12-31" },
    },
    {
      id: "reorder_point",
      names: ["reorder point", "reorder level", "min stock", "safety stock", "rop"],
      domains: ["retail", "e-commerce", "logistics", "manufacturing"],
      shape: { kind: "integer", distribution: "lognormal", mean: 40, sd: 35, min: 0, max: 2000 },
    },
    {
      id: "reorder_quantity",
      names: ["reorder quantity", "order up to", "replenishment quantity", "eoq", "economic order quantity", "restock quantity"],
      domains: ["retail", "e-commerce", "logistics", "manufacturing"],
      shape: { kind: "integer", distribution: "lognormal", mean: 120, sd: 110, min: 1, max: 5000 },
    },
    {
      id: "supplier_lead_time_days",
      names: ["lead time", "supplier lead time", "lead time days", "replenishment lead time", "days to restock"],
      domains: ["retail", "e-commerce", "logistics", "manufacturing"],
      shape: { kind: "integer", distribution: "lognormal", mean: 10, sd: 7, min: 1, max: 120 },
      units: [{ words: ["weeks", "wks"], shape: { kind: "number", distribution: "lognormal", mean: 1.4, sd: 1, min: 0.1, max: 17, decimals: 1 } }],
    },
    {
      id: "stockout",
      names: ["stockout", "stock out", "out of stock", "ran out", "stockout flag", "oos"],
      domains: ["retail", "e-commerce", "logistics"],
      outcome: true,
      // Gruen, Corsten & Bharadwaj (2002): worldwide average retail out-of-stock rate ~8.3%.
      shape: { kind: "boolean", probability: 0.08 },
      source: "Gruen, Corsten & Bharadwaj (2002), Retail Out-of-Stocks (GMA), average OOS 8.3%",
      drivers: [
        { concept: "stock_on_hand", weight: -1.4 },
        { concept: "units_sold", weight: 0.9 },
        { concept: "supplier_lead_time_days", weight: 0.6 },
        { concept: "on_promotion", weight: 0.5 },
        { concept: "reorder_point", weight: -0.4 },
      ],
    },
    {
      id: "unit_cost",
      names: ["unit cost", "cost price", "cost per unit", "cogs per unit", "wholesale price", "purchase price", "cost"],
      domains: ["retail", "e-commerce", "manufacturing"],
      shape: { kind: "number", distribution: "lognormal", mean: 24, sd: 32, min: 0.2, max: 1500, decimals: 2 },
      relations: [
        { kind: "formula", expression: "round({unit_price} * normal(0.6, 0.08), 2)", decimals: 2, min: 0.1 },
        { kind: "bounds", atMost: ["unit_price"] },
      ],
    },
    {
      id: "gross_margin_pct",
      names: ["gross margin", "margin", "margin %", "gross margin percent", "profit margin", "markup"],
      domains: ["retail", "e-commerce", "food", "manufacturing"],
      // Damodaran (Jan 2024): retail gross margins ~25% (grocery) to ~45% (apparel/speciality).
      shape: { kind: "number", distribution: "normal", mean: 34, sd: 10, min: 2, max: 75, decimals: 1 },
      source: "Damodaran Online, Margins by Sector (US), January 2024",
      relations: [{ kind: "formula", expression: "round(100 * ({unit_price} - {unit_cost}) / {unit_price}, 1)", decimals: 1 }],
    },
    {
      id: "shrinkage_rate",
      names: ["shrinkage", "shrink", "shrink rate", "shrinkage rate", "inventory shrinkage", "loss rate"],
      domains: ["retail"],
      // NRF National Retail Security Survey 2023: average shrink 1.6% of sales.
      shape: { kind: "number", distribution: "lognormal", mean: 1.6, sd: 0.8, min: 0.1, max: 8, decimals: 2 },
      source: "NRF National Retail Security Survey 2023 (average shrink 1.6%)",
    },
    {
      id: "aisle",
      names: ["aisle", "aisle number", "shelf aisle"],
      domains: ["retail"],
      shape: { kind: "integer", distribution: "uniform", min: 1, max: 24 },
    },
  ],
};
