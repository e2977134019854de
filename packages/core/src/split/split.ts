import { SynthdataError } from "../errors.js";
import type { Block, Value } from "../generate/types.js";
import type { DatasetSpec } from "../spec/schema.js";
import { targetColumn } from "../card/signal.js";

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
  private readonly seenPerClass = new Map<Value, number>();
  private readonly stratify: number;
  private readonly time: number;

  constructor(
    private readonly plan: SplitPlan,
    spec: DatasetSpec,
  ) {
    this.stratify = plan.stratifyOn ? spec.columns.findIndex((c) => c.name === plan.stratifyOn) : -1;
    this.time = plan.timeColumn ? spec.columns.findIndex((c) => c.name === plan.timeColumn) : -1;
  }

  route(block: Block): { train: Block; test: Block } {
    const toTest: boolean[] = new Array(block.length);
    for (let r = 0; r < block.length; r++) {
      if (this.time >= 0) {
        const v = block.columns[this.time]![r];
        // Rows without a date go to training, where a model can still use them.
        toTest[r] = typeof v === "number" && v >= this.plan.cutoff!;
        continue;
      }
      const key = this.stratify >= 0 ? block.columns[this.stratify]![r]! : "all";
      const n = this.seenPerClass.get(key) ?? 0;
      this.seenPerClass.set(key, n + 1);
      const testShare = 1 - this.plan.train;
      // Each chunk starts the every-k-th pattern at a different phase (golden-ratio steps), so the
      // rounding of one chunk is made up by others instead of always favouring train.
      const phase = (block.index * 0.6180339887498949) % 1;
      toTest[r] = Math.floor((n + 1) * testShare + phase) > Math.floor(n * testShare + phase);
    }
    const pick = (wanted: boolean): Block => {
      const rows = toTest.flatMap((t, r) => (t === wanted ? [r] : []));
      return { index: block.index, start: block.start, length: rows.length, columns: block.columns.map((c) => rows.map((r) => c[r]!)) };
    };
    return { train: pick(false), test: pick(true) };
  }
}
