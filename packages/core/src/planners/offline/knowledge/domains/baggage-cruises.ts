import type { DomainKnowledge } from "../types.js";

/** Airport baggage handling (tags, weights, connections, mishandling) and cruise bookings. */
export const baggageCruises: DomainKnowledge = {
  domain: "travel",
  words: ["baggage", "baggage handling", "luggage", "checked bags", "bag tags", "cruise", "cruises", "cruise line", "sailings", "cruise bookings"],
  concepts: [
    {
      id: "bag_tag",
      names: ["bag tag", "bag tag number", "baggage tag", "luggage tag", "bag id", "tag number"],
      // IATA license plate: a 10-digit number (carrier code + serial).
      source: "IATA Resolution 740 (baggage tag license plate)",
      shape: { kind: "id", format: "pattern", pattern: "00##########", unique: true },
    },
    {
      id: "bag_weight_kg",
      names: ["bag weight", "baggage weight", "luggage weight", "checked bag weight", "suitcase weight"],
      // Checked bags average about 17 kg; airlines cap at 23 kg (32 kg heavy).
      source: "IATA / airline allowances: 23 kg standard, 32 kg heavy-bag limit",
      shape: { kind: "number", distribution: "normal", mean: 17, sd: 5, min: 1, max: 32, decimals: 1 },
      units: [{ words: ["lbs", "lb", "pounds"], shape: { kind: "number", distribution: "normal", mean: 37, sd: 11, min: 2, max: 70, decimals: 1 } }],
    },
    {
      id: "connection_time_minutes",
      names: ["connection time", "connecting time", "layover", "layover time", "transfer time", "minimum connection time", "connection minutes"],
      domains: ["travel"],
      source: "IATA minimum connecting times: 25-90 minutes at most hubs",
      shape: { kind: "number", distribution: "lognormal", mean: 95, sd: 70, min: 25, max: 1440, decimals: 0 },
      units: [{ words: ["hours", "hrs", "h"], shape: { kind: "number", distribution: "lognormal", mean: 1.6, sd: 1.2, min: 0.4, max: 24, decimals: 1 } }],
    },
    {
      id: "bag_transfers",
      names: ["number of transfers", "transfers", "number of connections", "connections", "transfer count"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "poisson", mean: 0.5, min: 0, max: 3 },
    },
    {
      id: "bag_mishandled",
      names: ["mishandled", "bag mishandled", "mishandled bag", "lost bag", "bag lost", "delayed bag", "bag delayed", "lost luggage"],
      outcome: true,
      // SITA Baggage IT Insights 2024: 6.9 mishandled bags per 1,000 passengers; transfers cause ~41%.
      source: "SITA Baggage IT Insights 2024",
      shape: { kind: "boolean", probability: 0.03 },
      drivers: [
        { concept: "connection_time_minutes", weight: -1.0 },
        { concept: "bag_transfers", weight: 0.9 },
        // A bag checked in late misses the load (SITA: failure to load ~18% of mishandlings).
        { concept: "bag_checkin_lead_minutes", weight: -0.6 },
      ],
    },
    {
      id: "bag_checkin_lead_minutes",
      names: ["check in lead time", "minutes before departure", "checked in minutes before departure", "bag drop lead time", "checkin lead minutes"],
      // Most passengers drop bags 1-2 hours before departure; bag drop closes 30-60 minutes before.
      source: "IATA / airline bag-drop cut-off guidance (typically 45-60 minutes before departure)",
      shape: { kind: "integer", distribution: "lognormal", mean: 95, sd: 40, min: 30, max: 300 },
    },
    {
      id: "cruise_nights",
      names: ["cruise nights", "cruise length", "cruise duration", "sailing length"],
      source: "CLIA 2023: average cruise length about 7 nights",
      shape: { kind: "integer", distribution: "lognormal", mean: 7, sd: 3, min: 2, max: 30 },
    },
    {
      id: "cruise_cabin_type",
      names: ["cruise cabin type", "cabin type", "stateroom type", "cabin category", "stateroom category"],
      domains: ["travel"],
      shape: { kind: "category", values: ["inside", "oceanview", "balcony", "suite"], weights: [0.3, 0.22, 0.38, 0.1] },
    },
    {
      id: "cruise_passengers",
      names: ["cruise passengers", "cruise guests", "guests in cabin", "passengers in booking", "cruise party size"],
      shape: { kind: "integer", distribution: "poisson", mean: 2.1, min: 1, max: 6 },
    },
    {
      id: "cruise_fare_per_person",
      names: ["cruise fare per person", "fare per person", "price per person", "cruise fare", "per person fare", "fare per guest"],
      domains: ["travel"],
      // Mainstream lines about $100-200 per person per night; suites and long sailings far more.
      source: "CLIA / Cruise Critic fare surveys 2023: about $150 per person per night",
      shape: { kind: "number", distribution: "lognormal", mean: 1200, sd: 900, min: 150, max: 25000, decimals: 2 },
      relations: [{ kind: "conditional", on: "cruise_cabin_type", cases: [{ value: "inside", mean: 800, sd: 400, min: 150, max: 8000 }, { value: "oceanview", mean: 1000, sd: 500, min: 200, max: 10000 }, { value: "balcony", mean: 1400, sd: 700, min: 300, max: 15000 }, { value: "suite", mean: 3500, sd: 2000, min: 700, max: 25000 }] }],
    },
    {
      id: "cruise_total_fare",
      names: ["cruise total fare", "total fare", "booking total", "total cruise fare", "total price"],
      domains: ["travel"],
      shape: { kind: "number", distribution: "lognormal", mean: 2600, sd: 2200, min: 150, max: 150000, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({cruise_fare_per_person} * {cruise_passengers}, 2)", type: "number", decimals: 2 }],
    },
    {
      id: "onboard_spend",
      names: ["onboard spend", "onboard spending", "onboard revenue", "on board spend", "shipboard spend"],
      source: "Cruise line 10-K filings: onboard revenue about 30% of ticket revenue",
      shape: { kind: "number", distribution: "lognormal", mean: 650, sd: 600, min: 0, max: 30000, decimals: 2 },
    },
    {
      id: "shore_excursion",
      names: ["booked a shore excursion", "shore excursion", "booked shore excursion", "booked excursion", "excursion booked", "shore excursions"],
      shape: { kind: "boolean", probability: 0.45 },
      drivers: [{ concept: "onboard_spend", weight: 0.8 }],
    },
  ],
  links: [
    { from: "cruise_nights", to: "cruise_fare_per_person", weight: 0.7, source: "cruise fares are priced per night" },
    { from: "nights", to: "cruise_fare_per_person", weight: 0.7 },
    { from: "cruise_nights", to: "onboard_spend", weight: 0.6 },
    { from: "nights", to: "onboard_spend", weight: 0.6 },
    { from: "onboard_spend", to: "shore_excursion", weight: 0.8 },
  ],
};
