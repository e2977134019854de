import type { DomainKnowledge } from "../types.js";

// Taxi and ride-hail trips (NYC TLC trip records style). Filed under automotive so that "passenger
// count" and "trip distance" read as a car ride's, not a flight's or a freight haul's.
export const rides: DomainKnowledge = {
  domain: "automotive",
  words: ["taxi", "taxis", "cab", "cabs", "rideshare", "ride share", "ride hailing", "uber", "lyft", "taxi trips", "rides", "yellow cab", "e-scooter", "e-scooters", "scooter trips", "scooter rides", "micromobility"],
  defaults: ["pickup datetime", "dropoff datetime", "passenger count", "trip distance", "fare amount", "tip amount", "payment type"],
  concepts: [
    {
      id: "ride_pickup_datetime",
      names: ["pickup datetime", "pickup time", "pickup timestamp", "pick up time", "pickup date time", "tpep pickup datetime", "ride start", "trip start time"],
      domains: ["automotive"],
      shape: { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
    },
    {
      id: "ride_dropoff_datetime",
      names: ["dropoff datetime", "dropoff time", "drop off time", "dropoff timestamp", "dropoff date time", "tpep dropoff datetime", "ride end", "trip end time"],
      domains: ["automotive"],
      // NYC yellow cab trips: median about 12-15 minutes.
      source: "NYC TLC trip record data 2023 (trip duration)",
      shape: { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
      relations: [
        { kind: "offset", of: ["ride_pickup_datetime"], direction: "after", unit: "minutes", gap: { min: 2, max: 120, distribution: "lognormal", median: 14 } },
        // With a duration column the end is the start plus that duration, to the minute the user reads.
        { kind: "formula", expression: "addDays({ride_pickup_datetime}, {duration_minutes} / 1440)", type: "datetime" },
      ],
    },
    {
      id: "ride_passenger_count",
      names: ["passenger count", "passengers", "number of passengers", "riders", "num passengers", "party size"],
      domains: ["automotive"],
      source: "NYC TLC trip record data 2023: about 75% of trips carry one passenger",
      shape: { kind: "integer", distribution: "poisson", mean: 1.3, min: 1, max: 6 },
    },
    {
      id: "ride_trip_distance",
      names: ["trip distance", "ride distance", "distance traveled", "distance travelled", "trip miles", "trip length"],
      domains: ["automotive"],
      source: "NYC TLC trip record data 2023: median trip about 1.7 miles, mean about 3.5",
      shape: { kind: "number", distribution: "lognormal", mean: 3.4, sd: 4, min: 0.1, max: 80, decimals: 2 },
      units: [{ words: ["km", "kilometers", "kilometres"], shape: { kind: "number", distribution: "lognormal", mean: 5.5, sd: 6.4, min: 0.2, max: 130, decimals: 2 } }],
    },
    {
      id: "ride_fare_amount",
      names: ["fare amount", "fare", "trip fare", "ride fare", "meter fare", "fare price", "ride price", "trip cost"],
      domains: ["automotive"],
      // NYC metered fare: $3 initial charge plus about $3.50 a mile in traffic (2023 TLC rates).
      source: "NYC TLC taxi fare rates (Dec 2022): $3.00 initial, $0.70 per 1/5 mile",
      shape: { kind: "number", distribution: "lognormal", mean: 19, sd: 16, min: 3, max: 300, decimals: 2 },
      relations: [{ kind: "formula", expression: "round(3 + 3.5 * {ride_trip_distance} * normal(1, 0.12) + uniform(0, 3), 2)", type: "number", decimals: 2, min: 3 }],
    },
    {
      id: "ride_tip_amount",
      names: ["tip amount", "tip", "tips", "gratuity", "tip paid"],
      domains: ["automotive"],
      // Card trips tip about 15-25%; cash tips are rarely recorded.
      source: "NYC TLC trip record data 2023 (tip_amount, card trips)",
      shape: { kind: "number", distribution: "lognormal", mean: 3.5, sd: 3, min: 0, max: 100, decimals: 2 },
      relations: [
        { kind: "formula", expression: 'if({ride_payment_type} == "Cash", 0, round(max(0, {ride_fare_amount} * normal(0.18, 0.06)), 2))', type: "number", decimals: 2, min: 0 },
        { kind: "formula", expression: "round(max(0, {ride_fare_amount} * normal(0.16, 0.08)), 2)", type: "number", decimals: 2, min: 0 },
      ],
    },
    {
      id: "ride_payment_type",
      names: ["payment type", "payment method", "paid by", "payment"],
      domains: ["automotive"],
      source: "NYC TLC trip record data 2023: about 80% card, 18% cash",
      shape: { kind: "category", values: ["Card", "Cash", "App", "Dispute"], weights: [0.62, 0.18, 0.19, 0.01] },
    },
  ],
  links: [
    // A longer trip takes longer (and a fare read from its distance then follows its duration too).
    { from: "ride_trip_distance", to: "duration_minutes", weight: 0.9, source: "NYC TLC trip records: trip time rises with trip distance (r ~ 0.7-0.8)" },
  ],
};
