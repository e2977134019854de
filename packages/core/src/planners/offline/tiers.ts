import type { Column, Effect } from "../../spec/schema.js";
import type { PlannedColumn } from "./columns.js";

/**
 * A loyalty or plan tier is earned or bought by activity: platinum members fly and spend more
 * than blue ones, enterprise accounts have more seats than starter ones. When a listed category's
 * values are a known ladder, the row's activity columns (flights, miles, spend, visits, seats)
 * rise with its upper rungs. Columns the knowledge base already ties to the tier keep their effects.
 */
const LADDERS = [
  ["basic", "standard", "plus", "premium", "elite", "vip"],
  ["bronze", "silver", "gold", "platinum", "diamond"],
  ["blue", "silver", "gold", "platinum"],
  ["free", "basic", "pro", "business", "enterprise"],
  ["starter", "growth", "pro", "enterprise"],
  ["economy", "premium economy", "business", "first"],
];

const TIER_NAME = /(?:^|_)(?:tier|level|status|membership|plan|loyalty_tier|member_tier|membership_tier|plan_tier|class|cabin)(?:_|$)/;
const ACTIVITY = /(?:^|_)(?:flights|miles|points|spend|spent|spending|purchases|orders|visits|sessions|nights|stays|trips|seats|usage|logins|redeemed|balance|lounge|bookings|revenue|mrr|arr|transactions|rides)(?:_|$)/;

/** The rung of each value (0 = bottom) when the values are a known ladder, else undefined. */
function rungs(values: string[]): Map<string, number> | undefined {
  const lower = values.map((v) => v.toLowerCase().trim());
  for (const ladder of LADDERS) {
    if (lower.length >= 3 && lower.every((v) => ladder.includes(v))) {
      const sorted = [...lower].sort((a, b) => ladder.indexOf(a) - ladder.indexOf(b));
      return new Map(values.map((v, i) => [v, sorted.indexOf(lower[i]!)]));
    }
  }
  return undefined;
}

export function linkTiers(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  for (const tier of items) {
    const c = tier.column;
    if (c.kind !== "category" || !TIER_NAME.test(c.name) || tier === target) continue;
    const rank = rungs(c.values);
    if (!rank) continue;
    const top = Math.max(...rank.values());
    for (const p of items) {
      const col = p.column as Column & { effects?: Effect[] };
      if (p === tier || p === target || (col.kind !== "integer" && col.kind !== "number") || !ACTIVITY.test(col.name)) continue;
      if (col.effects?.some((e) => e.column === c.name)) continue;
      // Each rung above the bottom adds activity; the top rung about 1.5 SDs over the bottom.
      const add = c.values.filter((v) => rank.get(v)! > 0).map((v) => ({ column: c.name, value: v, weight: Math.round((1.5 * rank.get(v)!) / top * 100) / 100 }));
      p.column = { ...col, effects: [...(col.effects ?? []), ...add].slice(0, 20) } as Column;
    }
  }
}
