import type { DomainKnowledge } from "../types.js";

/**
 * Measures any dataset may have that no single domain owns: speeds, network latency and load,
 * fuel used on a trip, distance to transit, water temperature. Filed for any domain so that a
 * plain "speed" or "latency" is not read as another domain's concept that shares a word.
 */
export const measures: DomainKnowledge = {
  domain: "general",
  words: [],
  concepts: [
    {
      id: "travel_speed",
      names: ["speed", "avg speed", "average speed", "driving speed", "vehicle speed", "travel speed", "mean speed", "speed kmh", "speed mph"],
      // Average trip speeds of road vehicles: urban ~25-35 km/h, highway ~90-110 km/h.
      source: "FHWA / TomTom Traffic Index 2023: average urban speeds 20-40 km/h, interstate ~100 km/h",
      shape: { kind: "number", distribution: "normal", mean: 55, sd: 20, min: 5, max: 130, decimals: 1 },
      units: [
        { words: ["mph", "miles per hour"], shape: { kind: "number", distribution: "normal", mean: 35, sd: 12, min: 3, max: 85, decimals: 1 } },
        { words: ["kmh", "km per h", "kph", "km h", "km/h"], shape: { kind: "number", distribution: "normal", mean: 55, sd: 20, min: 5, max: 130, decimals: 1 } },
        // Ships: container ships steam at about 14-22 knots, bulk carriers 12-15.
        { words: ["knots", "kn", "kts"], shape: { kind: "number", distribution: "normal", mean: 14, sd: 3.5, min: 2, max: 26, decimals: 1 }, source: "UNCTAD Review of Maritime Transport 2023 (average fleet speeds)" },
      ],
    },
    {
      id: "power_output",
      names: ["power output", "output power", "power generated", "electrical output", "power produced", "generator output", "plant output", "net generation"],
      // A generating unit's output: kW for a small generator, hundreds of MW for a power plant.
      source: "US EIA-860 2023: utility-scale generators from about 1 MW to 1,400 MW (large plants several thousand MW)",
      shape: { kind: "number", distribution: "lognormal", mean: 300, sd: 350, min: 0, max: 4500, decimals: 1 },
      units: [
        { words: ["mw", "megawatts"], shape: { kind: "number", distribution: "lognormal", mean: 300, sd: 350, min: 0, max: 4500, decimals: 1 } },
        { words: ["kw", "kilowatts"], shape: { kind: "number", distribution: "lognormal", mean: 40, sd: 60, min: 0, max: 5000, decimals: 1 } },
        { words: ["gw", "gigawatts"], shape: { kind: "number", distribution: "lognormal", mean: 0.3, sd: 0.35, min: 0, max: 4.5, decimals: 3 } },
      ],
    },
    {
      id: "network_latency_ms",
      names: ["latency", "avg latency", "average latency", "network latency", "ping", "round trip time", "rtt", "latency ms"],
      source: "Opensignal mobile network experience reports 2023: 4G latency about 30-60 ms",
      shape: { kind: "number", distribution: "lognormal", mean: 45, sd: 30, min: 2, max: 1500, decimals: 1 },
    },
    {
      id: "bandwidth_utilization",
      names: ["bandwidth utilisation", "bandwidth utilization", "link utilization", "link utilisation", "network utilization", "network utilisation", "bandwidth usage", "channel utilization"],
      shape: { kind: "number", distribution: "normal", mean: 55, sd: 20, min: 0, max: 100, decimals: 1 },
    },
    {
      id: "connected_users",
      names: ["connected users", "concurrent users", "users connected", "active connections", "connected devices", "number of users", "active users"],
      shape: { kind: "integer", distribution: "lognormal", mean: 350, sd: 300, min: 0, max: 5000 },
    },
    {
      id: "dropped_call_rate",
      names: ["dropped call rate", "call drop rate", "drop call rate", "dropped calls rate"],
      domains: ["telecom"],
      // Operators target a drop-call rate under 2% (ITU-T E.800 KPIs); typical 0.5-1.5%.
      source: "ITU-T E.800 quality of service KPIs; operator drop-call rates about 0.5-2%",
      shape: { kind: "number", distribution: "lognormal", mean: 1.1, sd: 0.8, min: 0, max: 15, decimals: 2 },
    },
    {
      id: "fuel_used",
      names: ["fuel used", "fuel consumed", "fuel burned", "fuel burnt", "fuel usage", "liters of fuel", "litres of fuel", "gallons of fuel", "fuel used liters"],
      // A heavy truck burns about 30-35 L per 100 km (ICCT 2023), so a 400 km haul ~130 L.
      source: "ICCT, Fuel consumption of heavy-duty trucks in the US and EU, 2023 (about 33 L/100 km)",
      shape: { kind: "number", distribution: "lognormal", mean: 120, sd: 90, min: 1, max: 2000, decimals: 1 },
      units: [
        { words: ["gallons", "gal"], shape: { kind: "number", distribution: "lognormal", mean: 32, sd: 24, min: 0.3, max: 530, decimals: 1 } },
        // Ships and power plants burn fuel by the tonne.
        { words: ["tonnes", "tons", "t", "metric tons"], shape: { kind: "number", distribution: "lognormal", mean: 40, sd: 50, min: 0.05, max: 5000, decimals: 2 } },
      ],
    },
    {
      id: "transit_distance",
      names: ["distance to metro station", "distance to metro", "distance to subway", "distance to station", "distance to train station", "distance to transit", "distance to public transport", "distance to nearest station", "distance to mrt", "distance to metro station in meters"],
      source: "typical urban walking catchment of a station: 400-800 m (ITDP TOD Standard)",
      shape: { kind: "integer", distribution: "lognormal", mean: 800, sd: 700, min: 20, max: 10000 },
      units: [
        { words: ["km", "kilometers", "kilometres"], shape: { kind: "number", distribution: "lognormal", mean: 0.8, sd: 0.7, min: 0.02, max: 10, decimals: 2 } },
        { words: ["miles", "mi"], shape: { kind: "number", distribution: "lognormal", mean: 0.5, sd: 0.45, min: 0.01, max: 6, decimals: 2 } },
      ],
    },
    {
      id: "temperature",
      names: ["temperature", "temp"],
      generic: true,
      // Any other thing's temperature (a domain's own concept wins where there is one): an outdoor-like range.
      // The bounds of the weather module's air temperature.
      source: "NOAA global land surface temperatures: about -30 to 45 C where people measure things",
      shape: { kind: "number", distribution: "normal", mean: 16, sd: 9, min: -30, max: 45, decimals: 1 },
      units: [
        { words: ["f", "fahrenheit", "°f", "deg f", "degrees f"], shape: { kind: "number", distribution: "normal", mean: 64, sd: 16, min: -22, max: 122, decimals: 1 } },
        { words: ["k", "kelvin"], shape: { kind: "number", distribution: "normal", mean: 291, sd: 9, min: 243, max: 323, decimals: 1 } },
      ],
    },
    {
      id: "soil_temperature",
      names: ["soil temperature", "soil temp", "ground temperature"],
      domains: ["agriculture", "weather"],
      source: "USDA NRCS Soil Climate Analysis Network: soil at 10 cm about -5 to 35 C",
      shape: { kind: "number", distribution: "normal", mean: 15, sd: 7, min: -10, max: 40, decimals: 1 },
      units: [{ words: ["f", "fahrenheit", "°f"], shape: { kind: "number", distribution: "normal", mean: 59, sd: 12.6, min: 14, max: 104, decimals: 1 } }],
    },
    {
      id: "water_temperature",
      names: ["water temp", "water temperature", "sea temperature", "sea surface temperature", "sst", "ocean temperature", "lake temperature"],
      source: "NOAA ERSST: sea surface temperatures from about -2 C (polar) to 30 C (tropics)",
      shape: { kind: "number", distribution: "normal", mean: 12, sd: 5, min: -2, max: 31, decimals: 1 },
      units: [{ words: ["f", "fahrenheit", "°f"], shape: { kind: "number", distribution: "normal", mean: 54, sd: 9, min: 28, max: 88, decimals: 1 } }],
    },
  ],
  links: [
    { from: "connected_users", to: "bandwidth_utilization", weight: 0.9, source: "more users on a cell, more of its capacity in use" },
    { from: "bandwidth_utilization", to: "network_latency_ms", weight: 0.6, source: "queueing delay rises with link load" },
    { from: "bandwidth_utilization", to: "dropped_call_rate", weight: 0.4 },
    { from: "shipment_distance", to: "fuel_used", weight: 1.1, source: "fuel burned is about distance x consumption per km" },
    { from: "ride_trip_distance", to: "fuel_used", weight: 1.1 },
    { from: "package_weight", to: "fuel_used", weight: 0.35, source: "ICCT: heavier payloads burn more fuel per km" },
  ],
};
