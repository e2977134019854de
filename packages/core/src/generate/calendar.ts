import type { CALENDARS } from "../spec/schema.js";

export type Calendar = (typeof CALENDARS)[number];

const DAY = 86_400_000;
const HOUR = 3_600_000;
const OPEN = 9 * HOUR;
const CLOSE = 17 * HOUR;

/** Whether an instant keeps a calendar rule: weekdays Monday-Friday; business hours also 09:00-17:00 (for datetimes). */
export function keepsCalendar(t: number, calendar: Calendar, datetime: boolean): boolean {
  if (calendar === "any") return true;
  const weekday = new Date(t).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (calendar === "weekdays" || !datetime) return true;
  const time = ((t % DAY) + DAY) % DAY;
  return time >= OPEN && time < CLOSE;
}

/** The nearest instant that keeps the rule, moving forward (or back) from t: a last resort after redraws. */
export function moveToCalendar(t: number, calendar: Calendar, datetime: boolean, forward: boolean): number {
  let v = t;
  for (let i = 0; i < 8 && !keepsCalendar(v, calendar, datetime); i++) {
    const day = Math.floor(v / DAY) * DAY;
    const time = v - day;
    if (datetime && calendar === "business_hours") {
      if (forward) v = time < OPEN && keepsCalendar(day + OPEN, calendar, true) ? day + OPEN : day + DAY + OPEN;
      else v = time >= CLOSE && keepsCalendar(day + CLOSE - 1000, calendar, true) ? day + CLOSE - 1000 : day - DAY + CLOSE - 1000;
    } else v += forward ? DAY : -DAY;
  }
  return v;
}
