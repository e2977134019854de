import type { Column } from "../spec/schema.js";
import type { NumericModel } from "./numeric.js";

/** business_hours: 09:00-17:00 on a weekday, in seconds. */
const BUSINESS_SECONDS = 8 * 3600;

/**
 * How many distinct values a number column can take: the grid of its decimals
 * between min and max, counted in whole steps (0..1 with two decimals is 101),
 * the same rounding the generator applies, so float error never loses a step.
 */
export function numberCapacity(model: NumericModel, decimals: number): number {
  if (!Number.isFinite(model.lo) || !Number.isFinite(model.hi)) return Infinity;
  const factor = 10 ** decimals;
  const steps = Math.round(model.hi * factor) - Math.round(model.lo * factor) + 1;
  return Number.isFinite(steps) ? steps : Infinity;
}

/**
 * How many distinct values a date (days) or datetime (seconds) column can
 * take between from and to, on the days its calendar allows: every day, or
 * Monday-Friday (weekdays, business_hours; business hours also only 8 hours a day).
 * `from` and `to` are in the column's unit (days or seconds since the epoch).
 */
export function dateCapacity(column: Extract<Column, { kind: "date" | "datetime" }>, from: number, to: number): number {
  if (to < from) return 0;
  const calendar = column.calendar ?? "any";
  if (column.kind === "date") return calendar === "any" ? to - from + 1 : weekdaysBetween(from, to);
  if (calendar === "any") return to - from + 1;
  const days = weekdaysBetween(Math.floor(from / 86_400), Math.floor(to / 86_400));
  return calendar === "weekdays" ? Math.min(to - from + 1, days * 86_400) : Math.min(to - from + 1, days * BUSINESS_SECONDS);
}

/** Monday-Friday days in [from, to], days since the epoch (1970-01-01 was a Thursday). */
export function weekdaysBetween(from: number, to: number): number {
  const weekday = (day: number) => (((day + 4) % 7) + 7) % 7; // 0 Sunday .. 6 Saturday
  const whole = Math.floor((to - from + 1) / 7);
  let count = whole * 5;
  for (let day = from + whole * 7; day <= to; day++) {
    const w = weekday(day);
    if (w !== 0 && w !== 6) count++;
  }
  return count;
}

