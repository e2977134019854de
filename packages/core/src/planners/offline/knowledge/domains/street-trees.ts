import type { DomainKnowledge } from "../types.js";

const A = ["agriculture"] as const;

/** City street tree inventories: species, trunk diameter (DBH), height, planting year, health, sidewalk damage, pruning. */
export const streetTrees: DomainKnowledge = {
  domain: "agriculture",
  words: ["street tree", "street trees", "tree inventory", "tree census", "urban forest", "urban forestry", "urban trees", "city trees", "arborist", "arborists", "tree canopy", "park trees"],
  concepts: [
    {
      id: "tree_species",
      names: ["tree species", "tree type", "species common name", "tree kind"],
      domains: [...A],
      // NYC 2015 Street Tree Census: London planetree, honeylocust, Callery pear, pin oak, Norway maple lead.
      source: "NYC Parks 2015 Street Tree Census (TreesCount!): top species by count",
      shape: { kind: "category", values: ["london plane", "honey locust", "callery pear", "pin oak", "norway maple", "red maple", "ginkgo", "little leaf linden"], weights: [0.13, 0.13, 0.09, 0.08, 0.05, 0.05, 0.04, 0.43] },
    },
    {
      id: "tree_year_planted",
      names: ["year planted", "planting year", "planted year", "year of planting", "planted in", "year tree planted"],
      domains: [...A],
      source: "NYC / municipal inventories: most street trees planted after 1960, planting rising since 2000 (MillionTreesNYC 2007-2015)",
      shape: { kind: "integer", distribution: "normal", mean: 1996, sd: 17, min: 1900, max: 2024 },
    },
    {
      id: "tree_dbh",
      names: ["trunk diameter", "dbh", "diameter at breast height", "tree diameter", "trunk dbh", "trunk size", "stem diameter", "trunk diameter inches"],
      domains: [...A],
      // Street trees thicken ~0.25-0.5 in of DBH a year; NYC 2015 census median DBH ~10 in, few over 40.
      source: "NYC 2015 Street Tree Census (DBH distribution); McPherson et al. 2016, USDA Forest Service Urban Tree Database (growth by age)",
      shape: { kind: "number", distribution: "lognormal", mean: 12, sd: 8, min: 1, max: 60, decimals: 1 },
      units: [{ words: ["cm", "centimeters", "centimetres"], shape: { kind: "number", distribution: "lognormal", mean: 30, sd: 20, min: 2.5, max: 150, decimals: 1 } }],
      relations: [{ kind: "formula", expression: "round(clamp((2025 - {tree_year_planted}) * uniform(0.2, 0.6) + uniform(1, 2.5), 1, 60), 1)", type: "number", decimals: 1 }],
    },
    {
      id: "tree_height_ft",
      names: ["tree height", "total height", "tree height ft", "height of tree"],
      domains: [...A],
      // Urban tree height by DBH (McPherson et al. 2016): ~15 ft at 2 in, ~40 ft at 12 in, ~70 ft at 30 in.
      source: "McPherson, van Doorn & Peper 2016, Urban Tree Database and Allometric Equations (USDA FS PSW-GTR-253)",
      shape: { kind: "number", distribution: "lognormal", mean: 38, sd: 18, min: 8, max: 100, decimals: 0 },
      units: [{ words: ["m", "meters", "metres"], shape: { kind: "number", distribution: "lognormal", mean: 11.5, sd: 5.5, min: 2.5, max: 30, decimals: 1 } }],
      relations: [{ kind: "formula", expression: "round(clamp(4.5 + 6 * pow({tree_dbh}, 0.7) * normal(1, 0.15), 8, 100))", type: "number", decimals: 0 }],
    },
    {
      id: "tree_health",
      names: ["tree health", "tree condition"],
      domains: [...A],
      source: "NYC 2015 Street Tree Census: 81% good, 15% fair, 4% poor",
      shape: { kind: "category", values: ["good", "fair", "poor"], weights: [0.81, 0.15, 0.04] },
    },
    {
      id: "sidewalk_damage",
      names: ["sidewalk damage", "sidewalk damaged", "damaged sidewalk", "root damage", "sidewalk heave", "sidewalk lifted", "pavement damage", "root damage to sidewalk"],
      domains: [...A],
      outcome: true,
      // About 29% of NYC street trees had sidewalk damage beside them in 2015; big roots lift slabs.
      source: "NYC 2015 Street Tree Census (sidewalk field: ~29% Damage); McPherson & Peper 1996, Costs of street tree damage to infrastructure",
      shape: { kind: "boolean", probability: 0.29 },
      drivers: [
        { concept: "tree_dbh", weight: 1.1 },
        { concept: "tree_year_planted", weight: -0.5 },
        { concept: "tree_species", value: "london plane", weight: 0.6, source: "London planes are among the worst sidewalk heavers (McPherson & Peper 1996)" },
        { concept: "tree_species", value: "ginkgo", weight: -0.3 },
      ],
    },
    {
      id: "tree_last_pruned",
      names: ["last pruned", "last pruned date", "date last pruned", "pruning date", "last pruning", "last pruning date", "date pruned"],
      domains: [...A],
      // Block pruning cycles run about 7-10 years in most US cities.
      source: "NYC Parks block pruning cycle (~7-10 years); ISA urban forestry best practices",
      shape: { kind: "date", from: "2015-01-01", to: "2025-06-30" },
    },
  ],
  links: [
    { from: "tree_dbh", to: "sidewalk_damage", weight: 1.1, source: "larger trunks and roots lift more slabs" },
    { from: "tree_species", value: "london plane", to: "sidewalk_damage", weight: 0.6 },
  ],
};
