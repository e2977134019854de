import type { IntegerColumn, NumberColumn } from "../spec/schema.js";
import { columnRandom, REDRAW, TRUTH, type ColumnGenerator, type GeneratorBase } from "./columnStream.js";
import { numberCapacity } from "./capacity.js";
import { caseKey, effectTerm, type SpecContext } from "./effects.js";
import { gapSampler, onGrid } from "./gap.js";
import { numericModel, type NumericModel } from "./numeric.js";
import { Random } from "./random.js";
import type { ChunkContext, Value } from "./types.js";

type Get = (index: number) => Value | undefined;

/**
 * Draws averaged for a row's expected value. A value is the distribution's draw after bounds, rounding
 * and the effects' shift, so the mean of its own draws is what the generator expects, with no formula per
 * distribution to drift from it; 256 draws leave an error of 1/16 of a standard deviation per row.
 */
const TRUTH_DRAWS = 256;

/** Per row asked for, the mean of TRUTH_DRAWS draws from `draw` on a stream of the row's own (NaN where every draw is empty). */
function expectedValues(ctx: ChunkContext, rows: readonly number[], salt: number, draw: (rng: Random, row: number) => Value): Float64Array {
  return Float64Array.from(rows, (row) => {
    const rng = Random.for(ctx.seed, ctx.start + row, salt, TRUTH);
    let sum = 0;
    let n = 0;
    for (let k = 0; k < TRUTH_DRAWS; k++) {
      const v = draw(rng, row);
      if (typeof v === "number") {
        sum += v;
        n++;
      }
    }
    return n > 0 ? sum / n : NaN;
  });
}

/**
 * An integer or number column: its distribution (with effects), or its
 * parameters chosen by another column (conditional), kept within other
 * columns (bounds), or placed after/before other columns by a gap (offset).
 */
export function numberGenerator(column: IntegerColumn | NumberColumn, base: GeneratorBase, env: SpecContext): ColumnGenerator {
  const model = env.models.get(base.index)!;
  const factor = 10 ** (column.kind === "number" ? (column.decimals ?? 2) : 0);
  const salt = base.salt;
  const capacity = column.kind === "integer" ? model.hi - model.lo + 1 : numberCapacity(model, column.decimals ?? 2);
  const first = Math.round(model.lo * factor);
  const shift = effectTerm(column.effects, env);
  const one = rowDraw(column, model, factor, env);

  if (!one) {
    return {
      ...base,
      capacity,
      fill: (ctx) => {
        const rng = columnRandom(ctx, salt);
        const shifts = new Float64Array(ctx.length);
        shift?.(ctx, shifts);
        const out = new Array<Value>(ctx.length);
        for (let i = 0; i < ctx.length; i++) out[i] = model.draw(rng, shifts[i]!);
        return out;
      },
      redraw: (row, attempt, r) => model.draw(Random.for(r.seed, row, salt, attempt, REDRAW), 0),
      truth: (ctx, rows) => {
        const shifts = new Float64Array(ctx.length);
        shift?.(ctx, shifts);
        return expectedValues(ctx, rows, salt, (rng, row) => model.draw(rng, shifts[row]!));
      },
      ...(Number.isFinite(capacity)
        ? {
            // Near a full range random redraws rarely hit the last free values: walk the range (whole
            // numbers, or the grid of the decimals) from a seeded start.
            probe: (row: number, k: number, seed: number) => (first + ((Random.for(seed, row, salt, 9).int(Math.min(capacity, 2 ** 32)) + k) % capacity)) / factor,
          }
        : {}),
    };
  }
  return {
    ...base,
    capacity: column.offset ? Infinity : capacity,
    fill: (ctx) => {
      const rng = columnRandom(ctx, salt);
      const shifts = new Float64Array(ctx.length);
      shift?.(ctx, shifts);
      const out = new Array<Value>(ctx.length);
      let row = 0;
      const get: Get = (c) => ctx.columns[c]![row];
      for (; row < ctx.length; row++) out[row] = one(rng, get, shifts[row]!);
      return out;
    },
    redraw: (row, attempt, r) => one(Random.for(r.seed, row, salt, attempt, REDRAW), (c) => r.sources[c], 0),
    truth: (ctx, rows) => {
      const shifts = new Float64Array(ctx.length);
      shift?.(ctx, shifts);
      return expectedValues(ctx, rows, salt, (rng, row) => one(rng, (c) => ctx.columns[c]![row], shifts[row]!));
    },
  };
}

/** The per-row draw when the column reads other columns of its row; undefined for a plain distribution. */
function rowDraw(column: IntegerColumn | NumberColumn, model: NumericModel, factor: number, env: SpecContext): ((rng: Random, get: Get, shift: number) => Value) | undefined {
  if (column.offset) {
    const sources = column.offset.columns.map((n) => env.byName.get(n)!);
    const after = column.offset.direction === "after";
    const gap = gapSampler(column.offset.gap, 0);
    return (rng, get) => {
      const ref = extreme(sources, get, after);
      if (ref === undefined) return null;
      const u = gap.uniform ? rng.next() : 0;
      const g = gap.uniform ? 0 : gap.draw(rng);
      return after ? onGrid(ref + gap.min, ref + gap.max, u, ref + g, gap.uniform, factor, true) : onGrid(ref - gap.max, ref - gap.min, 1 - u, ref - g, gap.uniform, factor, true);
    };
  }
  const conditional = column.conditional;
  const bounds = column.bounds;
  if (!conditional && !bounds) return undefined;
  const cases = new Map<string, NumericModel>();
  for (const c of conditional?.cases ?? []) {
    let min = c.min ?? column.min;
    let max = c.max ?? column.max;
    // A uniform column has no mean to move: a case's mean moves its range (same width) instead.
    if ((column.distribution ?? "uniform") === "uniform" && c.mean !== undefined && c.min === undefined && c.max === undefined && min !== undefined && max !== undefined) {
      const half = (max - min) / 2;
      [min, max] = [c.mean - half, c.mean + half];
    }
    cases.set(c.value, numericModel({ ...column, mean: c.mean ?? column.mean, sd: c.sd ?? column.sd, min, max }));
  }
  const by = conditional ? env.byName.get(conditional.column)! : -1;
  const atLeast = (bounds?.atLeast ?? []).map((n) => env.byName.get(n)!);
  const atMost = (bounds?.atMost ?? []).map((n) => env.byName.get(n)!);
  return (rng, get, shift) => {
    const key = by >= 0 ? caseKey(get(by)) : undefined;
    const m = (key !== undefined ? cases.get(key) : undefined) ?? model;
    if (!bounds) return m.draw(rng, shift);
    const lo = atLeast.length ? (extreme(atLeast, get, true) ?? -Infinity) : -Infinity;
    const hi = atMost.length ? (extreme(atMost, get, false) ?? Infinity) : Infinity;
    return m.drawWithin(rng, shift, lo, hi);
  };
}

/** The largest (or smallest) numeric value among the columns of the row; undefined when none is there. */
export function extreme(sources: readonly number[], get: Get, largest: boolean): number | undefined {
  let best: number | undefined;
  for (const s of sources) {
    const v = get(s);
    if (typeof v !== "number") continue;
    if (best === undefined || (largest ? v > best : v < best)) best = v;
  }
  return best;
}
