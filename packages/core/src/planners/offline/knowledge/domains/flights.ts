import type { DomainKnowledge } from "../types.js";

/** Air travel: airlines, airports, schedules, delays and fares. */
export const flights: DomainKnowledge = {
  domain: "travel",
  words: ["flight", "flights", "airline", "airlines", "airport", "airports", "air travel", "aviation", "departures", "arrivals", "flight delays", "passengers", "bts on-time"],
  defaults: ["flight number", "airline", "origin airport", "destination airport", "scheduled departure", "departure delay minutes", "distance miles", "delayed"],
  concepts: [
    {
      id: "airline",
      names: ["airline", "carrier", "airline name", "operating carrier", "marketing carrier", "air carrier", "airline carrier"],
      domains: ["travel"],
      // US domestic market share 2023-24 (BTS T-100): American, Delta, Southwest, United lead.
      shape: {
        kind: "category",
        values: ["American Airlines", "Delta Air Lines", "Southwest Airlines", "United Airlines", "Alaska Airlines", "JetBlue Airways", "Spirit Airlines", "Frontier Airlines", "Allegiant Air", "Hawaiian Airlines"],
        weights: [0.175, 0.175, 0.17, 0.16, 0.06, 0.05, 0.05, 0.04, 0.025, 0.015],
      },
      source: "US Bureau of Transportation Statistics, airline domestic market share 2024",
    },
    {
      id: "airline_code",
      names: ["airline code", "carrier code", "iata airline code", "op carrier", "unique carrier"],
      domains: ["travel"],
      shape: { kind: "category", values: ["AA", "DL", "WN", "UA", "AS", "B6", "NK", "F9", "G4", "HA"], weights: [0.175, 0.175, 0.17, 0.16, 0.06, 0.05, 0.05, 0.04, 0.025, 0.015] },
      source: "IATA airline designators; BTS market share",
    },
    {
      id: "flight_number",
      names: ["flight number", "flight no", "flight num", "flight id", "flight code", "flight"],
      domains: ["travel"],
      shape: { kind: "faker", method: "airline.flightNumber" },
    },
    {
      id: "origin_airport",
      names: ["origin airport", "origin", "departure airport", "from airport", "origin iata", "departing from"],
      domains: ["travel"],
      // Busiest US airports by passengers (FAA CY2023 enplanements).
      shape: { kind: "category", values: ["ATL", "DFW", "DEN", "ORD", "LAX", "JFK", "LAS", "MCO", "MIA", "CLT", "SEA", "PHX", "EWR", "SFO", "IAH", "BOS"], weights: [0.09, 0.085, 0.08, 0.075, 0.07, 0.06, 0.06, 0.055, 0.05, 0.05, 0.05, 0.05, 0.045, 0.045, 0.045, 0.04] },
      source: "FAA, Passenger Boarding (Enplanement) Data CY2023",
    },
    {
      id: "destination_airport",
      names: ["destination airport", "destination", "arrival airport", "to airport", "dest", "dest iata", "going to"],
      domains: ["travel"],
      shape: { kind: "category", values: ["ATL", "DFW", "DEN", "ORD", "LAX", "JFK", "LAS", "MCO", "MIA", "CLT", "SEA", "PHX", "EWR", "SFO", "IAH", "BOS"], weights: [0.09, 0.085, 0.08, 0.075, 0.07, 0.06, 0.06, 0.055, 0.05, 0.05, 0.05, 0.05, 0.045, 0.045, 0.045, 0.04] },
      source: "FAA, Passenger Boarding (Enplanement) Data CY2023",
    },
    {
      id: "scheduled_departure",
      names: ["scheduled departure", "departure time", "sched dep", "scheduled departure time", "departure datetime", "departs at", "crs dep time"],
      domains: ["travel"],
      shape: { kind: "datetime", from: "2022-01-01T05:00:00Z", to: "2024-12-31T23:00:00Z" },
    },
    {
      id: "scheduled_arrival",
      names: ["scheduled arrival", "arrival time", "sched arr", "scheduled arrival time", "arrival datetime", "arrives at"],
      domains: ["travel"],
      shape: { kind: "datetime", from: "2022-01-01T06:00:00Z", to: "2025-01-01T12:00:00Z" },
      // US domestic block times mostly 1-6 hours (median ~2.5 h).
      relations: [{ kind: "offset", of: ["scheduled_departure"], direction: "after", unit: "minutes", gap: { min: 35, max: 700, distribution: "lognormal", median: 150 } }],
    },
    {
      id: "flight_date",
      names: ["flight date", "date of flight", "travel date", "departure date", "fl date", "flying date"],
      domains: ["travel"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "departure_delay_minutes",
      names: ["departure delay", "dep delay", "departure delay minutes", "delay minutes", "minutes delayed", "delay", "delay in minutes", "delay mins"],
      domains: ["travel"],
      // BTS: ~21% of US flights arrive 15+ min late; most leave near on time, a long tail to hours.
      shape: { kind: "integer", distribution: "exponential", mean: 14, min: -15, max: 900 },
      units: [{ words: ["hours", "hrs", "hr"], shape: { kind: "number", distribution: "exponential", mean: 0.25, min: -0.25, max: 15, decimals: 2 } }],
      source: "US BTS Airline On-Time Statistics 2023 (on-time arrivals ~79%)",
    },
    {
      id: "arrival_delay_minutes",
      names: ["arrival delay", "arr delay", "arrival delay minutes", "minutes late on arrival", "late arrival minutes"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "exponential", mean: 10, min: -40, max: 900 },
      relations: [{ kind: "formula", expression: "round({departure_delay_minutes} + normal(-5, 10))", type: "integer" }],
    },
    {
      id: "flight_delayed",
      names: ["delayed", "is delayed", "flight delayed", "delayed 15+", "arr del15", "late", "was late", "on time or delayed"],
      domains: ["travel"],
      outcome: true,
      // BTS: ~21% of flights 15+ minutes late in 2023.
      shape: { kind: "boolean", probability: 0.21 },
      source: "US BTS Airline On-Time Statistics (2023: 78.6% on time)",
      drivers: [
        { concept: "weather_delay_flag", weight: 1.4 },
        { concept: "departure_hour", weight: 0.6 },
        { concept: "airline", value: "Spirit Airlines", weight: 0.4 },
        { concept: "airline", value: "Delta Air Lines", weight: -0.4 },
        { concept: "origin_airport", value: "EWR", weight: 0.4 },
        { concept: "flight_distance_miles", weight: 0.1 },
        { concept: "precipitation_mm", weight: 0.6 },
      ],
    },
    {
      id: "flight_cancelled",
      names: ["flight cancelled", "flight canceled", "cancelled flight", "canceled flight", "was the flight cancelled"],
      domains: ["travel"],
      outcome: true,
      // BTS: about 1.3-1.8% of US flights cancelled (2023).
      shape: { kind: "boolean", probability: 0.015 },
      source: "US BTS Airline On-Time Statistics (2023 cancellations 1.3%)",
      drivers: [
        { concept: "weather_delay_flag", weight: 1.8 },
        { concept: "precipitation_mm", weight: 0.7 },
        { concept: "flight_distance_miles", weight: -0.3 },
      ],
    },
    {
      id: "weather_delay_flag",
      names: ["bad weather", "weather issue", "storm", "weather disruption", "adverse weather"],
      domains: ["travel", "logistics"],
      shape: { kind: "boolean", probability: 0.07 },
    },
    {
      id: "delay_cause",
      names: ["delay cause", "delay reason", "cause of delay", "reason for delay"],
      domains: ["travel", "logistics"],
      // BTS causes of delay (share of delay minutes): late aircraft, carrier, NAS, weather, security.
      shape: { kind: "category", values: ["Late Aircraft", "Air Carrier", "National Aviation System", "Weather", "Security"], weights: [0.39, 0.34, 0.21, 0.058, 0.002] },
      source: "US BTS, Understanding the Reporting of Causes of Flight Delays and Cancellations",
    },
    {
      id: "departure_hour",
      names: ["departure hour", "hour of departure", "dep hour", "scheduled hour"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "normal", mean: 13, sd: 4.5, min: 5, max: 23 },
    },
    {
      id: "flight_distance_miles",
      names: ["distance", "flight distance", "miles flown", "distance miles", "distance in miles", "distance km", "distance in km", "route distance", "trip distance flight"],
      domains: ["travel"],
      // US domestic average stage length ~1,000-1,200 miles.
      shape: { kind: "integer", distribution: "lognormal", mean: 1050, sd: 650, min: 70, max: 5100 },
      units: [{ words: ["km", "kilometers", "kilometres"], shape: { kind: "integer", distribution: "lognormal", mean: 1690, sd: 1050, min: 110, max: 8200 } }],
      source: "US BTS T-100 (average domestic stage length ~1,100 miles)",
    },
    {
      id: "air_time_minutes",
      names: ["air time", "flight duration", "flight time", "block time", "flight length"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "lognormal", mean: 150, sd: 80, min: 25, max: 720 },
      units: [{ words: ["hours", "hrs", "h"], shape: { kind: "number", distribution: "lognormal", mean: 2.5, sd: 1.35, min: 0.4, max: 12, decimals: 1 } }],
      // Jets cruise ~8 miles a minute, plus about 30 minutes of taxi, climb and descent.
      relations: [{ kind: "formula", expression: "round({flight_distance_miles} / 8 + 30 + normal(0, 8))", type: "integer", min: 20 }],
    },
    {
      id: "ticket_price",
      names: ["ticket price", "airfare", "fare", "flight price", "ticket cost", "price of ticket", "fare paid"],
      domains: ["travel"],
      // BTS average domestic itinerary fare ~$380-400 (2023).
      shape: { kind: "number", distribution: "lognormal", mean: 390, sd: 230, min: 39, max: 6000, decimals: 2 },
      source: "US BTS Average Domestic Airline Itinerary Fares (2023 ~$383)",
      drivers: [
        { concept: "flight_distance_miles", weight: 0.7 },
        { concept: "cabin_class", value: "Business", weight: 1.2 },
        { concept: "cabin_class", value: "First", weight: 1.6 },
        { concept: "days_before_departure", weight: -0.4 },
      ],
      outcome: true,
    },
    {
      id: "cabin_class",
      names: ["cabin class", "class", "travel class", "fare class", "seat class", "cabin"],
      domains: ["travel"],
      shape: { kind: "category", values: ["Economy", "Premium Economy", "Business", "First"], weights: [0.82, 0.08, 0.08, 0.02] },
    },
    {
      id: "days_before_departure",
      names: ["days before departure", "days until departure", "days left", "booking days ahead", "advance purchase days"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "lognormal", mean: 35, sd: 35, min: 0, max: 330 },
    },
    {
      id: "seat_number",
      names: ["seat", "seat number", "seat assignment", "seat no"],
      domains: ["travel"],
      shape: { kind: "faker", method: "airline.seat" },
    },
    {
      id: "aircraft_type",
      names: ["aircraft type", "aircraft", "plane type", "equipment", "aircraft model"],
      domains: ["travel"],
      shape: { kind: "category", values: ["Boeing 737-800", "Airbus A321", "Airbus A320", "Boeing 737 MAX 8", "Embraer E175", "Boeing 757-200", "Airbus A319", "Boeing 787-9", "Bombardier CRJ900"], weights: [0.22, 0.16, 0.13, 0.12, 0.12, 0.06, 0.07, 0.04, 0.08] },
    },
    {
      id: "passengers_count",
      names: ["passengers", "number of passengers", "pax", "passenger count", "seats sold", "load"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "normal", mean: 150, sd: 40, min: 20, max: 380 },
    },
    {
      id: "load_factor",
      names: ["load factor", "seat load factor", "percent seats filled"],
      domains: ["travel"],
      // US domestic load factor ~84% (BTS 2023).
      shape: { kind: "number", distribution: "normal", mean: 84, sd: 8, min: 30, max: 100, decimals: 1 },
      source: "US BTS, Load Factor (domestic ~84%, 2023)",
    },
    {
      id: "baggage_count",
      names: ["checked bags", "bags", "baggage", "number of bags", "luggage pieces"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "poisson", mean: 0.8, min: 0, max: 4 },
    },
  ],
};
