/**
 * The acceptance test of several related tables, in the spirit of Misata's: a
 * seven-table shop (customers, addresses, orders, order_items, products,
 * payments, returns) made at 100k customers, loaded from its CSV files and
 * schema.sql into SQLite (an engine that had no part in making it), and
 * checked by SQL: each assertion counts the rows that break a promise and
 * must return 0.
 */
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { generateDataset, parseSpec, type DatasetSpec, type GenerateResult } from "@synthdata/core";
import { tempDir } from "./helpers.js";

const ROOT_ROWS = 100_000;
const SPLIT_TABLES = ["customers", "orders", "order_items", "payments"];

interface Db {
  exec(sql: string): void;
  prepare(sql: string): { run(...params: unknown[]): unknown; get(...params: unknown[]): Record<string, unknown> | undefined; all(...params: unknown[]): Record<string, unknown>[] };
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  close(): void;
}
const Database = createRequire(import.meta.url)("better-sqlite3") as new (path: string) => Db;

let result: GenerateResult;
let db: Db;
const count = (sql: string): number => Number(Object.values(db.prepare(sql).get() ?? { n: -1 })[0]);

async function load(table: string, file: string): Promise<void> {
  const records = parse(await readFile(file, "utf8"), { columns: false, skip_empty_lines: true }) as string[][];
  const [header, ...rows] = records;
  const insert = db.prepare(`INSERT INTO "${table}" (${header!.map((h) => `"${h}"`).join(", ")}) VALUES (${header!.map(() => "?").join(", ")})`);
  db.transaction(() => {
    for (const row of rows) insert.run(...row.map((cell) => (cell === "" ? null : cell)));
  })();
}

beforeAll(async () => {
  const spec = parseSpec(JSON.parse(await readFile(new URL("./fixtures/tables/shop.json", import.meta.url), "utf8"))) as DatasetSpec;
  const dir = await tempDir();
  result = await generateDataset({ spec }, { rows: ROOT_ROWS, seed: 11, outPath: join(dir, "shop"), split: { train: 0.8 } });
  db = new Database(":memory:");
  db.exec(await readFile(join(dir, "shop", "schema.sql"), "utf8"));
  for (const [table, t] of Object.entries(result.tables!)) await load(table, t.file);
  for (const table of SPLIT_TABLES) {
    for (const part of ["train", "test"]) {
      db.exec(`CREATE TABLE "${table}_${part}" AS SELECT * FROM "${table}" WHERE 0`);
      await load(`${table}_${part}`, join(dir, "shop", `${table}.${part}.csv`));
    }
  }
}, 600_000);

describe("a seven-table shop at 100k customers, checked by SQLite", () => {
  it("has every table, with the root's row count and children following their counts", () => {
    expect(Object.keys(result.tables!).sort()).toEqual(["addresses", "customers", "order_items", "orders", "payments", "products", "returns"]);
    expect(count("SELECT COUNT(*) FROM customers")).toBe(ROOT_ROWS);
    expect(count("SELECT COUNT(*) FROM products")).toBe(2000);
    for (const [table, t] of Object.entries(result.tables!)) expect(count(`SELECT COUNT(*) FROM "${table}"`)).toBe(t.rows);
    // Means of the child counts: 2 addresses (uniform 1..3), about 4-5 orders (business customers order more), 2+ items.
    expect(count("SELECT COUNT(*) FROM addresses") / ROOT_ROWS).toBeCloseTo(2, 1);
    expect(count("SELECT COUNT(*) FROM orders") / ROOT_ROWS).toBeGreaterThan(3.8);
    expect(count("SELECT COUNT(*) FROM orders") / ROOT_ROWS).toBeLessThan(5.5);
  });

  const keys: [string, string][] = [
    ["customers", "customer_id"],
    ["products", "product_id"],
    ["addresses", "address_id"],
    ["orders", "order_id"],
    ["order_items", "item_id"],
    ["payments", "payment_id"],
    ["returns", "return_id"],
  ];
  it.each(keys)("%s.%s is a primary key: never empty, never repeated", (table, key) => {
    expect(count(`SELECT COUNT(*) FROM "${table}" WHERE "${key}" IS NULL`)).toBe(0);
    expect(count(`SELECT COUNT(*) - COUNT(DISTINCT "${key}") FROM "${table}"`)).toBe(0);
  });

  const foreign: [string, string, string, string][] = [
    ["addresses", "customer_id", "customers", "customer_id"],
    ["orders", "customer_id", "customers", "customer_id"],
    ["order_items", "order_id", "orders", "order_id"],
    ["order_items", "product_id", "products", "product_id"],
    ["payments", "order_id", "orders", "order_id"],
    ["returns", "order_id", "orders", "order_id"],
  ];
  it.each(foreign)("%s.%s has no orphans in %s.%s", (child, column, parent, key) => {
    expect(count(`SELECT COUNT(*) FROM "${child}" c LEFT JOIN "${parent}" p ON c."${column}" = p."${key}" WHERE c."${column}" IS NULL OR p."${key}" IS NULL`)).toBe(0);
  });

  it("rollups equal their children's counts, sums (to the cent) and minimums", () => {
    const orderStats = "(SELECT customer_id, COUNT(*) n, SUM(order_total) total, MIN(order_date) first FROM orders GROUP BY customer_id)";
    expect(count(`SELECT COUNT(*) FROM customers c LEFT JOIN ${orderStats} o USING (customer_id) WHERE c.order_count != COALESCE(o.n, 0)`)).toBe(0);
    expect(count(`SELECT COUNT(*) FROM customers c LEFT JOIN ${orderStats} o USING (customer_id) WHERE ABS(c.total_spent - COALESCE(o.total, 0)) >= 0.005`)).toBe(0);
    expect(count(`SELECT COUNT(*) FROM customers c LEFT JOIN ${orderStats} o USING (customer_id) WHERE c.first_order_date IS NOT o.first`)).toBe(0);
    const itemStats = "(SELECT order_id, COUNT(*) n, SUM(line_total) total FROM order_items GROUP BY order_id)";
    expect(count(`SELECT COUNT(*) FROM orders o LEFT JOIN ${itemStats} i USING (order_id) WHERE ABS(o.order_total - COALESCE(i.total, 0)) >= 0.005`)).toBe(0);
    expect(count(`SELECT COUNT(*) FROM orders o LEFT JOIN ${itemStats} i USING (order_id) WHERE o.item_count != COALESCE(i.n, 0)`)).toBe(0);
    // Totals are written to the cent.
    expect(count("SELECT COUNT(*) FROM orders WHERE ABS(order_total * 100 - ROUND(order_total * 100)) > 1e-6")).toBe(0);
    // A customer without orders has none of them to take a minimum from.
    expect(count("SELECT COUNT(*) FROM customers WHERE order_count = 0 AND first_order_date IS NOT NULL")).toBe(0);
  });

  it("lookups equal their source, and the line total follows from them", () => {
    expect(count("SELECT COUNT(*) FROM order_items i JOIN products p USING (product_id) WHERE i.unit_price != p.price")).toBe(0);
    expect(count("SELECT COUNT(*) FROM payments y JOIN orders o USING (order_id) WHERE ABS(y.amount - o.order_total) >= 0.005")).toBe(0);
    expect(count("SELECT COUNT(*) FROM order_items WHERE ABS(line_total - ROUND(quantity * unit_price, 2)) >= 0.006")).toBe(0);
  });

  it("children never come before their parent, and follow within their stated gaps", () => {
    expect(count("SELECT COUNT(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.order_date < c.signup_date")).toBe(0);
    expect(count("SELECT COUNT(*) FROM orders o JOIN customers c USING (customer_id) WHERE julianday(o.order_date) - julianday(c.signup_date) > 365")).toBe(0);
    expect(count("SELECT COUNT(*) FROM payments y JOIN orders o USING (order_id) WHERE y.paid_on < o.order_date OR julianday(y.paid_on) - julianday(o.order_date) > 3")).toBe(0);
    expect(count("SELECT COUNT(*) FROM returns r JOIN orders o USING (order_id) WHERE julianday(r.return_date) - julianday(o.order_date) < 1")).toBe(0);
    expect(count("SELECT COUNT(*) FROM returns r JOIN orders o USING (order_id) WHERE julianday(r.return_date) - julianday(o.order_date) > 30")).toBe(0);
  });

  it("child counts stay within their bounds", () => {
    const per = (child: string, parent: string, key: string) => `(SELECT p."${key}", COUNT(c."${key}") n FROM "${parent}" p LEFT JOIN "${child}" c USING ("${key}") GROUP BY p."${key}")`;
    expect(count(`SELECT COUNT(*) FROM ${per("addresses", "customers", "customer_id")} WHERE n < 1 OR n > 3`)).toBe(0);
    expect(count(`SELECT COUNT(*) FROM ${per("orders", "customers", "customer_id")} WHERE n > 60`)).toBe(0);
    expect(count(`SELECT COUNT(*) FROM ${per("order_items", "orders", "order_id")} WHERE n < 1 OR n > 12`)).toBe(0);
    expect(count(`SELECT COUNT(*) FROM ${per("payments", "orders", "order_id")} WHERE n != 1`)).toBe(0);
    expect(count(`SELECT COUNT(*) FROM ${per("returns", "orders", "order_id")} WHERE n > 1`)).toBe(0);
    // Zero children is allowed where the count allows it: some customers never order.
    expect(count(`SELECT COUNT(*) FROM ${per("orders", "customers", "customer_id")} WHERE n = 0`)).toBeGreaterThan(0);
  });

  it("values keep their vocabularies and ranges", () => {
    expect(count("SELECT COUNT(*) FROM addresses WHERE kind NOT IN ('home', 'work', 'other')")).toBe(0);
    expect(count("SELECT COUNT(*) FROM orders WHERE status NOT IN ('delivered', 'shipped', 'cancelled')")).toBe(0);
    expect(count("SELECT COUNT(*) FROM payments WHERE method NOT IN ('card', 'paypal', 'bank_transfer')")).toBe(0);
    expect(count("SELECT COUNT(*) FROM returns WHERE reason NOT IN ('damaged', 'wrong size', 'not as described', 'changed mind')")).toBe(0);
    expect(count("SELECT COUNT(*) FROM products WHERE category NOT IN ('electronics', 'home', 'fashion', 'books', 'toys')")).toBe(0);
    expect(count("SELECT COUNT(*) FROM products WHERE price < 2 OR price > 900 OR price IS NULL")).toBe(0);
    expect(count("SELECT COUNT(*) FROM order_items WHERE quantity < 1 OR quantity > 10")).toBe(0);
    expect(count("SELECT COUNT(*) FROM customers WHERE signup_date < '2022-01-01' OR signup_date > '2024-06-30'")).toBe(0);
    expect(count("SELECT COUNT(*) FROM customers WHERE churned NOT IN ('true', 'false')")).toBe(0);
    expect(count("SELECT COUNT(*) FROM products WHERE product_id NOT LIKE 'P-%'")).toBe(0);
    expect(count("SELECT COUNT(*) - COUNT(DISTINCT email) FROM customers")).toBe(0);
  });

  it("has the shapes it was asked for: Zipf-like products, more orders from business customers, churn seen only after a group-by", () => {
    // The 20 most ordered of 2000 products (1%) take far more than 1% of the items.
    const top = count("SELECT SUM(n) FROM (SELECT COUNT(*) n FROM order_items GROUP BY product_id ORDER BY n DESC LIMIT 20)");
    expect(top / count("SELECT COUNT(*) FROM order_items")).toBeGreaterThan(0.2);
    const mean = (segment: string) => count(`SELECT AVG(order_count) FROM customers WHERE segment = '${segment}'`);
    expect(mean("business") / mean("consumer")).toBeGreaterThan(1.5);
    // Churn falls with the number of orders, a column made by joining orders and grouping by customer.
    const churn = (where: string) => count(`SELECT AVG(churned = 'true') FROM customers WHERE ${where}`);
    expect(churn("order_count <= 1")).toBeGreaterThan(churn("order_count >= 8") + 0.15);
  });

  it("splits by the root table: a customer's rows are all on one side, and the parts add up to the whole", () => {
    expect(count("SELECT COUNT(*) FROM customers_test")).toBe(ROOT_ROWS * 0.2);
    expect(count("SELECT COUNT(*) FROM customers_train c JOIN customers_test t USING (customer_id)")).toBe(0);
    expect(count("SELECT COUNT(*) FROM orders_train o JOIN customers_test c USING (customer_id)")).toBe(0);
    expect(count("SELECT COUNT(*) FROM orders_test o JOIN customers_train c USING (customer_id)")).toBe(0);
    expect(count("SELECT COUNT(*) FROM order_items_train i JOIN orders_test o USING (order_id)")).toBe(0);
    expect(count("SELECT COUNT(*) FROM order_items_test i JOIN orders_train o USING (order_id)")).toBe(0);
    expect(count("SELECT COUNT(*) FROM payments_test y LEFT JOIN orders_test o USING (order_id) WHERE o.order_id IS NULL")).toBe(0);
    for (const table of SPLIT_TABLES) {
      expect(count(`SELECT (SELECT COUNT(*) FROM "${table}_train") + (SELECT COUNT(*) FROM "${table}_test") - (SELECT COUNT(*) FROM "${table}")`)).toBe(0);
    }
    // Stratified on the target: the churn rate is the same on both sides.
    const rate = (t: string) => count(`SELECT AVG(churned = 'true') FROM ${t}`);
    expect(Math.abs(rate("customers_train") - rate("customers_test"))).toBeLessThan(0.005);
    expect((result.card as unknown as { splitNote: string }).splitNote).toMatch(/^split by customers: every row of .*orders.* goes to the part its customers row is in/);
  });

  it("writes one card for the whole dataset: every table, the ER diagram, relationships in words and the signal check", () => {
    const card = result.card as unknown as { tables: { name: string; rows: number }[]; er: string; relationships: string[]; signal?: { score: number; baseline: number } };
    expect(card.tables.map((t) => t.name).sort()).toEqual(Object.keys(result.tables!).sort());
    for (const t of card.tables) expect(card.er).toContain(`  ${t.name} {`);
    expect(card.er).toContain('customers ||--o{ orders : "customer_id"');
    expect(card.relationships.some((r) => /order_items\.unit_price copies products\.price/.test(r))).toBe(true);
    expect(card.relationships.some((r) => /signal appears only after joining orders to customers/.test(r))).toBe(true);
    expect(card.signal!.score).toBeGreaterThan(card.signal!.baseline + 0.05);
  });
});
