import type { Column, Effect } from "../../spec/schema.js";
import { isNumeric, type PlannedColumn } from "./columns.js";

/** "baseline score", "starting weight kg", "weight before": the measure at the start. */
const BEFORE = /^(?:baseline|pre|pretest|pre_test|initial|before|starting|start|entry|first|previous|prior|original|admission|intake|opening)_(.+)$|^(.+)_(?:before|at_baseline|at_start|at_entry|at_admission|at_intake|at_enrollment|pre|initial)$/;
/** "final SAT score", "current weight kg", "weight after": the same measure later. */
const AFTER = /^(?:final|post|posttest|post_test|after|end|ending|exit|current|latest|last|new|follow_up|followup|discharge|closing|week_\d+|month_\d+|year_end)_(.+)$|^(.+)_(?:after|at_end|at_exit|at_discharge|at_follow_up|at_followup|at_completion|post|final|now|today)$/;

/** Quantities a session uses up. */
const USED_UP = /(?:^|_)(?:pressure|tank|air|fuel|gas|battery|charge|charge_pct|soc|ink|toner|oxygen)(?:_|$)/;


/**
 * A measure taken twice (before and after, baseline and final) is one quantity on one scale, and
 * the later value follows the earlier one: a learner's post-test tracks the pre-test, a current
 * weight the starting weight. When the two were read on different scales ("baseline score" 0-100 next
 * to "final SAT score" 400-1600), the one named more precisely gives both its scale.
 */
export function linkPrePost(items: PlannedColumn[]): void {
  for (const after of items) {
    const a = AFTER.exec(after.column.name);
    if (!a || !isNumeric(after.column)) continue;
    const laterRest = a[1] ?? a[2]!;
    const before = items.find((p) => {
      if (p === after || !isNumeric(p.column)) return false;
      const b = BEFORE.exec(p.column.name);
      return b !== null && sameMeasure(b[1] ?? b[2]!, laterRest);
    });
    if (!before) continue;
    const earlierRest = (BEFORE.exec(before.column.name)![1] ?? BEFORE.exec(before.column.name)![2])!;
    sameScale(before, after, earlierRest.length >= laterRest.length);
    const c = after.column as Column & { effects?: Effect[] };
    // What a session uses up (a dive's tank pressure, a battery, fuel) ends below where it started.
    if (USED_UP.test(laterRest)) {
      const { effects: _e, ...shape } = before.column as Column & { effects?: Effect[]; mean?: number; min?: number };
      const mean = Math.abs((shape as { mean?: number }).mean ?? 1);
      after.column = { ...shape, name: c.name, offset: { columns: [before.column.name], direction: "before", gap: { min: 0, max: mean * 0.9, distribution: "normal", median: mean * 0.45, sd: mean * 0.15 } } } as Column;
      continue;
    }
    if (c.effects?.some((e) => e.column === before.column.name)) continue;
    after.column = { ...c, effects: [{ column: before.column.name, weight: 1.2 }, ...(c.effects ?? [])].slice(0, 8) } as Column;
  }
}

/** "score" and "sat_score", "weight_kg" and "weight_kg": the same head word, one name within the other. */
function sameMeasure(earlier: string, later: string): boolean {
  const e = earlier.split("_");
  const l = later.split("_");
  if (e[e.length - 1] !== l[l.length - 1] && e[0] !== l[0]) return false;
  return earlier === later || later.endsWith(`_${earlier}`) || earlier.endsWith(`_${later}`) || e[0] === l[0];
}

function sameScale(before: PlannedColumn, after: PlannedColumn, beforeNamesMore: boolean): void {
  const top = (c: Column) => (c as { max?: number; mean?: number }).max ?? ((c as { mean?: number }).mean ?? 1) * 4;
  const ratio = top(after.column) / Math.max(1e-9, top(before.column));
  if (ratio < 1.5 && ratio > 1 / 1.5) return;
  const [from, to] = beforeNamesMore ? [before, after] : [after, before];
  const { effects: _e, ...shape } = from.column as Column & { effects?: Effect[] };
  const { effects } = to.column as Column & { effects?: Effect[] };
  to.column = { ...shape, name: to.column.name, ...(effects ? { effects } : {}) } as Column;
}
