import type { DomainKnowledge } from "../types.js";

const F = ["food"] as const;

/** Coffee roasting batch logs: green in, roasted out, the weight lost, roast level, time, drop temperature and the cup score. */
export const coffeeRoasting: DomainKnowledge = {
  domain: "food",
  words: ["coffee roastery", "roastery", "roasteries", "coffee roasting", "coffee roaster", "coffee roasters", "roast log", "roasting log", "roast batches", "roast batch", "green coffee", "roasted coffee", "cupping", "coffee beans"],
  concepts: [
    {
      id: "green_coffee_weight",
      names: ["green weight", "green coffee weight", "green bean weight", "green weight kg", "charge weight"],
      domains: [...F],
      // Shop roasters charge about 5-30 kg a batch (Probat P12/P25, Loring S15/S35, Diedrich IR-12); production drums 60-120 kg.
      source: "Roaster capacities: Probat P-series 5-60 kg, Loring S15/S35 15-35 kg, Diedrich IR-12 12 kg batches",
      shape: { kind: "number", distribution: "lognormal", mean: 16, sd: 10, min: 1, max: 120, decimals: 1 },
      units: [{ words: ["lb", "lbs", "pounds"], shape: { kind: "number", distribution: "lognormal", mean: 35, sd: 22, min: 2, max: 265, decimals: 1 } }],
    },
    {
      id: "roasted_coffee_weight",
      names: ["roasted weight", "roasted coffee weight", "roasted bean weight", "roasted weight kg", "roasted yield"],
      domains: [...F],
      // Roasting drives off water and some dry matter: the roasted coffee weighs 12-20% less, more the darker the roast.
      source: "Illy & Viani, Espresso Coffee: The Science of Quality (2005): roast loss ~12% light to ~20% dark; SCA roaster guides",
      shape: { kind: "number", distribution: "lognormal", mean: 13.5, sd: 8.5, min: 0.8, max: 105, decimals: 2 },
      relations: [
        {
          kind: "formula",
          expression: 'round({green_coffee_weight} * (1 - if({roast_level} == "dark", uniform(0.165, 0.2), if({roast_level} == "medium", uniform(0.14, 0.165), uniform(0.12, 0.14)))), 2)',
          type: "number",
          decimals: 2,
          min: 0,
        },
        { kind: "formula", expression: "round({green_coffee_weight} * (1 - uniform(0.12, 0.2)), 2)", type: "number", decimals: 2, min: 0 },
      ],
    },
    {
      id: "roast_weight_loss_pct",
      names: ["weight loss", "weight loss %", "weight loss pct", "roast loss", "roast weight loss", "moisture loss", "shrinkage", "shrink", "roast shrinkage", "loss %", "percent weight loss"],
      domains: [...F],
      source: "Illy & Viani (2005): weight loss on roasting ~12-14% light, ~14-16% medium, ~16-20% dark",
      shape: { kind: "number", distribution: "normal", mean: 15.5, sd: 2, min: 11, max: 22, decimals: 1 },
      relations: [
        { kind: "formula", expression: "round(({green_coffee_weight} - {roasted_coffee_weight}) / {green_coffee_weight} * 100, 1)", type: "number", decimals: 1 },
        { kind: "conditional", on: "roast_level", cases: [{ value: "light", mean: 13, sd: 0.7, min: 11, max: 15 }, { value: "medium", mean: 15.2, sd: 0.8, min: 13, max: 17.5 }, { value: "dark", mean: 17.8, sd: 1, min: 15.5, max: 21 }] },
      ],
    },
    {
      id: "roast_level",
      names: ["roast level", "roast degree", "roast", "roast profile", "roast color", "roast colour", "roast type", "degree of roast"],
      domains: [...F],
      source: "SCA roast color classification (Agtron): light, medium, dark; specialty roasters lean light to medium",
      shape: { kind: "category", values: ["light", "medium", "dark"], weights: [0.32, 0.45, 0.23] },
    },
    {
      id: "roast_time_min",
      names: ["roast time", "roast duration", "total roast time", "roasting time", "time to drop", "roast time min", "roast minutes"],
      domains: [...F],
      // Drum batch roasts run about 9-15 minutes; darker roasts stay in longer.
      source: "Scott Rao, The Coffee Roaster's Companion (2014): batch roasts ~9-15 minutes",
      shape: { kind: "number", distribution: "normal", mean: 12, sd: 1.6, min: 8, max: 18, decimals: 1 },
      units: [{ words: ["seconds", "secs", "sec", "s"], shape: { kind: "integer", distribution: "normal", mean: 720, sd: 96, min: 480, max: 1080 } }],
      relations: [{ kind: "conditional", on: "roast_level", cases: [{ value: "light", mean: 10.5, sd: 1, min: 8, max: 13.5 }, { value: "medium", mean: 12, sd: 1, min: 9, max: 15 }, { value: "dark", mean: 13.8, sd: 1.1, min: 10.5, max: 17.5 }] }],
    },
    {
      id: "roast_drop_temp",
      names: ["drop temp", "drop temperature", "final bean temp", "final bean temperature", "bean temp at drop", "drop bt", "charge out temp"],
      domains: [...F],
      // Bean temperature at drop: ~196-205 °C light (just past first crack), ~210-220 medium, ~225-235 dark (second crack).
      source: "SCA / Rao (2014): first crack ~196 °C, second crack ~224 °C; drop temps 195-240 °C",
      shape: { kind: "number", distribution: "normal", mean: 214, sd: 10, min: 192, max: 242, decimals: 1 },
      units: [{ words: ["f", "°f", "fahrenheit", "deg f", "degrees f"], shape: { kind: "number", distribution: "normal", mean: 417, sd: 18, min: 378, max: 468, decimals: 1 } }],
      relations: [{ kind: "conditional", on: "roast_level", cases: [{ value: "light", mean: 202, sd: 3.5, min: 193, max: 210 }, { value: "medium", mean: 215, sd: 3.5, min: 206, max: 224 }, { value: "dark", mean: 228, sd: 4, min: 218, max: 242 }] }],
    },
    {
      id: "coffee_origin",
      names: ["coffee origin", "bean origin", "green coffee origin", "origin"],
      domains: [...F],
      // Specialty roasters' most-bought origins; Brazil and Colombia lead by volume.
      source: "USDA FAS Coffee: World Markets and Trade; ICO exporting-country volumes",
      shape: { kind: "category", values: ["Brazil", "Colombia", "Ethiopia", "Guatemala", "Sumatra", "Kenya", "Costa Rica"], weights: [0.22, 0.22, 0.18, 0.12, 0.1, 0.08, 0.08] },
    },
    {
      id: "cupping_score",
      names: ["cupping score", "cup score", "sca score", "cupping points", "cupping", "cup quality score"],
      domains: [...F],
      outcome: true,
      // SCA cupping form: 80+ is specialty; most specialty lots score 82-88, 90+ is rare.
      source: "SCA Cupping Protocols: scores of 80-100 are specialty grade; Cup of Excellence winners 87-93",
      shape: { kind: "number", distribution: "normal", mean: 84, sd: 2.5, min: 70, max: 95, decimals: 2 },
      drivers: [
        { concept: "coffee_origin", value: "Ethiopia", weight: 0.7, source: "washed Ethiopians top specialty cuppings (Cup of Excellence, SCA)" },
        { concept: "coffee_origin", value: "Brazil", weight: -0.4 },
        { concept: "roast_level", value: "dark", weight: -0.6, source: "dark roasts mask origin character on the SCA form" },
        { concept: "roast_drop_temp", weight: -0.3 },
      ],
    },
  ],
  links: [
    { from: "roast_level", value: "dark", to: "cupping_score", weight: -0.6 },
    { from: "coffee_origin", value: "Ethiopia", to: "cupping_score", weight: 0.7 },
  ],
};
