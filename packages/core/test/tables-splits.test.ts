/**
 * Splits of a dataset of several tables (the shop fixture) through
 * generateDataset: by time on the root table's date, into SQLite train and test
 * databases of the same schema, and exam mode's refusal.
 */
import { createRequire } from "node:module";
import { readdir, readFile } from "node:fs/promises";
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

interface Db {
  prepare(sql: string): { get(): Record<string, unknown>; all(): Record<string, unknown>[] };
  pragma(sql: string): unknown[];
  close(): void;
}
const Database = createRequire(import.meta.url)("better-sqlite3") as new (path: string, o: { readonly: boolean }) => Db;

describe("a split of several tables into SQLite", () => {
  it("writes shop.train.sqlite and shop.test.sqlite beside shop.sqlite: the same tables, keys holding within each", async () => {
    const out = await folder();
    const result = await generateDataset({ spec: await shop() }, { rows: 3000, seed: 6, outPath: out, format: "sqlite", split: { train: 0.8 } });
    expect((await readdir(out)).sort()).toEqual(["card.json", "card.md", "schema.sql", "shop.sqlite", "shop.test.sqlite", "shop.train.sqlite"]);
    expect(result.files.train).toBe(join(out, "shop.train.sqlite"));
    expect(result.files.test).toBe(join(out, "shop.test.sqlite"));
    const open = (name: string) => new Database(join(out, name), { readonly: true });
    const whole = open("shop.sqlite");
    const parts = { train: open("shop.train.sqlite"), test: open("shop.test.sqlite") };
    try {
      const tablesOf = (db: Db) => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
      const count = (db: Db, table: string) => Number(db.prepare(`SELECT COUNT(*) n FROM "${table}"`).get()["n"]);
      for (const db of Object.values(parts)) {
        // The same schema as the whole database, so the same SQL runs on both.
        expect(tablesOf(db)).toEqual(tablesOf(whole));
        expect(db.pragma("foreign_key_check")).toEqual([]);
        // A table of its own rows is whole in each part.
        expect(count(db, "products")).toBe(count(whole, "products"));
      }
      for (const table of ["customers", "orders", "order_items", "payments", "addresses"]) {
        expect(count(parts.train, table) + count(parts.test, table)).toBe(count(whole, table));
      }
      expect(count(parts.test, "customers")).toBe(600);
      // No customer straddles the two: the test database's orders all belong to its customers.
      const orphans = parts.test.prepare("SELECT COUNT(*) n FROM orders o LEFT JOIN customers c USING (customer_id) WHERE c.customer_id IS NULL").get()["n"];
      expect(orphans).toBe(0);
      const trainIds = new Set(parts.train.prepare("SELECT customer_id FROM customers").all().map((r) => r["customer_id"]));
      expect(parts.test.prepare("SELECT customer_id FROM customers").all().some((r) => trainIds.has(r["customer_id"]))).toBe(false);
    } finally {
      whole.close();
      parts.train.close();
      parts.test.close();
    }
  });
});
