import type { DomainKnowledge } from "../types.js";

const S = ["sports"] as const;
// One game of ten-pin bowling scores 0-300; a league bowler's game lands about 20-25 pins either side of the average.
const GAME_SOURCE = "USBC Playing Rules: a game scores 0-300; USBC league averages: about 150-175 for adult league bowlers, game-to-game SD ~20-25 pins";
const game = "clamp(round(normal({bowling_average}, 24)), 0, 300)";
const gameShape = { kind: "integer", distribution: "normal", mean: 160, sd: 32, min: 40, max: 300 } as const;

/** Ten-pin bowling leagues: a bowler's three games a night, the series, the entering average, handicap, strikes and spares. */
export const bowling: DomainKnowledge = {
  domain: "sports",
  words: ["bowling", "bowling league", "bowling leagues", "bowler", "bowlers", "bowling alley", "bowling center", "league night", "ten pin", "tenpin", "ten-pin"],
  concepts: [
    { id: "bowler_name", names: ["bowler", "bowler name", "bowlers name", "name of bowler"], domains: [...S], shape: { kind: "faker", method: "person.fullName" } },
    {
      id: "bowling_average",
      names: ["average coming in", "entering average", "bowling average", "league average", "book average", "incoming average", "avg coming in", "bowler average", "bowlers average", "establishing average"],
      domains: [...S],
      source: "USBC: the average adult league bowler averages about 150-175; 200+ is in the top few percent",
      shape: { kind: "integer", distribution: "normal", mean: 162, sd: 27, min: 80, max: 245 },
    },
    { id: "bowling_game_1", names: ["game 1", "game one", "first game", "game 1 score", "g1"], domains: [...S], source: GAME_SOURCE, shape: gameShape, relations: [{ kind: "formula", expression: game, type: "integer", min: 0, max: 300 }] },
    { id: "bowling_game_2", names: ["game 2", "game two", "second game", "game 2 score", "g2"], domains: [...S], source: GAME_SOURCE, shape: gameShape, relations: [{ kind: "formula", expression: game, type: "integer", min: 0, max: 300 }] },
    { id: "bowling_game_3", names: ["game 3", "game three", "third game", "game 3 score", "g3"], domains: [...S], source: GAME_SOURCE, shape: gameShape, relations: [{ kind: "formula", expression: game, type: "integer", min: 0, max: 300 }] },
    {
      id: "bowling_series_total",
      names: ["series total", "series", "series score", "three game series", "3 game series", "scratch series", "total pins", "pinfall", "total pinfall", "series pins"],
      domains: [...S],
      // A league night is a three-game series: the series is the three games added up (0-900).
      source: "USBC league rules: a series is the total pinfall of the night's (usually three) games",
      shape: { kind: "integer", distribution: "normal", mean: 486, sd: 85, min: 150, max: 900 },
      relations: [
        { kind: "formula", expression: "{bowling_game_1} + {bowling_game_2} + {bowling_game_3}", type: "integer" },
        { kind: "formula", expression: "clamp(round(normal(3 * {bowling_average}, 42)), 0, 900)", type: "integer" },
      ],
    },
    {
      id: "bowling_handicap",
      names: ["handicap", "bowling handicap", "hdcp", "handicap pins", "handicap per game"],
      domains: [...S],
      // The usual league handicap: 90% of the difference between 220 and the average, never below 0.
      source: "USBC Rule 115 handicap: a percentage (commonly 90%) of the difference between a basis score (commonly 220) and the bowler's average",
      shape: { kind: "integer", distribution: "normal", mean: 48, sd: 22, min: 0, max: 126 },
      relations: [{ kind: "formula", expression: "max(0, floor(0.9 * (220 - {bowling_average})))", type: "integer", min: 0 }],
    },
    {
      id: "bowling_strikes",
      names: ["strikes", "strike count", "number of strikes", "total strikes", "strikes bowled"],
      domains: [...S],
      // About (score - 100) / 20 strikes a game: ~3 for a 160 game, ~5 for 200, 12 for a 300; a three-game night has at most 36.
      source: "Bowling scoring: 12 strikes make a 300 game; league stats (e.g. LeagueSecretary): 160-average bowlers strike ~3 times a game",
      shape: { kind: "integer", distribution: "poisson", mean: 9, min: 0, max: 36 },
      relations: [
        { kind: "formula", expression: "clamp(round(({bowling_series_total} - 300) / 20 + normal(0, 2)), 0, 36)", type: "integer" },
        { kind: "formula", expression: "clamp(round(({bowling_average} - 100) * 3 / 20 + normal(0, 2.5)), 0, 36)", type: "integer" },
      ],
    },
    {
      id: "bowling_spares",
      names: ["spares", "spare count", "number of spares", "spares made", "spares converted", "total spares"],
      domains: [...S],
      // A league bowler converts about 4-5 spares a game (10 frames less strikes and open frames).
      source: "Bowling scoring: 10 frames a game; league stats: ~4-5 spares a game for 150-200 averages",
      shape: { kind: "integer", distribution: "normal", mean: 13, sd: 3, min: 0, max: 33 },
    },
  ],
  links: [
    { from: "bowling_average", to: "bowling_spares", weight: 0.3, source: "better bowlers leave fewer open frames" },
    { from: "bowling_average", to: "bowling_strikes", weight: 0.7, source: "strikes make the high averages" },
  ],
};
