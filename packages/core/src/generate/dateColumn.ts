import { parseSpecDate } from "../spec/dates.js";
import { dateOffset } from "../spec/relations.js";
import type { DateColumn, DatetimeColumn } from "../spec/schema.js";
import { keepsCalendar, moveToCalendar } from "./calendar.js";
import { columnRandom, REDRAW, type ColumnGenerator, type GeneratorBase } from "./columnStream.js";
import type { SpecContext } from "./effects.js";
import { gapSampler, onGrid } from "./gap.js";
import { extreme } from "./numberColumn.js";
import { Random } from "./random.js";
import { seasonalWeight } from "./seasonality.js";
import type { Value } from "./types.js";

const DAY_MS = 86_400_000;
const UNIT_MS = { days: DAY_MS, hours: 3_600_000, minutes: 60_000, seconds: 1000 } as const;
/** Redraws of a value that breaks the calendar before it is moved to the nearest allowed day. */
const CALENDAR_TRIES = 64;

type Get = (index: number) => Value | undefined;

/**
 * A date or datetime column: uniform (or seasonal) within from..to, kept
 * within other dates of the row (bounds), or placed after/before them by a
 * gap (offset, and its short form after); always on the calendar asked for.
 */
export function dateGenerator(column: DateColumn | DatetimeColumn, base: GeneratorBase, env: SpecContext): ColumnGenerator {
  const datetime = column.kind === "datetime";
  const res = datetime ? 1000 : DAY_MS;
  const from = Math.floor(parseSpecDate(column.from) / res);
  const to = Math.floor(parseSpecDate(column.to) / res);
  const span = to - from + 1;
  const weight = seasonalWeight(column.seasonality);
  const calendar = column.calendar ?? "any";
  const offset = dateOffset(column);
  const bounds = offset ? undefined : column.bounds;
  const salt = base.salt;

  let drawOne: (rng: Random, get: Get) => Value;
  if (offset) {
    const sources = offset.columns.map((n) => env.byName.get(n)!);
    const after = offset.direction === "after";
    const unit = UNIT_MS[offset.unit ?? "days"];
    const gap = gapSampler(offset.gap, 30);
    drawOne = (rng, get) => {
      const ref = extreme(sources, get, after);
      if (ref === undefined) return null;
      let v = 0;
      for (let tries = 0; tries < (calendar === "any" ? 1 : CALENDAR_TRIES); tries++) {
        const u = gap.uniform ? rng.next() : 0;
        const g = (gap.uniform ? 0 : gap.draw(rng)) * unit;
        v = after
          ? onGrid(ref + gap.min * unit, ref + gap.max * unit, u, ref + g, gap.uniform, res, false)
          : onGrid(ref - gap.max * unit, ref - gap.min * unit, u, ref - g, gap.uniform, res, false);
        if (keepsCalendar(v, calendar, datetime)) return v;
      }
      return moveToCalendar(v, calendar, datetime, after);
    };
  } else if (bounds || calendar !== "any") {
    const atLeast = (bounds?.atLeast ?? []).map((n) => env.byName.get(n)!);
    const atMost = (bounds?.atMost ?? []).map((n) => env.byName.get(n)!);
    drawOne = (rng, get) => {
      let lo = from;
      let hi = to;
      const least = atLeast.length ? extreme(atLeast, get, true) : undefined;
      const most = atMost.length ? extreme(atMost, get, false) : undefined;
      if (least !== undefined) lo = Math.max(lo, Math.ceil(least / res));
      if (most !== undefined) hi = Math.min(hi, Math.floor(most / res));
      if (lo > hi) {
        // The row's bounds lie outside from..to: the bounds are the relation, so they win.
        lo = least !== undefined ? Math.ceil(least / res) : hi;
        hi = most !== undefined ? Math.floor(most / res) : lo;
        if (lo > hi) return hi * res;
      }
      const n = hi - lo + 1;
      let v = lo * res;
      for (let tries = 0; tries < CALENDAR_TRIES; tries++) {
        v = (lo + rng.int(n)) * res;
        if (keepsCalendar(v, calendar, datetime) && (!weight || rng.next() < weight(v))) return v;
      }
      const moved = moveToCalendar(v, calendar, datetime, v <= ((lo + hi) / 2) * res);
      return moved >= lo * res && moved <= hi * res ? moved : moveToCalendar(v, calendar, datetime, !(v <= ((lo + hi) / 2) * res));
    };
  } else {
    drawOne = (rng) => {
      if (weight) {
        // Rejection sampling; the weights' floor keeps the expected number of tries small.
        for (let tries = 0; tries < 64; tries++) {
          const candidate = (from + rng.int(span)) * res;
          if (rng.next() < weight(candidate)) return candidate;
        }
      }
      return (from + rng.int(span)) * res;
    };
  }
  const reads = offset !== undefined || bounds !== undefined;
  return {
    ...base,
    capacity: reads ? Infinity : span,
    fill: (ctx) => {
      const rng = columnRandom(ctx, salt);
      const out = new Array<Value>(ctx.length);
      let row = 0;
      const get: Get = (c) => ctx.columns[c]![row];
      for (; row < ctx.length; row++) out[row] = drawOne(rng, get);
      return out;
    },
    redraw: (row, attempt, r) => drawOne(Random.for(r.seed, row, salt, attempt, REDRAW), (c) => r.sources[c]),
  };
}
