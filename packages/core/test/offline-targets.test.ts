import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import MLR from "ml-regression-multivariate-linear";
import { describe, expect, it } from "vitest";
import { generateDataset } from "@synthdata/core";
import { tempDir } from "./helpers.js";

/**
 * A described target must be learnable (5-fold ROC AUC >= 0.70, or R^2 >= 0.3 at 5000
 * rows) with its strongest drivers pointing the way an expert expects. Planned offline,
 * generated and written through the public API, read back from the CSV.
 */
async function generate(description: string): Promise<{ rows: Record<string, string>[]; target: string; card: Awaited<ReturnType<typeof generateDataset>>["card"] }> {
  const dir = await tempDir();
  const result = await generateDataset({ description }, { planner: "offline", useCache: false, rows: 5000, seed: 11, outPath: join(dir, "data.csv"), workers: 1 });
  const rows = parse(await readFile(result.path, "utf8"), { columns: true }) as Record<string, string>[];
  return { rows, target: result.spec.target!, card: result.card };
}

/** Numeric features: numbers as they are, true/false as 0/1, categories (<= 12 values) one-hot. */
function features(rows: Record<string, string>[], target: string): number[][] {
  const columns = Object.keys(rows[0]!).filter((c) => c !== target);
  const encoders: ((r: Record<string, string>) => number[])[] = [];
  for (const c of columns) {
    const values = rows.map((r) => r[c]!);
    if (values.every((v) => v === "" || Number.isFinite(Number(v)))) {
      const xs = values.map(Number);
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      const s = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length) || 1;
      encoders.push((r) => [r[c] === "" ? 0 : (Number(r[c]) - m) / s]);
    } else if (values.every((v) => v === "true" || v === "false" || v === "")) encoders.push((r) => [r[c] === "true" ? 1 : 0]);
    else {
      const levels = [...new Set(values)];
      if (levels.length <= 12) encoders.push((r) => levels.slice(1).map((l) => (r[c] === l ? 1 : 0)));
    }
  }
  return rows.map((r) => encoders.flatMap((e) => e(r)));
}

function auc(scores: number[], labels: number[]): number {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rank = 0;
  let positives = 0;
  let sum = 0;
  for (const [, y] of order) {
    rank++;
    if (y === 1) {
      positives++;
      sum += rank;
    }
  }
  const negatives = labels.length - positives;
  return (sum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function folds<T>(n: number, fit: (train: number[], test: number[]) => T[]): T[] {
  const out: T[] = new Array(n);
  for (let k = 0; k < 5; k++) {
    const test = [...Array(n).keys()].filter((i) => i % 5 === k);
    const train = [...Array(n).keys()].filter((i) => i % 5 !== k);
    fit(train, test).forEach((v, j) => (out[test[j]!] = v));
  }
  return out;
}

/** Logistic regression by batch gradient descent on standardised features: [bias, ...weights]. */
function fitLogistic(x: number[][], y: number[]): number[] {
  const d = x[0]!.length;
  const w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < 300; step++) {
    const grad = new Array<number>(d + 1).fill(0);
    for (let i = 0; i < x.length; i++) {
      const z = x[i]!.reduce((a, v, j) => a + v * w[j + 1]!, w[0]!);
      const err = 1 / (1 + Math.exp(-z)) - y[i]!;
      grad[0]! += err;
      for (let j = 0; j < d; j++) grad[j + 1]! += err * x[i]![j]!;
    }
    for (let j = 0; j <= d; j++) w[j]! -= (0.5 * grad[j]!) / x.length;
  }
  return w;
}

function crossValidatedAuc(rows: Record<string, string>[], target: string): number {
  const x = features(rows, target);
  const y = rows.map((r) => (r[target] === "true" ? 1 : 0));
  const scores = folds(rows.length, (train, test) => {
    const w = fitLogistic(train.map((i) => x[i]!), train.map((i) => y[i]!));
    return test.map((i) => x[i]!.reduce((a, v, j) => a + v * w[j + 1]!, w[0]!));
  });
  return auc(scores, y);
}

function crossValidatedR2(rows: Record<string, string>[], target: string): number {
  const x = features(rows, target);
  const y = rows.map((r) => Number(r[target]));
  const predicted = folds(rows.length, (train, test) => {
    const model = new MLR(train.map((i) => x[i]!), train.map((i) => [y[i]!]));
    return test.map((i) => model.predict(x[i]!)[0]!);
  });
  const m = y.reduce((a, b) => a + b, 0) / y.length;
  const ssTot = y.reduce((a, v) => a + (v - m) ** 2, 0);
  const ssRes = y.reduce((a, v, i) => a + (v - predicted[i]!) ** 2, 0);
  return 1 - ssRes / ssTot;
}

/** Target mean in the driver's top quartile minus its bottom quartile. */
function quartileGap(rows: Record<string, string>[], target: string, driver: string): number {
  const pairs = rows.map((r) => [Number(r[driver]), r[target] === "true" ? 1 : r[target] === "false" ? 0 : Number(r[target])] as const).sort((a, b) => a[0] - b[0]);
  const q = Math.floor(pairs.length / 4);
  const mean = (xs: readonly (readonly [number, number])[]) => xs.reduce((a, p) => a + p[1], 0) / xs.length;
  return mean(pairs.slice(-q)) - mean(pairs.slice(0, q));
}

describe("offline planner: described targets are learnable, drivers as an expert expects", () => {
  it("classification: diabetes rises with glucose and BMI (5-fold AUC >= 0.70)", async () => {
    const { rows, target, card } = await generate("clinic patients: age, bmi, fasting glucose, smoker yes/no and whether they have diabetes");
    expect(target).toBe("diabetes");
    expect(crossValidatedAuc(rows, target)).toBeGreaterThanOrEqual(0.7);
    expect(quartileGap(rows, target, "fasting_glucose")).toBeGreaterThan(0.05);
    expect(quartileGap(rows, target, "bmi")).toBeGreaterThan(0.02);
    expect(card?.signal?.metric).toBe("auc");
  }, 60_000);

  it("classification: members who visit less cancel more", async () => {
    const { rows, target } = await generate("gym members: visits per month, tenure, monthly fee, personal trainer y/n, cancelled membership");
    expect(crossValidatedAuc(rows, target)).toBeGreaterThanOrEqual(0.7);
    expect(quartileGap(rows, target, "visits_per_month")).toBeLessThan(-0.05);
  }, 60_000);

  it("regression: sale price rises with square feet (5-fold R^2 >= 0.3, R^2 in the card)", async () => {
    const { rows, target, card } = await generate("house sales: square feet, bedrooms, bathrooms, year built, sale price");
    expect(target).toBe("sale_price");
    expect(crossValidatedR2(rows, target)).toBeGreaterThanOrEqual(0.3);
    expect(quartileGap(rows, target, "square_feet")).toBeGreaterThan(0);
    expect(card?.signal).toMatchObject({ metric: "r2", task: "regression" });
  }, 60_000);

  it("regression: salary rises with experience", async () => {
    const { rows, target } = await generate("employees: years of experience, age, education level, salary");
    expect(target).toBe("salary");
    expect(crossValidatedR2(rows, target)).toBeGreaterThanOrEqual(0.3);
    expect(quartileGap(rows, target, "years_of_experience")).toBeGreaterThan(0);
  }, 60_000);
});
