import type { Column } from "../spec/schema.js";

type Seasonality = NonNullable<Extract<Column, { kind: "date" }>["seasonality"]>;

const DAY_MS = 86_400_000;
/** Weights by weekday, Sunday first (Date.getUTCDay order). */
const WEEKDAY: Record<Exclude<Seasonality, "none">, number[]> = {
  // Shoppers order more at weekends and on Mondays.
  retail: [1.35, 1.1, 0.95, 0.9, 0.95, 1.05, 1.3],
  // Offices: weekdays, a little on Saturdays.
  business: [0.05, 1, 1, 1, 1, 0.95, 0.12],
  weekend: [1.8, 0.75, 0.7, 0.7, 0.8, 1.1, 1.9],
};
/** Weights by month, January first. */
const MONTH: Record<Exclude<Seasonality, "none">, number[]> = {
  // Post-holiday lull, a summer dip, then the November-December peak.
  retail: [0.8, 0.75, 0.9, 0.9, 0.95, 0.95, 0.9, 0.95, 0.95, 1, 1.4, 1.7],
  business: [0.9, 1, 1.05, 1, 1, 1, 0.85, 0.8, 1.05, 1.05, 1.05, 0.85],
  weekend: [0.85, 0.85, 0.95, 1, 1.1, 1.2, 1.25, 1.25, 1.05, 1, 0.9, 1],
};

/**
 * The acceptance weight (0..1] of an instant under a seasonality, for
 * rejection sampling: a uniform draw is kept with this probability, so the
 * kept draws follow the weekly and yearly pattern and stay reproducible.
 */
export function seasonalWeight(seasonality: Seasonality | undefined): ((epochMs: number) => number) | undefined {
  if (!seasonality || seasonality === "none") return undefined;
  const week = WEEKDAY[seasonality];
  const month = MONTH[seasonality];
  const max = Math.max(...week) * Math.max(...month);
  return (ms) => {
    const day = Math.floor(ms / DAY_MS);
    // 1970-01-01 was a Thursday (day 4).
    const weekday = (((day + 4) % 7) + 7) % 7;
    return (week[weekday]! * month[new Date(day * DAY_MS).getUTCMonth()]!) / max;
  };
}
