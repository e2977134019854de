import type { DomainKnowledge } from "../types.js";

const S = ["sports"] as const;
// Weekly PPR projections by position for startable players (ESPN / Yahoo / FantasyPros consensus, 2023).
const byPosition = [
  { value: "QB", mean: 17, sd: 4, min: 4, max: 32 },
  { value: "RB", mean: 10, sd: 4.5, min: 0, max: 28 },
  { value: "WR", mean: 10, sd: 4.5, min: 0, max: 28 },
  { value: "TE", mean: 7, sd: 3.5, min: 0, max: 22 },
  { value: "K", mean: 7.8, sd: 1.5, min: 3, max: 13 },
  { value: "DEF", mean: 7, sd: 2, min: 1, max: 14 },
];

/** Fantasy football: a player's weekly projected and actual points, how widely rostered, whether the manager started him. */
export const fantasyFootball: DomainKnowledge = {
  domain: "sports",
  words: ["fantasy football", "fantasy league", "fantasy leagues", "fantasy points", "fantasy team", "fantasy roster", "fantasy lineup", "fantasy sports", "ppr"],
  concepts: [
    {
      id: "fantasy_position",
      names: ["fantasy position", "roster position", "fantasy football position", "lineup position", "position"],
      domains: [...S],
      source: "standard ESPN/Yahoo lineup: QB, 2 RB, 2 WR, TE, FLEX, K, DEF",
      shape: { kind: "category", values: ["QB", "RB", "WR", "TE", "K", "DEF"], weights: [0.13, 0.25, 0.3, 0.13, 0.09, 0.1] },
    },
    {
      id: "nfl_week",
      names: ["nfl week", "week number", "week of season", "fantasy week", "game week", "week no"],
      domains: [...S],
      // The NFL regular season has run 18 weeks since 2021; fantasy playoffs end by week 17.
      source: "NFL 2021 schedule expansion: 17 games over 18 weeks",
      shape: { kind: "integer", distribution: "uniform", min: 1, max: 18 },
    },
    {
      id: "fantasy_projected_points",
      names: ["projected points", "projected fantasy points", "projection", "projected pts", "proj points", "proj pts", "point projection"],
      domains: [...S],
      source: "FantasyPros weekly consensus projections: ~5-25 points a week for startable players, QBs highest",
      shape: { kind: "number", distribution: "lognormal", mean: 9.5, sd: 5.5, min: 0, max: 40, decimals: 1 },
      relations: [
        // A bare "position" reads as the basketball concept (listed first); sharing the name "position", a column of
        // either stands for this one, and the cases apply when its values are QB/RB/WR/TE/K/DEF.
        { kind: "conditional", on: "fantasy_position", cases: byPosition },
      ],
    },
    {
      id: "fantasy_actual_points",
      names: ["actual points", "actual fantasy points", "fantasy points", "fantasy points scored", "actual pts", "fantasy score", "points scored this week", "weekly fantasy points"],
      domains: [...S],
      // A projection explains only part of a week: misses of +-50% are common, a dud can go negative.
      source: "FantasyPros projection accuracy studies: weekly projection errors of ~5-7 points (MAE) around a ~10-point mean",
      shape: { kind: "number", distribution: "lognormal", mean: 9.5, sd: 7.5, min: -4, max: 60, decimals: 1 },
      relations: [{ kind: "formula", expression: "round(clamp({fantasy_projected_points} + normal(0, 2.5 + 0.4 * {fantasy_projected_points}), -4, 60), 1)", type: "number", decimals: 1 }],
    },
    {
      id: "fantasy_rostered_pct",
      names: ["rostered %", "rostered", "rostered pct", "percent rostered", "roster percentage", "rostered percentage", "percent owned", "roster rate"],
      domains: [...S],
      source: "ESPN / Yahoo % rostered: starters near 100%, most waiver-wire players under 20%",
      shape: { kind: "number", distribution: "normal", mean: 50, sd: 32, min: 0, max: 100, decimals: 1 },
    },
    {
      id: "fantasy_injury_status",
      names: ["injury status", "injury designation", "injury report status"],
      domains: [...S],
      source: "NFL injury report designations; most players carry none in a given week",
      shape: { kind: "category", values: ["healthy", "questionable", "doubtful", "out"], weights: [0.82, 0.1, 0.03, 0.05] },
    },
    {
      id: "fantasy_started",
      names: ["started in my lineup", "started in lineup", "in my lineup", "in starting lineup", "started", "was started", "starter", "in lineup", "played in lineup", "started him"],
      domains: [...S],
      outcome: true,
      // A manager starts about 9 of 15-16 rostered players a week, mostly by the projection.
      source: "ESPN default league: 9 starters of a 16-man roster",
      shape: { kind: "boolean", probability: 0.55 },
      drivers: [
        { concept: "fantasy_projected_points", weight: 1.6 },
        { concept: "fantasy_rostered_pct", weight: 0.8 },
        { concept: "fantasy_injury_status", value: "out", weight: -3 },
        { concept: "fantasy_injury_status", value: "questionable", weight: -0.5 },
      ],
    },
  ],
  links: [
    { from: "fantasy_projected_points", to: "fantasy_rostered_pct", weight: 0.8, source: "managers roster the players projected to score" },
    { from: "fantasy_projected_points", to: "fantasy_started", weight: 1.6 },
  ],
};
