/**
 * REST POST /generate in every format: chosen by a `format` field, else by
 * the Accept header. CSV and JSON Lines stream as they are made; Parquet and
 * SQLite are whole files (a Parquet footer comes last, SQLite writes pages in
 * place), so they are written to a private temp folder, sent, and removed.
 */
import { createReadStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { FORMAT_EXTENSION, SynthdataError, rootTableName, datasetTextChunks, generateDataset, suggestFilename, withFormatExtension, type DatasetSpec, type OutputFormat } from "@synthdata/core";
import type { Failure } from "./failures.js";
import { zipStore } from "./zip.js";


const BY_MEDIA_TYPE: ReadonlyMap<string, OutputFormat> = new Map([
  ["text/csv", "csv"],
  ["application/x-ndjson", "jsonl"],
  ["application/jsonl", "jsonl"],
  ["application/vnd.apache.parquet", "parquet"],
  ["application/vnd.sqlite3", "sqlite"],
  ["application/x-sqlite3", "sqlite"],
]);

/**
 * The format to answer with: the body's `format`, else the Accept type with the
 * highest q that we make (ties: the first listed), else CSV for no Accept or a
 * wildcard. An Accept of only types we do not make (application/json) is 406,
 * not a CSV the caller did not ask for.
 */
export function negotiateFormat(accept: string | undefined, field: OutputFormat | undefined): OutputFormat | Failure {
  if (field) return field;
  if (!accept || !accept.trim()) return "csv";
  let best: { format: OutputFormat; q: number } | undefined;
  let wildcard = false;
  for (const part of accept.split(",")) {
    const [type = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    if (type === "*/*" || type === "text/*") wildcard = true;
    const format = BY_MEDIA_TYPE.get(type);
    if (format && (!best || q > best.q)) best = { format, q };
  }
  if (best) return best.format;
  if (wildcard) return "csv";
  return {
    code: "NOT_ACCEPTABLE",
    message: `this endpoint answers text/csv, application/x-ndjson, application/vnd.apache.parquet or application/vnd.sqlite3, not ${accept}; send one of those in Accept, or a "format" field (csv, jsonl, parquet, sqlite)`,
    status: 406,
    input: true,
  };
}

export const attachmentName = (spec: DatasetSpec, format: OutputFormat) => withFormatExtension(suggestFilename(spec.title), format);

export interface BodyOptions {
  rows: number;
  seed: number;
  signal: AbortSignal;
}

/** The response body of a run: text chunks as they are made, or the bytes of a finished file. */
export async function* datasetBody(spec: DatasetSpec, format: OutputFormat, options: BodyOptions): AsyncGenerator<string | Uint8Array> {
  if (format === "csv" || format === "jsonl") {
    yield* datasetTextChunks(spec, { ...options, format });
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), "synthdata-rest-"));
  try {
    const result = await generateDataset({ spec }, { ...options, format, outPath: join(dir, `data${FORMAT_EXTENSION[format]}`), card: false });
    for await (const chunk of createReadStream(result.path, { highWaterMark: 1 << 20 })) yield chunk as Buffer;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A multi-table run over REST: one table's file, or a zip of every table and schema.sql. */
export interface TablesBody {
  body: Buffer;
  /** The table sent, or undefined for the zip. */
  table?: string;
  filename: string;
  tables: string[];
}

/**
 * Generates a spec of several tables into a private temp folder and reads back
 * the asked table's file, or zips every table with schema.sql (store-only).
 * An unknown table name is an error naming the tables there are.
 */
export async function tablesBody(spec: DatasetSpec, format: OutputFormat, options: BodyOptions & { table?: string | undefined }): Promise<TablesBody> {
  const names = [rootTableName(spec), ...(spec.tables ?? []).map((t) => t.name)];
  if (options.table !== undefined && !names.includes(options.table)) {
    throw new SynthdataError("INVALID_ARGUMENT", `there is no table ${JSON.stringify(options.table)} in this spec; its tables are ${names.join(", ")} (or leave table out for a zip of all)`);
  }
  if (options.table !== undefined && format === "sqlite") {
    throw new SynthdataError("INVALID_ARGUMENT", "with sqlite every table is in one database file: leave table out for it, or ask for one table as csv, jsonl or parquet");
  }
  const dir = await mkdtemp(join(tmpdir(), "synthdata-rest-"));
  try {
    const stem = suggestFilename(spec.title).replace(/\.csv$/, "");
    const result = await generateDataset({ spec }, { rows: options.rows, seed: options.seed, signal: options.signal, format, outPath: join(dir, stem), card: false });
    const tables = result.tables ?? {};
    if (options.table !== undefined) {
      const file = tables[options.table]?.file;
      if (!file) throw new SynthdataError("INVALID_ARGUMENT", `there is no table ${JSON.stringify(options.table)} in this run; its tables are ${Object.keys(tables).join(", ")}`);
      return { body: await readFile(file), table: options.table, filename: `${options.table}${FORMAT_EXTENSION[format]}`, tables: Object.keys(tables) };
    }
    // SQLite holds every table in one file: each file once.
    const paths = [...new Set(Object.values(tables).map((t) => t.file))];
    const files = await Promise.all(paths.map(async (file) => ({ name: `${stem}/${basename(file)}`, data: await readFile(file) })));
    if (result.schemaSqlFile) files.push({ name: `${stem}/schema.sql`, data: await readFile(result.schemaSqlFile) });
    return { body: zipStore(files), filename: `${stem}.zip`, tables: Object.keys(tables) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
