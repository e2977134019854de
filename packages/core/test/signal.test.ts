import { describe, expect, it } from "vitest";
import { compileSpec, generateChunk, parseSpec } from "@synthdata/core";
import { SignalSampler, auc } from "../src/card/signal.js";
import { spec } from "./helpers.js";

function check(input: unknown, rows = 8_000) {
  const s = parseSpec(input);
  const sampler = new SignalSampler(s);
  sampler.add(generateChunk(compileSpec(s), 3, 0, rows, rows));
  return sampler.check();
}

describe("signal check", () => {
  it("computes AUC by ranks", () => {
    expect(auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9])).toBe(0);
    expect(auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
  });

  it("reports a strong signal for a target with strong effects", async () => {
    const result = (await check(
      spec([
        { name: "tenure", kind: "integer", min: 1, max: 72 },
        { name: "plan", kind: "category", values: ["basic", "pro"] },
        { name: "noise", kind: "number", min: 0, max: 1 },
        { name: "churned", kind: "boolean", probability: 0.3, effects: [{ column: "tenure", weight: -1.5 }, { column: "plan", value: "basic", weight: 1 }] },
      ]),
    ))!;
    expect(result).toMatchObject({ target: "churned", task: "binary", metric: "auc", verdict: "strong" });
    expect(result.score).toBeGreaterThan(0.75);
    expect(result.warning).toBeUndefined();
  });

  it("warns when the target has no signal", async () => {
    const result = (await check(
      spec([{ name: "x", kind: "number", min: 0, max: 1 }, { name: "y", kind: "boolean", probability: 0.4 }], { target: "y" }),
    ))!;
    expect(result.verdict).toBe("weak");
    expect(result.score).toBeLessThan(0.56);
    expect(result.warning).toMatch(/too weak to learn/);
  });

  it("scores regression with R^2 and multi-class with accuracy against the majority", async () => {
    const reg = (await check(
      spec([
        { name: "experience", kind: "integer", min: 0, max: 30 },
        { name: "salary", kind: "number", distribution: "normal", mean: 60000, sd: 15000, effects: [{ column: "experience", weight: 1.2 }] },
      ]),
    ))!;
    expect(reg).toMatchObject({ task: "regression", metric: "r2", verdict: "strong" });
    const multi = (await check(
      spec([
        { name: "score", kind: "number", min: 0, max: 100 },
        { name: "grade", kind: "category", values: ["A", "B", "C"], effects: [{ column: "score", weight: 2.5, outcome: "A" }, { column: "score", weight: -2.5, outcome: "C" }] },
      ]),
    ))!;
    expect(multi).toMatchObject({ task: "multiclass", metric: "accuracy" });
    expect(multi.score - multi.baseline).toBeGreaterThan(0.1);
  });
});
