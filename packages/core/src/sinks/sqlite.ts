/**
 * A SQLite database file through better-sqlite3, an optional native
 * dependency loaded only for this format (a CSV run never touches it). One
 * table named after the dataset, columns with declared types (INTEGER, REAL,
 * BOOLEAN, DATE, TIMESTAMP, TEXT), a primary key on the spec's unique id when
 * there is one; booleans as 0/1 and dates as ISO 8601 text, the SQLite
 * conventions that pandas, polars and DuckDB's sqlite reader understand.
 *
 * SQLite writes by path, so it opens the staged temp file itself (the set
 * still places it): no journal (the temp file is thrown away on any failure,
 * so a rollback journal buys nothing) and no syncs until the set flushes it.
 */
import { createRequire } from "node:module";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { SynthdataError } from "../errors.js";
import type { Value } from "../generate/types.js";
import type { StagedFile } from "../output/stagedFile.js";
import type { DatasetSpec } from "../spec/schema.js";
import type { ChunkData, DatasetSink } from "./sink.js";
import { tableName } from "./tableName.js";
import { primaryKeyColumn, storedTypes, type StoredType } from "./storedTypes.js";

/** The version the project is tested with (13.x needs Node 22); the install hint names it. */
export const BETTER_SQLITE3_VERSION = "12.9.0";

/** The part of better-sqlite3's API used here. */
interface Statement {
  run(...params: unknown[]): unknown;
}
interface Database {
  pragma(source: string): unknown;
  exec(source: string): unknown;
  prepare(source: string): Statement;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  close(): void;
}
type DatabaseConstructor = new (path: string) => Database;

const DECLARED: Readonly<Record<StoredType, string>> = { int64: "INTEGER", double: "REAL", boolean: "BOOLEAN", date: "DATE", timestamp: "TIMESTAMP", string: "TEXT" };

/** A SQL identifier, quoted (column names are user text). */
export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * better-sqlite3, looked up beside synthdata and then in the working folder
 * (a bundle has no node_modules of its own). Missing or built for another
 * Node: an error that says how to install it.
 */
function loadBetterSqlite3(): DatabaseConstructor {
  const failures: string[] = [];
  for (const from of [import.meta.url, join(process.cwd(), "noop.js")]) {
    try {
      return createRequire(from)("better-sqlite3") as DatabaseConstructor;
    } catch (error) {
      failures.push((error as Error).message.split("\n")[0]!);
    }
  }
  throw new SynthdataError(
    "DEPENDENCY_MISSING",
    `the sqlite format needs better-sqlite3, which is not installed (or not built for Node ${process.versions.node}): run \`npm install better-sqlite3@${BETTER_SQLITE3_VERSION}\` in this folder, or choose --format parquet, which needs nothing more (${failures.at(-1) ?? ""})`,
  );
}

function binder(type: StoredType): (v: Value) => unknown {
  switch (type) {
    case "int64":
    case "double":
      return (v) => (typeof v === "number" ? v : v === null || v === undefined ? null : v);
    case "boolean":
      return (v) => (typeof v === "boolean" ? (v ? 1 : 0) : null);
    case "date":
      return (v) => (typeof v === "number" ? new Date(v).toISOString().slice(0, 10) : null);
    case "timestamp":
      return (v) => (typeof v === "number" ? `${new Date(v).toISOString().slice(0, 19)}Z` : null);
    case "string":
      return (v) => (v === null || v === undefined ? null : typeof v === "string" ? v : String(v));
  }
}

function openDatabase(file: StagedFile): { db: Database; path: string } {
  const Database = loadBetterSqlite3();
  const path = join(file.createdIn, file.tempName);
  const db = new Database(path);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  return { db, path };
}

/** Creates a table with declared types (and a key) and returns its chunk inserter. */
function createTable(db: Database, name: string, spec: DatasetSpec, key: string | undefined, foreignKeys: readonly string[] = [], notNull = true): (columns: Value[][], rows: number) => void {
  const types = storedTypes(spec);
  const columns = spec.columns.map((c, i) => `${quoteIdentifier(c.name)} ${DECLARED[types[i]!]}${c.name === key ? " PRIMARY KEY" : ""}${c.name === key || (notNull && !((c.nullRate ?? 0) > 0 || (c.missing?.rate ?? 0) > 0)) ? " NOT NULL" : ""}`);
  db.exec(`CREATE TABLE ${quoteIdentifier(name)} (${[...columns, ...foreignKeys].join(", ")})`);
  const insert = db.prepare(`INSERT INTO ${quoteIdentifier(name)} VALUES (${spec.columns.map(() => "?").join(", ")})`);
  const binders = types.map(binder);
  const row: unknown[] = new Array(binders.length);
  return db.transaction((data: Value[][], rows: number) => {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < binders.length; c++) row[c] = binders[c]!(data[c]![r] ?? null);
      insert.run(row);
    }
  });
}

/** An open database file: closed once, by end (then its size is known) or cancel. */
abstract class SqliteFile {
  private size = 0;
  private open = true;

  protected constructor(
    private readonly path: string,
    protected readonly db: Database,
  ) {}

  async end(): Promise<void> {
    this.close();
    this.size = (await stat(this.path)).size;
  }

  async cancel(): Promise<void> {
    this.close();
  }

  get bytes(): number {
    return this.size;
  }

  private close(): void {
    if (this.open) this.db.close();
    this.open = false;
  }
}

/**
 * One database file holding several related tables (a multi-table dataset):
 * each table has its sink; the file is finished once, after the last table.
 */
export class SqliteTables extends SqliteFile {
  private constructor(path: string, db: Database) {
    super(path, db);
  }

  static async open(file: StagedFile): Promise<SqliteTables> {
    const { db, path } = openDatabase(file);
    // Checked while loading, a child could not go in before its parent's chunk; the keys are declared for readers.
    db.pragma("foreign_keys = OFF");
    return new SqliteTables(path, db);
  }

  /** A table in this database: `foreignKeys` are table constraints such as FOREIGN KEY ("customer_id") REFERENCES "customers" ("customer_id"). */
  table(name: string, spec: DatasetSpec, key: string | undefined, foreignKeys: readonly string[]): DatasetSink {
    // Only keys are declared NOT NULL: a rollup over no child rows (a minimum, a mean) is empty.
    const insert = createTable(this.db, name, spec, key, foreignKeys, false);
    const tables = this;
    return {
      async write(data: ChunkData, rows: number) {
        if (typeof data === "string") throw new TypeError("the SQLite sink takes column chunks");
        insert(data, rows);
      },
      async end() {},
      async cancel() {},
      get bytes() {
        return tables.bytes;
      },
    };
  }
}

export class SqliteSink extends SqliteFile implements DatasetSink {
  private constructor(
    path: string,
    db: Database,
    private readonly insertChunk: (columns: Value[][], rows: number) => void,
  ) {
    super(path, db);
  }

  static async open(file: StagedFile, spec: DatasetSpec): Promise<SqliteSink> {
    const { db, path } = openDatabase(file);
    try {
      return new SqliteSink(path, db, createTable(db, tableName(spec), spec, primaryKeyColumn(spec)));
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async write(data: ChunkData, rows: number): Promise<void> {
    if (typeof data === "string") throw new TypeError("the SQLite sink takes column chunks");
    // One transaction per chunk: a thousand rows a commit, and other work runs between chunks.
    this.insertChunk(data, rows);
  }
}
