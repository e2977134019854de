/**
 * Teaching scenarios on a dataset of several tables (the shop fixture), through
 * generateDataset: they work on the root table, where the target is, and the
 * card's answer key carries their lines with figures measured on the rows.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset, parseSpec, SynthdataError, type GenerateResult } from "@synthdata/core";
import { auc, bools, corr, mean, nums, parseCsv, tempDir } from "./helpers.js";

const FIXTURE = join(import.meta.dirname, "fixtures", "tables", "shop.json");

/** The shop with one numeric column of the customers' own (its rollups are counted from the orders), which drives churn. */
async function shop(scenario: unknown[], withAge = true): Promise<Record<string, unknown>> {
  const spec = JSON.parse(await readFile(FIXTURE, "utf8")) as { columns: Record<string, unknown>[] };
  if (withAge) {
    spec.columns.splice(4, 0, { name: "age", kind: "integer", distribution: "normal", mean: 40, sd: 12, min: 18, max: 90 });
    const churned = spec.columns.find((c) => c["name"] === "churned")!;
    churned["effects"] = [...(churned["effects"] as unknown[]), { column: "age", weight: 0.5 }];
  }
  return { ...spec, scenario };
}

type Rows = Record<string, string>[];
const read = async (path: string): Promise<Rows> => parseCsv(await readFile(path, "utf8"));

async function run(spec: unknown, options: { split?: { train: number } } = {}): Promise<{ result: GenerateResult; folder: string }> {
  const folder = join(await tempDir("synthdata-tables-scen-"), "shop");
  const result = await generateDataset({ spec }, { rows: 6000, seed: 5, outPath: folder, ...options });
  return { result, folder };
}

describe("teaching scenarios on several tables", () => {
  it("leak and paradox: built into the root table, measured in the answer key", async () => {
    const { result, folder } = await run(await shop([{ kind: "leak" }, { kind: "paradox" }]));
    const customers = await read(join(folder, "customers.csv"));
    expect(Object.keys(customers[0]!)).toEqual(expect.arrayContaining(["followup_score", "group", "exposure", "order_count"]));
    expect(auc(nums(customers, "followup_score"), bools(customers, "churned"))).toBeGreaterThan(0.95);
    // Simpson's paradox: negative over all rows, positive within every group.
    expect(corr(nums(customers, "exposure"), bools(customers, "churned"))).toBeLessThan(-0.2);
    for (const g of ["A", "B", "C"]) {
      const rows = customers.filter((r) => r["group"] === g);
      expect(corr(nums(rows, "exposure"), bools(rows, "churned"))).toBeGreaterThan(0.1);
    }
    // The child tables are as without scenarios: orders still belong to customers.
    const orders = await read(join(folder, "orders.csv"));
    const ids = new Set(customers.map((r) => r["customer_id"]));
    expect(orders.every((o) => ids.has(o["customer_id"]))).toBe(true);
    const card = JSON.parse(await readFile(result.files.cardJson!, "utf8")) as { scenarios?: string[] };
    expect(card.scenarios).toHaveLength(2);
    expect(card.scenarios![0]).toMatch(/^leak: followup_score .* Measured on the first 6,000 rows: followup_score alone separates churned with AUC 0\.9\d/);
    expect(card.scenarios![1]).toMatch(/^Simpson's paradox: .* correlation of exposure with churned -0\.\d+ over all rows; within group A 0\.\d+/);
    expect(await readFile(result.files.cardMarkdown!, "utf8")).toContain("## Answer key: teaching scenarios");
  });

  it("drift: the root's test rows move, and each child row follows its root into train or test", async () => {
    const { result, folder } = await run(await shop([{ kind: "drift" }]), { split: { train: 0.8 } });
    const train = await read(join(folder, "customers.train.csv"));
    const test = await read(join(folder, "customers.test.csv"));
    expect(test.length).toBe(1200);
    // The feature is the customers' own age (the strongest driver that is a root column; order_count is a rollup).
    expect(result.card!.scenarios![0]).toMatch(/^drift: the test rows \(20% of rows.*age is 1 sd \(\+12\) higher there.*Measured on the first 6,000 rows: mean age [\d.]+ in the train rows, [\d.]+ in the test rows\./);
    expect(mean(nums(test, "age")) - mean(nums(train, "age"))).toBeGreaterThan(8);
    const testIds = new Set(test.map((r) => r["customer_id"]));
    const trainIds = new Set(train.map((r) => r["customer_id"]));
    const ordersTest = await read(join(folder, "orders.test.csv"));
    const ordersTrain = await read(join(folder, "orders.train.csv"));
    expect(ordersTest.length).toBeGreaterThan(0);
    expect(ordersTest.every((o) => testIds.has(o["customer_id"]))).toBe(true);
    expect(ordersTrain.every((o) => trainIds.has(o["customer_id"]))).toBe(true);
  });

  it("a drift without a split asked for writes its own 80/20 split", async () => {
    const { result } = await run(await shop([{ kind: "drift" }]));
    expect(result.files.train).toMatch(/customers\.train\.csv$/);
    expect((await read(result.files.test!)).length).toBe(1200);
  });

  it("refuses a rollup as a scenario's feature, and a root without a numeric column of its own, saying why", async () => {
    const rollup = await shop([{ kind: "drift", column: "order_count" }]);
    expect(() => parseSpec(rollup)).toThrow(SynthdataError);
    expect(() => parseSpec(rollup)).toThrow(/drift: "order_count" is a rollup of orders \(count\), made from the related rows.*name one of the customers table's own integer or number columns/);
    const noFeature = await shop([{ kind: "multicollinear" }], false);
    expect(() => parseSpec(noFeature)).toThrow(/multicollinear: needs an integer or number feature among the customers table's own columns/);
    // A leak needs no feature: the shop as it is takes one.
    expect(parseSpec(await shop([{ kind: "leak" }], false)).scenario).toEqual([{ kind: "leak" }]);
  });

  it("a description of several tables with a leak and a drift: the leak is built on the customers, the drift left out saying why", async () => {
    const folder = join(await tempDir("synthdata-tables-scen-"), "shop");
    const result = await generateDataset({ description: "an online shop with customers, orders and products; some customers churn, with a data leak and drift" }, { planner: "offline", useCache: false, rows: 3000, seed: 2, outPath: folder });
    expect(Object.keys(result.tables!)).toEqual(expect.arrayContaining(["customers", "orders", "products"]));
    const customers = await read(join(folder, "customers.csv"));
    expect(auc(nums(customers, "followup_score"), bools(customers, result.spec.target!))).toBeGreaterThan(0.95);
    expect(result.card!.scenarios).toHaveLength(1);
    expect(result.warnings.join("\n")).toMatch(/the drift scenario was left out: needs an integer or number feature among the customers table's own columns/);
  });
});
