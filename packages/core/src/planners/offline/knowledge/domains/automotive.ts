import type { DomainKnowledge } from "../types.js";

/** Makes (as car_make lists them, with its sales shares) and their three best-selling US models, best first. */
const MODELS: [string, string[], number][] = [
  ["Toyota", ["Camry", "RAV4", "Corolla"], 0.14],
  ["Ford", ["F-150", "Explorer", "Escape"], 0.13],
  ["Chevrolet", ["Silverado", "Equinox", "Malibu"], 0.1],
  ["Honda", ["CR-V", "Civic", "Accord"], 0.08],
  ["Hyundai", ["Tucson", "Elantra", "Santa Fe"], 0.05],
  ["Nissan", ["Rogue", "Altima", "Sentra"], 0.06],
  ["Kia", ["Sportage", "Sorento", "Forte"], 0.05],
  ["Jeep", ["Grand Cherokee", "Wrangler", "Compass"], 0.04],
  ["Subaru", ["Outback", "Forester", "Crosstrek"], 0.04],
  ["Tesla", ["Model Y", "Model 3", "Model S"], 0.04],
  ["Ram", ["1500", "2500", "ProMaster"], 0.04],
  ["GMC", ["Sierra", "Terrain", "Yukon"], 0.04],
  ["BMW", ["X5", "3 Series", "X3"], 0.025],
  ["Mercedes-Benz", ["GLC", "C-Class", "E-Class"], 0.025],
];
const MODEL_SHARE = [0.45, 0.35, 0.2];

/** Cars: used-car listings (make, model, year, mileage, price), fuel efficiency and engines. */
export const automotive: DomainKnowledge = {
  domain: "automotive",
  words: ["cars", "car", "used cars", "vehicles", "vehicle", "autos", "automotive", "car listings", "dealership", "carvana", "autotrader", "car sales", "electric vehicles", "evs"],
  defaults: ["vin", "make", "model", "model year", "mileage", "fuel type", "transmission", "body type", "mpg", "car price"],
  concepts: [
    {
      id: "vin",
      names: ["vin", "vin number", "vehicle identification number", "chassis number"],
      shape: { kind: "faker", method: "vehicle.vin" },
    },
    {
      id: "car_make",
      names: ["make", "car make", "brand car", "manufacturer", "car brand", "vehicle make", "oem"],
      domains: ["automotive", "insurance"],
      // US new-vehicle sales share 2023 by brand.
      shape: { kind: "category", values: ["Toyota", "Ford", "Chevrolet", "Honda", "Hyundai", "Nissan", "Kia", "Jeep", "Subaru", "Tesla", "Ram", "GMC", "BMW", "Mercedes-Benz"], weights: [0.14, 0.13, 0.1, 0.08, 0.05, 0.06, 0.05, 0.04, 0.04, 0.04, 0.04, 0.04, 0.025, 0.025] },
      source: "Cox Automotive / Kelley Blue Book, US sales by brand 2023",
    },
    {
      id: "car_model",
      names: ["model", "car model", "vehicle model", "model name"],
      domains: ["automotive", "insurance"],
      // Three best sellers of each make (a category of 42, not faker's ~60 names of every era), and
      // the model follows the make when the dataset has one.
      source: "Cox Automotive / GoodCarBadCar, US best-selling models by brand 2023",
      shape: { kind: "category", values: MODELS.flatMap(([, models]) => models), weights: MODELS.flatMap(([, models, share]) => models.map((_, i) => share * MODEL_SHARE[i]!)) },
      relations: [
        {
          kind: "conditionalWeights",
          on: "car_make",
          cases: MODELS.map(([make], m) => ({ value: make, weights: MODELS.flatMap(([, models], n) => models.map((_, i) => (n === m ? MODEL_SHARE[i]! : 0))) })),
        },
      ],
    },
    {
      id: "model_year",
      names: ["model year", "year", "car year", "year of manufacture", "vehicle year", "year made", "registration year"],
      domains: ["automotive"],
      // Used listings skew to 3-8-year-old cars; US fleet average age 12.6 years (S&P Global Mobility 2024).
      shape: { kind: "integer", distribution: "normal", mean: 2017, sd: 4.5, min: 2000, max: 2025 },
      source: "S&P Global Mobility, average age of US light vehicles 2024 (12.6 years)",
    },
    {
      id: "vehicle_mileage",
      names: ["mileage", "odometer", "miles", "odometer reading", "miles driven", "kilometers", "km driven", "odometer miles"],
      domains: ["automotive", "insurance"],
      // About 12,000-13,500 miles a year of age (FHWA); used listings median ~60-70k.
      shape: { kind: "integer", distribution: "lognormal", mean: 72000, sd: 45000, min: 5, max: 350000 },
      units: [{ words: ["km", "kilometers", "kilometres", "kms"], shape: { kind: "integer", distribution: "lognormal", mean: 116000, sd: 72000, min: 8, max: 560000 } }],
      // No formula from model year: mileage drives car price, and a formula column cannot be an effect source.
      // An effect instead: an older car has more miles (12-13.5k a year), a newer one fewer.
      drivers: [
        { concept: "model_year", weight: -0.8 },
        { concept: "vehicle_age", weight: 0.8 },
      ],
      source: "FHWA Highway Statistics (average annual miles ~13,500)",
    },
    {
      id: "car_price",
      names: ["car price", "vehicle price", "selling price car", "listing price", "asking price car", "price", "sale price car", "msrp car"],
      domains: ["automotive"],
      outcome: true,
      // Average used-car listing ~$25-26k, new ~$48k (Cox Automotive / KBB 2024).
      shape: { kind: "number", distribution: "lognormal", mean: 26000, sd: 14000, min: 1500, max: 250000, decimals: 0 },
      source: "Cox Automotive / Kelley Blue Book 2024 (average used listing ~$25,500, new ATP ~$48,000)",
      // Beside a car wash's package, a bare "price" is the wash's (car-wash.ts): $7-40 by the tier.
      relations: [
        {
          kind: "conditional",
          on: "car_wash_package",
          cases: [
            { value: "basic", mean: 10, sd: 1.5, min: 7, max: 15 },
            { value: "deluxe", mean: 17, sd: 2.5, min: 12, max: 25 },
            { value: "ultimate", mean: 26, sd: 4, min: 19, max: 40 },
          ],
        },
      ],
      drivers: [
        { concept: "model_year", weight: 0.6 },
        { concept: "vehicle_mileage", weight: -0.55 },
        { concept: "engine_horsepower", weight: 0.4 },
        { concept: "car_make", value: "BMW", weight: 0.5 },
        { concept: "car_make", value: "Mercedes-Benz", weight: 0.55 },
        { concept: "car_make", value: "Tesla", weight: 0.45 },
        { concept: "car_make", value: "Kia", weight: -0.2 },
        { concept: "accident_history", weight: -0.3 },
        { concept: "previous_owners", weight: -0.2 },
      ],
    },
    {
      id: "fuel_type",
      names: ["fuel type", "fuel", "engine type", "powertrain", "fuel kind"],
      domains: ["automotive", "insurance", "logistics"],
      // US new sales 2024: gasoline ~80%, hybrid ~11%, battery EV ~8%, diesel ~1%.
      shape: { kind: "category", values: ["Gasoline", "Hybrid", "Electric", "Diesel", "Plug-in Hybrid"], weights: [0.78, 0.1, 0.07, 0.03, 0.02] },
      source: "Argonne National Laboratory LDV sales data; Cox Automotive EV sales report 2024",
    },
    {
      id: "transmission",
      names: ["transmission", "gearbox", "transmission type", "trans"],
      domains: ["automotive"],
      // Manuals are ~1-2% of US new sales but more common in older used cars.
      shape: { kind: "category", values: ["Automatic", "Manual", "CVT"], weights: [0.8, 0.05, 0.15] },
    },
    {
      id: "body_type",
      names: ["body type", "body style", "vehicle type", "car type", "body", "segment"],
      domains: ["automotive", "insurance"],
      // US sales mix: SUVs/crossovers ~55%, pickups ~20%, cars ~20%.
      shape: { kind: "category", values: ["SUV", "Sedan", "Pickup", "Crossover", "Hatchback", "Coupe", "Minivan", "Convertible"], weights: [0.32, 0.18, 0.18, 0.2, 0.04, 0.03, 0.04, 0.01] },
      source: "Cox Automotive / Wards Intelligence US sales by segment 2023",
    },
    {
      id: "drivetrain",
      names: ["drivetrain", "drive type", "drive", "awd fwd", "drive wheels"],
      domains: ["automotive"],
      shape: { kind: "category", values: ["FWD", "AWD", "4WD", "RWD"], weights: [0.4, 0.32, 0.17, 0.11] },
    },
    {
      id: "engine_horsepower",
      names: ["horsepower", "hp", "engine power", "power hp", "bhp", "engine hp"],
      domains: ["automotive"],
      // US new light vehicles average ~250 hp (EPA Automotive Trends 2023).
      shape: { kind: "integer", distribution: "lognormal", mean: 230, sd: 85, min: 70, max: 1000 },
      units: [{ words: ["kw", "kilowatts"], shape: { kind: "integer", distribution: "lognormal", mean: 172, sd: 63, min: 50, max: 750 } }],
      source: "US EPA Automotive Trends Report 2023 (average horsepower ~250)",
    },
    {
      id: "engine_size_liters",
      names: ["engine size", "engine displacement", "displacement", "engine liters", "engine capacity", "engine cc"],
      domains: ["automotive"],
      shape: { kind: "number", distribution: "normal", mean: 2.6, sd: 0.9, min: 1, max: 6.8, decimals: 1 },
      units: [{ words: ["cc", "cm3"], shape: { kind: "integer", distribution: "normal", mean: 2600, sd: 900, min: 1000, max: 6800 } }],
    },
    {
      id: "cylinders",
      names: ["cylinders", "number of cylinders", "engine cylinders", "cyl"],
      domains: ["automotive"],
      shape: { kind: "integer", distribution: "normal", mean: 5, sd: 1.3, min: 3, max: 12 },
    },
    {
      id: "fuel_efficiency_mpg",
      names: ["mpg", "fuel efficiency", "miles per gallon", "fuel economy", "combined mpg", "gas mileage", "city mpg", "highway mpg"],
      domains: ["automotive"],
      outcome: true,
      // EPA: new-vehicle real-world average 27.1 mpg (MY2022); trucks ~20, hybrids 45+.
      shape: { kind: "number", distribution: "normal", mean: 27, sd: 6.5, min: 10, max: 60, decimals: 1 },
      units: [
        { words: ["l/100km", "liters per 100 km", "litres per 100 km", "l per 100km"], shape: { kind: "number", distribution: "normal", mean: 8.7, sd: 2.1, min: 3.9, max: 23.5, decimals: 1 } },
        { words: ["km/l", "kmpl", "km per liter"], shape: { kind: "number", distribution: "normal", mean: 11.5, sd: 2.8, min: 4.3, max: 25.5, decimals: 1 } },
      ],
      source: "US EPA Automotive Trends Report 2023 (27.1 mpg for MY2022)",
      drivers: [
        { concept: "engine_size_liters", weight: -0.5 },
        { concept: "vehicle_weight_lbs", weight: -0.55 },
        { concept: "engine_horsepower", weight: -0.4 },
        { concept: "cylinders", weight: -0.3 },
        { concept: "model_year", weight: 0.2 },
        { concept: "fuel_type", value: "Hybrid", weight: 0.9 },
      ],
    },
    {
      id: "vehicle_weight_lbs",
      names: ["curb weight", "vehicle weight", "car weight", "weight"],
      domains: ["automotive"],
      // US new light vehicles average ~4,300 lb (EPA Trends 2023).
      shape: { kind: "integer", distribution: "normal", mean: 4200, sd: 800, min: 2000, max: 7500 },
      units: [{ words: ["kg", "kilograms"], shape: { kind: "integer", distribution: "normal", mean: 1900, sd: 360, min: 900, max: 3400 } }],
      source: "US EPA Automotive Trends Report 2023 (average weight ~4,300 lb)",
    },
    {
      id: "ev_range_miles",
      names: ["range", "ev range", "electric range", "battery range", "range miles", "range km", "range in km", "range in miles"],
      domains: ["automotive", "energy"],
      // EPA-rated 2024 EVs: ~200-400 miles, median ~270.
      shape: { kind: "integer", distribution: "normal", mean: 275, sd: 60, min: 80, max: 520 },
      units: [{ words: ["km", "kilometers", "kilometres"], shape: { kind: "integer", distribution: "normal", mean: 440, sd: 95, min: 130, max: 840 } }],
      source: "US DOE / EPA fueleconomy.gov, 2024 EV ranges",
    },
    {
      id: "exterior_color",
      names: ["exterior color", "exterior colour", "car color", "car colour", "paint color", "color"],
      domains: ["automotive"],
      // Axalta Global Automotive Color Popularity Report 2023 (North America).
      shape: { kind: "category", values: ["White", "Black", "Gray", "Silver", "Blue", "Red", "Green", "Brown", "Other"], weights: [0.25, 0.21, 0.18, 0.1, 0.1, 0.09, 0.02, 0.02, 0.03] },
      source: "Axalta Global Automotive 2023 Color Popularity Report",
    },
    {
      id: "vehicle_age",
      names: ["vehicle age", "car age", "age of vehicle", "age of car", "vehicle age years"],
      domains: ["automotive", "insurance"],
      // US light vehicles average 12.6 years (S&P Global Mobility 2024); insured/listed cars younger.
      shape: { kind: "integer", distribution: "lognormal", mean: 8, sd: 5, min: 0, max: 30 },
      source: "S&P Global Mobility, average age of US light vehicles 2024 (12.6 years)",
    },
    {
      id: "has_garage",
      names: ["has garage", "garaged", "garage parking", "parked in garage", "has a garage"],
      domains: ["automotive", "insurance", "real estate"],
      shape: { kind: "boolean", probability: 0.6 },
    },
    {
      id: "previous_owners",
      names: ["previous owners", "number of owners", "owners", "owner count", "prior owners"],
      domains: ["automotive"],
      shape: { kind: "integer", distribution: "exponential", mean: 1.7, min: 1, max: 7 },
    },
    {
      id: "accident_history",
      names: ["accident history", "accidents", "has accident", "accident reported", "damage history", "clean title"],
      domains: ["automotive", "insurance"],
      // Roughly 1 in 4-5 used listings show an accident on the history report.
      shape: { kind: "boolean", probability: 0.22 },
    },
    {
      id: "days_on_lot",
      names: ["days on lot", "days in inventory", "days to sell car", "days listed car", "turn days"],
      domains: ["automotive"],
      // Cox Automotive: used-vehicle days' supply ~40-50.
      shape: { kind: "integer", distribution: "lognormal", mean: 45, sd: 35, min: 1, max: 365 },
      source: "Cox Automotive, used-vehicle inventory days' supply 2024",
    },
    {
      id: "co2_emissions_gpm",
      names: ["co2 emissions", "emissions", "co2 g/mi", "tailpipe co2", "co2 g/km"],
      domains: ["automotive"],
      // EPA: new-vehicle average ~320 g/mi (MY2022).
      shape: { kind: "integer", distribution: "normal", mean: 330, sd: 80, min: 0, max: 800 },
      units: [{ words: ["g/km", "grams per km"], shape: { kind: "integer", distribution: "normal", mean: 205, sd: 50, min: 0, max: 500 } }],
      source: "US EPA Automotive Trends Report 2023 (CO2 ~337 g/mi)",
    },
    {
      id: "service_cost",
      names: ["service cost", "repair cost", "maintenance cost", "repair bill", "service bill"],
      domains: ["automotive"],
      shape: { kind: "number", distribution: "lognormal", mean: 420, sd: 520, min: 20, max: 15000, decimals: 2 },
    },
  ],
};
