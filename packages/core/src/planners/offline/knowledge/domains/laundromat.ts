import type { DomainKnowledge } from "../types.js";

/**
 * Laundromat machine logs: washers and dryers by capacity, their cycles, the vend price and the
 * electricity a cycle uses. A plain "price" or "capacity" is read with the subject ("laundromat
 * machine log: ... price") so other domains' prices and capacities keep their meaning.
 */
export const laundromat: DomainKnowledge = {
  domain: "retail",
  words: ["laundromat", "laundromats", "laundromat machine", "laundromat machines", "laundrette", "launderette", "coin laundry", "coin-op laundry", "self-service laundry", "laundry machines", "washer or dryer", "washers and dryers", "washer/dryer"],
  concepts: [
    {
      id: "laundry_machine_type",
      names: ["laundry machine type", "washer or dryer", "washer/dryer", "washer dryer", "laundromat machine type"],
      // A typical store has about as many dryers as washers (Coin Laundry Association store profile).
      source: "Coin Laundry Association, industry overview: washers and dryers in roughly equal numbers",
      shape: { kind: "category", values: ["washer", "dryer"], weights: [0.55, 0.45] },
    },
    {
      id: "laundry_machine_capacity",
      names: ["laundromat capacity", "machine capacity", "washer capacity", "dryer capacity", "laundry capacity", "load capacity lb", "drum capacity"],
      // Commercial front-load washers come in 18-20, 30, 40, 60 and 80 lb sizes; small ones are the most common.
      source: "Speed Queen / Electrolux Professional commercial washer-extractor ranges (20-80 lb)",
      shape: { kind: "category", values: ["20", "30", "40", "60", "80"], weights: [0.35, 0.27, 0.2, 0.13, 0.05] },
    },
    {
      id: "laundry_cycle_start",
      names: ["cycle start time", "cycle start", "cycle started at", "wash start time", "machine start time"],
      shape: { kind: "datetime", from: "2023-01-01T07:00:00Z", to: "2024-12-31T22:00:00Z" },
    },
    {
      id: "laundry_cycle_minutes",
      names: ["cycle minutes", "cycle time minutes", "wash cycle minutes", "dry cycle minutes", "minutes per cycle", "machine cycle minutes", "laundry cycle minutes", "cycle duration minutes"],
      // Commercial washers run 25-35 minutes; dryers are bought in 6-8 minute increments, 30-60 minutes a load.
      source: "Coin Laundry Association FAQ: wash cycles about 25-30 minutes, drying 30-45 minutes",
      shape: { kind: "integer", distribution: "normal", mean: 37, sd: 9, min: 20, max: 70 },
      relations: [
        {
          kind: "conditional",
          on: "laundry_machine_type",
          cases: [
            { value: "washer", mean: 31, sd: 4, min: 22, max: 45 },
            { value: "dryer", mean: 45, sd: 9, min: 24, max: 70 },
          ],
        },
      ],
    },
    {
      id: "laundry_vend_price",
      names: ["laundromat price", "laundry price", "vend price", "cycle price", "price per cycle", "price per load", "wash price", "machine price", "laundromat machine price"],
      // US vend prices: a 20 lb washer $3-4.50, 40 lb $6-8, 60-80 lb $8-12; a full dry $2-4 (25c per 6-8 minutes).
      source: "Coin Laundry Association 2023 pricing survey; Laundromat Resource average vend prices",
      shape: { kind: "number", distribution: "lognormal", mean: 4.8, sd: 2, min: 1.5, max: 14, decimals: 2 },
      relations: [
        {
          kind: "conditional",
          on: "laundry_machine_capacity",
          cases: [
            { value: "20", mean: 3.4, sd: 0.7, min: 1.75, max: 5 },
            { value: "30", mean: 4.6, sd: 0.8, min: 2.5, max: 6.5 },
            { value: "40", mean: 6, sd: 0.9, min: 3.5, max: 8.5 },
            { value: "60", mean: 7.8, sd: 1.1, min: 4.5, max: 11 },
            { value: "80", mean: 9.5, sd: 1.2, min: 6, max: 13 },
          ],
        },
      ],
    },
    {
      id: "laundry_out_of_order",
      names: ["out of order", "out of order flag", "machine out of order", "out of service", "machine broken", "broken machine"],
      // Stores aim for fewer than 1 machine in 20 down at a time.
      source: "Coin Laundry Association operations guidance: keep downtime under about 5% of machines",
      shape: { kind: "boolean", probability: 0.04 },
    },
    {
      id: "laundry_kwh_used",
      names: ["kwh used", "kwh per cycle", "energy used kwh", "electricity used", "kwh consumed", "cycle kwh", "energy per cycle", "laundry kwh"],
      outcome: true,
      // ENERGY STAR commercial washers use about 0.3-1 kWh a cycle (hot water heated by gas); an electric dryer load 2-5 kWh.
      source: "ENERGY STAR commercial clothes washers key product criteria; US DOE Energy Saver: clothes dryers 2-5 kWh a load",
      shape: { kind: "number", distribution: "lognormal", mean: 1.6, sd: 1.2, min: 0.2, max: 8, decimals: 2 },
      relations: [
        {
          kind: "conditional",
          on: "laundry_machine_type",
          cases: [
            { value: "washer", mean: 0.6, sd: 0.25, min: 0.2, max: 2 },
            { value: "dryer", mean: 3, sd: 0.9, min: 1, max: 6.5 },
          ],
        },
      ],
      drivers: [
        { concept: "laundry_machine_type", value: "dryer", weight: 0.6 },
        { concept: "laundry_cycle_minutes", weight: 0.5 },
        { concept: "laundry_machine_capacity", value: "20", weight: -0.4 },
        { concept: "laundry_machine_capacity", value: "60", weight: 0.5 },
      ],
    },
  ],
  links: [
    // Dryers are sold by the minute, washers by the load size: a dryer cycle costs less than a big wash.
    { from: "laundry_machine_type", value: "dryer", to: "laundry_vend_price", weight: -0.6, source: "Coin Laundry Association: drying $0.25 per 6-8 minutes" },
    { from: "laundry_machine_capacity", value: "60", to: "laundry_cycle_minutes", weight: 0.3 },
  ],
};
