import { SynthdataError } from "../errors.js";
import type { Block, Value } from "../generate/types.js";
import type { DatasetSpec } from "../spec/schema.js";
import { targetColumn } from "../card/signal.js";
import { driftOf } from "../scenarios/expand.js";
import { driftTestRows, testRowsBefore } from "./testRows.js";


export interface SplitOptions {
  /** Share of rows in the training file, e.g. 0.8. */
  train: number;
  /** `random` (stratified on a boolean or category target when there is one) or `time` (earlier rows train, later test). */
  by?: "random" | "time";
  /** For a time split: the date column to order by (default: the first date or datetime column). */
  timeColumn?: string;
}

export interface SplitPlan {
  train: number;
  by: "random" | "time";
  /** Column whose classes are kept in proportion (random split), or undefined. */
  stratifyOn?: string;
  /** Column ordering a time split, and its cutoff (epoch ms): rows before it train, the rest test. */
  timeColumn?: string;
  cutoff?: number;
}

export function checkSplitOptions(options: SplitOptions, spec: DatasetSpec): SplitPlan {
  if (!(options.train > 0 && options.train < 1)) {
    throw new SynthdataError("INVALID_ARGUMENT", `split must be a share between 0 and 1 for the training file, e.g. 0.8; got ${options.train}`);
  }
  const drift = driftOf(spec);
  if (drift && (options.by ?? "random") === "time") {
    throw new SynthdataError("INVALID_ARGUMENT", `the drift scenario picks its own test rows (a shifted population, ${drift.column} moved); split at random instead of by time`);
  }
  // A drift's test rows are chosen apart from the target (they are shifted before it is drawn): no stratification.
  if (drift) return { train: options.train, by: "random" };
  if ((options.by ?? "random") === "time") {
    const name = options.timeColumn ?? spec.columns.find((c) => c.kind === "date" || c.kind === "datetime")?.name;
    const column = spec.columns.find((c) => c.name === name);
    if (!column || (column.kind !== "date" && column.kind !== "datetime")) {
      throw new SynthdataError("INVALID_ARGUMENT", name ? `"${name}" is not a date column; a time split needs one` : "a time split needs a date or datetime column in the spec (e.g. an order date); add one or split at random");
    }
    return { train: options.train, by: "time", timeColumn: column.name };
  }
  const target = targetColumn(spec);
  const stratifyOn = target && (target.kind === "boolean" || target.kind === "category") ? target.name : undefined;
  return { train: options.train, by: "random", ...(stratifyOn ? { stratifyOn } : {}) };
}

/**
 * Collects a time column's values by day over a first pass, then gives the
 * day at which `train` of the rows lie before: the time split's cutoff.
 */
export class TimeCutoff {
  private readonly days = new Map<number, number>();
  private total = 0;

  constructor(private readonly index: number) {}

  add(block: Block): void {
    for (const v of block.columns[this.index]!) {
      if (typeof v !== "number") continue;
      const day = Math.floor(v / 86_400_000);
      this.days.set(day, (this.days.get(day) ?? 0) + 1);
      this.total++;
    }
  }

  cutoff(train: number): number {
    const sorted = [...this.days.entries()].sort((a, b) => a[0] - b[0]);
    let seen = 0;
    for (const [day, count] of sorted) {
      if (seen + count / 2 >= train * this.total) return day * 86_400_000;
      seen += count;
    }
    return Infinity;
  }
}

/**
 * Routes each row to train or test. A random split takes every k-th row of
 * each class for test (rows are independent draws, so this is a fair sample
 * and keeps class shares exact to a row); a time split compares to the cutoff.
 */
export class SplitRouter {
  private readonly stratify: number;
  private readonly time: number;

  private readonly drift: { seed: number; train: number } | undefined;

  constructor(
    private readonly plan: SplitPlan,
    spec: DatasetSpec,
    seed = 0,
  ) {
    this.stratify = plan.stratifyOn ? spec.columns.findIndex((c) => c.name === plan.stratifyOn) : -1;
    this.time = plan.timeColumn ? spec.columns.findIndex((c) => c.name === plan.timeColumn) : -1;
    const drift = driftOf(spec);
    this.drift = drift ? { seed, train: drift.train } : undefined;
  }

  /** The block's train and test rows, and which of its rows (0-based within the block) went to test. */
  route(block: Block): { train: Block; test: Block; testRows: number[] } {
    let toTest: boolean[] = new Array(block.length).fill(false);
    if (this.drift) {
      // The rows the generator shifted: the same count as a plain split, picked by (seed, chunk) alone.
      toTest = driftTestRows(this.drift.seed, block.start, block.length, this.drift.train);
    } else if (this.time >= 0) {
      for (let r = 0; r < block.length; r++) {
        const v = block.columns[this.time]![r];
        // Rows without a date go to training, where a model can still use them.
        toTest[r] = typeof v === "number" && v >= this.plan.cutoff!;
      }
    } else {
      // This chunk's test rows are round(end * share) - round(start * share) in integer arithmetic
      // (testRowsBefore), so the chunks' counts add up to round(rows * share) exactly.
      const wanted = testRowsBefore(block.start + block.length, this.plan.train) - testRowsBefore(block.start, this.plan.train);
      const rowsOf = new Map<Value, number[]>();
      for (let r = 0; r < block.length; r++) {
        const key = this.stratify >= 0 ? block.columns[this.stratify]![r]! : "all";
        let rows = rowsOf.get(key);
        if (!rows) rowsOf.set(key, (rows = []));
        rows.push(r);
      }
      // Each class gets its share of the chunk's test rows by largest remainder, so the classes add up.
      const classes = [...rowsOf.values()];
      const quotas = classes.map((rows) => Math.floor((rows.length * wanted) / block.length));
      let left = wanted - quotas.reduce((a, b) => a + b, 0);
      const byRemainder = classes.map((rows, i) => [(rows.length * wanted) % block.length, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      for (const [, i] of byRemainder) {
        if (left <= 0) break;
        quotas[i]!++;
        left--;
      }
      // Within a class, every k-th row (rows are independent draws, so this is a fair sample).
      classes.forEach((rows, c) => {
        const q = quotas[c]!;
        for (let n = 0; n < rows.length; n++) toTest[rows[n]!] = Math.floor(((n + 1) * q) / rows.length) > Math.floor((n * q) / rows.length);
      });
    }
    const testRows = toTest.flatMap((t, r) => (t ? [r] : []));
    return { train: pickRows(block, toTest.flatMap((t, r) => (t ? [] : [r]))), test: pickRows(block, testRows), testRows };
  }
}

/** The given rows (0-based within the block, in order) of a block, as a block of their own. */
export function pickRows(block: Block, rows: readonly number[]): Block {
  return { index: block.index, start: block.start, length: rows.length, columns: block.columns.map((c) => rows.map((r) => c[r]!)) };
}
