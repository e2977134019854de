import type { DomainKnowledge } from "../types.js";

/** Event and wedding venues: how many guests they hold, what a guest costs, the minimum a booking spends. */
export const eventVenues: DomainKnowledge = {
  domain: "travel",
  words: ["wedding venues", "wedding venue", "event venues", "event venue", "banquet halls", "banquet hall", "venues", "event spaces", "reception venues"],
  concepts: [
    {
      id: "venue_guest_capacity",
      names: ["guest capacity", "max guest capacity", "max guests", "maximum guests", "venue capacity", "max capacity", "seated capacity", "standing capacity", "capacity guests"],
      domains: ["travel"],
      // Most wedding venues seat 100-250; barns and gardens fewer, hotel ballrooms several hundred.
      source: "The Knot Real Weddings Study 2023: average guest count 115; venue capacities mostly 80-300",
      shape: { kind: "integer", distribution: "lognormal", mean: 180, sd: 110, min: 20, max: 1500 },
    },
    {
      id: "venue_price_per_guest",
      names: ["price per guest", "cost per guest", "per guest price", "price per head", "cost per head", "per plate price", "price per plate"],
      domains: ["travel"],
      source: "The Knot 2023: catering about $85 per guest on average; venues quote $50-250 per head",
      shape: { kind: "number", distribution: "lognormal", mean: 95, sd: 45, min: 20, max: 600, decimals: 2 },
    },
    {
      id: "venue_minimum_spend",
      names: ["minimum spend", "food and beverage minimum", "f&b minimum", "minimum spend usd", "venue minimum", "minimum booking spend"],
      domains: ["travel"],
      source: "typical venue food-and-beverage minimums of $5,000-$30,000 (The Knot, WeddingWire)",
      shape: { kind: "number", distribution: "lognormal", mean: 11000, sd: 8000, min: 1000, max: 150000, decimals: 0 },
    },
  ],
  links: [
    { from: "venue_guest_capacity", to: "venue_minimum_spend", weight: 0.8, source: "a bigger room has a bigger minimum to fill it" },
    { from: "venue_price_per_guest", to: "venue_minimum_spend", weight: 0.4, source: "dearer venues set higher minimums" },
  ],
};

/** An ice cream shop's day: warm dry days sell more. */
export const iceCream: DomainKnowledge = {
  domain: "food",
  words: ["ice cream shop", "ice cream", "gelato", "frozen yogurt", "ice cream truck", "ice cream parlor", "ice cream parlour"],
  concepts: [
    {
      id: "ice_creams_sold",
      names: ["cones sold", "scoops sold", "ice creams sold", "cups sold", "servings sold", "cones", "ice cream sales units", "units sold ice cream"],
      domains: ["food"],
      // A busy shop serves a few hundred a summer day and a few dozen in winter.
      source: "IDFA ice cream sales seasonality (July peak); small-shop daily volumes ~50-600 servings",
      shape: { kind: "integer", distribution: "lognormal", mean: 220, sd: 140, min: 0, max: 2000 },
    },
  ],
  links: [
    { from: "max_temperature", to: "ice_creams_sold", weight: 0.9, source: "ice cream sales rise with the day's high temperature" },
    { from: "precipitation_mm", to: "ice_creams_sold", weight: -0.5, source: "rain keeps walk-in customers away" },
    { from: "ice_creams_sold", to: "daily_sales", weight: 1.2, source: "the day's takings are mostly the servings sold" },
  ],
};
