import type { DomainKnowledge } from "../types.js";

/** Energy: household and building consumption, smart meters, solar generation, tariffs and bills. */
export const energy: DomainKnowledge = {
  domain: "energy",
  words: ["energy", "electricity", "power consumption", "smart meter", "smart meters", "utility", "utilities", "solar", "solar panels", "grid", "kwh", "electric bill", "households energy", "renewables"],
  defaults: ["meter id", "reading date", "kwh consumed", "tariff", "temperature", "household size", "solar generation kwh", "bill amount"],
  concepts: [
    {
      id: "meter_id",
      names: ["meter id", "meter number", "smart meter id", "mpan", "meter no", "meterid"],
      shape: { kind: "id", format: "pattern", pattern: "MTR-########", unique: true },
    },
    {
      id: "meter_reading_date",
      names: ["reading date", "meter reading date", "billing date", "read date", "usage date"],
      domains: ["energy"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "daily_kwh",
      names: ["kwh", "kwh consumed", "energy consumption", "electricity usage", "energy usage", "consumption kwh", "daily kwh", "usage kwh", "power consumption", "consumption", "kwh used", "energy used", "monthly kwh", "kwh per month", "monthly energy use", "monthly consumption", "monthly usage", "monthly electricity use"],
      domains: ["energy", "iot"],
      outcome: true,
      // EIA: average US home uses ~10,500 kWh a year, about 29 kWh a day.
      shape: { kind: "number", distribution: "lognormal", mean: 29, sd: 13, min: 1, max: 200, decimals: 2 },
      units: [
        { words: ["monthly", "per month", "a month", "month"], shape: { kind: "number", distribution: "lognormal", mean: 870, sd: 380, min: 40, max: 6000, decimals: 1 } },
        { words: ["yearly", "annual", "per year", "a year"], shape: { kind: "number", distribution: "lognormal", mean: 10500, sd: 4500, min: 500, max: 70000, decimals: 0 } },
        { words: ["hourly", "per hour", "an hour"], shape: { kind: "number", distribution: "lognormal", mean: 1.2, sd: 0.8, min: 0.05, max: 15, decimals: 3 } },
        { words: ["mwh", "megawatt hours"], shape: { kind: "number", distribution: "lognormal", mean: 10.5, sd: 4.5, min: 0.5, max: 70, decimals: 2 } },
      ],
      source: "US EIA, How much electricity does an American home use? (10,791 kWh in 2022)",
      drivers: [
        { concept: "square_feet", weight: 0.6 },
        { concept: "energy_household_size", weight: 0.45 },
        { concept: "heating_degree_days", weight: 0.35 },
        { concept: "cooling_degree_days", weight: 0.4 },
        { concept: "has_electric_vehicle", weight: 0.4 },
        { concept: "has_solar", weight: -0.3 },
      ],
    },
    {
      id: "peak_demand_kw",
      names: ["peak demand", "peak load", "max demand", "demand kw", "peak kw"],
      domains: ["energy"],
      shape: { kind: "number", distribution: "lognormal", mean: 5.5, sd: 2.5, min: 0.3, max: 40, decimals: 2 },
      units: [{ words: ["mw", "megawatts"], shape: { kind: "number", distribution: "lognormal", mean: 420, sd: 180, min: 10, max: 5000, decimals: 1 } }],
    },
    {
      id: "tariff_plan",
      names: ["tariff", "tariff plan", "rate plan", "rate schedule", "pricing plan", "electricity plan", "tariff type"],
      domains: ["energy"],
      shape: { kind: "category", values: ["Standard Fixed", "Time of Use", "Variable", "Green 100%", "EV Night Rate"], weights: [0.48, 0.2, 0.18, 0.08, 0.06] },
    },
    {
      id: "electricity_rate",
      names: ["electricity rate", "price per kwh", "rate per kwh", "unit rate", "cents per kwh", "energy price", "tariff rate"],
      domains: ["energy"],
      // US residential average ~16 c/kWh (EIA 2024), 11-40 c by state.
      shape: { kind: "number", distribution: "lognormal", mean: 16.5, sd: 4.5, min: 8, max: 45, decimals: 2 },
      units: [{ words: ["dollars", "$", "usd", "$/kwh"], shape: { kind: "number", distribution: "lognormal", mean: 0.165, sd: 0.045, min: 0.08, max: 0.45, decimals: 4 } }],
      source: "US EIA Electric Power Monthly, average residential price 2024 (~16.5 c/kWh)",
    },
    {
      id: "electricity_bill",
      names: ["electricity bill", "electric bill", "electric bill amount", "energy bill", "monthly bill", "utility bill", "bill"],
      domains: ["energy"],
      // EIA: average US residential bill ~$140/month.
      shape: { kind: "number", distribution: "lognormal", mean: 142, sd: 60, min: 10, max: 1200, decimals: 2 },
      source: "US EIA, average monthly residential electricity bill 2023 (~$140)",
    },
    {
      id: "energy_household_size",
      names: ["household size", "occupants", "number of occupants", "people in household", "residents", "household members"],
      domains: ["energy", "real estate", "telecom", "food"],
      // US average household 2.5 persons (Census 2023).
      shape: { kind: "integer", distribution: "poisson", mean: 2.5, min: 1, max: 10 },
      source: "US Census Bureau, America's Families and Living Arrangements 2023 (2.51 persons)",
    },
    {
      id: "heating_degree_days",
      names: ["heating degree days", "hdd", "heating days"],
      domains: ["energy", "weather"],
      shape: { kind: "number", distribution: "exponential", mean: 11, min: 0, max: 60, decimals: 1 },
    },
    {
      id: "cooling_degree_days",
      names: ["cooling degree days", "cdd", "cooling days"],
      domains: ["energy", "weather"],
      shape: { kind: "number", distribution: "exponential", mean: 4, min: 0, max: 35, decimals: 1 },
    },
    {
      id: "has_solar",
      names: ["has solar", "solar panels", "solar installed", "rooftop solar", "pv installed", "solar"],
      domains: ["energy", "real estate"],
      // About 5% of US single-family homes have rooftop PV (LBNL 2024).
      shape: { kind: "boolean", probability: 0.06 },
      source: "Lawrence Berkeley National Lab, Tracking the Sun 2024",
    },
    {
      id: "has_electric_vehicle",
      names: ["has ev", "electric vehicle", "owns ev", "ev owner", "ev charger"],
      domains: ["energy", "automotive"],
      shape: { kind: "boolean", probability: 0.06 },
    },
    {
      id: "solar_generation_kwh",
      names: ["solar generation", "solar output", "pv output", "solar kwh", "generation kwh", "solar production", "energy generated"],
      domains: ["energy"],
      outcome: true,
      // A 7 kW residential system makes ~25-30 kWh on a clear day; capacity factor ~15-25%.
      shape: { kind: "number", distribution: "normal", mean: 24, sd: 9, min: 0, max: 70, decimals: 2 },
      source: "NREL PVWatts (residential capacity factor ~15-20%)",
      drivers: [
        { concept: "solar_irradiance", weight: 0.8 },
        { concept: "panel_capacity_kw", weight: 0.55 },
        { concept: "cloud_cover", weight: -0.5 },
        { concept: "air_temperature", weight: -0.1 },
        { concept: "panel_age_years", weight: -0.15 },
      ],
    },
    {
      id: "solar_irradiance",
      names: ["irradiance", "solar irradiance", "ghi", "irradiation", "solar radiation", "w/m2"],
      domains: ["energy", "weather"],
      // Daily insolation ~2-7 kWh/m²/day across the US; peak irradiance ~1,000 W/m².
      shape: { kind: "number", distribution: "normal", mean: 4.6, sd: 1.5, min: 0.2, max: 8.5, decimals: 2 },
      units: [{ words: ["w/m2", "w/m²", "watts per square meter"], shape: { kind: "number", distribution: "normal", mean: 450, sd: 250, min: 0, max: 1200, decimals: 0 } }],
      source: "NREL National Solar Radiation Database",
    },
    {
      id: "panel_capacity_kw",
      names: ["panel capacity", "system size", "system size kw", "installed capacity", "kw capacity", "pv capacity"],
      domains: ["energy"],
      // Median US residential PV system ~7 kW (LBNL).
      shape: { kind: "number", distribution: "normal", mean: 7.2, sd: 2.4, min: 1.5, max: 20, decimals: 1 },
      source: "Lawrence Berkeley National Lab, Tracking the Sun (median residential system ~7 kW)",
    },
    {
      id: "solar_install_cost",
      names: ["install cost", "installation cost", "installed cost", "system cost", "solar cost", "cost of installation"],
      domains: ["energy"],
      // US residential PV about $2.5-3.5 per watt before incentives.
      source: "LBNL Tracking the Sun 2023 (median installed price ~$3.0/W residential)",
      shape: { kind: "number", distribution: "lognormal", mean: 21000, sd: 8000, min: 4000, max: 90000, decimals: 0 },
      relations: [{ kind: "formula", expression: "round({panel_capacity_kw} * 1000 * normal(3, 0.4))", type: "number", decimals: 0, min: 2000 }],
    },
    {
      id: "panel_age_years",
      names: ["panel age", "system age", "years since install", "installation age"],
      domains: ["energy"],
      shape: { kind: "integer", distribution: "exponential", mean: 5, min: 0, max: 25 },
    },
    {
      id: "grid_export_kwh",
      names: ["grid export", "exported kwh", "energy exported", "feed in", "net metering export"],
      domains: ["energy"],
      shape: { kind: "number", distribution: "exponential", mean: 8, min: 0, max: 60, decimals: 2 },
      relations: [{ kind: "bounds", atMost: ["solar_generation_kwh"] }],
    },
    {
      id: "energy_source",
      names: ["energy source", "fuel source", "generation source", "fuel type energy", "source"],
      domains: ["energy"],
      // US utility-scale generation 2023: gas 43%, coal 16%, nuclear 19%, wind 10%, hydro 6%, solar 4%.
      shape: { kind: "category", values: ["Natural Gas", "Nuclear", "Coal", "Wind", "Hydro", "Solar", "Other"], weights: [0.43, 0.19, 0.16, 0.1, 0.06, 0.04, 0.02] },
      source: "US EIA, Electricity explained: electricity in the United States (2023 generation mix)",
    },
    {
      id: "carbon_intensity",
      names: ["carbon intensity", "co2 intensity", "grams co2 per kwh", "emissions factor", "gco2/kwh"],
      domains: ["energy"],
      // US grid ~370 g CO2/kWh (EIA 2023).
      shape: { kind: "number", distribution: "normal", mean: 370, sd: 110, min: 10, max: 900, decimals: 0 },
      units: [{ words: ["lbs", "lb", "pounds"], shape: { kind: "number", distribution: "normal", mean: 0.81, sd: 0.24, min: 0.02, max: 2, decimals: 3 } }],
      source: "US EIA, carbon dioxide emissions per kWh (0.81 lb/kWh in 2023)",
    },
    {
      id: "power_outage",
      names: ["power outage", "outage", "blackout", "had outage", "service interruption", "outage occurred"],
      domains: ["energy"],
      outcome: true,
      // EIA: US customers average ~1.4 interruptions a year (SAIFI); a given day's chance is small.
      shape: { kind: "boolean", probability: 0.03 },
      source: "US EIA, average US electricity customer interruptions (SAIFI ~1.4/yr)",
      drivers: [
        { concept: "wind_speed", weight: 1.1 },
        { concept: "precipitation_mm", weight: 0.6 },
        { concept: "peak_demand_kw", weight: 0.5 },
        { concept: "machine_age_years", weight: 0.4 },
      ],
    },
    {
      id: "thermostat_setpoint",
      names: ["thermostat setpoint", "setpoint", "thermostat setting", "target temperature", "set temperature"],
      domains: ["energy", "iot"],
      shape: { kind: "number", distribution: "normal", mean: 21, sd: 1.5, min: 15, max: 28, decimals: 1 },
      units: [{ words: ["f", "fahrenheit", "°f"], shape: { kind: "number", distribution: "normal", mean: 70, sd: 2.7, min: 59, max: 82, decimals: 1 } }],
    },
  ],
  links: [
    { from: "square_feet", to: "daily_kwh", weight: 0.6, source: "US EIA RECS 2020: consumption rises with floor area" },
    { from: "energy_household_size", to: "daily_kwh", weight: 0.45 },
    { from: "has_solar", to: "daily_kwh", weight: -0.8, source: "Rooftop solar offsets much of a home's grid draw (EIA)" },
    { from: "solar_irradiance", to: "solar_generation_kwh", weight: 1.3, source: "NREL PVWatts: output is nearly proportional to irradiance" },
    { from: "panel_capacity_kw", to: "solar_generation_kwh", weight: 0.6 },
  ],
};
