import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset, type DatasetCard } from "@synthdata/core";
import { auc } from "../src/card/signal.js";
import { parseCsv, spec, tempDir } from "./helpers.js";

// Issue 19: the card's ceiling, the best achievable score, computed from the generator's own
// probabilities (or expected values) on the signal check's held-out rows, beside the baseline's score.

async function card(input: unknown, rows: number, workers = 1): Promise<{ card: DatasetCard; csv: Record<string, string>[]; json: string }> {
  const dir = await tempDir();
  const result = await generateDataset({ spec: input }, { outPath: join(dir, "d.csv"), seed: 7, rows, workers });
  const json = await readFile(result.files.cardJson!, "utf8");
  return { card: JSON.parse(json) as DatasetCard, csv: parseCsv(await readFile(result.files.csv, "utf8")), json };
}

const drivers = [
  { name: "tenure", kind: "integer", min: 0, max: 72, missing: { rate: 0.15 } },
  { name: "spend", kind: "number", distribution: "lognormal", mean: 80, sd: 40, outliers: { rate: 0.03 } },
  { name: "plan", kind: "category", values: ["basic", "plus", "pro"] },
];

const targets: Record<string, unknown> = {
  boolean: { name: "y", kind: "boolean", probability: 0.4, labelNoise: 0.05, effects: [{ column: "tenure", weight: -1.2 }, { column: "spend", weight: 0.8 }, { column: "plan", value: "pro", weight: 1 }] },
  "two-value category": { name: "y", kind: "category", values: ["stay", "leave"], labelNoise: 0.05, effects: [{ column: "tenure", weight: -1.2, outcome: "leave" }, { column: "plan", value: "pro", weight: 1, outcome: "leave" }] },
  multiclass: {
    name: "y",
    kind: "category",
    values: ["low", "mid", "high"],
    effects: [{ column: "spend", weight: 1.2, outcome: "high" }, { column: "tenure", weight: 1, outcome: "mid" }, { column: "plan", value: "basic", weight: 1, outcome: "low" }],
  },
  number: { name: "y", kind: "number", distribution: "normal", mean: 100, sd: 15, effects: [{ column: "tenure", weight: 0.8 }, { column: "spend", weight: 0.6 }, { column: "plan", value: "pro", weight: 0.5 }] },
  integer: { name: "y", kind: "integer", distribution: "poisson", mean: 6, min: 0, effects: [{ column: "tenure", weight: 0.9 }, { column: "spend", weight: 0.5 }] },
};

describe("the ceiling", () => {
  for (const [kind, target] of Object.entries(targets)) {
    it(`is at least the baseline's score for a ${kind} target`, async () => {
      const { card: c } = await card(spec([...drivers, target], { target: "y" }), 6000);
      const s = c.signal!;
      expect(s.ceiling, kind).toBeDefined();
      expect(s.ceiling!, `${kind}: ceiling ${s.ceiling} vs ${s.score}`).toBeGreaterThanOrEqual(s.score);
      expect(s.ceiling!).toBeGreaterThan(s.baseline);
    });
  }

  it("equals AUC computed directly from the generating probabilities on the held-out rows", async () => {
    const input = spec([{ name: "x", kind: "number", min: 0, max: 1, decimals: 4 }, { name: "z", kind: "boolean", probability: 0.3 }, { name: "y", kind: "boolean", probability: 0.4, effects: [{ column: "x", weight: 2 }, { column: "z", weight: -1 }] }]);
    const { card: c, csv } = await card(input, 3000);
    // x is uniform on [0, 1]: centre 0.5, scale 1/sqrt(12); a boolean source adds its weight when true.
    const logit = (r: Record<string, string>) => Math.log(0.4 / 0.6) + (2 * (Number(r["x"]) - 0.5)) / (1 / Math.sqrt(12)) + (r["z"] === "true" ? -1 : 0);
    const test = csv.slice(2400);
    const direct = auc(test.map((r) => (r["y"] === "true" ? 1 : 0)), test.map((r) => 1 / (1 + Math.exp(-logit(r)))));
    expect(c.signal!.ceiling).toBeCloseTo(direct, 3);
    expect(c.signal!.testRows).toBe(600);
  });

  it("equals R^2 computed directly from the generating means, within the averaging's error", async () => {
    const input = spec([{ name: "x", kind: "number", min: 0, max: 1, decimals: 4 }, { name: "y", kind: "number", distribution: "normal", mean: 50, sd: 10, effects: [{ column: "x", weight: 1.5 }] }]);
    const { card: c, csv } = await card(input, 3000);
    const test = csv.slice(2400);
    const actual = test.map((r) => Number(r["y"]));
    const expected = test.map((r) => 50 + 10 * ((1.5 * (Number(r["x"]) - 0.5)) / (1 / Math.sqrt(12))));
    const m = actual.reduce((a, b) => a + b, 0) / actual.length;
    const r2 = 1 - actual.reduce((a, y, i) => a + (y - expected[i]!) ** 2, 0) / actual.reduce((a, y) => a + (y - m) ** 2, 0);
    expect(Math.abs(c.signal!.ceiling! - r2)).toBeLessThan(0.01);
  });

  it("reads 'best possible auc ...; a logistic regression gets ...' in the markdown card", async () => {
    const dir = await tempDir();
    const result = await generateDataset({ spec: spec([...drivers, targets["boolean"]], { target: "y" }) }, { outPath: join(dir, "d.csv"), seed: 7, rows: 3000 });
    const md = await readFile(result.files.cardMarkdown!, "utf8");
    const s = result.card!.signal!;
    expect(md).toContain(`Best possible auc ${s.ceiling}; a logistic regression gets ${s.score}`);
  });

  it("is the same for any worker count", async () => {
    const input = spec([...drivers, targets["number"]], { target: "y" });
    const one = await card(input, 20_000, 1);
    const three = await card(input, 20_000, 3);
    expect(three.card.signal!.ceiling).toBe(one.card.signal!.ceiling);
    expect(three.json).toBe(one.json);
  });

  it("is absent for a target without effects", async () => {
    const { card: c } = await card(spec([...drivers, { name: "y", kind: "boolean", probability: 0.4 }], { target: "y" }), 2000);
    expect(c.signal?.ceiling).toBeUndefined();
  });
});
