import type { DomainKnowledge } from "../types.js";

/** Public transit ridership (routes, stops, boardings, load, delay) and bike share trips. */
export const transit: DomainKnowledge = {
  domain: "transport",
  words: ["public transit", "transit", "bus network", "buses", "bus routes", "bus", "metro", "subway", "tram", "light rail", "ridership", "commuter rail", "bike share", "bikeshare", "bike sharing", "citi bike", "divvy", "docked bikes"],
  concepts: [
    {
      id: "transit_route",
      names: ["route", "bus route", "route number", "line", "route id", "bus line"],
      domains: ["transport"],
      shape: { kind: "category", values: ["1", "2", "5", "7", "9", "12", "15", "22", "31", "40", "47", "66", "X1", "N5"], weights: [0.1, 0.09, 0.09, 0.08, 0.08, 0.08, 0.07, 0.07, 0.07, 0.06, 0.06, 0.06, 0.05, 0.04] },
    },
    {
      id: "transit_stop",
      names: ["stop", "bus stop", "stop name", "station", "stop id"],
      domains: ["transport"],
      shape: { kind: "category", values: ["Main St & 1st Ave", "Central Station", "City Hall", "Market Square", "University Ave", "Hospital", "Park & Ride North", "Riverside Dr", "Airport Terminal", "Oak St & 5th Ave", "Stadium", "Library", "Harbor Rd", "Westfield Mall", "Elm St"] },
    },
    {
      id: "route_length",
      names: ["route length", "route distance", "route miles", "length of route", "route km"],
      domains: ["transport"],
      // Urban bus routes run about 5-20 miles end to end; school bus routes similar.
      source: "NTD route statistics: average bus route about 10-15 miles",
      shape: { kind: "number", distribution: "lognormal", mean: 12, sd: 8, min: 0.5, max: 120, decimals: 1 },
      units: [{ words: ["km", "kilometers", "kilometres"], shape: { kind: "number", distribution: "lognormal", mean: 19, sd: 13, min: 0.8, max: 190, decimals: 1 } }],
    },
    {
      id: "route_stop_count",
      names: ["number of stops", "stops", "stop count", "stops on route", "num stops"],
      domains: ["transport"],
      shape: { kind: "integer", distribution: "normal", mean: 22, sd: 10, min: 1, max: 80 },
    },
    {
      id: "bus_capacity",
      names: ["bus capacity", "vehicle capacity", "seating capacity", "capacity", "seats"],
      domains: ["transport"],
      // A 40-ft transit bus seats ~40 with ~70 total; a full-size school bus seats up to 72.
      source: "APTA Standard Bus Procurement Guidelines; NHTSA school bus capacity (up to 72-90)",
      shape: { kind: "integer", distribution: "normal", mean: 62, sd: 12, min: 12, max: 90 },
    },
    {
      id: "boardings",
      names: ["boardings", "passengers boarding", "riders boarding", "ons", "boarding count", "entries", "ridership"],
      // Boardings per stop-hour on an urban bus network: mostly a handful, tens at hubs.
      source: "APTA ridership reports; typical stop-level automatic passenger counter data",
      shape: { kind: "integer", distribution: "lognormal", mean: 18, sd: 22, min: 0, max: 600 },
    },
    {
      id: "alightings",
      names: ["alightings", "passengers alighting", "offs", "exits", "alighting count"],
      shape: { kind: "integer", distribution: "lognormal", mean: 17, sd: 21, min: 0, max: 600 },
    },
    {
      id: "vehicle_occupancy_pct",
      names: ["bus occupancy", "occupancy", "load factor", "vehicle load", "crowding", "occupancy percent", "bus load"],
      domains: ["transport"],
      // Percent of seated-plus-standing capacity; crush loads run past 100% of seats.
      source: "TCRP Report 165 (Transit Capacity and Quality of Service Manual): load factors",
      shape: { kind: "number", distribution: "normal", mean: 48, sd: 22, min: 0, max: 130, decimals: 1 },
    },
    {
      id: "transit_delay_minutes",
      names: ["average delay in minutes", "delay in minutes", "average delay", "delay", "avg delay", "minutes late", "lateness", "schedule deviation", "delay minutes"],
      domains: ["transport"],
      // Urban buses run a few minutes late on average; early departures show as negatives.
      source: "TCRP Report 165: on-time is -1 to +5 minutes; typical mean lateness 2-4 minutes",
      shape: { kind: "number", distribution: "lognormal", mean: 3.5, sd: 4, min: -5, max: 60, decimals: 1 },
    },
    {
      id: "day_type",
      names: ["weekday or weekend", "day type", "weekday weekend", "service day"],
      shape: { kind: "category", values: ["weekday", "weekend"], weights: [0.72, 0.28] },
    },
    {
      id: "bike_start_station",
      names: ["start station", "from station", "origin station", "start station name", "pickup station"],
      shape: { kind: "category", values: ["Central Park S", "Union Sq", "Grand Central", "City Hall", "Riverside Park", "Harbor Point", "University Ave", "Market St", "Museum Mile", "Broadway & 14th", "Lakefront Trail", "Station Plaza"] },
    },
    {
      id: "bike_end_station",
      names: ["end station", "to station", "destination station", "end station name", "return station", "dropoff station"],
      shape: { kind: "category", values: ["Central Park S", "Union Sq", "Grand Central", "City Hall", "Riverside Park", "Harbor Point", "University Ave", "Market St", "Museum Mile", "Broadway & 14th", "Lakefront Trail", "Station Plaza"] },
    },
    {
      id: "transit_trip_start",
      names: ["start time", "started at", "trip start", "start datetime", "departure time", "unlock time", "trip start time"],
      domains: ["transport"],
      shape: { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
    },
    {
      id: "transit_trip_end",
      names: ["end time", "ended at", "trip end", "end datetime", "arrival time", "lock time", "trip end time"],
      domains: ["transport"],
      // Bike share trips: median about 10-12 minutes (Divvy / Citi Bike 2023).
      source: "Divvy / Citi Bike system data 2023: median trip ~11 minutes",
      shape: { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
      relations: [
        { kind: "offset", of: ["transit_trip_start"], direction: "after", unit: "minutes", gap: { min: 1, max: 240, distribution: "lognormal", median: 12 } },
        { kind: "formula", expression: "addDays({transit_trip_start}, {duration_minutes} / 1440)", type: "datetime" },
      ],
    },
    {
      id: "transit_trip_distance",
      names: ["distance", "trip distance", "distance km", "ride distance", "distance travelled", "distance traveled"],
      domains: ["transport"],
      source: "Divvy / Citi Bike trips: median about 1.5-2 km (station to station)",
      shape: { kind: "number", distribution: "lognormal", mean: 2.6, sd: 2.2, min: 0.1, max: 40, decimals: 2 },
      units: [{ words: ["miles", "mi"], shape: { kind: "number", distribution: "lognormal", mean: 1.6, sd: 1.4, min: 0.1, max: 25, decimals: 2 } }],
    },
    {
      id: "bike_type",
      names: ["bike type", "bicycle type", "rideable type", "bike model"],
      // Citi Bike / Divvy 2023 trip data: e-bikes about 40% of trips.
      source: "Divvy / Citi Bike system data 2023 (rideable_type)",
      shape: { kind: "category", values: ["classic", "electric"], weights: [0.6, 0.4] },
    },
    {
      id: "bike_rider_type",
      names: ["rider type", "member type", "user type", "member or casual", "rider category"],
      domains: ["transport"],
      source: "Divvy system data 2023: about 64% of trips by members",
      shape: { kind: "category", values: ["member", "casual"], weights: [0.64, 0.36] },
    },
  ],
  links: [
    // More people on board at a stop-hour means a fuller bus.
    { from: "boardings", to: "vehicle_occupancy_pct", weight: 0.7, source: "APC data: load rises with boardings" },
    { from: "boardings", to: "alightings", weight: 0.8 },
    { from: "route_stop_count", to: "route_length", weight: 0.7 },
    { from: "rained", to: "transit_delay_minutes", weight: 0.4 },
    // Casual riders take longer, leisurely trips (Divvy data: casual median ~2x member duration).
    { from: "bike_rider_type", to: "duration_minutes", value: "casual", weight: 0.5 },
    { from: "transit_trip_distance", to: "duration_minutes", weight: 0.9, source: "bike share trip records: duration rises with distance" },
  ],
};
