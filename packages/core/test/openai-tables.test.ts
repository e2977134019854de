import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { describeSchema, generateDataset, type HostModel } from "@synthdata/core";
import { buildWireSchema } from "../src/planners/openai/wireSchema.js";
import { parseCsv, tempDir } from "./helpers.js";
import { answer, col, completion, effect, startFakeOpenAI, type FakeOpenAI } from "./support/fakeOpenAI.js";
import { conforms } from "./support/wireConforms.js";

/**
 * Several related tables through the LLM planners: a wire answer as
 * gpt-4o-mini writes it for an online shop (with two of a model's usual
 * mistakes), served by a real chat-completions server on 127.0.0.1, planned,
 * repaired, and generated to a folder of tables whose keys, rollups and
 * lookups are checked on the CSV files as written.
 */

const KEY = "sk-test-tables-0000";
const SHOP = "an online shop with customers, their orders and order items, and products; some customers churn";

type Fields = Record<string, unknown>;
const relation = (fields: Fields) => ({ kind: "reference", name: "x", table: null, column: null, popularity: null, hidden: null, ...fields });
const table = (fields: Fields & { name: string; columns: Fields[] }) => ({ rows: null, parent: null, count: null, relations: null, orphans: null, ...fields });
/** What the shop's request offers: several tables, no mess (SHOP asks for none). */
const SHOP_WIRE = { tables: true, mess: false, catalog: "enum" } as const;
const count = (fields: Fields) => ({ mean: null, min: null, max: null, dispersion: null, effects: null, ...fields });

/**
 * The shop as a model answers it. Mistakes a model makes: order_items has its
 * foreign key to orders as an ordinary integer column instead of a reference,
 * and customers roll up order_items, which are not their children.
 */
export function shopAnswer(): Fields {
  return answer({
    title: "Online shop",
    domain: "e-commerce",
    table: "customers",
    target: "churned",
    columns: [
      col({ kind: "id", name: "customer_id", format: "sequence" }),
      col({ kind: "faker", name: "full_name", method: "person.fullName" }),
      col({ kind: "date", name: "signup_date", from: "2022-01-01", to: "2024-06-30" }),
      col({ kind: "category", name: "segment", values: ["consumer", "business"], weights: [0.8, 0.2] }),
      col({ kind: "boolean", name: "churned", rate: 0.3, effects: [effect("order_count", -1.2), effect("segment", -0.4, "business")] }),
    ],
    relations: [
      relation({ kind: "count", name: "order_count", table: "orders" }),
      relation({ kind: "sum", name: "total_spent", table: "orders", column: "order_total" }),
      relation({ kind: "count", name: "items_bought", table: "order_items" }),
    ],
    tables: [
      table({
        name: "products",
        rows: 500,
        columns: [
          col({ kind: "id", name: "product_id", format: "sequence", prefix: "P-" }),
          col({ kind: "faker", name: "product_name", method: "commerce.productName" }),
          col({ kind: "number", name: "price", distribution: "lognormal", mean: 40, sd: 30, min: 2, max: 900, decimals: 2 }),
        ],
      }),
      table({
        name: "orders",
        parent: "customers",
        count: count({ mean: 4, dispersion: 1.5, max: 40, effects: [effect("segment", 0.6, "business")] }),
        relations: [relation({ kind: "reference", name: "customer_id", table: "customers" }), relation({ kind: "lookup", name: "customer_signup", table: "customers", column: "signup_date", hidden: true }), relation({ kind: "sum", name: "order_total", table: "order_items", column: "line_total" })],
        columns: [
          col({ kind: "id", name: "order_id", format: "sequence", start: 1001 }),
          col({ kind: "date", name: "order_date", from: "2022-01-01", to: "2025-06-30", offset: { columns: ["customer_signup"], direction: "after", gap: { min: 0, max: 365, distribution: null, median: null, sd: null }, unit: "days" } }),
          col({ kind: "category", name: "status", values: ["delivered", "shipped", "cancelled"], weights: [0.85, 0.1, 0.05] }),
        ],
      }),
      table({
        name: "order_items",
        parent: "orders",
        count: count({ mean: 2, min: 1, max: 8 }),
        relations: [relation({ kind: "reference", name: "product_id", table: "products", popularity: "zipf" }), relation({ kind: "lookup", name: "unit_price", table: "products", column: "price" })],
        columns: [
          col({ kind: "id", name: "item_id", format: "sequence" }),
          col({ kind: "integer", name: "order_id", distribution: "uniform", min: 1, max: 100000 }),
          col({ kind: "integer", name: "quantity", distribution: "poisson", mean: 1.5, min: 1, max: 6 }),
          col({ kind: "formula", name: "line_total", expression: "quantity * unit_price", type: "number", decimals: 2 }),
        ],
      }),
    ],
  });
}

const byKey = (rows: Record<string, string>[], key: string) => new Map(rows.map((r) => [r[key]!, r]));
const cents = (x: number) => Math.round(x * 100);

describe("several tables through the OpenAI planner, against a local chat-completions server", () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  it("is an answer OpenAI strict mode could send", () => {
    const schema = buildWireSchema(SHOP_WIRE);
    expect(conforms(shopAnswer(), schema, schema)).toEqual([]);
  });

  it("plans a multi-table spec in one request, repairs the usual mistakes with warnings, and writes a folder of related tables", async () => {
    server.reply(completion(shopAnswer()));
    const dir = await tempDir();
    const result = await generateDataset({ description: SHOP }, { planner: "openai", openai: { apiKey: KEY, baseURL: server.baseURL }, cacheDir: dir, rows: 400, seed: 5, outPath: join(dir, "shop") });
    expect(server.requests).toHaveLength(1);
    // The description names several entities and asks for no mess: the request offers several tables, not the mess fields.
    expect(server.requests[0]!.body.response_format.json_schema.schema).toEqual(buildWireSchema(SHOP_WIRE));
    expect(result.planner).toBe("openai");
    expect(result.warnings).toEqual([
      'dropped the rollup "items_bought": "order_items" is not a child table of "customers" (a rollup reads this table\'s child rows)',
      'table "order_items" had no reference to its parent "orders"; its column "order_id" became that reference',
    ]);
    const spec = result.spec;
    expect(spec.table).toBe("customers");
    expect(spec.tables!.map((t) => t.name)).toEqual(["products", "orders", "order_items"]);
    const items = spec.tables!.find((t) => t.name === "order_items")!;
    expect(items.references).toEqual([{ name: "order_id", table: "orders" }, { name: "product_id", table: "products", popularity: "zipf" }]);
    expect(items.lookups).toEqual([{ name: "unit_price", reference: "product_id", column: "price" }]);
    expect(items.columns.map((c) => c.name)).toEqual(["item_id", "quantity", "line_total"]);
    const orders = spec.tables!.find((t) => t.name === "orders")!;
    expect(orders.parent).toEqual({ table: "customers", count: { distribution: "negative_binomial", mean: 4, dispersion: 1.5, max: 40, effects: [{ column: "segment", weight: 0.6, value: "business" }] } });
    expect(spec.rollups!.map((r) => r.name)).toEqual(["order_count", "total_spent"]);
    expect(spec.columns.find((c) => c.name === "churned")).toMatchObject({ effects: [{ column: "order_count", weight: -1.2 }, { column: "segment", value: "business" }] });

    expect(Object.keys(result.tables!).sort()).toEqual(["customers", "order_items", "orders", "products"]);
    const read = async (t: string) => parseCsv(await readFile(result.tables![t]!.file, "utf8"));
    const [customers, orderRows, itemRows, products] = await Promise.all([read("customers"), read("orders"), read("order_items"), read("products")]);
    expect(customers).toHaveLength(400);
    expect(products).toHaveLength(500);
    const customerById = byKey(customers, "customer_id");
    const orderById = byKey(orderRows, "order_id");
    const productById = byKey(products, "product_id");
    // Keys unique, no orphans, lookups equal to their source, rollups exact to the cent, time order across tables.
    expect(customerById.size).toBe(customers.length);
    expect(orderById.size).toBe(orderRows.length);
    expect(orderRows.filter((o) => !customerById.has(o["customer_id"]!))).toEqual([]);
    expect(itemRows.filter((i) => !orderById.has(i["order_id"]!) || !productById.has(i["product_id"]!))).toEqual([]);
    expect(itemRows.filter((i) => i["unit_price"] !== productById.get(i["product_id"]!)!["price"])).toEqual([]);
    expect(itemRows.filter((i) => cents(Number(i["quantity"]) * Number(i["unit_price"])) !== cents(Number(i["line_total"])))).toEqual([]);
    const itemSum = new Map<string, number>();
    for (const i of itemRows) itemSum.set(i["order_id"]!, (itemSum.get(i["order_id"]!) ?? 0) + cents(Number(i["line_total"])));
    expect(orderRows.filter((o) => cents(Number(o["order_total"])) !== (itemSum.get(o["order_id"]!) ?? 0))).toEqual([]);
    const perCustomer = new Map<string, number>();
    for (const o of orderRows) perCustomer.set(o["customer_id"]!, (perCustomer.get(o["customer_id"]!) ?? 0) + 1);
    expect(customers.filter((c) => Number(c["order_count"]) !== (perCustomer.get(c["customer_id"]!) ?? 0))).toEqual([]);
    expect(orderRows.filter((o) => o["order_date"]! < customerById.get(o["customer_id"]!)!["signup_date"]!)).toEqual([]);
    expect(Object.keys(orderRows[0]!)).not.toContain("customer_signup");
    const itemsPerOrder = [...orderById.keys()].map((id) => itemRows.filter((i) => i["order_id"] === id).length);
    expect(Math.min(...itemsPerOrder)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...itemsPerOrder)).toBeLessThanOrEqual(8);
    expect(JSON.stringify(result)).not.toContain(KEY);
  }, 60_000);

  it("repairs tables the model left loose: no parent or rows, no key, a lookup through no reference, a child count on a missing column", async () => {
    server.reply(
      completion(
        answer({
          title: "Shop",
          table: "customers",
          columns: [col({ kind: "id", name: "customer_id", format: "sequence" }), col({ kind: "faker", name: "full_name", method: "person.fullName" })],
          tables: [
            table({ name: "products", columns: [col({ kind: "faker", name: "product_name", method: "commerce.productName" })] }),
            table({ name: "reviews", columns: [col({ kind: "id", name: "review_id", format: "uuid" }), col({ kind: "integer", name: "stars", distribution: "uniform", min: 1, max: 5 })] }),
            table({
              name: "orders",
              parent: "customers",
              count: count({ mean: 3, min: 1, max: 10, effects: [effect("no_such_column", 0.5)] }),
              relations: [relation({ kind: "reference", name: "customer_id", table: "customers" }), relation({ kind: "reference", name: "product_id", table: "products" }), relation({ kind: "lookup", name: "store_name", table: "stores", column: "name" })],
              columns: [col({ kind: "date", name: "order_date", from: "2024-01-01", to: "2024-12-31" })],
            }),
          ],
        }),
      ),
    );
    const result = await describeSchema("customers, their orders of products, and reviews", { planner: "openai", openai: { apiKey: KEY, baseURL: server.baseURL }, cacheDir: await tempDir() });
    const tables = new Map(result.spec.tables!.map((t) => [t.name, t]));
    expect(tables.get("products")).toMatchObject({ rows: 1000, columns: [{ name: "product_id", kind: "id" }, { name: "product_name" }] });
    expect(tables.get("reviews")).toMatchObject({ parent: { table: "customers" }, references: [{ name: "customer_id", table: "customers" }] });
    expect(tables.get("orders")!.lookups).toBeUndefined();
    expect(tables.get("orders")!.parent!.count!.effects).toBeUndefined();
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'table "products" had neither a parent nor rows; other tables pick from it, so it got 1000 rows of its own',
        'table "reviews" had neither a parent nor rows; made it a child of "customers"',
        'table "products" is referenced by other tables and had no id column; added "product_id" as its key',
        'table "orders": dropped the lookup "store_name": "stores" is not a reference of this table',
      ]),
    );
  });

  it("keeps a one-table answer one table, dropping relation fields that have nothing to relate", async () => {
    server.reply(completion(answer({ title: "Customers", columns: [col({ kind: "id", name: "id", format: "sequence" }), col({ kind: "integer", name: "age", distribution: "uniform", min: 18, max: 90 })], relations: [relation({ kind: "count", name: "n", table: "orders" })], tables: [] })));
    const result = await describeSchema("customers with age", { planner: "openai", openai: { apiKey: KEY, baseURL: server.baseURL }, cacheDir: await tempDir() });
    expect(result.spec.tables).toBeUndefined();
    expect(result.spec.rollups).toBeUndefined();
    expect(result.warnings).toContain("dropped the model's rollups (1): they relate tables, and the answer has one table");
  });
});

describe("several tables through the host's model (MCP sampling, VS Code)", () => {
  it("plans the same multi-table spec from the same wire answer, read from a fenced reply", async () => {
    const model: HostModel = { name: "sampling:test-client", complete: async () => ({ text: "```json\n" + JSON.stringify(shopAnswer()) + "\n```" }) };
    const result = await describeSchema(SHOP, { openai: { apiKey: undefined }, hostModel: model, cacheDir: await tempDir() });
    expect(result.planner).toBe("host-model");
    expect(result.spec.tables!.map((t) => t.name)).toEqual(["products", "orders", "order_items"]);
    expect(result.spec.rollups!.map((r) => r.name)).toEqual(["order_count", "total_spent"]);
  });
});
