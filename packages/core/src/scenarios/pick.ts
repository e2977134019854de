import { targetColumn } from "../card/signal.js";
import { numericModel } from "../generate/numeric.js";
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
  return defaultFeature(spec, scenario.kind === "confounder");
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
