import type { Block, Value } from "../generate/types.js";
import { valueKind } from "../spec/relations.js";
import type { Column, DatasetSpec } from "../spec/schema.js";
import { ceilingScore } from "./ceiling.js";

/** What the quick baseline model found for the target. */
export interface SignalCheck {
  target: string;
  task: "binary" | "multiclass" | "regression";
  model: string;
  features: string[];
  trainRows: number;
  testRows: number;
  metric: "auc" | "accuracy" | "r2";
  score: number;
  /** The score of a model that knows nothing (AUC 0.5, the majority share, R^2 0). */
  baseline: number;
  /**
   * The best achievable score: the generator's own probabilities (or means) of the target scored
   * on the same held-out rows, against the labels as written (after label noise and mess). Set
   * for a target with effects.
   */
  ceiling?: number;
  /** "too few to judge" when the held-out rows hold too few of a class for the score to mean anything. */
  verdict: "strong" | "moderate" | "weak" | "too few to judge";
  /** Set when no verdict can be given, e.g. "too few positives to judge: 1". */
  note?: string;
  /** Set when the signal is too weak to learn, with what to change. */
  warning?: string;
}

const MAX_CATEGORIES = 20;
/** Held-out rows of each class a classification verdict needs: an AUC on one positive says nothing. */
export const MIN_CLASS_ROWS = 20;

/** The column a model should predict: the spec's `target`, else the last column with effects. */
export function targetColumn(spec: DatasetSpec): Column | undefined {
  if (spec.target !== undefined) return spec.columns.find((c) => c.name === spec.target);
  const withEffects = spec.columns.filter((c) => "effects" in c && (c.effects?.length ?? 0) > 0);
  return withEffects.find((c) => c.kind === "boolean") ?? withEffects.find((c) => c.kind === "category") ?? withEffects[withEffects.length - 1];
}

/** Collects the first rows of a run (rows are independent draws) for the signal check. */
export class SignalSampler {
  private readonly rows: Value[][] = [];
  readonly target: Column | undefined;

  constructor(
    private readonly spec: DatasetSpec,
    private readonly maxRows = 8_000,
  ) {
    this.target = targetColumn(spec);
  }

  add(block: Block): void {
    if (!this.target) return;
    for (let r = 0; r < block.length && this.rows.length < this.maxRows; r++) this.rows.push(block.columns.map((c) => c[r] ?? null));
  }

  async check(): Promise<SignalCheck | undefined> {
    return this.target ? checkSignal(this.spec, this.target, this.rows) : undefined;
  }
}

/**
 * The baseline model fitted on some rows: what it is, and its predictions for other rows (the
 * probability of `classes[1]` for a binary target, a class index for a multiclass one, a value for
 * a number). The signal check and grading share it, so both name and score the same model.
 */
export interface BaselineModel {
  task: SignalCheck["task"];
  model: string;
  metric: SignalCheck["metric"];
  /** The target's classes as text, sorted (classification only). */
  classes: string[];
  /** The spec columns the features come from. */
  sources: string[];
  predict(rows: Value[][]): number[];
}

/**
 * Fits the baseline on `train` (rows whose target is set), its features standardised on `encoderRows`;
 * undefined when there is nothing to fit (no usable feature, or a single class).
 */
export async function fitBaseline(spec: DatasetSpec, target: Column, encoderRows: Value[][], train: Value[][]): Promise<BaselineModel | undefined> {
  const t = spec.columns.indexOf(target);
  const encoder = featureEncoder(spec, t, encoderRows);
  if (encoder.names.length === 0) return undefined;
  const xTrain = train.map((r) => encoder.encode(r));
  if (target.kind === "integer" || target.kind === "number") {
    const y = train.map((r) => [r[t] as number]);
    // The model libraries load only when a run has a target, keeping start-up light.
    // A CommonJS `export =` module: at run time its class is the namespace's default.
    const loaded = (await import("ml-regression-multivariate-linear")) as unknown as { default: typeof import("ml-regression-multivariate-linear") };
    const MultivariateLinearRegression = loaded.default;
    const model = new MultivariateLinearRegression(xTrain, y);
    return {
      task: "regression",
      model: "linear regression (ml-regression-multivariate-linear)",
      metric: "r2",
      classes: [],
      sources: encoder.sources,
      predict: (rows) => model.predict(rows.map((r) => encoder.encode(r))).map((p) => p[0]!),
    };
  }
  const classes = [...new Set(encoderRows.map((r) => String(r[t])))].sort();
  if (classes.length < 2) return undefined;
  const y = train.map((r) => classes.indexOf(String(r[t])));
  const [{ default: LogisticRegression }, { Matrix }] = await Promise.all([import("ml-logistic-regression"), import("ml-matrix")]);
  const withBias = (rows: number[][]) => new Matrix(rows.map((r) => [1, ...r]));
  const model = new LogisticRegression({ numSteps: 120, learningRate: 4 / train.length });
  model.train(withBias(xTrain), Matrix.columnVector(y));
  const encode = (rows: Value[][]) => withBias(rows.map((r) => encoder.encode(r)));
  if (classes.length === 2) {
    // Classifier 0 scores "not class 0", i.e. the probability of class 1.
    return { task: "binary", model: "logistic regression (ml-logistic-regression)", metric: "auc", classes, sources: encoder.sources, predict: (rows) => model.classifiers[0]!.testScores(encode(rows)) };
  }
  return { task: "multiclass", model: "logistic regression, one-vs-rest (ml-logistic-regression)", metric: "accuracy", classes, sources: encoder.sources, predict: (rows) => model.predict(encode(rows)) };
}

/** A task's score of predictions against the truth: AUC (binary, 0/1 labels), accuracy (class indexes), R^2. */
export function taskScore(task: SignalCheck["task"], actual: number[], predicted: number[]): number {
  if (task === "binary") return auc(actual, predicted);
  if (task === "multiclass") return predicted.filter((p, i) => p === actual[i]).length / actual.length;
  return rSquared(actual, predicted);
}

/** The target of a row as the baseline's classes number it (classification), or its value. */
export function targetCode(baseline: BaselineModel, value: Value): number {
  return baseline.task === "regression" ? (value as number) : baseline.classes.indexOf(String(value));
}

/**
 * Fits a baseline model on 80% of the rows and scores it on the other 20%. With `truth` (the
 * generator's side channel, a row each) the check also gives the ceiling: the score of the true
 * probabilities or means on the same held-out rows.
 */
export async function checkSignal(spec: DatasetSpec, target: Column, rows: Value[][], truth?: number[][]): Promise<SignalCheck | undefined> {
  const t = spec.columns.indexOf(target);
  const keep = rows.map((r) => r[t] !== null && r[t] !== undefined);
  const labelled = rows.filter((_, i) => keep[i]);
  const labelledTruth = truth?.filter((_, i) => keep[i]);
  if (labelled.length < 50) return undefined;
  const cut = Math.floor(labelled.length * 0.8);
  const baseline = await fitBaseline(spec, target, labelled, labelled.slice(0, cut));
  if (!baseline) return undefined;
  const test = labelled.slice(cut);
  const yTest = test.map((r) => targetCode(baseline, r[t]!));
  const score = taskScore(baseline.task, yTest, baseline.predict(test));
  const ceiling = labelledTruth ? { ceiling: ceilingScore(target, baseline, yTest, labelledTruth.slice(cut)) } : {};
  const base = { target: target.name, features: baseline.sources, trainRows: cut, testRows: labelled.length - cut, task: baseline.task, model: baseline.model, metric: baseline.metric, score };
  if (baseline.task === "regression") return finish({ ...base, baseline: 0, ...ceiling }, score >= 0.3 ? "strong" : score >= 0.1 ? "moderate" : "weak");
  const classes = baseline.classes;
  // The rarest class among the held-out rows: too few of it and no verdict can be given.
  const fewest = Math.min(...classes.map((_, c) => yTest.filter((v) => v === c).length));
  const cannotJudge = fewest < MIN_CLASS_ROWS;
  const judge = (verdict: SignalCheck["verdict"]): SignalCheck["verdict"] => (cannotJudge ? "too few to judge" : verdict);
  const tooFew = cannotJudge ? { note: `too few ${classes.length === 2 ? "positives" : "rows of the rarest class"} to judge: ${fewest}` } : {};
  if (baseline.task === "binary") return finish({ ...base, baseline: 0.5, ...ceiling, ...tooFew }, judge(score >= 0.7 ? "strong" : score >= 0.6 ? "moderate" : "weak"));
  const yTrain = labelled.slice(0, cut).map((r) => classes.indexOf(String(r[t])));
  const majority = Math.max(...classes.map((_, c) => yTrain.filter((v) => v === c).length)) / cut;
  const lift = score - majority;
  return finish({ ...base, baseline: majority, ...ceiling, ...tooFew }, judge(lift >= 0.1 ? "strong" : lift >= 0.03 ? "moderate" : "weak"));
}

function finish(check: Omit<SignalCheck, "verdict" | "warning">, verdict: SignalCheck["verdict"]): SignalCheck {
  const rounded = { ...check, score: round(check.score), baseline: round(check.baseline), ...(check.ceiling !== undefined ? { ceiling: round(check.ceiling) } : {}) };
  if (verdict !== "weak") return { ...rounded, verdict };
  return {
    ...rounded,
    verdict,
    warning: `the signal for "${check.target}" is too weak to learn (${check.metric} ${round(check.score)} against ${round(check.baseline)} for a model that knows nothing); give ${check.target} stronger effects from its features, lower the difficulty or the label noise, or ask for more rows`,
  };
}

interface FeatureEncoder {
  /** Encoded feature names (one per number in a row's vector). */
  names: string[];
  /** The spec columns the features come from. */
  sources: string[];
  encode(row: Value[]): number[];
}

/** Numbers and dates standardised, booleans 0/1, categories one-hot; free text and ids are left out. */
function featureEncoder(spec: DatasetSpec, target: number, rows: Value[][]): FeatureEncoder {
  const parts: { name: string; source: string; f: (row: Value[]) => number }[] = [];
  spec.columns.forEach((column, i) => {
    if (i === target || column.unique) return;
    const kind = valueKind(column);
    if (kind === "integer" || kind === "number" || kind === "date" || kind === "datetime") {
      const xs = rows.map((r) => r[i]).filter((v): v is number => typeof v === "number");
      if (xs.length === 0) return;
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      const s = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length) || 1;
      parts.push({ name: column.name, source: column.name, f: (r) => (typeof r[i] === "number" ? ((r[i] as number) - m) / s : 0) });
    } else if (kind === "boolean") {
      parts.push({ name: column.name, source: column.name, f: (r) => (r[i] === true ? 1 : 0) });
    } else if (column.kind === "category") {
      column.values.slice(1, MAX_CATEGORIES).forEach((value) => parts.push({ name: `${column.name}=${value}`, source: column.name, f: (r) => (r[i] === value ? 1 : 0) }));
    }
  });
  return { names: parts.map((p) => p.name), sources: [...new Set(parts.map((p) => p.source))], encode: (row) => parts.map((p) => p.f(row)) };
}

/** Area under the ROC curve by ranks (Mann-Whitney U), ties averaged. */
export function auc(labels: number[], scores: number[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  const rankSum = labels.reduce((acc, l, i) => acc + (l === 1 ? ranks[i]! : 0), 0);
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function rSquared(actual: number[], predicted: number[]): number {
  const m = actual.reduce((a, b) => a + b, 0) / actual.length;
  const total = actual.reduce((a, b) => a + (b - m) ** 2, 0);
  const residual = actual.reduce((a, b, i) => a + (b - predicted[i]!) ** 2, 0);
  return total === 0 ? 0 : 1 - residual / total;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
