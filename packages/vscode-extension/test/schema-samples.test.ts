// Preview Schema's sample rows (the text shown beside the spec), made from real specs by core:
// the rows must be the ones a generated file of that seed starts with.
import { readFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { describeSchema, generateDataset, type DatasetSpec } from "@synthdata/core";
import { MAX_SAMPLE_CELL, schemaSamples, schemaSize } from "../src/commands/schemaSamples.js";

const SPEC = {
  title: "Shop customers",
  domain: "e-commerce",
  target: "churned",
  columns: [
    { name: "customer_id", kind: "id", format: "sequence" },
    { name: "name", kind: "faker", method: "person.fullName" },
    { name: "age", kind: "integer", min: 18, max: 90, nullRate: 0.2 },
    { name: "plan", kind: "category", values: ["basic", "pro"], weights: [3, 1] },
    { name: "note", kind: "category", values: ["a very long note that is much wider than any table cell should be", "tab\there"] },
    { name: "churned", kind: "boolean", probability: 0.3 },
  ],
} as DatasetSpec;

describe("schemaSamples", () => {
  it("shows the first rows of the file that Generate from Schema writes with that seed", async () => {
    const samples = await schemaSamples(SPEC, { seed: 42 });
    expect(samples.seed).toBe(42);
    expect(samples.rows).toHaveLength(10);
    const dir = await mkdtemp(join(tmpdir(), "synthdata-samples-"));
    const file = await generateDataset({ spec: SPEC }, { rows: 500, seed: 42, workers: 1, card: false, outPath: join(dir, "c.csv") });
    const records = parse(await readFile(file.path, "utf8")) as string[][];
    expect(samples.rows).toEqual(records.slice(1, 11));

    const lines = samples.text.split("\n");
    expect(lines[0]).toBe("Shop customers (e-commerce): 6 columns, target churned");
    // The column summary: kind, stored type and values for each column.
    expect(lines.find((l) => l.startsWith("age "))).toMatch(/^age\s+integer\s+int64\s+\S/);
    expect(lines.find((l) => l.startsWith("plan "))).toMatch(/^plan\s+category\s+string\s+category of 2 values/);
    expect(samples.text).toContain("First 10 rows, seed 42:");
    expect(samples.text).toContain("synthdata.seed is 42");
    // The rows as an aligned table: header, rule, one line per row, each value under its column.
    const header = lines.indexOf("First 10 rows, seed 42:") + 2;
    expect(lines[header]).toMatch(/^customer_id\s+name\s+age\s+plan\s+note\s+churned$/);
    expect(lines[header + 1]).toMatch(/^-+( {2}-+){5}$/);
    const table = lines.slice(header + 2, header + 12);
    const nameAt = lines[header]!.indexOf("name");
    table.forEach((line, r) => expect(line.slice(nameAt).startsWith(samples.rows[r]![1]!)).toBe(true));
    // Long text is cut with an ellipsis; a tab is shown as an escape, never raw.
    expect(samples.text).not.toContain("wider than any table cell should be");
    expect(samples.text).toContain(`${"a very long note that is much wider".slice(0, MAX_SAMPLE_CELL - 1)}…`);
    expect(samples.text).not.toContain("\t");
  });

  it("draws a fresh seed when synthdata.seed is not set and says how to get these rows", async () => {
    const a = await schemaSamples(SPEC, { seed: undefined, rows: 3 });
    expect(a.rows).toHaveLength(3);
    expect(a.text).toContain(`synthdata.seed is not set, so each run draws a new seed; set it to ${a.seed} for a file that starts with these rows.`);
    const again = await schemaSamples(SPEC, { seed: a.seed, rows: 3 });
    expect(again.rows).toEqual(a.rows);
  });

  it("says what is wrong with a row count out of range", async () => {
    await expect(schemaSamples(SPEC, { seed: 1, rows: 0 })).rejects.toThrow(/preview rows must be a whole number from 1 to 100/);
  });
});

describe("schemaSamples for several tables", () => {
  it("shows every table with its key, parent and columns, and first rows that the folder's files start with", async () => {
    const spec = (await describeSchema("an online shop with customers, orders and order items, and products; some customers churn", { planner: "offline", useCache: false })).spec;
    const samples = await schemaSamples(spec, { seed: 8, rows: 4 });
    const dir = await mkdtemp(join(tmpdir(), "synthdata-samples-tables-"));
    const result = await generateDataset({ spec }, { rows: 200, seed: 8, workers: 1, outPath: join(dir, "shop") });
    const names = Object.keys(result.tables!);
    expect(Object.keys(samples.tables!).sort()).toEqual([...names].sort());
    const lines = samples.text.split("\n");
    expect(lines[0]).toBe(`Online shop (e-commerce): ${names.length} tables (${Object.keys(samples.tables!).join(", ")}), target ${spec.target}, seed 8`);
    for (const name of names) {
      const records = parse(await readFile(result.tables![name]!.file, "utf8")) as string[][];
      // The rows shown are the file's first rows, and its columns are each listed with kind and values.
      expect(samples.tables![name]).toEqual(records.slice(1, 1 + samples.tables![name]!.length));
      expect(samples.tables![name]!.length).toBeGreaterThan(0);
      const heading = lines.findIndex((l) => l.startsWith(`Table ${name} (`));
      expect(heading).toBeGreaterThan(0);
      for (const column of records[0]!) expect(lines.slice(heading).some((l) => l.startsWith(`${column} `))).toBe(true);
    }
    // Keys and parents as the files hold them: orders point at customers, order items at orders.
    expect(lines.find((l) => l.startsWith("Table customers ("))).toMatch(/^Table customers \(root table, key customer_id\): \d+ columns$/);
    expect(lines.find((l) => l.startsWith("Table orders ("))).toMatch(/child of customers, key order_id/);
    expect(lines.find((l) => l.startsWith("Table order_items ("))).toMatch(/child of orders, key \w+/);
    expect(samples.text).toMatch(/order_items\.product_id references products\.product_id/);
    expect(schemaSize(spec)).toBe(`${names.length} tables (customers, ${spec.tables!.map((t) => t.name).join(", ")})`);
    expect(schemaSize(SPEC)).toBe("6 columns");
  });
});
