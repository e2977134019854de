import type { DomainKnowledge } from "../types.js";

// Short-term rental listings (Airbnb/Vrbo style). Filed under real estate so that "room type" and
// "price per night" read as a listing's, not a hotel's. Shares from Inside Airbnb city snapshots
// (insideairbnb.com, 2023-24: about 60-70% entire homes, 30-37% private rooms, 1-3% shared/hotel).
export const shortTermRentals: DomainKnowledge = {
  domain: "real estate",
  words: ["airbnb", "vrbo", "short term rental", "short term rentals", "short-term rental", "short-term rentals", "vacation rental", "vacation rentals", "holiday let", "holiday lets", "str listings", "rental listings"],
  defaults: ["listing id", "neighborhood", "room type", "accommodates", "bedrooms", "price per night", "minimum nights", "number of reviews", "review score", "superhost"],
  concepts: [
    {
      id: "str_room_type",
      names: ["room type", "listing type", "rental type", "type of room", "space type", "type of listing", "property room type"],
      domains: ["real estate"],
      source: "Inside Airbnb city snapshots 2023-24 (room_type shares)",
      shape: { kind: "category", values: ["Entire home", "Private room", "Shared room", "Hotel room"], weights: [0.61, 0.36, 0.018, 0.012] },
    },
    {
      id: "str_accommodates",
      names: ["accommodates", "guests it accommodates", "accommodates guests", "max guests", "maximum guests", "sleeps", "guest capacity", "number of guests allowed"],
      domains: ["real estate", "travel"],
      source: "Inside Airbnb: accommodates median 3-4, 1-16 (the platform's cap)",
      shape: { kind: "integer", distribution: "lognormal", mean: 3.6, sd: 2.1, min: 1, max: 16 },
      relations: [
        { kind: "formula", expression: "clamp(round(0.6 + 1.7 * {bedrooms} + normal(0, 0.9)), 1, 16)", type: "integer", min: 1, max: 16 },
        {
          kind: "conditional",
          on: "str_room_type",
          cases: [
            { value: "Entire home", mean: 4.4, sd: 2.1, min: 1, max: 16 },
            { value: "Private room", mean: 2, sd: 0.7, min: 1, max: 4 },
            { value: "Shared room", mean: 1.6, sd: 0.8, min: 1, max: 6 },
            { value: "Hotel room", mean: 2.3, sd: 0.8, min: 1, max: 4 },
          ],
        },
      ],
    },
    {
      id: "str_nightly_price",
      names: ["price per night", "nightly price", "nightly rate", "rate per night", "night price", "listing price", "price a night", "cost per night", "nightly cost"],
      domains: ["real estate"],
      // Entire homes roughly twice a private room; each bedroom adds about 40% (Inside Airbnb medians).
      source: "Inside Airbnb 2023-24: US median nightly price about $150-180 for entire homes, $60-80 for private rooms",
      shape: { kind: "number", distribution: "lognormal", mean: 165, sd: 130, min: 15, max: 3000, decimals: 0 },
      relations: [
        {
          kind: "formula",
          expression: 'round(clamp(exp(normal(4.75, 0.35)) * (0.6 + 0.45 * {bedrooms}) * if({str_room_type} == "Private room", 0.5, if({str_room_type} == "Shared room", 0.3, if({str_room_type} == "Hotel room", 0.85, 1))), 15, 3000))',
          type: "number",
          decimals: 0,
        },
        { kind: "formula", expression: "round(clamp(exp(normal(4.55, 0.4)) * (0.6 + 0.45 * {bedrooms}), 15, 3000))", type: "number", decimals: 0 },
        { kind: "formula", expression: "round(clamp(exp(normal(4.1, 0.4)) * (0.7 + 0.3 * {str_accommodates}), 15, 3000))", type: "number", decimals: 0 },
        {
          kind: "conditional",
          on: "str_room_type",
          cases: [
            { value: "Entire home", mean: 205, sd: 140, min: 30, max: 3000 },
            { value: "Private room", mean: 80, sd: 45, min: 15, max: 800 },
            { value: "Shared room", mean: 48, sd: 30, min: 10, max: 400 },
            { value: "Hotel room", mean: 150, sd: 80, min: 30, max: 1500 },
          ],
        },
      ],
    },
    {
      id: "str_number_of_reviews",
      names: ["number of reviews", "reviews count", "review count", "num reviews", "total reviews", "count of reviews", "no of reviews", "number reviews"],
      domains: ["real estate", "travel"],
      // Heavy tailed: many new listings with none, a median of about 20-30, a few with hundreds.
      source: "Inside Airbnb 2023-24 (number_of_reviews)",
      shape: { kind: "integer", distribution: "lognormal", mean: 48, sd: 75, min: 0, max: 1500 },
    },
    {
      id: "str_review_score",
      names: ["review score", "avg review score", "average review score", "review scores rating", "review rating", "guest rating", "listing rating", "overall rating", "average rating"],
      domains: ["real estate"],
      // Guests rate high: most listings 4.6-4.95 on the 1-5 scale, few under 4.
      source: "Inside Airbnb 2023-24 (review_scores_rating)",
      shape: { kind: "number", distribution: "normal", mean: 4.76, sd: 0.22, min: 1, max: 5, decimals: 2 },
      units: [{ words: ["out of 100", "percent", "%"], shape: { kind: "integer", distribution: "normal", mean: 94, sd: 5, min: 20, max: 100 } }],
      relations: [
        {
          kind: "conditional",
          on: "str_superhost",
          cases: [
            { value: "true", mean: 4.87, sd: 0.09, min: 4.5, max: 5 },
            { value: "false", mean: 4.7, sd: 0.25, min: 1, max: 5 },
          ],
        },
      ],
    },
    {
      id: "str_superhost",
      names: ["superhost", "is superhost", "host is superhost", "superhost status", "super host"],
      domains: ["real estate", "travel"],
      source: "Airbnb: about a quarter to a third of listings have a Superhost host (Inside Airbnb host_is_superhost)",
      shape: { kind: "boolean", probability: 0.3 },
    },
    {
      id: "str_availability_365",
      names: ["availability 365", "availability next 365 days", "days available per year", "available days", "availability days"],
      domains: ["real estate"],
      source: "Inside Airbnb availability_365: many listings near 0 or near 365",
      shape: { kind: "integer", distribution: "uniform", min: 0, max: 365 },
    },
  ],
};
