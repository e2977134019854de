import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset, type DatasetCard } from "@synthdata/core";
import { bools, corr, mean, nums, parseCsv, spec, tempDir } from "./helpers.js";

// The answer key states each scenario's figures as measured on the rows (the card's sample),
// and the figures agree with what a learner computes from the written files.

const columns = (tenure: Record<string, unknown>) => [
  { name: "customer_id", kind: "id", format: "sequence" },
  { name: "tenure_months", kind: "integer", ...tenure },
  { name: "monthly_fee", kind: "number", distribution: "normal", mean: 50, sd: 15, min: 5, max: 150 },
  { name: "plan", kind: "category", values: ["basic", "standard", "premium"] },
  { name: "churned", kind: "boolean", probability: 0.3, effects: [{ column: "tenure_months", weight: -1 }, { column: "monthly_fee", weight: 0.6 }] },
];
const uniform = { min: 1, max: 72 };
/** Tenure as the offline planner makes it: exponential with a long right tail. */
const skewed = { distribution: "exponential", mean: 60, min: 0, max: 480 };

async function run(tenure: Record<string, unknown>, scenario: unknown[], split?: { train: number }): Promise<{ rows: Record<string, string>[]; test: Record<string, string>[]; card: DatasetCard }> {
  const dir = await tempDir("synthdata-figures-");
  const result = await generateDataset({ spec: spec(columns(tenure), { target: "churned", scenario } as never) }, { rows: 8000, seed: 5, outPath: join(dir, "d.csv"), workers: 1, ...(split ? { split } : {}) });
  const read = async (path: string | undefined) => (path ? parseCsv(await readFile(path, "utf8")) : []);
  return { rows: await read(result.files.csv), test: await read(result.files.test), card: result.card! };
}

/** The numbers after "Measured on the first N rows:" in the scenario's line. */
function figures(card: DatasetCard): { rows: number; values: number[] } {
  const line = card.scenarios![0]!;
  const m = /Measured on the first ([\d,]+) rows: (.*)$/.exec(line);
  expect(m, line).not.toBeNull();
  const text = m![2]!.replace(/\(tenure_months - [\d.]+\)²/, "");
  return { rows: Number(m![1]!.replace(/,/g, "")), values: [...text.replace(/(\d),(\d{3})/g, "$1$2").matchAll(/-?\d+(?:\.\d+)?/g)].map((x) => Number(x[0])) };
}

describe("the answer key's measured figures", () => {
  it("paradox: the card's overall and within-group correlations are the data's", async () => {
    const { rows, card } = await run(uniform, [{ kind: "paradox" }]);
    const { rows: n, values } = figures(card);
    expect(n).toBe(8000);
    const [overall, a, b, c] = values;
    expect(overall).toBeCloseTo(corr(nums(rows, "exposure"), bools(rows, "churned")), 2);
    expect(overall).toBeLessThan(0);
    for (const [g, figure] of [["A", a], ["B", b], ["C", c]] as const) {
      const inGroup = rows.filter((r) => r["group"] === g);
      expect(figure, g).toBeCloseTo(corr(nums(inGroup, "exposure"), bools(inGroup, "churned")), 2);
      expect(figure, g).toBeGreaterThan(0);
    }
  });

  it("drift: the card's train and test means of the drifted feature are the files'", async () => {
    const { rows, test, card } = await run(uniform, [{ kind: "drift", shift: 1.5 }], { train: 0.75 });
    const [trainMean, testMean] = figures(card).values;
    const testIds = new Set(test.map((r) => r["customer_id"]));
    const train = rows.filter((r) => !testIds.has(r["customer_id"]));
    expect(trainMean).toBeCloseTo(mean(nums(train, "tenure_months")), 1);
    expect(testMean).toBeCloseTo(mean(nums(test, "tenure_months")), 1);
    expect(testMean! - trainMean!).toBeGreaterThan(20);
  });

  it("imbalance and leak: the stated rate and AUC are measured, not restated", async () => {
    const imbalance = await run(uniform, [{ kind: "imbalance", rate: 0.07 }]);
    const [share, positives, total] = figures(imbalance.card).values;
    expect(positives).toBe(bools(imbalance.rows, "churned").reduce((a, b) => a + b, 0));
    expect(total).toBe(8000);
    expect(share).toBeCloseTo((positives! / 8000) * 100, 1);
    const leak = await run(uniform, [{ kind: "leak" }]);
    expect(figures(leak.card).values[0]).toBeGreaterThan(0.95);
  });

  it("a U goes on a symmetric feature unless one is named; on a named skewed one it bottoms out at its balance point", async () => {
    const chosen = await run(skewed, [{ kind: "nonlinear" }]);
    // tenure (exponential) is the strongest driver, but the U goes on the normal monthly_fee.
    expect(chosen.card.scenarios![0]).toMatch(/^non-linear: churned depends on monthly_fee in a U shape around 50:/);
    const fee = nums(chosen.rows, "monthly_fee");
    const churned = bools(chosen.rows, "churned");
    expect(Math.abs(corr(fee, churned))).toBeLessThan(0.05);
    expect(corr(fee.map((v) => (v - 50) ** 2), churned)).toBeGreaterThan(0.2);

    const { rows, card } = await run(skewed, [{ kind: "nonlinear", column: "tenure_months" }]);
    const at = Number(/U shape around ([\d.]+)/.exec(card.scenarios![0]!)![1]);
    // The exponential's balance point is twice its mean (120), a little less for the bound at 480; its centre (60) would leave a correlation of +0.4.
    expect(at).toBeGreaterThan(100);
    expect(at).toBeLessThan(125);
    const t = nums(rows, "tenure_months");
    const y = bools(rows, "churned");
    expect(Math.abs(corr(t, y))).toBeLessThan(0.3);
    expect(corr(t.map((v) => (v - at) ** 2), y)).toBeGreaterThan(0.3);
    const [linear, squared] = figures(card).values;
    expect(linear).toBeCloseTo(corr(t, y), 2);
    expect(squared).toBeCloseTo(corr(t.map((v) => (v - at) ** 2), y), 2);
  });

  it("confounder: the note says which way the raw link is wrong, and the figures show it", async () => {
    const { card } = await run(uniform, [{ kind: "confounder", column: "tenure_months" }]);
    // tenure lowers churn; the confounder raises both, so the raw link understates tenure's effect.
    expect(card.scenarios![0]).toContain("its raw link to churned understates it");
    const [raw, held] = figures(card).values;
    expect(held).toBeLessThan(raw!);
    const plain = await run(uniform, [{ kind: "confounder", column: "monthly_fee" }]);
    expect(plain.card.scenarios![0]).toContain("its raw link to churned overstates it");
  });
});
