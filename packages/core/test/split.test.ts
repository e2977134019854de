import { describe, expect, it } from "vitest";
import { compileSpec, generateBlocks, parseSpec, SynthdataError } from "@synthdata/core";
import { SplitRouter, TimeCutoff, checkSplitOptions } from "../src/split/split.js";
import { spec } from "./helpers.js";

async function split(input: unknown, rows: number, options: Parameters<typeof checkSplitOptions>[0]) {
  const s = parseSpec(input);
  const compiled = compileSpec(s);
  let plan = checkSplitOptions(options, s);
  if (plan.by === "time") {
    const cutoff = new TimeCutoff(s.columns.findIndex((c) => c.name === plan.timeColumn));
    for await (const block of generateBlocks(compiled, { rows, seed: 1 })) cutoff.add(block);
    plan = { ...plan, cutoff: cutoff.cutoff(plan.train) };
  }
  const train: unknown[][] = [];
  const test: unknown[][] = [];
  for await (const block of generateBlocks(compiled, { rows, seed: 1 })) {
    // A router per chunk, as a run uses it (chunks are finished independently, on any thread).
    const parts = new SplitRouter(plan, s).route(block);
    for (const [part, out] of [[parts.train, train], [parts.test, test]] as const) {
      for (let r = 0; r < part.length; r++) out.push(part.columns.map((c) => c[r]));
    }
  }
  return { train, test, plan };
}

describe("train/test split", () => {
  const churn = spec([
    { name: "tenure", kind: "integer", min: 1, max: 72 },
    { name: "signup", kind: "date", from: "2022-01-01", to: "2024-12-31" },
    { name: "churned", kind: "boolean", probability: 0.1, effects: [{ column: "tenure", weight: -1 }] },
  ]);

  it("splits 80/20 and keeps the target's class shares (stratified)", async () => {
    const { train, test, plan } = await split(churn, 50_000, { train: 0.8 });
    expect(plan.stratifyOn).toBe("churned");
    expect(train.length + test.length).toBe(50_000);
    // Exact to a row per class within each chunk; the chunks' rounding cancels out.
    expect(Math.abs(test.length - 10_000)).toBeLessThanOrEqual(15);
    const rate = (rows: unknown[][]) => rows.filter((r) => r[2] === true).length / rows.length;
    expect(Math.abs(rate(train) - rate(test))).toBeLessThan(0.002);
  });

  it("splits by time: every training row is earlier than every test row", async () => {
    const { train, test, plan } = await split(churn, 20_000, { train: 0.7, by: "time" });
    expect(plan.timeColumn).toBe("signup");
    const latestTrain = Math.max(...train.map((r) => r[1] as number));
    const earliestTest = Math.min(...test.map((r) => r[1] as number));
    expect(latestTrain).toBeLessThan(earliestTest);
    expect(train.length / 20_000).toBeCloseTo(0.7, 1);
  });

  it("rejects a bad share and a time split without a date column", () => {
    const s = parseSpec(spec([{ name: "x", kind: "integer", min: 1, max: 2 }]));
    expect(() => checkSplitOptions({ train: 1.5 }, s)).toThrow(/between 0 and 1/);
    expect(() => checkSplitOptions({ train: 0.8, by: "time" }, s)).toThrow(SynthdataError);
  });
});
