import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SynthdataError, generateDataset, parseSpec, type DatasetCard } from "@synthdata/core";
import { fromWire } from "../src/planners/openai/wireSchema.js";
import { auc, bools, corr, mean, nums, parseCsv, spec, tempDir } from "./helpers.js";

// Each teaching scenario, asked for in the spec, is checked on the files a run writes: the
// property a careful learner should find is there, and it is not there when not asked for.

const churnColumns = [
  { name: "customer_id", kind: "id", format: "sequence" },
  { name: "age", kind: "integer", distribution: "normal", mean: 40, sd: 12, min: 18, max: 90 },
  { name: "tenure_months", kind: "integer", min: 1, max: 72 },
  { name: "monthly_fee", kind: "number", distribution: "normal", mean: 50, sd: 15, min: 5, max: 150 },
  { name: "plan", kind: "category", values: ["basic", "standard", "premium"], weights: [5, 3, 2] },
  {
    name: "churned",
    kind: "boolean",
    probability: 0.3,
    effects: [
      { column: "tenure_months", weight: -1.2 },
      { column: "monthly_fee", weight: 0.6 },
      { column: "plan", value: "basic", weight: 0.5 },
    ],
  },
];
const churn = (scenario?: unknown[], extra: Record<string, unknown> = {}) => spec(churnColumns, { target: "churned", ...(scenario ? { scenario } : {}), ...extra } as never);

type Rows = Record<string, string>[];
interface Run {
  all: Rows;
  train: Rows;
  test: Rows;
  card: DatasetCard;
  markdown: string;
  csv: string;
}

async function run(input: unknown, rows = 20_000, options: { split?: { train: number; by?: "random" | "time" }; workers?: number; seed?: number } = {}): Promise<Run> {
  const dir = await tempDir("synthdata-scenarios-");
  const result = await generateDataset({ spec: input }, { rows, seed: options.seed ?? 11, outPath: join(dir, "d.csv"), workers: options.workers ?? 1, ...(options.split ? { split: options.split } : {}) });
  const csv = await readFile(result.files.csv, "utf8");
  const read = async (path: string | undefined) => (path ? parseCsv(await readFile(path, "utf8")) : []);
  return { all: parseCsv(csv), train: await read(result.files.train), test: await read(result.files.test), card: result.card!, markdown: await readFile(result.files.cardMarkdown!, "utf8"), csv };
}


describe("teaching scenarios", () => {
  it("leak: a column recorded after the outcome predicts the target alone with AUC > 0.95, and is in the answer key", async () => {
    const { all, card, markdown } = await run(churn([{ kind: "leak" }]));
    const leak = auc(nums(all, "followup_score"), bools(all, "churned"));
    expect(leak).toBeGreaterThan(0.95);
    // The honest features stay far below it.
    expect(auc(nums(all, "monthly_fee"), bools(all, "churned"))).toBeLessThan(0.75);
    expect(card.columns.map((c) => c.name)).toContain("followup_score");
    expect(card.scenarios?.[0]).toMatch(/^leak: followup_score is recorded after the outcome/);
    expect(markdown).toContain("## Answer key: teaching scenarios");
    // The card's spec is the one asked for: reproducing from it expands the leak again, once.
    expect(card.spec.scenario).toEqual([{ kind: "leak" }]);
    expect(card.spec.columns.map((c) => c.name)).not.toContain("followup_score");
  });

  it("leak on a category and on a numeric target", async () => {
    const category = await run(
      spec([{ name: "x", kind: "number", distribution: "normal", mean: 0, sd: 1 }, { name: "segment", kind: "category", values: ["a", "b", "c"], effects: [{ column: "x", weight: 1, outcome: "a" }] }], { target: "segment", scenario: [{ kind: "leak" }] } as never),
      5000,
    );
    const same = category.all.filter((r) => r["followup_score"] === r["segment"]).length / category.all.length;
    expect(same).toBeGreaterThan(0.88);
    const numeric = await run(spec([{ name: "x", kind: "number", distribution: "normal", mean: 0, sd: 1 }, { name: "price", kind: "number", distribution: "normal", mean: 100, sd: 20, effects: [{ column: "x", weight: 0.5 }] }], { target: "price", scenario: [{ kind: "leak" }] } as never), 5000);
    expect(corr(nums(numeric.all, "followup_score"), nums(numeric.all, "price"))).toBeGreaterThan(0.95);
  });

  it("confounder: a new column correlates with both a feature and the target", async () => {
    const { all, card } = await run(churn([{ kind: "confounder", column: "age" }]));
    const c = nums(all, "background_factor");
    expect(corr(c, nums(all, "age"))).toBeGreaterThan(0.4);
    expect(corr(c, bools(all, "churned"))).toBeGreaterThan(0.15);
    // age does not drive churned itself: its link to churned comes through the confounder.
    expect(corr(nums(all, "age"), bools(all, "churned"))).toBeGreaterThan(0.05);
    expect(card.scenarios?.[0]).toMatch(/^confounder: background_factor drives both age .* and churned/);
    expect(card.relationships.join("\n")).toMatch(/age is higher when background_factor is high/);
  });

  it("paradox: the exposure's relation to the target is negative over all rows and positive within every group", async () => {
    const { all, card } = await run(churn([{ kind: "paradox" }]));
    const overall = corr(nums(all, "exposure"), bools(all, "churned"));
    expect(overall).toBeLessThan(-0.1);
    for (const g of ["A", "B", "C"]) {
      const rows = all.filter((r) => r["group"] === g);
      expect(rows.length).toBeGreaterThan(4000);
      expect(corr(nums(rows, "exposure"), bools(rows, "churned")), `group ${g}`).toBeGreaterThan(0.05);
    }
    expect(card.scenarios?.[0]).toMatch(/^Simpson's paradox: over all rows, higher exposure goes with fewer rows with churned; within each group/);
  });

  it("multicollinear: the near-copy correlates with its feature above 0.95", async () => {
    const { all, card } = await run(churn([{ kind: "multicollinear" }]), 5000);
    // By default the copy is of the target's strongest numeric driver.
    expect(corr(nums(all, "tenure_months"), nums(all, "tenure_months_v2"))).toBeGreaterThan(0.95);
    expect(card.scenarios?.[0]).toMatch(/^multicollinear: tenure_months_v2 is tenure_months plus noise/);
  });

  it("nonlinear: a U shape leaves no straight-line signal but a strong squared one", async () => {
    const { all, card } = await run(churn([{ kind: "nonlinear", column: "tenure_months" }]));
    const t = nums(all, "tenure_months");
    const y = bools(all, "churned");
    expect(Math.abs(corr(t, y))).toBeLessThan(0.05);
    expect(corr(t.map((v) => (v - 36.5) ** 2), y)).toBeGreaterThan(0.2);
    expect(card.relationships.join("\n")).toContain("tenure_months is far from 36.5 (U-shaped)");
  });

  it("nonlinear: a threshold is a step, and a within-one-group effect acts only in that group", async () => {
    const step = await run(churn([{ kind: "nonlinear", shape: "threshold" }]));
    const above = step.all.filter((r) => Number(r["tenure_months"]) >= 36.5);
    const below = step.all.filter((r) => Number(r["tenure_months"]) < 36.5);
    // The existing effect was negative, so the step goes down.
    expect(mean(bools(below, "churned")) - mean(bools(above, "churned"))).toBeGreaterThan(0.3);
    expect(Math.abs(corr(nums(above, "tenure_months"), bools(above, "churned")))).toBeLessThan(0.05);

    const within = await run(churn([{ kind: "nonlinear", shape: "within", column: "age" }]));
    const basic = within.all.filter((r) => r["plan"] === "basic");
    const others = within.all.filter((r) => r["plan"] !== "basic");
    expect(corr(nums(basic, "age"), bools(basic, "churned"))).toBeGreaterThan(0.3);
    expect(Math.abs(corr(nums(others, "age"), bools(others, "churned")))).toBeLessThan(0.05);
    expect(within.card.relationships.join("\n")).toContain("age is high (only where plan is basic)");
  });

  it("imbalance: the target's positive rate is the one stated", async () => {
    const { all, card } = await run(churn([{ kind: "imbalance", rate: 0.04 }]));
    expect(mean(bools(all, "churned"))).toBeCloseTo(0.04, 2);
    const byDefault = await run(churn([{ kind: "imbalance" }]), 20_000);
    expect(Math.abs(mean(bools(byDefault.all, "churned")) - 0.05)).toBeLessThan(0.006);
    expect(card.scenarios?.[0]).toMatch(/^imbalance: only 4% of rows have churned true/);
  });

  it("drift: the test rows' feature is shifted by the stated sds, with the split's exact test count, and the target follows", async () => {
    const plain = await run(churn(), 20_000, { split: { train: 0.8 } });
    const drifted = await run(churn([{ kind: "drift", column: "monthly_fee", shift: 1.5 }]), 20_000, { split: { train: 0.75 } });
    expect(drifted.test.length).toBe(5000);
    expect(drifted.train.length).toBe(15_000);
    const gap = (r: Run) => mean(nums(r.test, "monthly_fee")) - mean(nums(r.train, "monthly_fee"));
    // 1.5 sd of a normal(50, 15): 22.5 higher in test.
    expect(gap(drifted)).toBeGreaterThan(20);
    expect(gap(drifted)).toBeLessThan(25);
    expect(Math.abs(gap(plain))).toBeLessThan(1);
    // Shifted before the target was drawn: test rows churn more (the fee raises churn).
    expect(mean(bools(drifted.test, "churned")) - mean(bools(drifted.train, "churned"))).toBeGreaterThan(0.05);
    // The test file holds exactly the shifted rows: the full file is train and test rows together.
    expect(drifted.all.length).toBe(20_000);
    expect(drifted.card.split?.stratifyOn).toBeUndefined();
    expect(drifted.card.scenarios?.[0]).toMatch(/^drift: the test rows \(25% of rows, chosen at random and not by class\).*monthly_fee is 1.5 sd \(\+22.5\) higher/);
  });

  it("drift without a split asked for splits at the drift's share, and refuses a time split", async () => {
    const { train, test, card } = await run(churn([{ kind: "drift" }]), 3000);
    expect([train.length, test.length]).toEqual([2400, 600]);
    expect(card.spec.scenario).toEqual([{ kind: "drift" }]);
    expect(mean(nums(test, "tenure_months")) - mean(nums(train, "tenure_months"))).toBeGreaterThan(15);
    const withDate = spec([...churnColumns, { name: "signup", kind: "date", from: "2022-01-01", to: "2024-12-31" }], { target: "churned", scenario: [{ kind: "drift" }] } as never);
    await expect(run(withDate, 1000, { split: { train: 0.8, by: "time" } })).rejects.toThrow(/split at random instead of by time/);
  });

  it("drift gives the same bytes on one thread and on several", async () => {
    const input = churn([{ kind: "drift" }, { kind: "leak" }]);
    const one = await run(input, 5000, { workers: 1 });
    const two = await run(input, 5000, { workers: 2 });
    expect(two.csv).toBe(one.csv);
  });

  it("adds none of it when not asked for", async () => {
    const { all, card, markdown } = await run(churn(), 5000);
    expect(Object.keys(all[0]!)).toEqual(churnColumns.map((c) => c.name));
    expect(card.scenarios).toBeUndefined();
    expect(markdown).not.toContain("teaching scenarios");
    expect(mean(bools(all, "churned"))).toBeGreaterThan(0.15);
  });

  it("keeps today's bytes for a spec without scenarios", async () => {
    // Recorded before scenarios existed (commit bc40dd4): effects, mess, a split and a card's CSV.
    const input = spec(
      [...churnColumns.slice(0, 5).map((c) => (c.name === "monthly_fee" ? { ...c, missing: { rate: 0.05, when: [{ column: "age", weight: 0.5 }] } } : c)), { ...churnColumns[5]!, labelNoise: 0.05 }],
      { target: "churned", difficulty: 0.2 } as never,
    );
    const { csv, train, test } = await run(input, 4000, { split: { train: 0.8 } });
    expect([train.length, test.length]).toEqual([3200, 800]);
    expect(createHash("sha256").update(csv).digest("hex")).toBe(RECORDED_SHA256);
  });

  it("says what is wrong with a scenario that cannot be built", () => {
    const issues = (input: unknown) => {
      try {
        parseSpec(input);
        return [];
      } catch (error) {
        return (error as SynthdataError).issues.map((i) => `${i.field}: ${i.message}`);
      }
    };
    expect(issues(churn([{ kind: "imbalance", rate: 0.05 }, { kind: "imbalance" }]))).toContain("scenario.1.kind: imbalance: asked for twice; keep one");
    expect(issues(spec(churnColumns.slice(0, 4), { scenario: [{ kind: "leak" }] } as never))).toContain("scenario.0: leak: needs a target column: set target to the column a model should predict");
    expect(issues(churn([{ kind: "drift", column: "plan" }]))).toContain("scenario.0.column: drift: \"plan\" is a category column; name an integer or number column drawn from its own distribution");
    expect(issues(churn([{ kind: "leak", rate: 0.1 }]))).toContain("scenario.0.rate: leak: rate does not apply to this scenario; remove it");
    expect(issues(spec([{ name: "x", kind: "number", min: 0, max: 1 }, { name: "y", kind: "number", min: 0, max: 1, effects: [{ column: "x", weight: 1 }] }], { target: "y", scenario: [{ kind: "imbalance" }] } as never))).toContain(
      'scenario.0: imbalance: needs a boolean target (yes/no); "y" is number',
    );
    expect(issues(churn([{ kind: "nonlinear", shape: "within" }]))).toEqual([]);
    // The effect fields the scenarios write are checked like any other.
    const bent = (effect: Record<string, unknown>) => spec([...churnColumns.slice(0, 5), { name: "churned", kind: "boolean", effects: [effect] }] as unknown[], { target: "churned" } as never);
    expect(issues(bent({ column: "plan", value: "basic", weight: 1, shape: "u" }))).toContain('effects.0.shape: shape and at only apply to integer and number sources; "plan" is category');
    expect(issues(bent({ column: "age", weight: 1, within: { column: "plan", value: "gold" } }))).toContain('effects.0.within.value: "gold" is not one of plan\'s values (basic, standard, premium)');
    expect(issues(bent({ column: "age", weight: 1, at: 40 }))).toContain("effects.0.at: at only applies to the threshold and u shapes");
  });

  it("reads the OpenAI planner's scenario kinds as scenarios", () => {
    const { spec: fromModel } = fromWire({ title: "t", domain: "d", columns: [], scenario: ["leak", "drift"] });
    expect(fromModel["scenario"]).toEqual([{ kind: "leak" }, { kind: "drift" }]);
  });
});

const RECORDED_SHA256 = "3d0227d834f51c7d9036f5b99bce17122c1b05b47943e31f135bd06d67f3b0e6";
