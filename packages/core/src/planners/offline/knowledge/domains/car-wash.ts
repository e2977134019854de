import type { DomainKnowledge } from "../types.js";

/**
 * Car wash transactions: the wash package, the vehicle's size, add-ons, the wait in line,
 * members of an unlimited-wash club and the weather. In the automotive domain a bare
 * "price" is the car's (automotive.ts); beside a wash package it is the wash's (car_price's
 * relation on car_wash_package there).
 */
export const carWash: DomainKnowledge = {
  domain: "automotive",
  words: ["car wash", "car washes", "carwash", "carwashes", "car wash transactions", "express wash", "auto wash", "wash package", "wash packages", "wash tunnel"],
  concepts: [
    {
      id: "car_wash_transaction_id",
      names: ["car wash transactions", "car wash transaction", "car wash transaction id", "wash transaction id", "wash id"],
      shape: { kind: "id", format: "pattern", pattern: "CW-######", unique: true },
    },
    {
      id: "car_wash_package",
      names: ["wash package", "car wash package", "wash type", "wash level", "wash tier", "wash option", "wash menu"],
      // Tunnel washes sell three or four tiers; the cheapest sells most, the top tier about a fifth.
      source: "International Carwash Association (ICA) 2023 Consumer Study; Professional Carwashing & Detailing wash menu surveys",
      shape: { kind: "category", values: ["basic", "deluxe", "ultimate"], weights: [0.45, 0.35, 0.2] },
    },
    {
      id: "car_wash_vehicle_size",
      names: ["vehicle size", "vehicle class", "car size", "vehicle size class", "size of vehicle"],
      domains: ["automotive"],
      // US light-vehicle fleet: about 40% cars, 45% SUVs and crossovers, 15% pickups (new sales are ~80% light trucks).
      source: "Experian Automotive Market Trends 2023 (vehicles in operation by segment)",
      shape: { kind: "category", values: ["car", "suv", "truck"], weights: [0.4, 0.43, 0.17] },
    },
    {
      id: "car_wash_price",
      names: ["car wash price", "wash price", "price of wash", "wash cost", "car wash cost"],
      // Express exterior washes: about $10 basic, $15-20 mid tier, $22-30 top tier; full service up to ~$40.
      source: "ICA 2023 Consumer Study; Professional Carwashing & Detailing 2023 Industry Study (average express ticket about $14)",
      shape: { kind: "number", distribution: "lognormal", mean: 16, sd: 7, min: 6, max: 45, decimals: 2 },
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
    },
    {
      id: "car_wash_addons",
      names: ["add-ons count", "add ons count", "number of add-ons", "addons count", "add-ons", "addons", "extras count", "number of extras", "upsells"],
      // Tire shine, wax, undercarriage, interior vacuum: most tickets carry none or one.
      source: "Professional Carwashing & Detailing 2023 Industry Study (add-on and upsell rates)",
      shape: { kind: "integer", distribution: "poisson", mean: 0.8, min: 0, max: 5 },
    },
    {
      id: "car_wash_wait_minutes",
      names: ["wait minutes", "wait time", "wait time minutes", "minutes waited", "queue minutes", "time in line", "wait in line", "line wait"],
      domains: ["automotive"],
      // A tunnel moves 60-120 cars an hour: most waits are a few minutes, Saturday peaks 20-40.
      source: "ICA / Car Wash Advisory tunnel throughput (60-120 cars per hour)",
      shape: { kind: "integer", distribution: "lognormal", mean: 8, sd: 8, min: 0, max: 60 },
    },
    {
      id: "car_wash_member",
      names: ["member", "club member", "unlimited member", "wash club member", "membership", "monthly member", "unlimited plan"],
      domains: ["automotive"],
      // Unlimited wash clubs: about a third of express-wash visits come from members.
      source: "Professional Carwashing & Detailing 2023 Industry Study: members about 30-40% of express volume",
      shape: { kind: "boolean", probability: 0.35 },
    },
    {
      id: "car_wash_rain_forecast",
      names: ["rain in forecast", "rain in the forecast", "rain forecast", "rain forecasted", "forecast rain", "rain expected", "rain predicted"],
      // Measurable rain on about a third of days in much of the US.
      source: "NOAA NCEI climate normals: days with measurable precipitation (~100-130 a year in the eastern US)",
      shape: { kind: "boolean", probability: 0.25 },
    },
  ],
  links: [
    // Trucks and SUVs pay a surcharge of a few dollars.
    { from: "car_wash_vehicle_size", value: "truck", to: "car_wash_price", weight: 0.5, source: "common wash menus: $3-5 truck / oversize surcharge" },
    { from: "car_wash_vehicle_size", value: "suv", to: "car_wash_price", weight: 0.2 },
    { from: "car_wash_addons", to: "car_wash_price", weight: 0.4 },
    { from: "car_wash_vehicle_size", value: "truck", to: "car_price", weight: 0.5 },
    { from: "car_wash_vehicle_size", value: "suv", to: "car_price", weight: 0.2 },
    { from: "car_wash_addons", to: "car_price", weight: 0.4 },
    // Rain in the forecast keeps customers away: shorter lines.
    { from: "car_wash_rain_forecast", to: "car_wash_wait_minutes", weight: -0.5, source: "ICA: wash volume falls sharply on rainy days" },
    // Members wash more often and pick the top tier (the club price is set by it).
    { from: "car_wash_member", to: "car_wash_addons", weight: -0.2 },
  ],
};
