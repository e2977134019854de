import type { DomainKnowledge } from "../types.js";

/** Water utility billing: gallons used, meters and their age, leaks, the bill the usage makes. */
export const waterUtility: DomainKnowledge = {
  domain: "energy",
  words: ["water utility", "water bills", "water billing", "water usage", "water meter", "water meters", "water consumption"],
  concepts: [
    {
      id: "water_gallons_used",
      names: ["gallons used", "water used", "water usage", "water consumption", "gallons", "usage gallons", "consumption gallons"],
      // EPA WaterSense: an average US family uses about 300 gallons a day (~9,000 a month).
      source: "EPA WaterSense: average American family uses more than 300 gallons per day",
      shape: { kind: "number", distribution: "lognormal", mean: 9000, sd: 9000, min: 0, max: 5000000, decimals: 0 },
      units: [
        { words: ["cubic meters", "m3", "cubic metres"], shape: { kind: "number", distribution: "lognormal", mean: 34, sd: 34, min: 0, max: 20000, decimals: 1 } },
        { words: ["liters", "litres"], shape: { kind: "number", distribution: "lognormal", mean: 34000, sd: 34000, min: 0, max: 20000000, decimals: 0 } },
      ],
    },
    {
      id: "meter_age_years",
      names: ["meter age", "age of meter", "meter age years", "meter years in service"],
      // Residential water meters are replaced after about 15-20 years.
      source: "AWWA Manual M6: residential meters typically replaced at 15-20 years",
      shape: { kind: "integer", distribution: "lognormal", mean: 9, sd: 6, min: 0, max: 40 },
    },
    {
      id: "leak_detected",
      names: ["leak detected", "leak", "has leak", "leak flag", "leak alert", "possible leak"],
      outcome: true,
      // EPA: about 10% of homes have leaks wasting 90+ gallons a day.
      source: "EPA WaterSense Fix a Leak Week: 10% of homes have leaks of 90 gallons a day or more",
      shape: { kind: "boolean", probability: 0.1 },
      drivers: [
        { concept: "meter_age_years", weight: 0.8 },
        { concept: "water_gallons_used", weight: 0.6 },
        // Older plumbing leaks more (EPA WaterSense: worn fixtures and pipes in older homes).
        { concept: "year_built", weight: -0.5 },
      ],
    },
    {
      id: "water_bill_amount",
      names: ["bill amount", "water bill", "amount billed", "bill total", "amount due", "monthly bill"],
      domains: ["energy"],
      // US water and sewer bills run about $70-110 a month for a family.
      source: "Circle of Blue water pricing survey 2023; EPA",
      shape: { kind: "number", distribution: "lognormal", mean: 85, sd: 70, min: 10, max: 60000, decimals: 2 },
      relations: [{ kind: "formula", expression: "round(18 + {water_gallons_used} * 0.0075 * normal(1, 0.06), 2)", type: "number", decimals: 2, min: 0 }],
    },
    {
      id: "utility_customer_type",
      names: ["customer type", "customer class", "account type", "rate class", "service class", "customer category"],
      domains: ["energy"],
      // US water utilities: about 90% of accounts residential, but commercial and industrial use far more each.
      source: "AWWA / EIA customer class counts: ~88% residential accounts",
      shape: { kind: "category", values: ["residential", "commercial", "industrial"], weights: [0.86, 0.11, 0.03] },
    },
    {
      id: "billing_month",
      names: ["billing month", "bill month", "billing period", "statement month", "service month"],
      shape: { kind: "date", from: "2023-01-01", to: "2024-12-31" },
    },
  ],
  links: [
    // Old meters and their fittings leak more (AWWA); as a feature, not only as the target.
    { from: "meter_age_years", to: "leak_detected", weight: 0.8 },
    { from: "utility_customer_type", value: "commercial", to: "water_gallons_used", weight: 1.2 },
    { from: "utility_customer_type", value: "industrial", to: "water_gallons_used", weight: 2.2 },
  ],
};
