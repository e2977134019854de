import type { Value } from "../generate/types.js";
import { cellFormatter, type CellFormatter } from "../csv/cells.js";
import { SeenValues } from "../generate/seenValues.js";
import { valueKind } from "../spec/relations.js";
import type { Column, DatasetSpec } from "../spec/schema.js";
import type { CardColumnStats } from "./card.js";

/**
 * Distinct values counted up to this many per column; beyond it the card says ">=" (memory stays
 * bounded). They are counted by fingerprint (SeenValues: off the heap, up to 256 KB while a column
 * fills, dropped at the cap), exact unless two values share 64 bits: a Set of 20,000 strings held a few
 * MB of heap for good, twice (collector and totals), for every column of every table.
 */
export const DISTINCT_CAP = 20_000;
/** Per-value counts (for top values) are kept while a column has at most this many distinct values. */
const COUNTS_CAP = 1000;
const TOP = 5;
const DAY = 86_400_000;

/**
 * What one chunk (or a run of chunks) adds to a column's figures. Plain data,
 * so a worker can send it; `merge` adds it to the run's totals.
 */
export interface ColumnTally {
  rows: number;
  nulls: number;
  min: number;
  max: number;
  sum: number;
  numeric: number;
  trues: number;
  /** Distinct keys first seen since the last delta (none once the collector stopped counting). */
  added: Value[];
  capped: boolean;
  /** Count increments per key since the last delta; undefined once the column has too many values. */
  counts: Map<Value, number> | undefined;
}

interface ColumnState {
  /** Dropped once the column is capped: nothing reads it after. */
  distinct: SeenValues | undefined;
  capped: boolean;
  counts: Map<Value, number> | undefined;
  delta: ColumnTally;
}

function emptyDelta(capped: boolean, counting: boolean): ColumnTally {
  return { rows: 0, nulls: 0, min: Infinity, max: -Infinity, sum: 0, numeric: 0, trues: 0, added: [], capped, counts: counting ? new Map() : undefined };
}

/**
 * Counts what the card reports per column, on the values as they are
 * written (after mess). One per thread that finishes chunks, so the cost per
 * cell falls once a column's distinct values pass the cap; `take()` hands
 * over what changed since the last call, for `StatsTotals.merge`.
 */
export class StatsCollector {
  private readonly state: ColumnState[];
  private readonly keys: ((v: Value) => Value)[];

  constructor(spec: DatasetSpec) {
    this.state = spec.columns.map(() => ({ distinct: new SeenValues(), capped: false, counts: new Map(), delta: emptyDelta(false, true) }));
    // Dates are counted by day, datetimes by second: what the CSV shows.
    this.keys = spec.columns.map(valueKind).map((k) => (k === "date" ? (v) => Math.floor((v as number) / DAY) : k === "datetime" ? (v) => Math.floor((v as number) / 1000) : (v) => v));
  }

  observe(columns: readonly Value[][], length: number): void {
    for (let c = 0; c < columns.length; c++) {
      const values = columns[c]!;
      const s = this.state[c]!;
      const d = s.delta;
      const keyOf = this.keys[c]!;
      d.rows += length;
      for (let r = 0; r < length; r++) {
        const v = values[r]!;
        if (v === null || v === undefined) {
          d.nulls++;
          continue;
        }
        if (typeof v === "number") {
          if (v < d.min) d.min = v;
          if (v > d.max) d.max = v;
          d.sum += v;
          d.numeric++;
        } else if (v === true) d.trues++;
        if (s.capped && !s.counts) continue;
        const key = keyOf(v);
        if (s.distinct?.add(key)) {
          d.added.push(key);
          if (s.distinct.size >= DISTINCT_CAP) {
            s.capped = true;
            d.capped = true;
            s.distinct = undefined;
          }
        }
        if (s.counts) {
          if (s.capped || s.distinct!.size > COUNTS_CAP) {
            s.counts = undefined;
            d.counts = undefined;
          } else d.counts!.set(key, (d.counts!.get(key) ?? 0) + 1);
        }
      }
    }
  }

  /** What changed since the last call (for a worker to send), and starts a new delta. */
  take(): ColumnTally[] {
    return this.state.map((s) => {
      const delta = s.delta;
      s.delta = emptyDelta(s.capped, s.counts !== undefined);
      return delta;
    });
  }

}

/** A run's per-column figures, summed from the deltas of every collector (one per thread). */
export class StatsTotals {
  private readonly totals: ColumnTally[];
  private readonly distinct: number[];
  /** Per column, the distinct values so far; dropped at the cap (the count stays there). */
  private readonly seen: (SeenValues | undefined)[];

  constructor(private readonly spec: DatasetSpec) {
    this.totals = spec.columns.map(() => emptyDelta(false, true));
    this.distinct = spec.columns.map(() => 0);
    this.seen = spec.columns.map(() => new SeenValues());
  }

  /** Adds a collector's delta to the run's totals. */
  merge(deltas: readonly ColumnTally[]): void {
    deltas.forEach((o, c) => {
      const t = this.totals[c]!;
      t.rows += o.rows;
      t.nulls += o.nulls;
      t.min = Math.min(t.min, o.min);
      t.max = Math.max(t.max, o.max);
      t.sum += o.sum;
      t.numeric += o.numeric;
      t.trues += o.trues;
      const seen = this.seen[c];
      if (seen) {
        for (const key of o.added) if (seen.add(key) && seen.size >= DISTINCT_CAP) break;
        this.distinct[c] = seen.size;
        if (seen.size >= DISTINCT_CAP) this.seen[c] = undefined;
      }
      t.capped ||= o.capped || this.distinct[c]! >= DISTINCT_CAP;
      if (t.counts && o.counts) for (const [k, n] of o.counts) t.counts.set(k, (t.counts.get(k) ?? 0) + n);
      else t.counts = undefined;
    });
  }

  result(): Map<string, CardColumnStats> {
    return new Map(this.spec.columns.map((column, c) => [column.name, columnStats(column, this.totals[c]!, this.distinct[c]!)]));
  }
}

function columnStats(column: Column, t: ColumnTally, distinct: number): CardColumnStats {
  const stats: CardColumnStats = { nullShare: round(t.rows ? t.nulls / t.rows : 0, 4), distinct, distinctCapped: t.capped };
  const present = t.rows - t.nulls;
  const format: CellFormatter = cellFormatter(column);
  const kind = valueKind(column);
  if (kind === "boolean") return { ...stats, trueShare: round(present ? t.trues / present : 0, 4) };
  if (t.numeric > 0 && (kind === "date" || kind === "datetime")) return { ...stats, min: format(t.min), max: format(t.max) };
  if (t.numeric > 0 && t.numeric === present) return { ...stats, min: t.min, max: t.max, mean: round(t.sum / t.numeric, 4) };
  if (t.counts && t.counts.size <= 50) {
    // Date keys are days and datetime keys seconds: back to instants for their CSV text.
    const scale = kind === "date" ? DAY : kind === "datetime" ? 1000 : 0;
    const show = (key: Value) => format(scale ? (key as number) * scale : key);
    const top = [...t.counts.entries()].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1)).slice(0, TOP);
    return { ...stats, top: top.map(([value, count]) => ({ value: show(value), count })) };
  }
  return stats;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
