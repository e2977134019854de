import { targetColumn } from "../card/signal.js";
import { numericModel } from "../generate/numeric.js";
import { Random } from "../generate/random.js";
import type { Column, DatasetSpec, IntegerColumn, NumberColumn, Scenario } from "../spec/schema.js";

/** A column a scenario can shift, copy or bend: an integer or number drawn from its own distribution. */
export type NumericFeature = IntegerColumn | NumberColumn;

export function isFeature(column: Column | undefined): column is NumericFeature {
  return (column?.kind === "integer" || column?.kind === "number") && !column.offset;
}

/**
 * The feature a scenario works on when it names none: the target's strongest
 * numeric driver, else the first integer or number column that is not the
 * target. `avoidDrivers` prefers a column that does not drive the target yet
 * (a confounder's feature should owe its link to the confounder).
 */
export function defaultFeature(spec: DatasetSpec, avoidDrivers = false): NumericFeature | undefined {
  const target = targetColumn(spec);
  const byName = new Map(spec.columns.map((c) => [c.name, c]));
  const drivers = (target && "effects" in target ? (target.effects ?? []) : [])
    .filter((e) => !e.within && isFeature(byName.get(e.column)))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .map((e) => byName.get(e.column) as NumericFeature);
  const others = spec.columns.filter((c): c is NumericFeature => isFeature(c) && c.name !== target?.name && !c.unique);
  if (avoidDrivers) return others.find((c) => !drivers.includes(c)) ?? drivers[0] ?? others[0];
  return drivers[0] ?? others[0];
}

/** The feature of a scenario: the one it names, else the default. */
export function featureOf(spec: DatasetSpec, scenario: Scenario): NumericFeature | undefined {
  if (scenario.column !== undefined) {
    const named = spec.columns.find((c) => c.name === scenario.column);
    return isFeature(named) ? named : undefined;
  }
  const feature = defaultFeature(spec, scenario.kind === "confounder");
  if (scenario.kind !== "nonlinear" || (scenario.shape ?? "u") !== "u" || !feature || isSymmetric(feature)) return feature;
  // A U shows best on a symmetric feature: on a long-tailed one a straight line still finds part of it.
  const target = targetColumn(spec);
  const drivers = new Set((target && "effects" in target ? (target.effects ?? []) : []).map((e) => e.column));
  const symmetric = spec.columns.filter((c): c is NumericFeature => isFeature(c) && isSymmetric(c) && c.name !== target?.name && !c.unique);
  return symmetric.find((c) => drivers.has(c.name)) ?? symmetric[0] ?? feature;
}

/** Drawn from a symmetric distribution (uniform or normal), so its centre is its balance point. */
function isSymmetric(column: NumericFeature): boolean {
  return (column.distribution ?? "uniform") === "uniform" || column.distribution === "normal";
}

/** A category (two values or more) or boolean column that is not the target: the group of a within-one-group effect. */
export function groupColumn(spec: DatasetSpec): Extract<Column, { kind: "category" | "boolean" }> | undefined {
  const target = targetColumn(spec);
  return spec.columns.find(
    (c): c is Extract<Column, { kind: "category" | "boolean" }> => c.name !== target?.name && ((c.kind === "category" && c.values.length >= 2) || c.kind === "boolean"),
  );
}

/** The spread other columns standardise a feature by (its effects' unit). */
export function featureScale(column: NumericFeature): { center: number; scale: number } {
  const model = numericModel(column);
  return { center: model.center, scale: model.scale };
}

/** Draws the balance point is estimated from (a fixed seed: the same spec gives the same point). */
const BALANCE_DRAWS = 20_000;

/**
 * Where a U-shaped effect must bottom out for a straight line through the feature to find
 * nothing: the point c with cov(x, (x - c)^2) = 0, i.e. c = cov(x, x^2) / (2 var x). For a
 * symmetric distribution that is its centre; for a skewed one (tenure drawn exponentially) it
 * lies further out, else the long tail alone makes a straight-line signal. Exact on the
 * target's own scale (a numeric target's sds, a boolean's log-odds); for a boolean the S-curve
 * squashes the tail, so some straight-line signal is left (feature choice prefers symmetric ones).
 */
export function balancePoint(column: NumericFeature): number {
  const model = numericModel(column);
  if (isSymmetric(column)) return model.center;
  const rng = new Random(0x5eed);
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < BALANCE_DRAWS; i++) {
    // Centred on the model's centre, so the moments stay small for large values.
    const x = (model.draw(rng, 0) - model.center) / model.scale;
    m1 += x;
    m2 += x * x;
    m3 += x * x * x;
  }
  m1 /= BALANCE_DRAWS;
  m2 /= BALANCE_DRAWS;
  m3 /= BALANCE_DRAWS;
  const variance = m2 - m1 * m1;
  if (!(variance > 0)) return model.center;
  const c = (m3 - m1 * m2) / (2 * variance);
  return Math.min(model.hi, Math.max(model.lo, model.center + c * model.scale));
}

/** `name`, or `name_2`, `name_3`... whichever the spec does not have yet. */
export function freeName(taken: Set<string>, name: string): string {
  let candidate = name.slice(0, 64);
  for (let n = 2; taken.has(candidate); n++) candidate = `${name.slice(0, 60)}_${n}`;
  taken.add(candidate);
  return candidate;
}

/** Rounds for the card and for expressions: at most `digits` decimals, no float dust. */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
