import type { DomainKnowledge } from "../types.js";

/** Last-mile parcel delivery: a driver's day of stops, packages, failed attempts, distance and fuel. */
export const lastMile: DomainKnowledge = {
  domain: "logistics",
  words: ["last mile", "delivery routes", "delivery route", "delivery drivers", "parcel delivery", "package delivery", "couriers", "courier routes", "delivery van", "delivery vans"],
  concepts: [
    {
      id: "delivery_stops",
      names: ["number of stops", "stops", "delivery stops", "stops made", "stop count", "num stops", "stops per route"],
      domains: ["logistics"],
      // A UPS or Amazon DSP route runs about 100-180 stops a day.
      source: "UPS (ORION): ~120 stops per driver-day; Amazon DSP routes ~150-250 packages, 100-180 stops",
      shape: { kind: "integer", distribution: "normal", mean: 120, sd: 35, min: 5, max: 250 },
    },
    {
      id: "packages_delivered",
      names: ["packages delivered", "parcels delivered", "deliveries made", "deliveries completed", "successful deliveries", "packages", "parcels", "deliveries", "number of packages", "package count", "parcel count"],
      domains: ["logistics"],
      // Several packages go to some stops, so a route carries more packages than stops.
      source: "Amazon DSP driver routes: about 150-250 packages a day",
      shape: { kind: "integer", distribution: "lognormal", mean: 160, sd: 55, min: 5, max: 450 },
      relations: [{ kind: "formula", expression: "round({delivery_stops} * uniform(1.1, 1.6))", type: "integer", min: 0 }],
    },
    {
      id: "failed_deliveries",
      names: ["failed deliveries", "failed delivery attempts", "failed attempts", "missed deliveries", "undelivered packages", "delivery failures", "failed drops", "packages not delivered", "undeliverable packages"],
      domains: ["logistics"],
      outcome: true,
      // First-attempt failure runs about 2-5% of parcels (nobody home, no access, wrong address).
      source: "Capgemini / Loqate last-mile reports: 2-5% of first delivery attempts fail",
      shape: { kind: "integer", distribution: "poisson", mean: 4, min: 0, max: 60 },
      drivers: [
        { concept: "delivery_stops", weight: 0.7 },
        { concept: "packages_delivered", weight: 0.4 },
        { concept: "delivery_route_distance", weight: 0.3 },
        { concept: "shift_hours", weight: 0.2 },
      ],
    },
    {
      id: "delivery_route_distance",
      names: ["route distance", "route length", "miles driven", "km driven", "daily distance driven", "route miles", "route km", "kilometers driven"],
      domains: ["logistics"],
      // Urban and suburban delivery routes cover roughly 30-120 miles a day; rural ones more.
      source: "NACFE Last-Mile Fuel Efficiency report (2018): urban delivery routes ~40-100 miles a day",
      shape: { kind: "number", distribution: "lognormal", mean: 60, sd: 30, min: 3, max: 300, decimals: 1 },
      units: [{ words: ["km", "kilometers", "kilometres", "kms"], shape: { kind: "number", distribution: "lognormal", mean: 95, sd: 48, min: 5, max: 480, decimals: 1 } }],
    },
    {
      id: "shift_hours",
      names: ["hours on shift", "shift hours", "shift length", "shift length hours", "shift duration", "shift duration hours", "hours per shift", "hours on route", "hours on duty", "shift length in hours"],
      // Most shifts run 8-10 hours; 12-hour shifts are common in hospitals and delivery peaks.
      source: "BLS American Time Use Survey: full-time workers average about 8.5 hours on a workday",
      shape: { kind: "number", distribution: "normal", mean: 9, sd: 1.6, min: 2, max: 16, decimals: 1 },
    },
    {
      id: "daily_fuel_cost",
      names: ["fuel cost", "fuel spend", "fuel expense", "fuel costs", "daily fuel cost", "fuel cost usd", "cost of fuel", "gas cost"],
      // A delivery van at ~15 mpg and ~$3.50 a gallon spends about $0.23 a mile.
      source: "EIA retail diesel/gasoline prices 2024 (~$3.50-4/gal); NACFE: step vans ~10-15 mpg",
      shape: { kind: "number", distribution: "lognormal", mean: 15, sd: 8, min: 0, max: 200, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({delivery_route_distance} * uniform(0.15, 0.3), 2)", type: "number", decimals: 2, min: 0 }],
    },
  ],
  links: [
    { from: "delivery_stops", to: "delivery_route_distance", weight: 0.6, source: "more stops spread a route over more ground" },
    { from: "delivery_stops", to: "shift_hours", weight: 0.5, source: "each stop takes minutes of the shift" },
  ],
};
