import { basename, dirname } from "node:path";
import type { DatasetFiles } from "@synthdata/core";
import { dataMediaType } from "../mediaTypes.js";

/** One file of a dataset as a resource: its URI and where it is on this server's disk. */
export interface DatasetFile {
  uri: string;
  /** The file name inside the dataset (x.csv, x.card.md ...). */
  file: string;
  path: string;
  mimeType: string;
  /** What the file is, for the listing: a table of a multi-table dataset, its schema.sql, or a one-table run's file. */
  role: keyof DatasetFiles | "table" | "schema";
  /** For a table's file: the table's name. */
  table?: string;
}

/** A multi-table run's extra files: each table's file by table name, and schema.sql. */
export interface DatasetTables {
  tables: Record<string, string>;
  schemaSql?: string | undefined;
}

export interface DatasetEntry {
  name: string;
  files: DatasetFile[];
  /** The spec it was made from (the card has only its hash), and the run's seed and rows. */
  run?: { spec: unknown; seed: number; rows: number } | undefined;
}

export const DATASET_URI_PREFIX = "synthdata://datasets/";
/** A long-running server forgets its oldest datasets beyond this many (the files stay on disk). */
export const MAX_DATASETS = 1000;

const MIME: Record<DatasetFile["role"], string> = {
  csv: "text/csv",
  table: "text/csv",
  schema: "application/sql",
  train: "text/csv",
  test: "text/csv",
  exam: "text/csv",
  cardMarkdown: "text/markdown",
  cardJson: "application/json",
};

/**
 * The datasets this server process wrote, by name: what resources/list shows
 * and resources/read may open. Only files recorded here are readable, so a
 * URI can never name some other file of the disk. Shared by every session
 * of the process; listeners hear of each new dataset (list_changed).
 */
export class DatasetRegistry {
  private readonly byName = new Map<string, DatasetEntry>();
  private readonly byCsvPath = new Map<string, string>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly limit = MAX_DATASETS) {}

  /**
   * Records a run's files; the name is the CSV's stem (a multi-table run's: its folder's name), made
   * unique (-2, -3 ...) when another folder has the same stem.
   */
  add(files: DatasetFiles, run?: DatasetEntry["run"], tables?: DatasetTables): DatasetEntry {
    const known = this.byCsvPath.get(files.csv);
    const name = known ?? this.freeName(tables ? basename(dirname(files.csv)) : basename(files.csv).replace(/\.csv$/i, ""));
    const entry: DatasetEntry = { name, files: [], run };
    const push = (role: DatasetFile["role"], path: string, table?: string) => {
      const file = basename(path);
      if (entry.files.some((f) => f.path === path)) return;
      entry.files.push({ uri: datasetUri(name, file), file, path, mimeType: dataMediaType(file) ?? MIME[role], role, ...(table !== undefined ? { table } : {}) });
    };
    // A multi-table run's tables come first (the root table's file is also its `csv`), then schema.sql.
    for (const [table, path] of Object.entries(tables?.tables ?? {})) push("table", path, table);
    if (tables?.schemaSql) push("schema", tables.schemaSql);
    for (const [role, path] of Object.entries(files) as [keyof DatasetFiles, string | undefined][]) {
      if (!path || !(role in MIME)) continue;
      push(role, path);
    }
    // Re-added (overwritten) datasets move to the end: the oldest are forgotten first.
    this.byName.delete(name);
    this.byName.set(name, entry);
    this.byCsvPath.set(files.csv, name);
    for (const [oldest, old] of this.byName) {
      if (this.byName.size <= this.limit) break;
      this.byName.delete(oldest);
      for (const [path, n] of this.byCsvPath) if (n === old.name) this.byCsvPath.delete(path);
    }
    for (const listener of this.listeners) listener();
    return entry;
  }

  get(name: string): DatasetEntry | undefined {
    return this.byName.get(name);
  }

  file(name: string, file: string): DatasetFile | undefined {
    return this.byName.get(name)?.files.find((f) => f.file === file);
  }

  entries(): DatasetEntry[] {
    return [...this.byName.values()];
  }

  /** Calls `listener` after each add; returns the way to stop. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private freeName(stem: string): string {
    if (!this.byName.has(stem)) return stem;
    for (let i = 2; ; i++) if (!this.byName.has(`${stem}-${i}`)) return `${stem}-${i}`;
  }
}

export function datasetUri(name: string, file: string): string {
  return `${DATASET_URI_PREFIX}${encodeURIComponent(name)}/${encodeURIComponent(file)}`;
}
