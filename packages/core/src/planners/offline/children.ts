import type { Column, Effect } from "../../spec/schema.js";
import type { PlannedColumn } from "./columns.js";
import { knowledgeIndex, standsFor } from "./knowledge/index.js";

/**
 * Children grow: in a dataset of children (an age column that stops by 18) a height or a weight
 * is a child's, centred on the growth-chart median of the ages asked for and rising with age,
 * and a school grade follows age (kindergarten at 5 or 6, first grade at 6 or 7). The knowledge
 * base's shapes are adults'; this is the one place where an age changes them.
 */
// CDC growth charts (2000), 50th percentile, boys and girls averaged: age in years -> cm, kg.
const GROWTH: [number, number, number][] = [
  [0, 50, 3.4],
  [1, 75, 9.8],
  [2, 87, 12.5],
  [4, 102, 16.3],
  [6, 116, 20.7],
  [8, 128, 25.6],
  [10, 139, 32],
  [12, 151, 40.5],
  [14, 163, 50],
  [16, 170, 58.5],
  [18, 173, 63],
];
const SOURCE = "CDC growth charts 2000, 50th percentiles";

function atAge(age: number, k: 1 | 2): number {
  const a = Math.min(18, Math.max(0, age));
  for (let i = 1; i < GROWTH.length; i++) {
    const [x0, ...v0] = GROWTH[i - 1]!;
    const [x1, ...v1] = GROWTH[i]!;
    if (a <= x1) return v0[k - 1]! + ((v1[k - 1]! - v0[k - 1]!) * (a - x0)) / (x1 - x0);
  }
  return GROWTH[GROWTH.length - 1]![k]!;
}

type Numeric = Extract<Column, { kind: "integer" | "number" }>;

/** The age column's range and spread, when it is a child's age. */
function childAge(items: PlannedColumn[]): { name: string; min: number; max: number; sd: number } | undefined {
  const kb = knowledgeIndex();
  for (const p of items) {
    const c = p.column;
    if ((c.kind !== "integer" && c.kind !== "number") || !standsFor(p.concept, "age", kb)) continue;
    if (c.max === undefined || c.max > 18 || c.min === undefined) continue;
    const sd = c.distribution === "normal" && c.sd !== undefined ? c.sd : (c.max - c.min) / Math.sqrt(12);
    return { name: c.name, min: c.min, max: c.max, sd: Math.max(sd, 0.5) };
  }
  return undefined;
}

/** A measure's unit as its phrase states it, as a factor from cm or kg. */
function unitFactor(words: string[], kind: "height" | "weight"): number {
  if (kind === "weight") return words.some((w) => /^(lb|lbs|pounds?)$/.test(w)) ? 2.2046 : 1;
  if (words.some((w) => /^(in|inch|inches)$/.test(w))) return 1 / 2.54;
  return words.some((w) => /^(m|meters|metres)$/.test(w)) ? 0.01 : 1;
}

/** Rows that are children by the subject's words ("childhood vaccination records", "kids in a club"). */
const CHILDREN = /\b(child|children|childhood|kids?|pupils?|schoolchildren|infants?|babies|baby|toddlers?|newborns?|paediatric|pediatric)\b/i;

export function applyChildren(items: PlannedColumn[], subject: string, target?: PlannedColumn): void {
  const age = childAge(items);
  // A child's date of birth is recent (the reference date is the end of 2024): born 2007-2022.
  if (age || CHILDREN.test(subject)) {
    for (const p of items) {
      if (p.concept?.id === "date_of_birth" && p.column.kind === "date" && p.facts.range === undefined) p.column = { ...p.column, from: "2007-01-01", to: "2022-12-31" };
    }
  }
  if (!age) return;
  const kb = knowledgeIndex();
  const mid = (age.min + age.max) / 2;
  for (const p of items) {
    if (p === target || p.facts.range !== undefined) continue;
    const c = p.column;
    const kind = standsFor(p.concept, "body_weight", kb) ? "weight" : standsFor(p.concept, "height_cm", kb) || standsFor(p.concept, "athlete_height_cm", kb) ? "height" : undefined;
    if (kind && (c.kind === "integer" || c.kind === "number")) {
      const k = kind === "height" ? 1 : 2;
      const f = unitFactor(p.facts.words, kind);
      const mean = atAge(mid, k) * f;
      // Within one age, heights vary about 4.5% and weights about 15% (CDC growth chart percentiles).
      const sd = mean * (kind === "height" ? 0.045 : 0.15);
      const slope = ((atAge(age.max, k) - atAge(age.min, k)) * f) / Math.max(1, age.max - age.min);
      const effects: Effect[] = [{ column: age.name, weight: Math.round(((slope * age.sd) / sd) * 100) / 100 }];
      const lo = atAge(age.min, k) * f * (kind === "height" ? 0.88 : 0.65);
      const hi = atAge(age.max, k) * f * (kind === "height" ? 1.12 : 1.6);
      const decimals = f === 0.01 ? 2 : 1;
      const round = (x: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
      p.column = { name: c.name, kind: "number", distribution: "normal", mean: round(mean), sd: round(sd), min: round(lo), max: round(hi), decimals, effects } satisfies Numeric;
      p.concept = p.concept ? { ...p.concept, source: SOURCE, relations: [], drivers: [] } : p.concept;
    }
    // "grade" beside a child's age: US schools start kindergarten (grade 0) at 5, first grade at 6.
    if (p.concept?.id === "grade_level" && c.kind === "integer" && p.facts.values === undefined) {
      p.column = { name: c.name, kind: "formula", expression: `clamp(${age.name} - 6 + round(uniform(0, 1)), 0, 12)`, type: "integer" };
    }
  }
}
