// The answer key's figures: each teaching scenario measured on the rows the card's signal check
// sampled (the run's first rows, after mess), so a learner can check the claim on the data.
import { pearson, residual } from "../card/correlation.js";
import { auc } from "../card/signal.js";
import type { Value } from "../generate/types.js";
import type { Column } from "../spec/schema.js";

/** What to measure for one scenario, by column name (scenarios/expand.ts fills it in as it builds). */
export type ScenarioMeasure =
  | { kind: "leak"; column: string; target: string }
  | { kind: "confounder"; feature: string; confounder: string; target: string }
  | { kind: "paradox"; exposure: string; group: string; target: string }
  | { kind: "multicollinear"; column: string; copy: string }
  | { kind: "u"; feature: string; target: string; at: number }
  | { kind: "threshold"; feature: string; target: string; at: number }
  | { kind: "within"; feature: string; target: string; group: string; value: string }
  | { kind: "imbalance"; target: string }
  | { kind: "drift"; feature: string };

export interface MeasureSample {
  columns: readonly Column[];
  rows: readonly (readonly Value[])[];
  /** With a split: whether each sampled row went to the test file. */
  test?: readonly boolean[] | undefined;
}

/** Fewer usable rows than this and a figure would mislead: the line is left without one. */
const MIN_ROWS = 50;

/** "Measured on the first 8,000 rows: ..." for the scenario, or undefined when the sample cannot show it. */
export function measureScenario(measure: ScenarioMeasure, sample: MeasureSample): string | undefined {
  const figure = figureOf(measure, sample);
  return figure === undefined ? undefined : `Measured on the first ${sample.rows.length.toLocaleString("en-US")} rows: ${figure}.`;
}

function figureOf(m: ScenarioMeasure, sample: MeasureSample): string | undefined {
  const at = (name: string) => sample.columns.findIndex((c) => c.name === name);
  const kindOf = (name: string) => sample.columns[at(name)]?.kind;
  /** Rows where every named column holds a usable value, as numbers (booleans as 0/1) or strings. */
  const pairs = (names: string[], keep: (row: readonly Value[], i: number) => boolean = () => true) => {
    const idx = names.map(at);
    if (idx.some((i) => i < 0)) return [];
    const out: (number | string)[][] = [];
    sample.rows.forEach((row, r) => {
      if (!keep(row, r)) return;
      const values = idx.map((i) => usable(row[i]));
      if (values.every((v) => v !== undefined)) out.push(values as (number | string)[]);
    });
    return out.length >= MIN_ROWS ? out : [];
  };
  const nums = (rows: (number | string)[][], j: number) => rows.map((r) => r[j]) as number[];
  const numeric = (rows: (number | string)[][], ...js: number[]) => rows.filter((r) => js.every((j) => typeof r[j] === "number"));
  const r2 = (v: number) => v.toFixed(2);
  const corr = (rows: (number | string)[][], a = 0, b = 1) => {
    const ok = numeric(rows, a, b);
    return ok.length >= MIN_ROWS ? pearson(nums(ok, a), nums(ok, b)) : undefined;
  };
  const isBool = (name: string) => kindOf(name) === "boolean";
  /** The target's number for a correlation: a boolean as 0/1; a category has none. */
  const scoreable = (target: string) => kindOf(target) !== "category";

  switch (m.kind) {
    case "leak": {
      const rows = pairs([m.column, m.target]);
      if (rows.length === 0) return undefined;
      if (isBool(m.target)) {
        const ok = numeric(rows, 0, 1);
        return `${m.column} alone separates ${m.target} with AUC ${r2(auc(nums(ok, 1), nums(ok, 0)))}`;
      }
      if (kindOf(m.target) === "category") {
        const same = rows.filter((r) => String(r[0]) === String(r[1])).length;
        return `${m.column} equals ${m.target} in ${pct(same / rows.length)} of rows`;
      }
      const c = corr(rows);
      return c === undefined ? undefined : `${m.column} correlates ${r2(c)} with ${m.target}`;
    }
    case "confounder": {
      if (!scoreable(m.target)) return undefined;
      const rows = numeric(pairs([m.feature, m.target, m.confounder]), 0, 1, 2);
      if (rows.length < MIN_ROWS) return undefined;
      const [x, y, z] = [nums(rows, 0), nums(rows, 1), nums(rows, 2)];
      const raw = pearson(x, y);
      const held = pearson(residual(x, z), residual(y, z));
      return `correlation of ${m.feature} with ${m.target} ${r2(raw)}; with ${m.confounder} held fixed (partial correlation) ${r2(held)}`;
    }
    case "paradox": {
      if (!scoreable(m.target)) return undefined;
      const rows = pairs([m.exposure, m.target, m.group]);
      const overall = corr(rows);
      if (overall === undefined) return undefined;
      const groups = [...new Set(rows.map((r) => String(r[2])))].sort();
      const within = groups.map((g) => [g, corr(rows.filter((r) => String(r[2]) === g))] as const).filter((w): w is readonly [string, number] => w[1] !== undefined);
      return `correlation of ${m.exposure} with ${m.target} ${r2(overall)} over all rows; within ${m.group} ${within.map(([g, c]) => `${g} ${r2(c)}`).join(", ")}`;
    }
    case "multicollinear": {
      const c = corr(pairs([m.column, m.copy]));
      return c === undefined ? undefined : `${m.column} and ${m.copy} correlate ${r2(c)}`;
    }
    case "u": {
      if (!scoreable(m.target)) return undefined;
      const rows = numeric(pairs([m.feature, m.target]), 0, 1);
      if (rows.length < MIN_ROWS) return undefined;
      const x = nums(rows, 0);
      const y = nums(rows, 1);
      return `correlation of ${m.target} with ${m.feature} ${r2(pearson(x, y))}, with (${m.feature} - ${m.at})² ${r2(pearson(x.map((v) => (v - m.at) ** 2), y))}`;
    }
    case "threshold": {
      if (!scoreable(m.target)) return undefined;
      const rows = numeric(pairs([m.feature, m.target]), 0, 1);
      const below = rows.filter((r) => (r[0] as number) < m.at);
      const above = rows.filter((r) => (r[0] as number) >= m.at);
      if (below.length < MIN_ROWS / 2 || above.length < MIN_ROWS / 2) return undefined;
      const what = isBool(m.target) ? `share with ${m.target} true` : `mean ${m.target}`;
      const show = (v: number) => (isBool(m.target) ? pct(v) : round(v));
      return `${what} ${show(mean(nums(below, 1)))} below ${m.feature} ${m.at}, ${show(mean(nums(above, 1)))} from it up`;
    }
    case "within": {
      if (!scoreable(m.target)) return undefined;
      const rows = pairs([m.feature, m.target, m.group]);
      const inGroup = corr(rows.filter((r) => String(r[2]) === m.value));
      const elsewhere = corr(rows.filter((r) => String(r[2]) !== m.value));
      if (inGroup === undefined || elsewhere === undefined) return undefined;
      return `correlation of ${m.feature} with ${m.target} ${r2(inGroup)} where ${m.group} is ${m.value}, ${r2(elsewhere)} elsewhere`;
    }
    case "imbalance": {
      const rows = numeric(pairs([m.target]), 0);
      if (rows.length === 0) return undefined;
      const positives = rows.filter((r) => r[0] === 1).length;
      return `${m.target} true in ${pct(positives / rows.length)} (${positives.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")})`;
    }
    case "drift": {
      const test = sample.test;
      if (!test) return undefined;
      const trainRows = numeric(pairs([m.feature], (_, r) => !test[r]), 0);
      const testRows = numeric(pairs([m.feature], (_, r) => test[r] === true), 0);
      if (trainRows.length === 0 || testRows.length === 0) return undefined;
      return `mean ${m.feature} ${round(mean(nums(trainRows, 0)))} in the train rows, ${round(mean(nums(testRows, 0)))} in the test rows`;
    }
  }
}

/** A value a figure can use: a finite number, a boolean as 0/1, a non-empty string; else undefined. */
function usable(value: Value | undefined): number | string | undefined {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value !== "") return value;
  return undefined;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const round = (v: number) => String(Math.round(v * 100) / 100);
