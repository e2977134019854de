import type { DomainKnowledge } from "../types.js";

// Physicochemical tests of wine, after the UCI Wine Quality data (Cortez et al., 2009: 1,599 red
// and 4,898 white Vinho Verde samples). Ranges and means below are the red wines' unless noted.
const SOURCE = "Cortez et al. (2009), Modeling wine preferences by data mining from physicochemical properties (UCI Wine Quality)";

export const wine: DomainKnowledge = {
  domain: "food",
  words: ["wine", "wines", "winery", "wineries", "vineyard", "vintage", "red wine", "white wine", "wine quality", "sommelier"],
  concepts: [
    { id: "critic_points", names: ["critic points", "critic score", "wine points", "points", "critic rating", "wine spectator score", "wine enthusiast points"], domains: ["food"], source: "Wine Enthusiast reviews publish 80-100 points; mean about 88 (Kaggle winemag-data)", shape: { kind: "integer", distribution: "normal", mean: 88, sd: 3, min: 80, max: 100 } },
    { id: "wine_price", names: ["bottle price", "wine price", "price per bottle", "price of bottle", "bottle cost"], domains: ["food"], source: "Wine Enthusiast reviews (Kaggle winemag-data): median $25, mean about $35, $4-$3,300", shape: { kind: "number", distribution: "lognormal", mean: 35, sd: 40, min: 4, max: 3300, decimals: 2 } },
    { id: "fixed_acidity", names: ["fixed acidity", "tartaric acid", "acidity"], domains: ["food"], source: SOURCE, shape: { kind: "number", distribution: "normal", mean: 8.3, sd: 1.7, min: 4.6, max: 15.9, decimals: 1 } },
    { id: "volatile_acidity", names: ["volatile acidity", "acetic acid"], domains: ["food"], source: SOURCE, shape: { kind: "number", distribution: "normal", mean: 0.53, sd: 0.18, min: 0.12, max: 1.58, decimals: 2 } },
    { id: "citric_acid", names: ["citric acid"], domains: ["food"], source: SOURCE, shape: { kind: "number", distribution: "normal", mean: 0.27, sd: 0.19, min: 0, max: 1, decimals: 2 } },
    // Dry wines hold under 4 g/L of sugar; the white wines of the same study reach 65 g/L.
    { id: "residual_sugar", names: ["residual sugar", "wine sugar"], domains: ["food"], source: SOURCE, shape: { kind: "number", distribution: "lognormal", mean: 2.5, sd: 1.4, min: 0.6, max: 16, decimals: 1 } },
    { id: "chlorides", names: ["chlorides", "chloride", "salt content"], domains: ["food"], source: SOURCE, shape: { kind: "number", distribution: "lognormal", mean: 0.087, sd: 0.047, min: 0.012, max: 0.61, decimals: 3 } },
    { id: "free_sulfur_dioxide", names: ["free sulfur dioxide", "free sulphur dioxide", "free so2"], domains: ["food"], source: SOURCE, shape: { kind: "number", distribution: "lognormal", mean: 16, sd: 10, min: 1, max: 72, decimals: 0 } },
    { id: "total_sulfur_dioxide", names: ["total sulfur dioxide", "total sulphur dioxide", "total so2", "sulfur dioxide", "so2"], domains: ["food"], source: SOURCE, shape: { kind: "number", distribution: "lognormal", mean: 46, sd: 33, min: 6, max: 289, decimals: 0 }, relations: [{ kind: "bounds", atLeast: ["free_sulfur_dioxide"] }] },
    { id: "wine_density", names: ["density", "wine density"], domains: ["food"], source: SOURCE, shape: { kind: "number", distribution: "normal", mean: 0.9967, sd: 0.0019, min: 0.99, max: 1.0037, decimals: 4 } },
    { id: "wine_ph", names: ["wine ph"], domains: ["food"], source: SOURCE, shape: { kind: "number", distribution: "normal", mean: 3.31, sd: 0.15, min: 2.74, max: 4.01, decimals: 2 } },
    { id: "sulphates", names: ["sulphates", "sulfates", "sulphate", "sulfate", "potassium sulphate"], domains: ["food"], source: SOURCE, shape: { kind: "number", distribution: "lognormal", mean: 0.66, sd: 0.17, min: 0.33, max: 2, decimals: 2 } },
    {
      id: "wine_alcohol",
      names: ["wine alcohol", "alcohol", "alcohol content", "abv", "alcohol by volume", "alcohol level"],
      domains: ["food"],
      source: SOURCE,
      shape: { kind: "number", distribution: "normal", mean: 10.4, sd: 1.07, min: 8.4, max: 14.9, decimals: 1 },
      units: [{ words: ["%", "percent", "% vol", "abv"], shape: { kind: "number", distribution: "normal", mean: 10.4, sd: 1.07, min: 8.4, max: 14.9, decimals: 1 } }],
    },
    {
      id: "wine_quality",
      names: ["wine quality", "wine quality score", "wine quality rating", "wine score", "wine rating"],
      domains: ["food"],
      // Median of at least three assessors on a 0-10 scale; the study's wines scored 3-8, mostly 5-6.
      source: SOURCE,
      shape: { kind: "integer", distribution: "normal", mean: 5.6, sd: 0.85, min: 0, max: 10 },
      outcome: true,
      // Strongest correlates of quality in the red wines: alcohol (+0.48), volatile acidity (-0.39), sulphates (+0.25), citric acid (+0.23).
      drivers: [
        { concept: "wine_alcohol", weight: 0.9, source: SOURCE },
        { concept: "volatile_acidity", weight: -0.7, source: SOURCE },
        { concept: "sulphates", weight: 0.4, source: SOURCE },
        { concept: "citric_acid", weight: 0.3, source: SOURCE },
        { concept: "wine_density", weight: -0.2, source: SOURCE },
      ],
    },
  ],
  links: [
    // Critics score dearer wines higher (and higher scores raise prices): Wine Enthusiast reviews, r ~ 0.4-0.5.
    { from: "critic_points", to: "wine_price", weight: 0.6, source: "Wine Enthusiast 130k reviews (Kaggle winemag-data): points and price correlate, r ~ 0.42" },
    // Sugar fermented into alcohol leaves a lighter wine: density falls with alcohol, rises with residual sugar.
    { from: "wine_alcohol", to: "wine_density", weight: -0.7, source: SOURCE },
    { from: "residual_sugar", to: "wine_density", weight: 0.5, source: SOURCE },
    { from: "fixed_acidity", to: "wine_ph", weight: -0.7, source: SOURCE },
  ],
};
