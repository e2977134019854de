/**
 * The offline planner on descriptions that name several related things (issue 17,
 * part 3): through planOffline and describeSchema, then generated and loaded into
 * SQLite (which had no part in making them) to count what a learner joining the
 * tables would trip over. The realism fixture (fixtures/realism/tables.json) holds
 * the descriptions; `pnpm eval:realism` runs its checks on the CSVs as well.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { describeSchema, generateDataset, planOffline, type DatasetSpec } from "@synthdata/core";
import { tempDir } from "./helpers.js";

interface Db {
  exec(sql: string): void;
  prepare(sql: string): { run(...params: unknown[]): unknown; get(...params: unknown[]): Record<string, unknown> | undefined };
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  close(): void;
}
const Database = createRequire(import.meta.url)("better-sqlite3") as new (path: string) => Db;

const fixtures = new URL("./fixtures/", import.meta.url);
const realism = (name: string) => JSON.parse(readFileSync(new URL(`realism/${name}`, fixtures), "utf8")) as { id: string; description: string }[];
const TABLE_CASES = realism("tables.json");

const table = (spec: DatasetSpec, name: string) => spec.tables!.find((t) => t.name === name)!;

describe("offline planner: several entities become related tables", () => {
  it("plans the shop as customers, orders, order_items and products with keys, counts, lookups, rollups and a churn driven by orders", () => {
    const { spec, warnings } = planOffline("an online shop with customers, orders and order items, and products; some customers churn");
    expect(spec.table).toBe("customers");
    expect(spec.tables!.map((t) => t.name).sort()).toEqual(["order_items", "orders", "products"]);
    expect(spec.columns[0]).toMatchObject({ name: "customer_id", kind: "id" });
    const orders = table(spec, "orders");
    expect(orders.parent).toMatchObject({ table: "customers", count: { distribution: "negative_binomial", mean: 4 } });
    expect(orders.references).toEqual([{ name: "customer_id", table: "customers" }]);
    // Time order: an order after its customer signed up.
    expect(orders.columns.find((c) => c.name === "order_date")).toMatchObject({ after: { column: "customer_signup_date" } });
    const items = table(spec, "order_items");
    expect(items.parent).toMatchObject({ table: "orders", count: { min: 1, max: 10 } });
    expect(items.references).toContainEqual({ name: "product_id", table: "products", popularity: "zipf", skew: 1.1 });
    expect(items.lookups).toContainEqual(expect.objectContaining({ name: "unit_price", reference: "product_id", column: "price" }));
    expect(orders.rollups!.map((r) => `${r.name}=${r.function}`)).toEqual(["item_count=count", "order_total=sum"]);
    expect(table(spec, "products").rows).toBeGreaterThan(0);
    expect(spec.target).toBe("churn");
    const churn = spec.columns.find((c) => c.name === "churn")!;
    expect(churn.kind).toBe("boolean");
    expect("effects" in churn && churn.effects).toContainEqual({ column: "order_count", weight: -1.2 });
    // The signal is learnable only after a join: the root's rollups are made, not written.
    expect(spec.rollups!.every((r) => r.hidden)).toBe(true);
    expect(warnings.join("\n")).toMatch(/appears after joining orders to customers/);
  });

  it("makes junction tables children of one side referencing the other, a table of its own rows", () => {
    const school = planOffline("students, courses and enrollments").spec;
    expect(school.table).toBe("students");
    expect(table(school, "courses").rows).toBeGreaterThan(0);
    expect(table(school, "enrollments")).toMatchObject({ parent: { table: "students" }, references: [{ name: "student_id", table: "students" }, { name: "course_id", table: "courses", popularity: "zipf" }] });
    const social = planOffline("users, posts and likes").spec;
    expect(table(social, "posts").rows).toBeGreaterThan(0);
    expect(table(social, "likes").references!.map((r) => r.table)).toEqual(["users", "posts"]);
    const library = planOffline("a library with members, books and loans").spec;
    expect(library.table).toBe("members");
    expect(table(library, "loans").references!.map((r) => r.table)).toEqual(["members", "books"]);
  });

  it("adds the usual junction when two named tables need one, uses listed columns, reads a stated rate", () => {
    const { spec, warnings } = planOffline("Customers (name, email, age), orders (order date, status) and products");
    expect(spec.tables!.map((t) => t.name)).toContain("order_items");
    expect(warnings.join("\n")).toMatch(/added order_items to join orders to products/);
    expect(spec.columns.map((c) => c.name)).toEqual(["customer_id", "name", "email", "age"]);
    expect(table(spec, "orders").columns.map((c) => c.name)).toEqual(["order_id", "order_date", "status"]);
    const rated = planOffline("customers who place orders, 15% churn").spec;
    expect(rated.tables!.map((t) => t.name)).toEqual(["orders"]);
    expect(rated.columns.find((c) => c.name === rated.target)).toMatchObject({ kind: "boolean", rate: 0.15 });
  });

  it("keeps every one-table description of the other fixtures a one-table spec", () => {
    const descriptions = [
      ...(JSON.parse(readFileSync(new URL("planner-cases.json", fixtures), "utf8")) as { cases: { description: string }[] }).cases.map((c) => c.description),
      ...(JSON.parse(readFileSync(new URL("planner-heldout.json", fixtures), "utf8")) as { cases: { description: string }[] }).cases.map((c) => c.description),
      ...["commerce", "general", "heldout", "heldout2", "heldout3", "people"].flatMap((g) => realism(`${g}.json`).map((c) => c.description)),
      "customers with name, email, orders, city and whether they churned",
      "online course enrollments with learner id, course, enrollment date, videos watched and whether they completed the course",
    ];
    expect(descriptions.length).toBeGreaterThan(250);
    const multi = descriptions.filter((d) => planOffline(d).spec.tables !== undefined);
    expect(multi).toEqual([]);
  });

  it("plans several tables through describeSchema", async () => {
    const result = await describeSchema("patients, their visits and prescriptions", { planner: "offline", useCache: false });
    expect(result.spec.table).toBe("patients");
    expect(result.spec.tables!.map((t) => `${t.name}<-${t.parent?.table}`)).toEqual(["visits<-patients", "prescriptions<-visits"]);
  });

  it(`generates each of the ${TABLE_CASES.length} fixture descriptions and SQLite finds no broken key, orphan or rollup, and the target's signal after a join`, async () => {
    expect(TABLE_CASES.length).toBeGreaterThanOrEqual(10);
    const dir = await tempDir();
    let targets = 0;
    for (const c of TABLE_CASES) {
      const { spec } = planOffline(c.description);
      expect(spec.tables?.length, c.id).toBeGreaterThanOrEqual(1);
      const result = await generateDataset({ spec }, { rows: 1000, seed: 3, outPath: join(dir, c.id), card: false });
      const db = new Database(":memory:");
      db.exec(await readFile(join(dir, c.id, "schema.sql"), "utf8"));
      for (const [name, t] of Object.entries(result.tables!)) {
        const [header, ...rows] = parse(await readFile(t.file, "utf8"), { columns: false, skip_empty_lines: true }) as string[][];
        const insert = db.prepare(`INSERT INTO "${name}" (${header!.map((h) => `"${h}"`).join(", ")}) VALUES (${header!.map(() => "?").join(", ")})`);
        db.transaction(() => rows.forEach((row) => insert.run(...row.map((cell) => (cell === "" ? null : cell)))))();
      }
      const n = (sql: string) => Number(Object.values(db.prepare(sql).get()!)[0]);
      const root = { name: spec.table!, columns: spec.columns, references: spec.references ?? [], rollups: spec.rollups ?? [] };
      const all = [root, ...spec.tables!.map((t) => ({ name: t.name, columns: t.columns, references: t.references ?? [], rollups: t.rollups ?? [] }))];
      const keyOf = (name: string) => all.find((t) => t.name === name)!.columns.find((col) => col.kind === "id")!.name;
      for (const t of all) {
        const key = keyOf(t.name);
        expect(n(`SELECT COUNT(*) - COUNT(DISTINCT "${key}") + SUM("${key}" IS NULL) FROM "${t.name}"`), `${c.id}: ${t.name}.${key} unique`).toBe(0);
        for (const r of t.references) {
          const orphans = n(`SELECT COUNT(*) FROM "${t.name}" c LEFT JOIN "${r.table}" p ON c."${r.name}" = p."${keyOf(r.table)}" WHERE p."${keyOf(r.table)}" IS NULL`);
          expect(orphans, `${c.id}: ${t.name}.${r.name} -> ${r.table}`).toBe(0);
        }
        for (const r of t.rollups.filter((x) => !x.hidden && (x.function === "count" || x.function === "sum"))) {
          const fk = all.find((x) => x.name === r.table)!.references.find((ref) => ref.table === t.name)!.name;
          const agg = r.function === "count" ? "COUNT(ch.rowid)" : `COALESCE(SUM(ch."${r.column}"), 0)`;
          const wrong = n(`SELECT COUNT(*) FROM (SELECT p."${r.name}" AS v, ${agg} AS want FROM "${t.name}" p LEFT JOIN "${r.table}" ch ON ch."${fk}" = p."${key}" GROUP BY p."${key}") WHERE ABS(v - want) > 0.005`);
          expect(wrong, `${c.id}: ${t.name}.${r.name} = ${r.function} of ${r.table}`).toBe(0);
        }
      }
      const driver = spec.rollups?.find((r) => r.function === "count" && spec.columns.some((col) => col.name === spec.target && "effects" in col && col.effects?.some((e) => e.column === r.name)));
      if (spec.target && driver) {
        // What a learner does: join the child rows, count per root row, compare the target in the top and bottom quartiles.
        targets++;
        const fk = spec.tables!.find((t) => t.name === driver.table)!.references!.find((r) => r.table === root.name)!.name;
        const key = keyOf(root.name);
        db.exec(`CREATE TABLE joined AS SELECT p."${spec.target}" = 'true' OR p."${spec.target}" = 1 AS y, COUNT(ch.rowid) AS k FROM "${root.name}" p LEFT JOIN "${driver.table}" ch ON ch."${fk}" = p."${key}" GROUP BY p."${key}"`);
        const quartile = (order: string) => n(`SELECT AVG(y) FROM (SELECT y FROM joined ORDER BY k ${order}, rowid LIMIT (SELECT COUNT(*) / 4 FROM joined))`);
        const weight = (spec.columns.find((col) => col.name === spec.target) as { effects: { column: string; weight: number }[] }).effects.find((e) => e.column === driver.name)!.weight;
        const gap = quartile("DESC") - quartile("ASC");
        expect(Math.sign(gap), `${c.id}: ${spec.target} by ${driver.table} per row (gap ${gap.toFixed(3)})`).toBe(Math.sign(weight));
        expect(Math.abs(gap), c.id).toBeGreaterThan(0.05);
      }
      db.close();
    }
    expect(targets).toBeGreaterThanOrEqual(5);
  }, 300_000);
});
