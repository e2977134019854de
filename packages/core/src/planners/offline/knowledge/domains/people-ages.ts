import type { DomainKnowledge } from "../types.js";

// Ages of a kind of person: the subject of a description completes a bare "age" ("employees:
// age" is an employee's age, "soccer players: age" a player's). Each is an age (`broader`), so
// an outcome driven by age is driven by it too.
export const peopleAges: DomainKnowledge = {
  domain: "general",
  words: [],
  concepts: [
    {
      id: "employee_age",
      names: ["employee age", "worker age", "staff age", "nurse age", "teacher age", "doctor age", "physician age", "agent age", "engineer age", "age of employee", "employee ages"],
      broader: ["age"],
      // Employed people: median age 42; few work before 18 or after 70.
      source: "US BLS Current Population Survey 2023, Table 11b (median age of employed persons 42.3)",
      shape: { kind: "integer", distribution: "normal", mean: 41, sd: 11, min: 18, max: 70 },
    },
    {
      id: "player_age",
      names: ["player age", "athlete age", "footballer age", "soccer player age", "player ages", "age of player"],
      broader: ["age"],
      // Professional players: mean ~26 in Europe's top leagues, rarely under 16 or over 40.
      source: "CIES Football Observatory Monthly Report 2023 (average age of squads ~26.5)",
      shape: { kind: "integer", distribution: "normal", mean: 26, sd: 4, min: 16, max: 40 },
    },
    {
      id: "runner_age",
      names: ["runner age", "marathon age", "marathoner age", "race age", "finisher age"],
      broader: ["age"],
      source: "RunRepeat, Marathon statistics 2019 (average marathon runner age 40)",
      shape: { kind: "integer", distribution: "normal", mean: 40, sd: 11, min: 18, max: 80 },
    },
    {
      id: "rider_age",
      names: ["rider age", "scooter rider age", "cyclist age", "user age scooter"],
      broader: ["age"],
      // Shared e-scooter riders skew young: most are 18-44.
      source: "NACTO, Shared Micromobility in the U.S. 2019",
      shape: { kind: "integer", distribution: "normal", mean: 31, sd: 10, min: 16, max: 75 },
    },
  ],
};
