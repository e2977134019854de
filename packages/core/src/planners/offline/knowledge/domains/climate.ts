import type { DomainKnowledge } from "../types.js";

/** Climate indicators by country and year: warming, emissions, renewables, forests. */
export const climate: DomainKnowledge = {
  domain: "weather",
  words: ["climate indicators", "climate change", "global warming", "emissions", "co2", "carbon emissions", "greenhouse gas"],
  concepts: [
    {
      id: "temperature_anomaly",
      names: ["temperature anomaly", "temp anomaly", "warming anomaly", "temperature deviation", "anomaly c"],
      domains: ["weather"],
      // Against a 1951-1980 baseline; land areas run warmer than the global mean.
      source: "NASA GISTEMP v4: global anomaly about +0.3 C (1990) to +1.2 C (2023)",
      shape: { kind: "number", distribution: "normal", mean: 0.75, sd: 0.45, min: -1.5, max: 3, decimals: 2 },
      units: [{ words: ["f", "fahrenheit", "°f"], shape: { kind: "number", distribution: "normal", mean: 1.35, sd: 0.8, min: -2.7, max: 5.4, decimals: 2 } }],
    },
    {
      id: "co2_per_capita",
      names: ["co2 emissions per capita", "co2 per capita", "emissions per capita", "carbon emissions per capita", "co2 emissions", "carbon emissions", "per capita emissions", "co2 tonnes per capita"],
      source: "Our World in Data (Global Carbon Project) 2022: world mean 4.7 t CO2 per person, most countries 0.1-20",
      shape: { kind: "number", distribution: "lognormal", mean: 4.7, sd: 4.5, min: 0.03, max: 40, decimals: 2 },
    },
    {
      id: "renewable_share",
      names: ["renewable energy share", "renewable share", "share of renewables", "renewables share", "renewable energy", "renewable energy %", "renewables %", "share of renewable energy"],
      source: "IEA / Our World in Data 2022: renewables about 14% of world primary energy, 0-100% by country (of electricity)",
      shape: { kind: "number", distribution: "normal", mean: 25, sd: 18, min: 0, max: 100, decimals: 1 },
    },
    {
      id: "forest_cover",
      names: ["forest cover", "forest area", "forest cover %", "forest area %", "share of forest", "tree cover"],
      source: "FAO Global Forest Resources Assessment 2020: forests cover 31% of land",
      shape: { kind: "number", distribution: "normal", mean: 31, sd: 20, min: 0, max: 98, decimals: 1 },
    },
  ],
  links: [
    { from: "year", to: "temperature_anomaly", weight: 0.8, source: "NASA GISTEMP: about +0.2 C a decade since 1980" },
    { from: "model_year", to: "temperature_anomaly", weight: 0.8 },
    { from: "renewable_share", to: "co2_per_capita", weight: -0.3 },
  ],
};
