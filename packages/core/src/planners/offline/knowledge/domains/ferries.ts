import type { DomainKnowledge } from "../types.js";

/**
 * Ferry crossings: route, vessel and its passenger capacity, the load aboard, the sea state
 * (wave height rises with wind) and what it does to delays and cancellations. Bare "route",
 * "vessel", "capacity" are read with the subject ("ferry crossings log: ... route").
 */
export const ferries: DomainKnowledge = {
  domain: "transport",
  words: ["ferry", "ferries", "ferry crossings", "ferry crossing", "ferry sailings", "ferry log", "ferry trips", "ferry routes", "car ferry", "passenger ferry", "ferry terminal"],
  concepts: [
    {
      id: "ferry_crossing_date",
      names: ["crossing date", "sailing date", "ferry date", "voyage date", "date of crossing"],
      shape: { kind: "date", from: "2023-01-01", to: "2024-12-31" },
    },
    {
      id: "ferry_route",
      names: ["ferry route", "crossing route", "sailing route", "ferry line", "ferry route name"],
      // Washington State Ferries, the largest US system, by annual ridership.
      source: "WSDOT Washington State Ferries ridership by route 2023",
      shape: { kind: "category", values: ["Seattle-Bainbridge Island", "Edmonds-Kingston", "Mukilteo-Clinton", "Fauntleroy-Vashon-Southworth", "Seattle-Bremerton", "Anacortes-San Juan Islands", "Port Townsend-Coupeville"], weights: [0.24, 0.18, 0.17, 0.15, 0.11, 0.1, 0.05] },
    },
    {
      id: "ferry_vessel",
      names: ["ferry vessel", "vessel name", "ferry name", "ship name", "ferry boat", "ferry vessel name"],
      source: "WSDOT Washington State Ferries fleet list (vessel classes Jumbo Mark II, Olympic, Issaquah, Kwa-di Tabil)",
      shape: { kind: "category", values: ["Tacoma", "Wenatchee", "Puyallup", "Walla Walla", "Tokitae", "Suquamish", "Kitsap", "Cathlamet", "Salish", "Kennewick"], weights: [0.11, 0.11, 0.11, 0.1, 0.1, 0.1, 0.1, 0.1, 0.09, 0.08] },
    },
    {
      id: "ferry_passenger_capacity",
      names: ["passenger capacity", "vessel capacity", "ferry capacity", "max passengers", "passenger limit", "licensed passengers", "capacity passengers"],
      // From ~150 (small Kwa-di Tabil / island boats) to ~2,000-2,500 (Jumbo Mark II).
      source: "WSDOT Washington State Ferries fleet: passenger capacities 150-2,499",
      shape: { kind: "integer", distribution: "normal", mean: 1200, sd: 450, min: 100, max: 2000 },
    },
    {
      id: "ferry_passengers_aboard",
      names: ["passengers aboard", "passengers on board", "passengers onboard", "passenger count", "number of passengers", "foot passengers", "ferry passengers", "passengers carried"],
      domains: ["transport"],
      // Average loads of about a third of capacity, full at commuter peaks.
      source: "WSDOT Ferries Division performance reports: average passenger load factor ~30-40%",
      shape: { kind: "integer", distribution: "lognormal", mean: 420, sd: 320, min: 0, max: 2000 },
      relations: [{ kind: "bounds", atMost: ["ferry_passenger_capacity"] }],
    },
    {
      id: "ferry_vehicles_aboard",
      names: ["vehicles aboard", "vehicles on board", "cars aboard", "vehicle count", "number of vehicles", "cars on board", "vehicles carried"],
      domains: ["transport"],
      // Vehicle decks hold 34-202 cars; most sailings are 60-90% full at peak, less off-peak.
      source: "WSDOT Washington State Ferries fleet: vehicle capacities 34-202",
      shape: { kind: "integer", distribution: "normal", mean: 95, sd: 45, min: 0, max: 202 },
    },
    {
      id: "ferry_wave_height_m",
      names: ["wave height", "significant wave height", "wave height m", "waves", "sea state", "swell height", "wave height meters"],
      // Sheltered and coastal routes: mostly under 1.5 m; gales raise 3-6 m seas (Beaufort 7-9).
      source: "WMO Beaufort scale wave heights; NOAA NDBC buoy significant wave height climatology",
      shape: { kind: "number", distribution: "lognormal", mean: 1.1, sd: 0.8, min: 0, max: 6, decimals: 1 },
      units: [
        { words: ["m", "meters", "metres"], shape: { kind: "number", distribution: "lognormal", mean: 1.1, sd: 0.8, min: 0, max: 6, decimals: 1 } },
        { words: ["ft", "feet"], shape: { kind: "number", distribution: "lognormal", mean: 3.6, sd: 2.6, min: 0, max: 20, decimals: 1 } },
      ],
    },
    {
      id: "ferry_cancelled",
      names: ["crossing cancelled", "sailing cancelled", "ferry cancelled", "cancelled sailing", "cancelled crossing", "cancelled", "canceled", "crossing canceled", "sailing canceled"],
      domains: ["transport"],
      outcome: true,
      // About 1-2% of scheduled sailings are cancelled, most for weather and crew or vessel problems.
      source: "WSDOT Ferries Division: trip reliability ~99%; UK DfT sea passenger statistics (weather cancellations)",
      shape: { kind: "boolean", probability: 0.03 },
      drivers: [
        { concept: "ferry_wave_height_m", weight: 1.1 },
        { concept: "wind_speed", weight: 0.6 },
        { concept: "visibility_km", weight: -0.4 },
      ],
    },
  ],
  links: [
    // Waves are raised by the wind (Beaufort scale).
    { from: "wind_speed", to: "ferry_wave_height_m", weight: 1.1, source: "WMO Beaufort scale: wave height grows with wind speed" },
    // Rough seas slow loading and crossing.
    { from: "ferry_wave_height_m", to: "departure_delay_minutes", weight: 0.5 },
    { from: "wind_speed", to: "departure_delay_minutes", weight: 0.3 },
    { from: "ferry_wave_height_m", to: "transit_delay_minutes", weight: 0.5 },
    { from: "ferry_passenger_capacity", to: "ferry_passengers_aboard", weight: 0.8, source: "bigger boats run the busier routes" },
    { from: "ferry_passengers_aboard", to: "departure_delay_minutes", weight: 0.2 },
  ],
};
