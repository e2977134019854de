import type { DomainKnowledge } from "../types.js";

/**
 * Day-to-day operations that several domains share: bike-share rentals by the weather, warehouse
 * picking, event venues and tickets, dental procedures and their fees, parking fines, sun hours.
 */
export const operations: DomainKnowledge = {
  domain: "general",
  words: [],
  concepts: [
    {
      id: "bike_rentals",
      names: ["total rentals", "bike rentals", "daily rentals", "rental count", "number of rentals", "rentals", "total rides", "daily rides", "trips per day"],
      // Capital Bikeshare 2011-2012: 22-8,714 rentals a day, mean about 4,500.
      source: "Fanaee-T & Gama 2013, UCI Bike Sharing Dataset (Capital Bikeshare daily counts)",
      shape: { kind: "integer", distribution: "normal", mean: 4500, sd: 1900, min: 20, max: 9000 },
      drivers: [
        { concept: "air_temperature", weight: 0.8, source: "UCI Bike Sharing: rentals rise with temperature (r ~ 0.63)" },
        { concept: "rained", weight: -0.9 },
        { concept: "relative_humidity", weight: -0.3 },
        { concept: "wind_speed", weight: -0.3 },
        { concept: "is_holiday", weight: -0.2 },
      ],
    },
    {
      id: "units_picked",
      names: ["units picked", "items picked", "picks", "pick count", "units pulled", "cases picked"],
      domains: ["logistics", "retail", "e-commerce"],
      shape: { kind: "integer", distribution: "lognormal", mean: 120, sd: 80, min: 1, max: 1500 },
    },
    {
      id: "order_lines",
      names: ["order lines", "lines picked", "order line count", "line items", "pick lines"],
      domains: ["logistics", "retail", "e-commerce"],
      shape: { kind: "integer", distribution: "lognormal", mean: 40, sd: 30, min: 1, max: 600 },
    },
    {
      id: "pick_duration",
      names: ["pick duration", "pick time", "picking time", "time to pick", "pick duration min", "picking duration"],
      domains: ["logistics", "retail", "e-commerce"],
      // Piece picking runs about 60-150 lines an hour (MWPVL / WERC DC Measures 2023).
      source: "WERC DC Measures 2023: about 100 order lines picked per hour",
      shape: { kind: "number", distribution: "lognormal", mean: 30, sd: 22, min: 1, max: 480, decimals: 1 },
    },
    {
      id: "venue_capacity",
      names: ["venue capacity", "capacity of venue", "venue size", "arena capacity", "stadium capacity", "seating capacity"],
      source: "clubs hold a few hundred, theatres 1-3 thousand, arenas 15-20 thousand, stadiums 40-90 thousand",
      shape: { kind: "integer", distribution: "lognormal", mean: 4000, sd: 8000, min: 80, max: 100000 },
    },
    {
      id: "tickets_sold",
      names: ["tickets sold", "number of tickets sold", "ticket count", "tickets", "seats sold"],
      shape: { kind: "integer", distribution: "lognormal", mean: 3000, sd: 6000, min: 0, max: 100000 },
      relations: [{ kind: "bounds", atMost: ["venue_capacity"] }],
    },
    {
      id: "dental_procedure_cost",
      names: ["cost of procedure", "procedure cost", "treatment cost", "procedure fee", "dental fee", "cost of treatment"],
      domains: ["healthcare"],
      // ADA Survey of Dental Fees 2020 (US averages): cleaning ~$100-120, filling ~$150-200, extraction ~$200-250, crown ~$1,100-1,200, root canal ~$1,000-1,100.
      source: "American Dental Association, Survey of Dental Fees 2020",
      shape: { kind: "number", distribution: "lognormal", mean: 350, sd: 400, min: 40, max: 5000, decimals: 2 },
      relations: [
        {
          kind: "conditional",
          on: "dental_procedure",
          cases: [
            { value: "cleaning", mean: 115, sd: 25, min: 50, max: 250 },
            { value: "filling", mean: 190, sd: 50, min: 80, max: 450 },
            { value: "crown", mean: 1150, sd: 250, min: 500, max: 2500 },
            { value: "root canal", mean: 1050, sd: 250, min: 500, max: 2200 },
            { value: "extraction", mean: 230, sd: 80, min: 80, max: 650 },
            { value: "exam", mean: 70, sd: 20, min: 30, max: 150 },
            { value: "x-ray", mean: 120, sd: 40, min: 40, max: 300 },
            { value: "whitening", mean: 450, sd: 150, min: 150, max: 1200 },
          ],
        },
      ],
    },
    {
      id: "dental_procedure",
      names: ["procedure", "dental procedure", "procedure type", "dental treatment"],
      domains: ["healthcare"],
      source: "American Dental Association, Health Policy Institute: share of dental visits by service (approximate)",
      shape: { kind: "category", values: ["cleaning", "exam", "filling", "x-ray", "extraction", "crown", "root canal"], weights: [0.34, 0.2, 0.18, 0.12, 0.07, 0.05, 0.04] },
    },
    {
      id: "fine_amount",
      names: ["fine amount", "fine", "penalty amount", "citation amount", "ticket fine", "fine paid"],
      // US parking fines mostly $35-$115 (NYC schedule), a few violations up to ~$500.
      source: "NYC Department of Finance parking violation codes and fines (2024)",
      shape: { kind: "number", distribution: "lognormal", mean: 70, sd: 40, min: 15, max: 500, decimals: 2 },
    },
    {
      id: "peak_sun_hours",
      names: ["sunny hours", "sun hours", "peak sun hours", "sunshine hours", "hours of sun", "hours of sunshine"],
      domains: ["energy", "weather"],
      source: "NREL solar resource data: US peak sun hours about 3-7 a day",
      shape: { kind: "number", distribution: "normal", mean: 5, sd: 1.4, min: 0, max: 12, decimals: 1 },
    },
    {
      id: "activity_distance_km",
      names: ["distance", "distance km", "distance walked", "distance covered", "daily distance", "walking distance", "distance run", "distance in km"],
      domains: ["sports", "healthcare", "iot"],
      shape: { kind: "number", distribution: "lognormal", mean: 5.5, sd: 3, min: 0, max: 45, decimals: 2 },
      units: [{ words: ["miles", "mi"], shape: { kind: "number", distribution: "lognormal", mean: 3.4, sd: 1.9, min: 0, max: 28, decimals: 2 } }],
    },
  ],
  links: [
    { from: "units_picked", to: "pick_duration", weight: 0.8, source: "picking time is about lines x time per line" },
    { from: "order_lines", to: "pick_duration", weight: 0.6 },
    { from: "order_lines", to: "units_picked", weight: 0.7 },
    { from: "venue_capacity", to: "tickets_sold", weight: 1.2, source: "a bigger venue sells more seats" },
    { from: "peak_sun_hours", to: "solar_generation_kwh", weight: 0.7, source: "PV output is about capacity x peak sun hours" },
    // A stride of about 0.76 m: distance follows the steps taken.
    { from: "daily_steps", to: "activity_distance_km", weight: 1.2, source: "average adult stride about 0.7-0.8 m (ACSM)" },
  ],
};
