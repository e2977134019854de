import type { DomainKnowledge } from "../types.js";

/**
 * Golf rounds (18 holes) by amateur golfers: the Handicap Index drives the score, the putts,
 * the fairways and greens hit; wind adds strokes. A round's putts are among its strokes.
 */
const S = ["sports"] as const;

export const golf: DomainKnowledge = {
  domain: "sports",
  words: ["golf", "golfer", "golfers", "golf rounds", "rounds of golf", "golf scores", "golf course", "golf courses", "scorecard", "scorecards", "handicap index", "tee time", "tee times"],
  defaults: ["round id", "golfer", "handicap index", "course par", "date played", "windy", "strokes", "putts", "fairways hit", "greens in regulation"],
  concepts: [
    {
      id: "golfer_name",
      names: ["golfer", "golfer name", "golfer's name", "golfer full name"],
      shape: { kind: "faker", method: "person.fullName" },
    },
    {
      id: "golf_handicap_index",
      names: ["handicap index", "golf handicap", "handicap", "golfer handicap", "hcp", "hcp index", "course handicap", "whs index"],
      domains: [...S],
      // World Handicap System: indexes run from plus handicaps to 54.0; the average US man is about 14, woman about 28.
      source: "USGA Handicap Index statistics (average men ~14.0, women ~28); World Handicap System maximum 54.0",
      shape: { kind: "number", distribution: "normal", mean: 15.5, sd: 8, min: -5, max: 54, decimals: 1 },
    },
    {
      id: "golf_course_par",
      names: ["course par", "par for the course", "par of the course", "course par score", "round par", "par 18 holes"],
      // Most 18-hole regulation courses are par 72; many are 71 or 70.
      source: "USGA course rating database: 18-hole regulation courses are mostly par 70-72, par 72 most common",
      shape: { kind: "category", values: ["72", "71", "70"], weights: [0.55, 0.28, 0.17] },
    },
    {
      id: "golf_strokes",
      names: ["strokes", "total strokes", "gross score", "gross strokes", "round score", "golf score", "score for the round", "strokes taken", "total score", "18 hole score", "gross"],
      domains: [...S],
      // An amateur's average 18-hole score is about par + Handicap Index + 3 (the index is the mean of the best 8 of 20);
      // a golfer's rounds spread about 3-4 strokes around that.
      source: "USGA Rules of Handicapping (index from the best 8 of the last 20 differentials); NGF: average amateur score about 90-100",
      shape: { kind: "integer", distribution: "normal", mean: 88.5, sd: 3.8, min: 58, max: 150 },
    },
    {
      id: "golf_putts",
      names: ["putts", "total putts", "putts per round", "number of putts", "putt count"],
      domains: [...S],
      // Arccos: about 30 putts a round for scratch golfers, 34-35 at a 20 handicap; a round's putts vary +-3.
      source: "Arccos Golf strokes-gained data (putts per round by handicap); PGA Tour average ~29",
      shape: { kind: "integer", distribution: "normal", mean: 32.5, sd: 3, min: 18, max: 50 },
      relations: [{ kind: "bounds", atMost: ["golf_strokes"] }],
    },
    {
      id: "golf_fairways_hit",
      names: ["fairways hit", "fairways in regulation", "fairways", "fairway hits", "fir", "fairways hit of 14", "driving accuracy fairways"],
      domains: [...S],
      // 14 driving holes on a par 72; scratch players hit about 8-9, a 20 handicap about 6.
      source: "Arccos Golf fairways-hit by handicap; PGA Tour driving accuracy ~60%",
      shape: { kind: "integer", distribution: "normal", mean: 6.8, sd: 2.3, min: 0, max: 14 },
    },
    {
      id: "golf_greens_in_regulation",
      names: ["greens in regulation", "gir", "greens hit", "greens in reg", "number of greens in regulation"],
      domains: [...S],
      // Out of 18: about 11-12 for scratch golfers, 4-5 at a 20 handicap, 2 at 30 (PGA Tour ~12).
      source: "Arccos Golf greens-in-regulation by handicap; PGA Tour GIR ~65%",
      shape: { kind: "integer", distribution: "normal", mean: 6.5, sd: 2.2, min: 0, max: 18 },
    },
    {
      id: "golf_windy",
      names: ["windy", "was windy", "windy conditions", "windy day", "windy round"],
      domains: [...S, "weather"],
      source: "NOAA: average US wind speeds of 10-15 mph on about a third of days",
      shape: { kind: "boolean", probability: 0.3 },
    },
    {
      id: "golf_holes_played",
      names: ["holes played", "number of holes", "holes"],
      domains: [...S],
      source: "NGF: most rounds are 18 holes, about a fifth are 9",
      shape: { kind: "category", values: ["18", "9"], weights: [0.8, 0.2] },
    },
  ],
  links: [
    // One SD of index (~8 strokes of handicap) is ~9 strokes of score on a course of average slope (113-130).
    { from: "golf_handicap_index", to: "golf_strokes", weight: 2.3, source: "USGA: course handicap = index x slope / 113 + (rating - par)" },
    { from: "golf_windy", to: "golf_strokes", weight: 0.8, source: "wind adds about 2-4 strokes a round (Arccos weather studies)" },
    { from: "golf_course_par", value: "72", to: "golf_strokes", weight: 0.3 },
    { from: "golf_course_par", value: "70", to: "golf_strokes", weight: -0.3 },
    { from: "golf_handicap_index", to: "golf_putts", weight: 0.45, source: "Arccos: ~0.17 putts a round per index point" },
    { from: "golf_handicap_index", to: "golf_greens_in_regulation", weight: -1.1, source: "Arccos: ~0.3 greens a round per index point" },
    { from: "golf_handicap_index", to: "golf_fairways_hit", weight: -0.45, source: "Arccos: ~0.12 fairways a round per index point" },
    { from: "golf_windy", to: "golf_greens_in_regulation", weight: -0.35 },
    { from: "golf_windy", to: "golf_fairways_hit", weight: -0.3 },
  ],
};
