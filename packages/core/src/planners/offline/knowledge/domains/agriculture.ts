import type { DomainKnowledge } from "../types.js";

/** Field crops, greenhouses and beekeeping: soil, inputs, yields, hive health. */
export const agriculture: DomainKnowledge = {
  domain: "agriculture",
  words: ["farm", "farms", "farm plots", "field trials", "crop", "crops", "agriculture", "agricultural", "agronomy", "harvest", "greenhouse", "soil", "orchard", "vineyard plots", "beekeeping", "beekeeper", "apiary", "hives", "beehives", "bee colonies"],
  defaults: ["plot id", "crop type", "soil ph", "rainfall mm", "fertilizer kg per hectare", "irrigated", "yield tons per hectare"],
  concepts: [
    { id: "plot_id", names: ["plot id", "field id", "farm id", "plot"], domains: ["agriculture"], shape: { kind: "id", format: "pattern", pattern: "PLOT-#####", unique: true } },
    {
      id: "crop_type",
      names: ["crop type", "crop", "crop grown", "crop variety", "main crop"],
      domains: ["agriculture"],
      source: "FAOSTAT 2022 harvested area (cereals and oilseeds lead)",
      shape: { kind: "category", values: ["wheat", "corn", "soybeans", "rice", "barley", "cotton", "canola"], weights: [0.24, 0.22, 0.18, 0.16, 0.08, 0.06, 0.06] },
    },
    {
      id: "soil_ph",
      names: ["soil ph", "ph of soil", "soil acidity", "ph"],
      domains: ["agriculture"],
      // Most cropland soils lie between pH 5.5 and 8; strongly acid soils reach ~4, sodic soils ~9.
      source: "USDA NRCS Soil Quality Indicators: Soil pH (2011)",
      shape: { kind: "number", distribution: "normal", mean: 6.5, sd: 0.8, min: 3.5, max: 9, decimals: 1 },
    },
    {
      id: "soil_moisture",
      names: ["soil moisture", "soil moisture %", "volumetric water content", "soil water content"],
      domains: ["agriculture", "iot"],
      // Volumetric water content of loams: wilting point ~10-15%, field capacity ~30-40%.
      source: "USDA NRCS Soil Water Content guide",
      shape: { kind: "number", distribution: "normal", mean: 28, sd: 8, min: 3, max: 60, decimals: 1 },
    },
    {
      id: "soil_nitrogen",
      names: ["nitrogen", "soil nitrogen", "nitrogen ppm", "nitrate", "nitrate ppm", "n ppm"],
      domains: ["agriculture"],
      // Soil nitrate-N tests: below 10 ppm low, 20-40 adequate for most crops.
      source: "Iowa State University Extension, late-spring nitrate test (PM 1714)",
      shape: { kind: "number", distribution: "lognormal", mean: 25, sd: 14, min: 1, max: 150, decimals: 1 },
    },
    {
      id: "fertilizer_rate",
      names: ["fertilizer", "fertiliser", "fertilizer applied", "fertilizer rate", "fertilizer kg", "nitrogen fertilizer", "fertilizer amount", "fertilizer use"],
      domains: ["agriculture"],
      // Nitrogen applied to US corn averages ~150 lb/acre (~170 kg/ha); wheat ~70-100 kg/ha.
      source: "USDA ERS Fertilizer Use and Price (2018 corn: 148 lb N per acre)",
      shape: { kind: "number", distribution: "normal", mean: 140, sd: 55, min: 0, max: 350, decimals: 1 },
      units: [{ words: ["lb per acre", "lbs per acre", "lb acre", "lbs acre", "lb/acre"], shape: { kind: "number", distribution: "normal", mean: 125, sd: 50, min: 0, max: 310, decimals: 1 } }],
    },
    {
      id: "growing_season_rainfall",
      names: ["growing season rainfall", "seasonal rainfall", "annual rainfall", "rainfall mm per year", "rain during season", "rainfall", "rainfall mm", "rain mm", "precipitation", "precipitation mm"],
      domains: ["agriculture"],
      source: "FAO Crop Water Information: wheat needs 450-650 mm, maize 500-800 mm a season",
      shape: { kind: "number", distribution: "normal", mean: 600, sd: 200, min: 80, max: 1800, decimals: 0 },
    },
    {
      id: "crop_yield",
      names: ["yield", "crop yield", "yield per hectare", "harvest yield", "grain yield", "yield tons", "yield t", "yield tonnes"],
      domains: ["agriculture"],
      // World averages 2022: wheat ~3.7 t/ha, maize ~5.8 t/ha, soybeans ~2.8 t/ha, rice ~4.7 t/ha.
      source: "FAOSTAT crop yields 2022",
      shape: { kind: "number", distribution: "normal", mean: 4.5, sd: 1.6, min: 0.3, max: 15, decimals: 2 },
      units: [{ words: ["bu per acre", "bushels per acre", "bu acre", "bushels"], shape: { kind: "number", distribution: "normal", mean: 120, sd: 45, min: 10, max: 300, decimals: 1 } }],
      relations: [
        {
          kind: "conditional",
          on: "crop_type",
          cases: [
            { value: "wheat", mean: 3.7, sd: 1.1 },
            { value: "corn", mean: 6.5, sd: 2 },
            { value: "soy", mean: 2.9, sd: 0.7 },
            { value: "soybeans", mean: 2.9, sd: 0.7 },
            { value: "rice", mean: 4.7, sd: 1.2 },
            { value: "barley", mean: 3.2, sd: 1 },
          ],
        },
      ],
      outcome: true,
      drivers: [
        { concept: "fertilizer_rate", weight: 0.5 },
        { concept: "growing_season_rainfall", weight: 0.4 },
        { concept: "precipitation_mm", weight: 0.3 },
        { concept: "soil_nitrogen", weight: 0.3 },
      ],
    },
    {
      id: "irrigated",
      names: ["irrigated", "irrigation", "is irrigated", "has irrigation"],
      domains: ["agriculture"],
      source: "FAO AQUASTAT: about 20% of cropland is irrigated",
      shape: { kind: "boolean", probability: 0.2 },
    },
    {
      id: "light_hours",
      names: ["light hours", "hours of light", "daylight hours", "photoperiod", "light hours per day", "supplemental light hours", "grow light hours"],
      domains: ["agriculture"],
      // Greenhouse tomatoes are lit 14-18 h a day; 24 h causes injury.
      source: "Demers & Gosselin (2002), supplemental lighting of greenhouse tomatoes",
      shape: { kind: "number", distribution: "normal", mean: 14, sd: 2, min: 8, max: 20, decimals: 1 },
    },
    {
      id: "plant_water",
      names: ["water", "water ml", "water per day", "water ml per day", "daily water", "watering", "irrigation ml", "water given"],
      domains: ["agriculture"],
      // A mature greenhouse tomato plant takes about 1-3 litres a day.
      source: "University of Florida IFAS HS796: tomato water use 1-3 L per plant per day",
      shape: { kind: "number", distribution: "normal", mean: 1600, sd: 450, min: 200, max: 4000, decimals: 0 },
      units: [{ words: ["liters", "litres", "l"], shape: { kind: "number", distribution: "normal", mean: 1.6, sd: 0.45, min: 0.2, max: 4, decimals: 2 } }],
    },
    {
      id: "fruit_yield",
      names: ["fruit yield", "tomato yield", "yield per plant", "fruit weight per plant", "fruit yield kg", "harvest per plant"],
      domains: ["agriculture"],
      // Heated greenhouse tomatoes yield ~10-20 kg a plant over a season.
      source: "Ontario OMAFRA Greenhouse vegetable production (tomato ~50 kg/m2, ~2.5 plants/m2)",
      shape: { kind: "number", distribution: "normal", mean: 12, sd: 4, min: 0.5, max: 35, decimals: 2 },
      outcome: true,
      drivers: [
        { concept: "light_hours", weight: 0.5 },
        { concept: "plant_water", weight: 0.3 },
        { concept: "soil_nitrogen", weight: 0.3 },
        { concept: "soil_moisture", weight: 0.2 },
      ],
    },
    { id: "hive_id", names: ["hive id", "hive", "colony id", "hive number"], domains: ["agriculture"], shape: { kind: "id", format: "pattern", pattern: "HIVE-#####", unique: true } },
    {
      id: "colony_size",
      names: ["colony size", "colony strength", "number of bees", "bee count", "bees", "population of bees"],
      domains: ["agriculture"],
      // A strong summer colony holds 30,000-60,000 bees; a weak one under 10,000.
      source: "Winston, The Biology of the Honey Bee (1987)",
      shape: { kind: "integer", distribution: "normal", mean: 32000, sd: 12000, min: 3000, max: 80000 },
    },
    {
      id: "honey_yield",
      names: ["honey", "honey produced", "honey yield", "honey harvested", "honey production", "honey kg"],
      domains: ["agriculture"],
      // US yield per colony 2022: 57 lb (~26 kg).
      source: "USDA NASS Honey report, March 2023",
      shape: { kind: "number", distribution: "normal", mean: 26, sd: 11, min: 0, max: 90, decimals: 1 },
      units: [{ words: ["lb", "lbs", "pounds"], shape: { kind: "number", distribution: "normal", mean: 57, sd: 24, min: 0, max: 200, decimals: 1 } }],
    },
    {
      id: "varroa_mite_count",
      names: ["varroa mite count", "mite count", "varroa count", "varroa mites", "mites per 100 bees", "varroa", "mite load", "mites"],
      domains: ["agriculture"],
      // Alcohol-wash counts per 300 bees: under 3 is low, over 9 (3%) calls for treatment.
      source: "Honey Bee Health Coalition, Tools for Varroa Management (2022)",
      shape: { kind: "integer", distribution: "lognormal", mean: 5, sd: 5, min: 0, max: 60 },
    },
    {
      id: "queen_age_months",
      names: ["queen age", "queen age months", "age of queen"],
      domains: ["agriculture"],
      source: "Queens are usually replaced after 1-2 years (University of Minnesota Bee Lab)",
      shape: { kind: "integer", distribution: "normal", mean: 14, sd: 8, min: 1, max: 48 },
    },
    {
      id: "hive_survived_winter",
      names: ["survived winter", "hive survived winter", "colony survived winter", "survived the winter", "winter survival", "overwintered", "colony survived"],
      domains: ["agriculture"],
      // US beekeepers lost ~39% of colonies over winter 2022-23.
      source: "Bee Informed Partnership, 2022-2023 colony loss survey",
      shape: { kind: "boolean", probability: 0.62 },
      outcome: true,
      drivers: [
        { concept: "varroa_mite_count", weight: -1.1 },
        { concept: "colony_size", weight: 0.7 },
        { concept: "honey_yield", weight: 0.3 },
        { concept: "queen_age_months", weight: -0.3 },
      ],
    },
  ],
  links: [
    { from: "varroa_mite_count", to: "colony_size", weight: -0.3, source: "Varroa infestation weakens colonies (Honey Bee Health Coalition)" },
    { from: "colony_size", to: "honey_yield", weight: 0.6, source: "Larger colonies store more honey (Winston 1987)" },
    { from: "irrigated", to: "crop_yield", weight: 0.6 },
    { from: "soil_moisture", to: "fruit_yield", weight: 0.2 },
  ],
};
