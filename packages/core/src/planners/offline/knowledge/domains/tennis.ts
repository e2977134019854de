import type { DomainKnowledge } from "../types.js";

/** Tennis match stats (ATP/WTA style): ranking, serve, surface, match length. */
export const tennis: DomainKnowledge = {
  domain: "sports",
  words: ["tennis", "atp", "wta", "grand slam", "wimbledon"],
  concepts: [
    {
      id: "world_ranking",
      names: ["world ranking", "world rank", "atp ranking", "wta ranking", "atp rank", "wta rank", "ranking", "fifa ranking", "player ranking"],
      domains: ["sports"],
      // Ranked professionals number about 2,000 per tour; match players cluster in the top few hundred.
      source: "ATP / WTA rankings (about 2,000 ranked players per tour)",
      shape: { kind: "integer", distribution: "lognormal", mean: 180, sd: 220, min: 1, max: 2000 },
    },
    {
      id: "tennis_aces",
      names: ["aces", "ace count", "number of aces", "aces served"],
      domains: ["sports"],
      source: "ATP match stats: about 5-8 aces per player per match (more on grass)",
      shape: { kind: "integer", distribution: "poisson", mean: 6, min: 0, max: 50 },
    },
    {
      id: "double_faults",
      names: ["double faults", "double fault count", "number of double faults", "dfs"],
      domains: ["sports"],
      source: "ATP match stats: about 2-4 double faults per player per match",
      shape: { kind: "integer", distribution: "poisson", mean: 3, min: 0, max: 25 },
    },
    {
      id: "first_serve_pct",
      names: ["first serve %", "first serve percentage", "first serve pct", "1st serve %", "first serve in", "first serves in", "first serve"],
      domains: ["sports"],
      source: "ATP Infosys stats: tour average first serve in about 62%",
      shape: { kind: "number", distribution: "normal", mean: 62, sd: 6, min: 40, max: 85, decimals: 1 },
    },
    {
      id: "court_surface",
      names: ["surface", "court surface", "court type", "surface type"],
      domains: ["sports"],
      source: "ATP calendar: about 60% of events on hard courts, 30% clay, 10% grass",
      shape: { kind: "category", values: ["Hard", "Clay", "Grass"], weights: [0.6, 0.3, 0.1] },
    },
    {
      id: "match_duration_minutes",
      names: ["match duration", "match length", "match time", "duration of match", "game duration", "game length"],
      domains: ["sports"],
      // Best-of-three ATP matches average about 1 h 40 min; five-set slams run longer.
      source: "ATP Tour match statistics: average best-of-three match about 100 minutes",
      shape: { kind: "number", distribution: "normal", mean: 105, sd: 35, min: 40, max: 330, decimals: 0 },
      units: [{ words: ["hours", "hrs"], shape: { kind: "number", distribution: "normal", mean: 1.75, sd: 0.6, min: 0.7, max: 5.5, decimals: 2 } }],
    },
  ],
  links: [
    // A better (smaller) ranking wins more; aces help, double faults hurt.
    { from: "world_ranking", to: "match_won", weight: -0.8, source: "Higher-ranked players win about 65-70% of ATP matches (Klaassen & Magnus 2003)" },
    { from: "tennis_aces", to: "match_won", weight: 0.3 },
    { from: "double_faults", to: "match_won", weight: -0.4 },
    { from: "first_serve_pct", to: "match_won", weight: 0.35 },
  ],
};
