/**
 * Every format read back by a reader that had no part in writing it
 * (hyparquet for Parquet, SQLite itself for the database file, JSON.parse for
 * JSON Lines) and compared cell by cell with the CSV of the same spec, seed
 * and rows, at 100k rows, with 1 and 3 workers: types, nulls and values.
 * Workers need core's build (pnpm --filter @synthdata/core build).
 */
import { createRequire } from "node:module";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { parquetMetadata, parquetRead, parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { generateDataset, neutraliseFormula, storedType, type DatasetSpec, type GenerateResult, type OutputFormat } from "@synthdata/core";
import { parseCsv, tempDir } from "./helpers.js";

const ROWS = 100_000;
const SEED = 7;

/** Every stored type, nulls from nullRate and missing, outliers, and text a spreadsheet would run (CSV prefixes it). */
const SPEC: DatasetSpec = {
  title: "Format check",
  domain: "testing",
  columns: [
    { name: "customer_id", kind: "id", format: "sequence" },
    { name: "code", kind: "id", format: "uuid" },
    { name: "name", kind: "faker", method: "person.fullName" },
    { name: "age", kind: "integer", min: 18, max: 90, distribution: "normal", mean: 40, sd: 12, nullRate: 0.05 },
    { name: "spend", kind: "number", min: 0.5, distribution: "lognormal", mean: 120, sd: 150, missing: { rate: 0.04 }, outliers: { rate: 0.01 } },
    { name: "signup", kind: "date", from: "2020-01-01", to: "2024-12-31" },
    { name: "last_seen", kind: "datetime", from: "2024-01-01", to: "2024-12-31", nullRate: 0.1 },
    { name: "churned", kind: "boolean", probability: 0.3, nullRate: 0.02 },
    { name: "plan", kind: "category", values: ["basic", "pro", "=team", "-1 credit"], weights: [4, 3, 2, 1], typoRate: 0.01 },
  ],
} as DatasetSpec;

const types = SPEC.columns.map(storedType);
const names = SPEC.columns.map((c) => c.name);

async function run(dir: string, format: OutputFormat, workers: number, split = false): Promise<GenerateResult> {
  return generateDataset({ spec: SPEC }, { rows: ROWS, seed: SEED, workers, format, outPath: join(dir, `${format}-${workers}.${format}`), card: true, ...(split ? { split: { train: 0.8 } } : {}) });
}

/** A typed value as the CSV cell it must match (CSV neutralises text that starts like a formula). */
function asCsvCell(value: unknown, type: (typeof types)[number]): string {
  if (value === null || value === undefined) return "";
  switch (type) {
    case "int64":
    case "double":
      return String(Number(value));
    case "boolean":
      return value ? "true" : "false";
    case "date":
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    case "timestamp":
      return value instanceof Date ? `${value.toISOString().slice(0, 19)}Z` : String(value);
    case "string":
      return neutraliseFormula(String(value));
  }
}

/** Compares rows of typed values with the CSV records, counting mismatches per column (0 everywhere is a pass). */
function mismatches(rows: Record<string, unknown>[], csv: Record<string, string>[], toCell = asCsvCell): Map<string, number> {
  expect(rows.length).toBe(csv.length);
  const bad = new Map<string, number>();
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < names.length; c++) {
      const name = names[c]!;
      if (toCell(rows[r]![name], types[c]!) !== csv[r]![name]) bad.set(name, (bad.get(name) ?? 0) + 1);
    }
  }
  return bad;
}

const sqlite = () => createRequire(import.meta.url)("better-sqlite3") as new (path: string, options?: { readonly?: boolean }) => {
  prepare(sql: string): { all(): Record<string, unknown>[] };
  close(): void;
};

describe.each([1, 3])("formats at 100k rows with %i worker(s)", (workers) => {
  it("writes JSON Lines, Parquet and SQLite with the values, nulls and types of the CSV", async () => {
    const dir = await tempDir();
    const csvRun = await run(dir, "csv", workers);
    const csv = parseCsv(await readFile(csvRun.path, "utf8"));
    expect(csv).toHaveLength(ROWS);
    // Nulls and neutralised text are present, so the comparison covers them.
    expect(csv.some((r) => r.age === "")).toBe(true);
    expect(csv.some((r) => r.plan === "'=team")).toBe(true);

    // JSON Lines: JSON.parse per line; numbers are numbers, booleans booleans, empties null.
    const jsonl = await run(dir, "jsonl", workers);
    const lines = (await readFile(jsonl.path, "utf8")).split("\n");
    expect(lines.pop()).toBe("");
    const objects = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(objects[0]!)).toEqual(names);
    expect(typeof objects[0]!.customer_id).toBe("number");
    expect(objects.some((o) => o.age === null)).toBe(true);
    expect(objects.find((o) => o.churned !== null)!.churned).toBeTypeOf("boolean");
    expect(objects.some((o) => o.plan === "=team")).toBe(true);
    expect(Object.fromEntries(mismatches(objects, csv))).toEqual({});

    // Parquet: hyparquet reads the file; the schema has the stored types, every column nullable.
    const parquet = await run(dir, "parquet", workers);
    const buffer = new Uint8Array(await readFile(parquet.path)).buffer;
    const meta = parquetMetadata(buffer);
    const schema = Object.fromEntries(meta.schema.slice(1).map((e) => [e.name, `${e.type}${e.converted_type ? `/${e.converted_type}` : ""}`]));
    expect(schema).toEqual({
      customer_id: "INT64",
      code: "BYTE_ARRAY/UTF8",
      name: "BYTE_ARRAY/UTF8",
      age: "INT64",
      spend: "DOUBLE",
      signup: "INT32/DATE",
      last_seen: "INT64/TIMESTAMP_MILLIS",
      churned: "BOOLEAN",
      plan: "BYTE_ARRAY/UTF8",
    });
    expect(meta.schema.slice(1).every((e) => e.repetition_type === "OPTIONAL")).toBe(true);
    expect(Number(meta.num_rows)).toBe(ROWS);
    // Row groups of 65,536 rows (64 chunks), the last one shorter.
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([65_536, ROWS - 65_536]);
    expect(meta.row_groups[0]!.columns[0]!.meta_data!.codec).toBe("SNAPPY");
    const parquetRows = await parquetReadObjects({ file: buffer });
    expect(typeof parquetRows[0]!.customer_id).toBe("bigint");
    expect(parquetRows[0]!.signup).toBeInstanceOf(Date);
    expect(Object.fromEntries(mismatches(parquetRows, csv))).toEqual({});

    // SQLite: the engine reads its own file; declared types, a primary key on the id.
    const db = await run(dir, "sqlite", workers);
    const Database = sqlite();
    const conn = new Database(db.path, { readonly: true });
    try {
      const table = db.card!.storage!.table!;
      expect(table).toBe("format_check");
      const info = conn.prepare(`PRAGMA table_info("${table}")`).all();
      expect(info.map((c) => [c.name, c.type, c.pk])).toEqual([
        ["customer_id", "INTEGER", 1],
        ["code", "TEXT", 0],
        ["name", "TEXT", 0],
        ["age", "INTEGER", 0],
        ["spend", "REAL", 0],
        ["signup", "DATE", 0],
        ["last_seen", "TIMESTAMP", 0],
        ["churned", "BOOLEAN", 0],
        ["plan", "TEXT", 0],
      ]);
      const typeofs = conn.prepare(`SELECT typeof(customer_id) a, typeof(spend) b, typeof(churned) c, typeof(signup) d FROM "${table}" WHERE spend IS NOT NULL AND churned IS NOT NULL LIMIT 1`).all()[0]!;
      expect(typeofs).toEqual({ a: "integer", b: "real", c: "integer", d: "text" });
      const dbRows = conn.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();
      const fromSqlite = (value: unknown, type: (typeof types)[number]) => (type === "boolean" && value !== null ? (value === 1 ? "true" : "false") : asCsvCell(value, type));
      expect(Object.fromEntries(mismatches(dbRows, csv, fromSqlite))).toEqual({});
    } finally {
      conn.close();
    }

    // The card names the format and the stored types; the CSV's card too.
    expect(parquet.card!.storage).toMatchObject({ format: "parquet", columns: names.map((name, i) => ({ name, type: types[i] })) });
    expect(csvRun.card!.storage!.format).toBe("csv");
    expect(await readFile(parquet.files.cardMarkdown!, "utf8")).toContain("- format: parquet; stored types: customer_id int64, code string");
    // Nothing but the finished files: no temp or journal file left behind.
    expect((await readdir(dir)).filter((f) => f.startsWith(".") || f.includes("journal"))).toEqual([]);
  }, 240_000);
});

describe("split files in the data's format", () => {
  it("writes train and test Parquet and SQLite files whose rows add up to the whole", async () => {
    const dir = await tempDir();
    const parquet = await run(dir, "parquet", 1, true);
    expect(parquet.files.train).toMatch(/parquet-1\.train\.parquet$/);
    const count = async (path: string) => Number(parquetMetadata(new Uint8Array(await readFile(path)).buffer).num_rows);
    const [train, test] = [await count(parquet.files.train!), await count(parquet.files.test!)];
    expect(train + test).toBe(ROWS);
    expect(train).toBe(parquet.card!.split!.trainRows);

    const db = await run(dir, "sqlite", 1, true);
    expect(db.files.test).toMatch(/sqlite-1\.test\.sqlite$/);
    const Database = sqlite();
    const rows = (path: string) => {
      const conn = new Database(path, { readonly: true });
      try {
        return Number(conn.prepare(`SELECT count(*) n FROM format_check`).all()[0]!.n);
      } finally {
        conn.close();
      }
    };
    expect(rows(db.files.train!) + rows(db.files.test!)).toBe(ROWS);
    expect(rows(db.files.train!)).toBe(train);
  }, 120_000);
});

describe("columns named like Object.prototype's members", () => {
  it("keep their names and values in JSON Lines, Parquet and SQLite, with Object.prototype untouched", async () => {
    const dir = await tempDir();
    const hostile = { title: "Proto", domain: "testing", columns: [{ name: "__proto__", kind: "integer", min: 1, max: 5 }, { name: "constructor", kind: "category", values: ["a", "b"] }, { name: "toString", kind: "boolean" }] };
    // Records as arrays: keyed by header, "__proto__" would not be a key of its own.
    const records = parse(await readFile((await generateDataset({ spec: hostile }, { rows: 200, seed: 1, workers: 1, outPath: join(dir, "p.csv"), card: false })).path, "utf8")) as string[][];
    expect(records[0]).toEqual(["__proto__", "constructor", "toString"]);
    const expected = records.slice(1);

    const jsonl = await generateDataset({ spec: hostile }, { rows: 200, seed: 1, workers: 1, outPath: join(dir, "p.jsonl"), card: false });
    // JSON.parse makes __proto__ an own property; reading it back as entries keeps it.
    const fromJson = (await readFile(jsonl.path, "utf8")).trimEnd().split("\n").map((l) => Object.entries(JSON.parse(l) as object).map(([, v]) => String(v)));
    expect(fromJson).toEqual(expected);

    const parquet = await generateDataset({ spec: hostile }, { rows: 200, seed: 1, workers: 1, outPath: join(dir, "p.parquet"), card: false });
    const buffer = new Uint8Array(await readFile(parquet.path)).buffer;
    expect(parquetMetadata(buffer).schema.slice(1).map((e) => e.name)).toEqual(["__proto__", "constructor", "toString"]);
    let arrays: unknown[][] = [];
    await parquetRead({ file: buffer, rowFormat: "array", onComplete: (rows) => (arrays = rows as unknown[][]) });
    expect(arrays.map((r) => r.map((v) => String(v)))).toEqual(expected);

    const db = await generateDataset({ spec: hostile }, { rows: 200, seed: 1, workers: 1, outPath: join(dir, "p.sqlite"), card: false });
    const conn = new (sqlite())(db.path, { readonly: true });
    try {
      const rows = conn.prepare(`SELECT "__proto__" a, "constructor" b, "toString" c FROM proto`).all();
      expect(rows.map((r) => [String(r.a), String(r.b), r.c === 1 ? "true" : "false"])).toEqual(expected);
    } finally {
      conn.close();
    }
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("a");
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});
