import type { DomainKnowledge } from "../types.js";

/** Hotel stays and bookings: dates, nights, rooms, rates and cancellations. */
export const hotels: DomainKnowledge = {
  domain: "travel",
  words: ["hotel", "hotels", "hotel bookings", "reservations", "booking", "bookings", "stays", "guests", "resort", "lodging", "hospitality", "travel agency"],
  defaults: ["booking id", "hotel type", "booking date", "check in date", "check out date", "nights", "room type", "adults", "adr", "total cost", "is canceled"],
  concepts: [
    {
      id: "booking_id",
      names: ["booking id", "reservation id", "booking reference", "confirmation number", "booking number", "reservation number", "pnr", "bookingid"],
      shape: { kind: "id", format: "pattern", pattern: "BK-??####", unique: true },
    },
    {
      id: "hotel_name",
      names: ["hotel name", "property name", "hotel", "resort name"],
      domains: ["travel"],
      shape: { kind: "category", values: ["Grand Harbor Hotel", "Maple Inn & Suites", "The Riverside", "Skyline Tower Hotel", "Seaside Resort & Spa", "Airport Express Inn", "The Garden House", "Central Plaza Hotel"], weights: [0.14, 0.13, 0.12, 0.14, 0.1, 0.13, 0.1, 0.14] },
    },
    {
      id: "hotel_type",
      names: ["hotel type", "property type hotel", "type of hotel", "hotel category"],
      domains: ["travel"],
      shape: { kind: "category", values: ["City Hotel", "Resort Hotel"], weights: [0.66, 0.34] },
      source: "Antonio, de Almeida & Nunes (2019), Hotel booking demand datasets (66% city / 34% resort)",
    },
    {
      id: "star_rating",
      names: ["star rating hotel", "hotel stars", "stars hotel", "hotel class", "star category"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "normal", mean: 3.4, sd: 0.9, min: 1, max: 5 },
    },
    {
      id: "hotel_booking_date",
      names: ["booking date", "reservation date", "date booked", "booked on", "booking made"],
      domains: ["travel"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "check_in_date",
      names: ["check in date", "check-in date", "checkin date", "check in", "check-in", "checkin", "arrival date", "arrival"],
      domains: ["travel"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31", seasonality: "weekend" },
      // Lead time: median ~1 month, long tail to a year (hotel booking demand data: mean ~104 days).
      relations: [{ kind: "offset", of: ["hotel_booking_date"], direction: "after", gap: { min: 0, max: 365, distribution: "lognormal", median: 35 } }],
    },
    {
      id: "check_out_date",
      names: ["check out date", "check-out date", "checkout date", "check out", "check-out", "checkout", "departure date hotel"],
      domains: ["travel"],
      shape: { kind: "date", from: "2022-01-01", to: "2025-01-31" },
      // Most stays are 1-4 nights (STR/hotel booking demand data: median 3).
      relations: [{ kind: "offset", of: ["check_in_date"], direction: "after", gap: { min: 1, max: 21, distribution: "lognormal", median: 2.5 } }],
    },
    {
      id: "nights",
      names: ["nights", "number of nights", "nights stayed", "length of stay", "stay length", "los", "stay duration", "num nights", "total nights"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "lognormal", mean: 3.2, sd: 2.5, min: 1, max: 30 },
      relations: [{ kind: "formula", expression: "days({check_in_date}, {check_out_date})", type: "integer", min: 1 }],
    },
    {
      id: "lead_time_days",
      names: ["lead time", "booking lead time", "days in advance", "days before arrival", "advance booking days", "booking window"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "lognormal", mean: 75, sd: 90, min: 0, max: 540 },
      source: "Antonio et al. (2019), Hotel booking demand (lead time mean ~104 days)",
      relations: [{ kind: "formula", expression: "days({hotel_booking_date}, {check_in_date})", type: "integer", min: 0 }],
    },
    {
      id: "hotel_room_type",
      names: ["room type", "type of room", "room category", "room class", "reserved room type", "room"],
      domains: ["travel"],
      shape: { kind: "category", values: ["Standard", "Deluxe", "Superior", "Suite", "Family", "Executive"], weights: [0.45, 0.2, 0.14, 0.07, 0.09, 0.05] },
    },
    {
      id: "bed_type",
      names: ["bed type", "bed configuration", "bed size"],
      domains: ["travel"],
      shape: { kind: "category", values: ["King", "Queen", "Two Queens", "Twin", "Double"], weights: [0.38, 0.2, 0.26, 0.08, 0.08] },
    },
    {
      id: "adults",
      names: ["adults", "number of adults", "num adults", "adult guests", "guests", "number of guests", "guest count"],
      domains: ["travel", "food"],
      shape: { kind: "integer", distribution: "poisson", mean: 1.9, min: 1, max: 6 },
    },
    {
      id: "children",
      names: ["children", "kids", "number of children", "num children", "child guests"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "exponential", mean: 0.15, min: 0, max: 5 },
    },
    {
      id: "adr",
      names: ["adr", "average daily rate", "nightly rate", "room rate", "rate per night", "price per night", "nightly price", "daily rate"],
      domains: ["travel"],
      // US ADR ~$155-160 in 2023-24 (STR/CoStar); resorts and suites higher.
      shape: { kind: "number", distribution: "lognormal", mean: 158, sd: 75, min: 35, max: 1500, decimals: 2 },
      source: "STR/CoStar U.S. hotel performance 2024 (ADR ~$158)",
      relations: [
        {
          kind: "conditional",
          on: "hotel_room_type",
          cases: [
            { value: "Standard", mean: 125, sd: 40, min: 35, max: 500 },
            { value: "Deluxe", mean: 175, sd: 55, min: 60, max: 700 },
            { value: "Superior", mean: 150, sd: 45, min: 50, max: 600 },
            { value: "Suite", mean: 330, sd: 140, min: 110, max: 1500 },
            { value: "Family", mean: 190, sd: 60, min: 70, max: 700 },
            { value: "Executive", mean: 260, sd: 90, min: 100, max: 1200 },
          ],
        },
      ],
    },
    {
      id: "booking_total_cost",
      names: ["total cost", "total price", "booking total", "total amount", "stay total", "total charge", "booking value", "revenue"],
      domains: ["travel"],
      shape: { kind: "number", distribution: "lognormal", mean: 520, sd: 480, min: 35, max: 30000, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({nights} * {adr}, 2)", decimals: 2 }],
    },
    {
      id: "occupancy_rate",
      names: ["occupancy rate", "occupancy", "occupancy %", "percent occupied", "occ"],
      domains: ["travel"],
      // US hotel occupancy ~63% (STR 2023-24).
      shape: { kind: "number", distribution: "normal", mean: 63, sd: 14, min: 5, max: 100, decimals: 1 },
      units: [{ words: ["fraction", "ratio", "decimal"], shape: { kind: "number", distribution: "normal", mean: 0.63, sd: 0.14, min: 0.05, max: 1, decimals: 3 } }],
      source: "STR/CoStar U.S. hotel performance (occupancy ~63%)",
    },
    {
      id: "revpar",
      names: ["revpar", "revenue per available room", "rev par"],
      domains: ["travel"],
      shape: { kind: "number", distribution: "lognormal", mean: 100, sd: 50, min: 5, max: 1200, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({adr} * {occupancy_rate} / 100, 2)", decimals: 2 }],
    },
    {
      id: "booking_channel",
      names: ["booking channel", "distribution channel", "booked via", "booking source", "market segment", "channel"],
      domains: ["travel"],
      shape: { kind: "category", values: ["Online Travel Agency", "Direct Website", "Phone", "Travel Agent", "Corporate", "Walk-in"], weights: [0.45, 0.3, 0.06, 0.08, 0.09, 0.02] },
      source: "Phocuswright / STR hotel distribution share (OTAs ~40-50% of online bookings)",
    },
    {
      id: "meal_plan",
      names: ["meal plan", "board", "board basis", "meal", "meal package"],
      domains: ["travel"],
      shape: { kind: "category", values: ["Room Only", "Bed & Breakfast", "Half Board", "Full Board"], weights: [0.22, 0.66, 0.11, 0.01] },
    },
    {
      id: "deposit_type",
      names: ["deposit type", "deposit", "prepayment", "payment terms"],
      domains: ["travel"],
      shape: { kind: "category", values: ["No Deposit", "Non Refundable", "Refundable"], weights: [0.86, 0.12, 0.02] },
      source: "Antonio et al. (2019), Hotel booking demand (deposit_type shares)",
    },
    {
      id: "special_requests",
      names: ["special requests", "number of special requests", "total of special requests", "requests"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "exponential", mean: 0.6, min: 0, max: 5 },
    },
    {
      id: "previous_cancellations",
      names: ["previous cancellations", "prior cancellations", "past cancellations", "times cancelled before"],
      domains: ["travel"],
      shape: { kind: "integer", distribution: "exponential", mean: 0.09, min: 0, max: 10 },
    },
    {
      id: "is_repeated_guest",
      names: ["repeated guest", "repeat guest", "is repeated guest", "returning guest", "loyal guest"],
      domains: ["travel"],
      shape: { kind: "boolean", probability: 0.04 },
    },
    {
      id: "booking_canceled",
      names: ["is canceled", "is cancelled", "canceled", "cancelled", "cancellation", "booking canceled", "booking cancelled", "was cancelled", "cancelled y/n"],
      domains: ["travel"],
      outcome: true,
      // Hotel booking demand data: 37% cancelled (city 42%, resort 28%); industry ~20-40%.
      shape: { kind: "boolean", probability: 0.35 },
      source: "Antonio, de Almeida & Nunes (2019), Hotel booking demand datasets (37% cancelled)",
      drivers: [
        { concept: "lead_time_days", weight: 1.0 },
        { concept: "deposit_type", value: "Non Refundable", weight: -1.0 },
        { concept: "special_requests", weight: -0.8 },
        { concept: "previous_cancellations", weight: 0.7 },
        { concept: "is_repeated_guest", weight: -0.7 },
        { concept: "booking_channel", value: "Online Travel Agency", weight: 0.5 },
        { concept: "hotel_type", value: "City Hotel", weight: 0.3 },
      ],
    },
    {
      id: "guest_review_score",
      names: ["guest review score", "guest rating", "hotel review score", "review score out of 10", "guest score", "hotel rating"],
      domains: ["travel"],
      // Booking.com-style 1-10 scores cluster at 7.5-9.
      shape: { kind: "number", distribution: "normal", mean: 8.1, sd: 1.1, min: 1, max: 10, decimals: 1 },
    },
    {
      id: "trip_purpose",
      names: ["trip purpose", "purpose of travel", "travel purpose", "reason for trip", "travel type", "business or leisure"],
      domains: ["travel"],
      shape: { kind: "category", values: ["Leisure", "Business", "Visiting Friends & Relatives", "Event"], weights: [0.55, 0.25, 0.15, 0.05] },
      source: "US Travel Association (leisure ~3/4 of domestic trips)",
    },
  ],
};
