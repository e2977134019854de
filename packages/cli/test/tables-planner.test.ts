/**
 * The built CLI on a description that names several related tables: the offline
 * planner makes a multi-table spec and `generate` writes the folder issue 17 promises
 * (one CSV per table, schema.sql, one card), named after the description when --out
 * is not given; the files join on their keys.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { entries, runCli, tmp } from "./helpers.js";

const SHOP = "an online shop with customers, orders and order items, and products; some customers churn";

describe("generate with a description of several tables", () => {
  it("writes online-shop/ with a file per table, schema.sql and a card, and the tables join", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", SHOP, "--rows", "400", "--seed", "5"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Wrote 4 tables to .*online-shop/);
    expect(await entries(dir)).toEqual(["online-shop"]);
    const folder = join(dir, "online-shop");
    expect(await entries(folder)).toEqual(["card.json", "card.md", "customers.csv", "order_items.csv", "orders.csv", "products.csv", "schema.sql"]);
    const read = async (t: string) => parse(await readFile(join(folder, `${t}.csv`), "utf8"), { columns: true }) as Record<string, string>[];
    const customers = await read("customers");
    const orders = await read("orders");
    const items = await read("order_items");
    const products = await read("products");
    expect(customers).toHaveLength(400);
    const ids = new Set(customers.map((c) => c["customer_id"]));
    expect(orders.filter((o) => !ids.has(o["customer_id"]!))).toEqual([]);
    const productIds = new Set(products.map((p) => p["product_id"]));
    expect(items.filter((i) => !productIds.has(i["product_id"]!))).toEqual([]);
    // orders.order_total is the sum of its items' line totals, to the cent.
    const sums = new Map<string, number>();
    for (const i of items) sums.set(i["order_id"]!, (sums.get(i["order_id"]!) ?? 0) + Number(i["line_total"]));
    expect(orders.filter((o) => Math.abs(Number(o["order_total"]) - (sums.get(o["order_id"]!) ?? 0)) > 0.005)).toEqual([]);
    // The churn signal lives in the orders table: the root's rollups are not written.
    expect(Object.keys(customers[0]!)).toContain("churn");
    expect(Object.keys(customers[0]!)).not.toContain("order_count");
    const schema = await readFile(join(folder, "schema.sql"), "utf8");
    expect(schema).toMatch(/FOREIGN KEY \("customer_id"\) REFERENCES "customers" \("customer_id"\)/);
    const card = await readFile(join(folder, "card.md"), "utf8");
    expect(card).toContain("erDiagram");
    expect(card).toMatch(/churn depends on order_count.*only after joining orders to customers/);
  }, 120_000);

  it("writes the tables into --out, and the same seed gives the same bytes", async () => {
    const dir = await tmp();
    for (const out of ["a", "b"]) {
      const run = await runCli(["generate", "students, courses and enrollments", "--rows", "300", "--seed", "2", "--out", out, "--no-card"], dir);
      expect(run.code, run.stderr).toBe(0);
    }
    expect(await entries(join(dir, "a"))).toEqual(["courses.csv", "enrollments.csv", "schema.sql", "students.csv"]);
    for (const t of ["students", "courses", "enrollments"]) expect(await readFile(join(dir, "a", `${t}.csv`), "utf8")).toBe(await readFile(join(dir, "b", `${t}.csv`), "utf8"));
  }, 120_000);

  it("takes --out with a trailing slash as the folder (as its own error message suggests); a one-table description refuses it and names a file", async () => {
    const dir = await tmp();
    const wrongFile = await runCli(["generate", "students, courses and enrollments", "--rows", "50", "--out", "school.csv"], dir);
    expect(wrongFile.code).toBe(2);
    expect(wrongFile.stderr).toMatch(/give --out a folder \(e\.g\. .*school\/\)/);
    const folder = await runCli(["generate", "students, courses and enrollments", "--rows", "50", "--seed", "1", "--out", "school/"], dir);
    expect(folder.code, folder.stderr).toBe(0);
    expect(folder.stderr).not.toContain("school//");
    expect(await entries(join(dir, "school"))).toContain("students.csv");
    const oneTable = await runCli(["generate", "customers with age and city", "--out", "one/"], dir);
    expect(oneTable.code).toBe(2);
    expect(oneTable.stderr).toMatch(/names a folder, but this dataset is one table, written as one file: name the file, e\.g\. .*one\/customers\.csv/);
    expect(await entries(dir)).toEqual(["school"]);
  }, 120_000);
});
