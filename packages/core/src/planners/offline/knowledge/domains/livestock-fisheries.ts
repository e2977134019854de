import type { DomainKnowledge } from "../types.js";

/** Dairy herds (cow records) and fishing catch logs. */
export const livestockFisheries: DomainKnowledge = {
  domain: "agriculture",
  words: ["dairy", "dairy farm", "herd", "herd records", "cows", "cattle", "livestock", "milking", "fishing", "fishery", "fisheries", "catch log", "fishing vessels", "trawler", "fish catch"],
  concepts: [
    {
      id: "livestock_age",
      names: ["cow age", "herd age", "animal age", "livestock age", "cattle age", "age of cow", "dairy age"],
      // Dairy cows calve first at about 2 and leave the herd at about 5-6 (after ~3 lactations).
      source: "USDA NAHMS Dairy 2014: first calving ~24 months, cull age ~5-6 years",
      shape: { kind: "integer", distribution: "normal", mean: 5, sd: 2, min: 2, max: 15 },
      units: [{ words: ["years", "in years", "yrs", "age in years"], shape: { kind: "integer", distribution: "normal", mean: 5, sd: 2, min: 2, max: 15 } }],
    },
    {
      id: "lactation_number",
      names: ["lactation number", "lactation", "lactations", "number of lactations", "parity", "lactation count"],
      domains: ["agriculture"],
      // First calving at about 2 years, then one lactation a year: never more than age minus one.
      source: "USDA NAHMS Dairy 2014 (first calving ~24 months, calving interval ~13 months)",
      shape: { kind: "integer", distribution: "poisson", mean: 2.5, min: 1, max: 12 },
      relations: [{ kind: "formula", expression: "clamp(round({livestock_age} - 2 + uniform(-1, 0.49)), 1, 12)", type: "integer" }],
    },
    {
      id: "daily_milk_yield",
      names: ["daily milk yield", "milk yield", "milk per day", "milk production", "daily milk", "milk yield per day", "milk liters", "milk output"],
      domains: ["agriculture"],
      source: "USDA NASS Milk Production 2023: about 24,000 lb a cow a year (~30 L a day)",
      shape: { kind: "number", distribution: "normal", mean: 30, sd: 8, min: 3, max: 65, decimals: 1 },
      units: [{ words: ["lb", "lbs", "pounds"], shape: { kind: "number", distribution: "normal", mean: 66, sd: 18, min: 7, max: 143, decimals: 1 } }],
    },
    {
      id: "days_in_milk",
      names: ["days in milk", "dim", "days in lactation", "days since calving"],
      domains: ["agriculture"],
      source: "a standard lactation is 305 days; herds average about 160-180 days in milk",
      shape: { kind: "integer", distribution: "uniform", min: 5, max: 400 },
    },
    {
      id: "somatic_cell_count",
      names: ["somatic cell count", "scc", "somatic cells", "cell count"],
      domains: ["agriculture"],
      // Cells per mL; a quarter over 200,000 is suspect for mastitis (National Mastitis Council).
      source: "National Mastitis Council: SCC above 200,000 cells/mL suggests infection",
      shape: { kind: "integer", distribution: "lognormal", mean: 220000, sd: 260000, min: 10000, max: 5000000 },
    },
    {
      id: "mastitis",
      names: ["mastitis", "had mastitis", "clinical mastitis", "mastitis case"],
      domains: ["agriculture"],
      outcome: true,
      source: "USDA NAHMS Dairy 2014: clinical mastitis in about 25% of cows a year",
      shape: { kind: "boolean", probability: 0.25 },
      drivers: [
        { concept: "somatic_cell_count", weight: 1.2, source: "National Mastitis Council" },
        { concept: "lactation_number", weight: 0.35 },
        { concept: "livestock_age", weight: 0.3 },
        { concept: "daily_milk_yield", weight: 0.2 },
      ],
    },
    {
      id: "crew_size",
      names: ["crew size", "crew", "number of crew", "crew members", "crew count"],
      source: "small-scale and coastal fishing vessels carry about 2-10 crew (FAO 2022)",
      shape: { kind: "integer", distribution: "poisson", mean: 5, min: 1, max: 40 },
    },
    {
      id: "catch_weight",
      names: ["catch", "catch kg", "catch weight", "landings", "catch volume", "landed weight", "catch size"],
      // Per trip of a coastal vessel: hundreds of kg to a few tonnes.
      source: "FAO, The State of World Fisheries and Aquaculture 2022",
      shape: { kind: "number", distribution: "lognormal", mean: 1800, sd: 2500, min: 5, max: 150000, decimals: 1 },
      units: [
        { words: ["tonnes", "tons", "t"], shape: { kind: "number", distribution: "lognormal", mean: 1.8, sd: 2.5, min: 0.005, max: 150, decimals: 3 } },
        { words: ["lbs", "lb", "pounds"], shape: { kind: "number", distribution: "lognormal", mean: 4000, sd: 5500, min: 10, max: 330000, decimals: 0 } },
      ],
    },
    {
      id: "hours_at_sea",
      names: ["hours at sea", "time at sea", "trip hours", "fishing hours", "hours fished", "fishing time", "trip duration hours"],
      shape: { kind: "number", distribution: "lognormal", mean: 30, sd: 25, min: 2, max: 400, decimals: 1 },
      units: [{ words: ["days"], shape: { kind: "number", distribution: "lognormal", mean: 1.3, sd: 1, min: 0.1, max: 17, decimals: 1 } }],
    },
  ],
  links: [
    { from: "hours_at_sea", to: "catch_weight", weight: 0.7, source: "catch per unit effort: landings rise with time fished" },
    { from: "crew_size", to: "catch_weight", weight: 0.4 },
    { from: "lactation_number", to: "daily_milk_yield", weight: 0.3, source: "mature cows out-produce first-lactation heifers by ~15-20%" },
  ],
};
