/**
 * Splits of a dataset of several tables (the shop fixture) through
 * generateDataset: by time on the root table's date, and exam mode's refusal.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset } from "@synthdata/core";
import { parseCsv, tempDir } from "./helpers.js";

const FIXTURE = join(import.meta.dirname, "fixtures", "tables", "shop.json");
const shop = async () => JSON.parse(await readFile(FIXTURE, "utf8")) as Record<string, unknown>;
const read = async (path: string) => parseCsv(await readFile(path, "utf8"));
const folder = async () => join(await tempDir("synthdata-tables-split-"), "shop");

describe("splits of several tables", () => {
  it("refuses exam mode, saying what to do instead", async () => {
    await expect(generateDataset({ spec: await shop() }, { rows: 500, seed: 1, outPath: await folder(), split: { train: 0.8 }, exam: true })).rejects.toThrow(
      /exam mode works on a one-table dataset for now, and this one has 7 tables: generate with a split \(e\.g\. --split 0\.8\) and hold back churned of customers\.test yourself/,
    );
  });
});

describe("a time split of several tables", () => {
  it("puts the latest customers by signup date in test, and each order where its customer went", async () => {
    const out = await folder();
    const result = await generateDataset({ spec: await shop() }, { rows: 5000, seed: 4, outPath: out, split: { train: 0.8, by: "time" } });
    const train = await read(join(out, "customers.train.csv"));
    const test = await read(join(out, "customers.test.csv"));
    expect(test.length).toBeGreaterThan(900);
    expect(test.length).toBeLessThan(1100);
    const cutoff = result.card!.split!.cutoff!;
    expect(cutoff).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.card!.split).toMatchObject({ by: "time", timeColumn: "signup_date", trainRows: train.length, testRows: test.length });
    expect(train.every((r) => r["signup_date"]! < cutoff)).toBe(true);
    expect(test.every((r) => r["signup_date"]! >= cutoff)).toBe(true);
    const testIds = new Set(test.map((r) => r["customer_id"]));
    const trainIds = new Set(train.map((r) => r["customer_id"]));
    const ordersTest = await read(join(out, "orders.test.csv"));
    const ordersTrain = await read(join(out, "orders.train.csv"));
    expect(ordersTest.every((o) => testIds.has(o["customer_id"]))).toBe(true);
    expect(ordersTrain.every((o) => trainIds.has(o["customer_id"]))).toBe(true);
    // The whole customers file is the two parts together.
    expect((await read(join(out, "customers.csv"))).length).toBe(train.length + test.length);
  });
});
