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

/** A column of the rows as numbers. */
export const nums = (rows: Record<string, string>[], name: string) => rows.map((r) => Number(r[name]));

/** A boolean column of the rows as 1 (true) and 0. */
export const bools = (rows: Record<string, string>[], name: string): number[] => rows.map((r) => (r[name] === "true" ? 1 : 0));

/** Pearson's correlation of two series (population moments). */
export function corr(x: number[], y: number[]): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  for (let i = 0; i < x.length; i++) sxy += (x[i]! - mx) * (y[i]! - my);
  return sxy / x.length / (sd(x) * sd(y));
}

/** AUC of a score for a 0/1 label: the chance a random positive outscores a random negative (ties half). */
export function auc(score: number[], label: number[]): number {
  const order = score.map((s, i) => [s, label[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (order[k]![1] === 1) (rankSum += rank), positives++;
    i = j;
  }
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Spearman's rank correlation of two columns over the rows. */
export function spearman(rows: Record<string, string>[], a: string, b: string): number {
  const rank = (xs: number[]) => {
    const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(xs.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const ra = rank(nums(rows, a));
  const rb = rank(nums(rows, b));
  const ma = mean(ra);
  const mb = mean(rb);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < ra.length; i++) {
    ab += (ra[i]! - ma) * (rb[i]! - mb);
    aa += (ra[i]! - ma) ** 2;
    bb += (rb[i]! - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}
