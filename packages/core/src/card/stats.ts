import type { Value } from "../generate/types.js";
import { cellFormatter, type CellFormatter } from "../csv/cells.js";
import type { Column, DatasetSpec } from "../spec/schema.js";
import type { CardColumnStats } from "./card.js";

/** Distinct values counted exactly up to this many per column; beyond it the card says ">=". */
export const DISTINCT_CAP = 100_000;
const TOP = 5;

/** Running figures for one column over the rows written, mergeable across chunks and threads. */
export interface ColumnTally {
  rows: number;
  nulls: number;
  distinct: Set<string>;
  capped: boolean;
  /** Numbers and dates: min, max, sum over non-null cells. */
  min: number;
  max: number;
  sum: number;
  numeric: number;
  trues: number;
  /** Text and categories: counts per value while distinct values stay few. */
  counts: Map<string, number> | undefined;
}

function newTally(): ColumnTally {
  return { rows: 0, nulls: 0, distinct: new Set(), capped: false, min: Infinity, max: -Infinity, sum: 0, numeric: 0, trues: 0, counts: new Map() };
}

/** Counts what the card reports per column, on the values as they are written (after mess). */
export class StatsCollector {
  readonly tallies: ColumnTally[];
  private readonly formatters: CellFormatter[];

  constructor(private readonly spec: DatasetSpec) {
    this.tallies = spec.columns.map(newTally);
    this.formatters = spec.columns.map(cellFormatter);
  }

  observe(columns: readonly Value[][], length: number): void {
    columns.forEach((values, c) => {
      const t = this.tallies[c]!;
      const format = this.formatters[c]!;
      t.rows += length;
      for (let r = 0; r < length; r++) {
        const v = values[r]!;
        if (v === null || v === undefined) {
          t.nulls++;
          continue;
        }
        if (typeof v === "number") {
          if (v < t.min) t.min = v;
          if (v > t.max) t.max = v;
          t.sum += v;
          t.numeric++;
        } else if (v === true) t.trues++;
        const text = format(v);
        if (!t.capped) {
          t.distinct.add(text);
          if (t.distinct.size >= DISTINCT_CAP) t.capped = true;
        }
        if (t.counts) {
          t.counts.set(text, (t.counts.get(text) ?? 0) + 1);
          if (t.counts.size > 1000) t.counts = undefined;
        }
      }
    });
  }

  /** Adds another collector's tallies (from a worker) to this one. */
  merge(tallies: readonly ColumnTally[]): void {
    tallies.forEach((o, c) => {
      const t = this.tallies[c]!;
      t.rows += o.rows;
      t.nulls += o.nulls;
      t.min = Math.min(t.min, o.min);
      t.max = Math.max(t.max, o.max);
      t.sum += o.sum;
      t.numeric += o.numeric;
      t.trues += o.trues;
      for (const v of o.distinct) {
        if (t.capped) break;
        t.distinct.add(v);
        if (t.distinct.size >= DISTINCT_CAP) t.capped = true;
      }
      t.capped ||= o.capped;
      if (t.counts && o.counts) {
        for (const [v, n] of o.counts) t.counts.set(v, (t.counts.get(v) ?? 0) + n);
        if (t.counts.size > 1000) t.counts = undefined;
      } else t.counts = undefined;
    });
  }

  result(): Map<string, CardColumnStats> {
    return new Map(this.spec.columns.map((column, c) => [column.name, this.columnStats(column, this.tallies[c]!, this.formatters[c]!)]));
  }

  private columnStats(column: Column, t: ColumnTally, format: CellFormatter): CardColumnStats {
    const stats: CardColumnStats = { nullShare: round(t.rows ? t.nulls / t.rows : 0, 4), distinct: t.distinct.size, distinctCapped: t.capped };
    const present = t.rows - t.nulls;
    if (column.kind === "boolean") return { ...stats, trueShare: round(present ? t.trues / present : 0, 4) };
    if (t.numeric > 0 && (column.kind === "date" || column.kind === "datetime")) return { ...stats, min: format(t.min), max: format(t.max) };
    if (t.numeric > 0 && t.numeric === present) return { ...stats, min: t.min, max: t.max, mean: round(t.sum / t.numeric, 4) };
    if (t.counts && t.counts.size <= 50) {
      const top = [...t.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP);
      return { ...stats, top: top.map(([value, count]) => ({ value, count })) };
    }
    return stats;
  }
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
