import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { CsvEncoder, compileSpec, generateBlocks, parseSpec, type DatasetSpec } from "@synthdata/core";

export function tempDir(prefix = "synthdata-test-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Generates a whole CSV in memory (header included) through the public generator and encoder. */
export async function csvText(spec: unknown, rows: number, seed: number, chunkRows?: number): Promise<string> {
  const compiled = compileSpec(parseSpec(spec));
  const encoder = new CsvEncoder(compiled.spec);
  let out = encoder.header();
  for await (const block of generateBlocks(compiled, { rows, seed, ...(chunkRows ? { chunkRows } : {}) })) out += encoder.block(block);
  return out;
}

/** Parses CSV text strictly (RFC 4180) into records of strings keyed by header. */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false });
}

export async function generateRecords(spec: unknown, rows: number, seed = 1): Promise<Record<string, string>[]> {
  return parseCsv(await csvText(spec, rows, seed));
}

export function spec(columns: unknown[], extra: Partial<DatasetSpec> = {}): unknown {
  return { title: "Test data", domain: "testing", columns, ...extra };
}

export function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function sd(xs: number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
}
