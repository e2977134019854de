import type { DomainKnowledge } from "../types.js";

/**
 * Escape room bookings: the room and its difficulty, the group, hints and time used against
 * the 60-minute clock, whether the group got out, and the per-person price the total is made of.
 */
export const escapeRooms: DomainKnowledge = {
  domain: "gaming",
  words: ["escape room", "escape rooms", "escape room bookings", "escape game", "escape games", "room escape", "puzzle rooms", "breakout rooms"],
  concepts: [
    {
      id: "escape_room_theme",
      names: ["room theme", "escape room theme", "escape room name", "room story"],
      domains: ["gaming"],
      source: "Room Escape Artist / Morty escape room directories: horror, heist, pirate and sci-fi themes are the most common",
      shape: { kind: "category", values: ["haunted asylum", "bank heist", "pirate ship", "space station", "prison break"], weights: [0.24, 0.22, 0.2, 0.18, 0.16] },
    },
    {
      id: "escape_room_difficulty",
      names: ["room difficulty", "difficulty", "difficulty level", "difficulty rating", "puzzle difficulty"],
      domains: ["gaming"],
      source: "Venue difficulty ratings (1-5 scale) as listed on Morty / TripAdvisor; most rooms rated 3",
      shape: { kind: "integer", distribution: "normal", mean: 3, sd: 1, min: 1, max: 5 },
    },
    {
      id: "escape_room_group_size",
      names: ["group size", "team size", "number of players", "group players", "players in group"],
      domains: ["gaming"],
      // Rooms take 2-8 (some 10); groups of 4-5 are typical.
      source: "Room Escape Artist 2023 industry survey: typical bookings of 4-5 players, rooms for 2-8",
      shape: { kind: "integer", distribution: "normal", mean: 4.5, sd: 1.5, min: 2, max: 8 },
    },
    {
      id: "escape_room_booking_date",
      names: ["booking date", "game date", "play date", "session date", "date played"],
      domains: ["gaming"],
      shape: { kind: "date", from: "2023-01-01", to: "2024-12-31" },
    },
    {
      id: "escape_room_hints",
      names: ["hints used", "hints", "number of hints", "clues used", "hint count", "hints taken", "clues"],
      domains: ["gaming"],
      // Most venues allow 3 free hints; groups use about 2.
      source: "Room Escape Artist industry survey: hint systems, typically 2-3 hints per game",
      shape: { kind: "integer", distribution: "poisson", mean: 2, min: 0, max: 8 },
    },
    {
      id: "escape_room_time_minutes",
      names: ["time taken", "time taken minutes", "escape time", "completion time", "time used", "minutes taken", "time in room"],
      domains: ["gaming"],
      // Games run against a 60-minute clock: successful groups mostly finish in 45-59 minutes, the rest run it out.
      source: "Room Escape Artist: standard 60-minute games; venue leaderboards (record times ~25-35 minutes)",
      shape: { kind: "integer", distribution: "normal", mean: 52, sd: 7, min: 20, max: 60 },
    },
    {
      id: "escape_room_escaped",
      names: ["escaped", "did they escape", "escaped room", "escaped the room", "escape success", "got out", "beat the room", "completed room"],
      domains: ["gaming"],
      outcome: true,
      // Escape rates run about 40-60% overall, under 20% for the hardest rooms.
      source: "Room Escape Artist 2023 industry survey; venue-published success rates (~40-60%)",
      shape: { kind: "boolean", probability: 0.5 },
      drivers: [
        { concept: "escape_room_difficulty", weight: -1.0 },
        { concept: "escape_room_time_minutes", weight: -1.1 },
        { concept: "escape_room_group_size", weight: 0.3 },
        { concept: "escape_room_hints", weight: 0.2 },
      ],
    },
    {
      id: "escape_room_price_per_person",
      names: ["price per person", "price per player", "cost per person", "per person price", "ticket price", "price per head"],
      domains: ["gaming"],
      // US rooms charge about $25-45 a player, less each for bigger groups.
      source: "Room Escape Artist 2023 industry survey: median ~$30-35 per player",
      shape: { kind: "number", distribution: "normal", mean: 33, sd: 5, min: 25, max: 45, decimals: 2 },
    },
    {
      id: "escape_room_total_price",
      names: ["total price", "total cost", "booking total", "total paid", "total amount"],
      domains: ["gaming"],
      source: "the booking total is players x price per player",
      shape: { kind: "number", distribution: "lognormal", mean: 150, sd: 60, min: 50, max: 400, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({escape_room_group_size} * {escape_room_price_per_person}, 2)", type: "number", decimals: 2 }],
    },
  ],
  links: [
    // Harder rooms need more hints and more time; bigger groups get a per-head discount.
    { from: "escape_room_difficulty", to: "escape_room_hints", weight: 0.6 },
    { from: "escape_room_difficulty", to: "escape_room_time_minutes", weight: 0.6 },
    { from: "escape_room_group_size", to: "escape_room_price_per_person", weight: -0.5, source: "tiered per-player pricing: cheaper per head for larger groups" },
  ],
};
