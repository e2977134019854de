import type { DomainKnowledge } from "../types.js";

/** Car rental reservations: pickup and return, days, daily rate and the total they make. */
export const carRentals: DomainKnowledge = {
  domain: "automotive",
  words: ["car rental", "car rentals", "rental car", "rental cars", "car hire", "rent a car", "hertz", "avis", "enterprise rent"],
  concepts: [
    {
      id: "rental_return_date",
      names: ["return date", "drop off date", "dropoff date", "return day", "date returned"],
      domains: ["automotive"],
      // US rentals average about 3-5 days (Auto Rental News).
      source: "Auto Rental News 2023: average rental length about 4 days",
      shape: { kind: "date", from: "2023-01-01", to: "2024-12-31" },
      relations: [{ kind: "offset", of: ["pickup_date"], direction: "after", unit: "days", gap: { min: 1, max: 30, distribution: "lognormal", median: 4 } }],
    },
    {
      id: "rental_days",
      names: ["rental days", "rental duration", "days rented", "rental length", "number of rental days", "rental period", "rental duration days"],
      domains: ["automotive"],
      shape: { kind: "integer", distribution: "lognormal", mean: 5, sd: 4, min: 1, max: 30 },
      relations: [{ kind: "formula", expression: "days({pickup_date}, {rental_return_date})", type: "integer" }],
    },
    {
      id: "car_daily_rate",
      names: ["daily rate", "day rate", "rate per day", "daily rental rate", "price per day", "daily price", "cost per day"],
      domains: ["automotive"],
      source: "Kayak / Auto Rental News 2023: US daily rates about $40-80 for economy to full size",
      shape: { kind: "number", distribution: "lognormal", mean: 62, sd: 30, min: 18, max: 600, decimals: 2 },
    },
    {
      id: "rental_total_price",
      names: ["total price", "total cost", "rental total", "total rental cost", "total charge", "total amount", "rental cost"],
      domains: ["automotive"],
      shape: { kind: "number", distribution: "lognormal", mean: 320, sd: 280, min: 18, max: 15000, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({rental_days} * {car_daily_rate}, 2)", type: "number", decimals: 2 }],
    },
  ],
};
