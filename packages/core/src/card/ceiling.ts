import type { Column } from "../spec/schema.js";
import { taskScore, type BaselineModel } from "./signal.js";

/**
 * The target's truth for rows as the labels were written: a boolean or category target whose labels
 * were flipped at rate r (to one of the other values at random) is right with probability
 * p(1 - r) + (1 - p) r / (n - 1). Numbers (expected values) are as they are.
 */
export function observedTruth(target: Column, truth: readonly number[]): number[] {
  const rate = "labelNoise" in target ? (target.labelNoise ?? 0) : 0;
  const n = target.kind === "category" ? target.values.length : target.kind === "boolean" ? 2 : 1;
  if (rate <= 0 || n < 2) return [...truth];
  if (target.kind === "boolean") return truth.map((p) => p * (1 - rate) + (1 - p) * rate);
  return truth.map((p) => p * (1 - rate) + ((1 - p) * rate) / (n - 1));
}

/**
 * What a model that knew the generator would predict for each row, in the baseline's terms: the
 * probability of `classes[1]` (binary), the most likely class's index (multiclass), the expected
 * value (number). `truth` is a row's side channel (TargetTruth), after `observedTruth`.
 */
export function truthPredictions(target: Column, baseline: Pick<BaselineModel, "task" | "classes">, truth: readonly (readonly number[])[]): number[] {
  if (baseline.task === "regression") {
    const known = truth.map((t) => t[0]!).filter((v) => Number.isFinite(v));
    const mean = known.reduce((a, b) => a + b, 0) / (known.length || 1);
    return truth.map((t) => (Number.isFinite(t[0]!) ? t[0]! : mean));
  }
  // The side channel's order: [P(true)] for a boolean, the spec's values for a category.
  const valueOf = (j: number) => (target.kind === "category" ? target.values[j]! : "true");
  const probabilityOf = (row: readonly number[], label: string) => {
    if (target.kind !== "category") return label === "true" ? row[0]! : 1 - row[0]!;
    const j = target.values.indexOf(label);
    return j >= 0 ? row[j]! : 0;
  };
  if (baseline.task === "binary") return truth.map((row) => probabilityOf(row, baseline.classes[1]!));
  return truth.map((row) => {
    let best = 0;
    for (let j = 1; j < row.length; j++) if (row[j]! > row[best]!) best = j;
    return baseline.classes.indexOf(valueOf(best));
  });
}

/** The best achievable score on rows whose coded targets are `actual`: the truth's own predictions scored like the baseline's. */
export function ceilingScore(target: Column, baseline: Pick<BaselineModel, "task" | "classes">, actual: number[], truth: readonly (readonly number[])[]): number {
  const observed = truth.map((row) => observedTruth(target, row));
  return taskScore(baseline.task, actual, truthPredictions(target, baseline, observed));
}
