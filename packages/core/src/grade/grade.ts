import { readFile } from "node:fs/promises";
import { ceilingScore } from "../card/ceiling.js";
import { pearson, residual } from "../card/correlation.js";
import { fitBaseline, taskScore, targetCode, type BaselineModel, type SignalCheck } from "../card/signal.js";
import { SynthdataError } from "../errors.js";
import type { Value } from "../generate/types.js";
import { numericModel } from "../generate/numeric.js";
import type { Column, DatasetSpec, Effect } from "../spec/schema.js";
import type { ExamAnswers } from "./answers.js";
import { readPredictions } from "./predictions.js";

/** One true driver of the target, and how much of it the learner's errors still hold. */
export interface DriverCheck {
  /** The effect in words: `tenure`, `plan = pro`, `plan = pro (on leave)`. */
  driver: string;
  column: string;
  /** Correlation of the driver with the learner's residuals (the target minus its straight-line fit on the predictions) on the exam rows. */
  correlation: number;
  /** Their errors still follow this driver: a model that used it well would leave about 0. */
  missed: boolean;
}

/** A learner's predictions scored against an exam's answers. */
export interface GradeReport {
  target: string;
  task: SignalCheck["task"];
  metric: SignalCheck["metric"];
  rows: number;
  /** The learner's score on the exam rows. */
  score: number;
  /** What the predictions were read as. */
  read: "probabilities" | "labels" | "numbers";
  /** The baseline model (fitted on the training rows) scored on the same exam rows. */
  baseline: { model: string; score: number };
  /** The generator's own probabilities (or expected values) scored on the exam rows: the best possible. */
  ceiling: number;
  /** What a model that knows nothing scores (AUC 0.5, the majority share, R^2 0). */
  chance: number;
  drivers: DriverCheck[];
}

/** Grades a predictions CSV against the card of an exam (both as file paths). */
export async function gradePredictionFiles(cardPath: string, predictionsPath: string, options: { signal?: AbortSignal | undefined } = {}): Promise<GradeReport> {
  const [card, predictions] = await Promise.all([readText(cardPath, "card"), readText(predictionsPath, "predictions file")]);
  return gradePredictions(card, predictions, options);
}

/**
 * Scores a learner's predictions (a CSV of the exam's row id and the target: probabilities or labels
 * for a class, numbers for a number) against the answers re-derived from the card's spec, seed and
 * rows, beside the baseline's score, the ceiling, and the true drivers their errors still follow.
 */
export async function gradePredictions(cardText: string, predictionsText: string, options: { signal?: AbortSignal | undefined } = {}): Promise<GradeReport> {
  // Loaded here: re-deriving validates the card's spec (zod), which a door's start-up has no use for.
  const { examAnswers } = await import("./answers.js");
  const answers = await examAnswers(cardText, options);
  const { target, exam } = answers;
  const t = answers.spec.columns.indexOf(target);
  const predictions = readPredictions(predictionsText, exam.idColumn, target.name);
  checkIds(answers.ids, predictions.byId, exam.idColumn);
  // Rows whose target was removed as missing values have no answer to grade against.
  const graded = answers.rows.flatMap((row, i) => (row[t] === null || row[t] === undefined ? [] : [i]));
  const rows = graded.map((i) => answers.rows[i]!);
  const train = answers.train.filter((r) => r[t] !== null && r[t] !== undefined);
  const baseline = await fitBaseline(answers.spec, target, train, train);
  if (!baseline) throw new SynthdataError("INVALID_ARGUMENT", `the exam's target ${target.name} has no features or a single class to grade on`);
  const actual = rows.map((r) => targetCode(baseline, r[t]!));
  const { values, read } = learnerValues(baseline, graded.map((i) => predictions.byId.get(answers.ids[i]!)!), predictions.column);
  const score = taskScore(baseline.task, actual, values);
  const ceiling = ceilingScore(target, baseline, actual, graded.map((i) => answers.truth[i]!));
  const yTrain = train.map((r) => targetCode(baseline, r[t]!));
  const chance = baseline.task === "binary" ? 0.5 : baseline.task === "regression" ? 0 : Math.max(...baseline.classes.map((_, c) => yTrain.filter((v) => v === c).length)) / yTrain.length;
  return {
    target: target.name,
    task: baseline.task,
    metric: baseline.metric,
    rows: rows.length,
    score: round(score),
    read,
    baseline: { model: baseline.model, score: round(taskScore(baseline.task, actual, baseline.predict(rows))) },
    ceiling: round(ceiling),
    chance: round(chance),
    drivers: driverChecks(answers, baseline, rows, values),
  };
}

/** Every exam row predicted once, and nothing else. */
function checkIds(ids: number[], byId: Map<number, string>, idColumn: string): void {
  const known = new Set(ids);
  const unknown = [...byId.keys()].filter((id) => !known.has(id));
  if (unknown.length) throw new SynthdataError("INVALID_ARGUMENT", `the predictions name ${unknown.length} ${idColumn} value(s) that are not in the exam (e.g. ${unknown.slice(0, 3).join(", ")}): were they made for another exam file?`);
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) {
    throw new SynthdataError("INVALID_ARGUMENT", `the predictions have ${byId.size} rows, the exam has ${ids.length}: ${missing.length} ${idColumn} value(s) have no prediction (e.g. ${missing.slice(0, 3).join(", ")}); predict every row of the exam file`);
  }
}

/** The learner's predictions in the baseline's terms, and how they were read. */
function learnerValues(baseline: BaselineModel, cells: string[], column: string): { values: number[]; read: GradeReport["read"] } {
  const numbers = cells.map((c) => (c === "" ? NaN : Number(c)));
  const allNumbers = numbers.every((n) => Number.isFinite(n));
  const bad = (i: number, what: string) => new SynthdataError("INVALID_ARGUMENT", `prediction "${cells[i]}" in ${column} is not ${what}`);
  if (baseline.task === "regression") {
    const i = numbers.findIndex((n) => !Number.isFinite(n));
    if (i >= 0) throw bad(i, "a number");
    return { values: numbers, read: "numbers" };
  }
  const classes = baseline.classes;
  // Numbers 0..1 for a binary target: the probability of classes[1] (0 and 1 alone are labels, read the same way).
  if (baseline.task === "binary" && allNumbers && numbers.every((n) => n >= 0 && n <= 1)) {
    return { values: numbers, read: numbers.every((n) => n === 0 || n === 1) ? "labels" : "probabilities" };
  }
  const label = (c: string) => classes.indexOf(c);
  const codes = cells.map(label);
  const i = codes.findIndex((c) => c < 0);
  if (i >= 0) throw bad(i, `${baseline.task === "binary" ? "a probability of " + classes[1] + " or " : ""}one of the classes ${classes.join(", ")}`);
  return { values: codes, read: "labels" };
}

/**
 * For each effect on the target, the correlation of its driver with the learner's residuals: a
 * model that used the driver leaves residuals uncorrelated with it. Residuals are the target minus its
 * straight-line fit on the prediction (for a class: being that class, fitted on predicting it).
 */
function driverChecks(answers: ExamAnswers, baseline: BaselineModel, rows: Value[][], values: number[]): DriverCheck[] {
  const { spec, target } = answers;
  const t = spec.columns.indexOf(target);
  const effects: Effect[] = "effects" in target ? (target.effects ?? []) : [];
  const limit = Math.max(0.05, 3 / Math.sqrt(Math.max(rows.length, 1)));
  return effects.flatMap((effect) => {
    const source = spec.columns.findIndex((c) => c.name === effect.column);
    if (source < 0) return [];
    const x = driverValues(spec, spec.columns[source]!, effect, rows.map((r) => r[source] ?? null));
    const residual = recalibratedResiduals(rows.map((r, i) => outcomeAndPrediction(baseline, target, effect, r[t]!, values[i]!)));
    const pairs = x.flatMap((v, i) => (v === undefined ? [] : [[v, residual[i]!] as const]));
    const correlation = round(pearson(pairs.map((p) => p[0]), pairs.map((p) => p[1])));
    const outcome = effect.outcome !== undefined && target.kind === "category" ? ` (on ${effect.outcome})` : "";
    const driver = `${effect.column}${effect.value !== undefined ? ` = ${effect.value}` : ""}${outcome}`;
    return [{ driver, column: effect.column, correlation, missed: Math.abs(correlation) >= limit }];
  });
}

function driverValues(spec: DatasetSpec, column: Column, effect: Effect, values: Value[]): (number | undefined)[] {
  if (column.kind === "integer" || column.kind === "number") {
    const model = numericModel(column);
    return values.map((v) => (typeof v === "number" ? model.standardize(v) : undefined));
  }
  if (column.kind === "boolean") return values.map((v) => (v === null ? undefined : v === true ? 1 : 0));
  void spec;
  return values.map((v) => (v === null ? undefined : v === effect.value ? 1 : 0));
}

/** The target (for a class: being the effect's class) and the learner's prediction of it, for one row. */
function outcomeAndPrediction(baseline: BaselineModel, target: Column, effect: Effect, actual: Value, predicted: number): [number, number] {
  if (baseline.task === "regression") return [actual as number, predicted];
  if (baseline.task === "binary") return [String(actual) === baseline.classes[1] ? 1 : 0, predicted];
  // Multiclass: the effect's class (a category effect names its outcome).
  const outcome = target.kind === "category" ? (effect.outcome ?? baseline.classes[0]!) : baseline.classes[0]!;
  return [String(actual) === outcome ? 1 : 0, baseline.classes[predicted] === outcome ? 1 : 0];
}

/**
 * The target minus its best straight-line fit on the prediction: what the prediction does not explain,
 * whatever its scale (probabilities that rank well but are not calibrated still leave nothing here).
 */
function recalibratedResiduals(pairs: [number, number][]): number[] {
  return residual(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new SynthdataError("INVALID_ARGUMENT", `cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The report in words, for a terminal, a tool result or a notification. */
export function renderGrade(report: GradeReport): string {
  const lines = [
    `Your ${report.metric} on ${report.rows} exam rows: ${report.score} (${report.target} predictions read as ${report.read})`,
    `  baseline, a ${report.baseline.model.replace(/ \(.*\)$/, "")} fitted on the training rows: ${report.baseline.score}`,
    `  best possible (the generator's own ${report.task === "regression" ? "expected values" : "probabilities"}): ${report.ceiling}`,
    `  a model that knows nothing: ${report.chance}`,
  ];
  const missed = report.drivers.filter((d) => d.missed);
  if (report.drivers.length) {
    lines.push(missed.length ? `  your errors still follow: ${missed.map((d) => `${d.driver} (r = ${d.correlation})`).join(", ")}; the data holds more signal there` : "  your errors follow none of the true drivers");
    const used = report.drivers.filter((d) => !d.missed);
    if (used.length && missed.length) lines.push(`  used well: ${used.map((d) => d.driver).join(", ")}`);
  }
  return lines.join("\n");
}
