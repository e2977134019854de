/**
 * A dataset of several related tables through the MCP protocol (the built server over stdio):
 * generate_dataset takes a multi-table spec and answers with each table's file, rows, link and
 * first rows; the links read back the files; describe_schema shows the tables and their keys.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, connectStdio, listFiles, text, tmp, type Connected } from "./helpers.js";

const SHOP = JSON.parse(await readFile(fileURLToPath(new URL("../../core/test/fixtures/tables/shop.json", import.meta.url)), "utf8")) as Record<string, unknown>;
const TABLES = ["customers", "products", "addresses", "orders", "order_items", "payments", "returns"];

interface TableOut {
  file: string;
  rows: number;
  resource: string;
  key?: string;
  parent?: string;
  header: string[];
  preview: string[][];
}

const csvRows = (body: string) => body.split(/\r?\n/).filter((l) => l !== "");

describe("multi-table datasets over MCP", () => {
  let server: Connected;
  let root: string;
  beforeAll(async () => {
    const base = await tmp();
    root = join(base, "out");
    server = await connectStdio(["--output-dir", root], { cwd: base, env: childEnv(join(base, "cache")) });
  });
  afterAll(() => server.close());

  it("generate_dataset with a seven-table spec writes a folder and answers with every table's file, rows, link and first rows", async () => {
    const result = (await server.client.callTool({ name: "generate_dataset", arguments: { spec: SHOP, rows: 300, seed: 5, output_path: "shop" } })) as CallToolResult;
    expect(result.isError, text(result)).toBeFalsy();
    const out = result.structuredContent as { path: string; tables: Record<string, TableOut>; schema_sql: string; files: { csv: string } };
    expect(out.path).toBe(join(root, "shop"));
    expect(Object.keys(out.tables).sort()).toEqual([...TABLES].sort());
    expect(await listFiles(out.path)).toEqual([...TABLES.map((t) => `${t}.csv`), "card.json", "card.md", "schema.sql"].sort());
    expect(out.tables["customers"]!.rows).toBe(300);
    expect(out.tables["products"]!.rows).toBe(2000);
    expect(out.tables["orders"]!.parent).toBe("customers");
    expect(out.tables["orders"]!.key).toBe("order_id");
    expect(out.files.csv).toBe(out.tables["customers"]!.file);
    for (const name of TABLES) {
      const t = out.tables[name]!;
      const lines = csvRows(await readFile(t.file, "utf8"));
      expect(lines.length - 1, name).toBe(t.rows);
      expect(t.header.join(","), name).toBe(lines[0]);
      // The preview is the file's first rows (no cell of these tables needs quoting): up to 3, those made with the first 3 root rows.
      expect(t.preview.length, name).toBeLessThanOrEqual(3);
      if (["customers", "products", "orders", "order_items"].includes(name)) expect(t.preview.length, name).toBe(3);
      expect(t.preview.map((r) => r.join(",")), name).toEqual(lines.slice(1, 1 + t.preview.length));
      // Each table's link reads the file back.
      const read = await server.client.readResource({ uri: t.resource });
      expect((read.contents[0] as { text: string }).text, name).toBe(await readFile(t.file, "utf8"));
    }
    const schemaLink = (result.content.filter((c) => c.type === "resource_link") as { uri: string; name: string }[]).find((l) => l.name === "schema.sql");
    expect(schemaLink).toBeDefined();
    const sql = await server.client.readResource({ uri: schemaLink!.uri });
    expect((sql.contents[0] as { text: string }).text).toMatch(/CREATE TABLE "?orders"?[\s\S]*REFERENCES "?customers"?/);
    expect(out.schema_sql).toBe(join(out.path, "schema.sql"));
    const said = text(result);
    expect(said).toContain(`Wrote 7 related tables (300 root rows) to the folder ${out.path}`);
    expect(said).toMatch(/- orders: \d+ rows in .*orders\.csv; key order_id; child of customers/);
    expect(said).toContain("First rows of order_items:");
    const listed = await server.client.listResources();
    expect(listed.resources.map((r) => r.name)).toEqual(expect.arrayContaining(TABLES.map((t) => `shop/${t}.csv`)));
  }, 60_000);

  it("the same spec and seed give the same bytes in every table", async () => {
    const again = (await server.client.callTool({ name: "generate_dataset", arguments: { spec: SHOP, rows: 300, seed: 5, output_path: "shop-again" } })) as CallToolResult;
    expect(again.isError, text(again)).toBeFalsy();
    for (const t of TABLES) expect(await readFile(join(root, "shop-again", `${t}.csv`), "utf8"), t).toBe(await readFile(join(root, "shop", `${t}.csv`), "utf8"));
  }, 60_000);

  it("a multi-table spec given a file name for output_path is told to give a folder", async () => {
    const result = (await server.client.callTool({ name: "generate_dataset", arguments: { spec: SHOP, rows: 10, output_path: "shop.csv" } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/give output_path a folder name such as "shop"/);
  });

  it("describe_schema of several entities shows each table with its key and relations, and previews each table", async () => {
    const result = (await server.client.callTool({
      name: "describe_schema",
      arguments: { description: "an online shop with customers, their orders and order items, and products", preview_rows: 2, seed: 3 },
    })) as CallToolResult;
    expect(result.isError, text(result)).toBeFalsy();
    const out = result.structuredContent as { spec: { tables?: { name: string }[] }; preview: { tables: Record<string, { header: string[]; rows: string[][] }> } };
    const names = (out.spec.tables ?? []).map((t) => t.name);
    expect(names.length).toBeGreaterThanOrEqual(2);
    const said = text(result);
    expect(said).toMatch(/, \d+ tables \(root \w+/);
    for (const name of names) expect(said).toMatch(new RegExp(`^table ${name} \\(.*key \\w+`, "m"));
    expect(said).toMatch(/foreign key to \w+ \(the parent row\)/);
    for (const name of names) expect(out.preview.tables[name]!.header.length, name).toBeGreaterThan(0);
    expect(said).toMatch(/First \d+ rows of \w+ \(seed 3\):/);
  }, 60_000);
});
