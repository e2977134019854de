import type { Column } from "../../spec/schema.js";
import { isNumeric, type PlannedColumn } from "./columns.js";
import { findColumn } from "./mess.js";

/**
 * Totals the listed columns make, when the knowledge base did not say so: revenue is the
 * customers served times the average ticket, a rental's total charge its days times the
 * daily rate, MRR the seats times the price per seat, a bet's payout the stake times the
 * odds when it won; and a share "used of available" (rooms sold of rooms available) is
 * never above its whole, with the rate column computed from the two.
 */

const numeric = (p: PlannedColumn) => isNumeric(p.column);
const free = (p: PlannedColumn) => numeric(p) && !(p.column as { offset?: unknown }).offset;

/** A total of a row: "revenue", "total charge", "amount billed", "payout", "mrr". */
const TOTAL = /^(?:total(?:_\w+)?|\w+_total|revenue|\w+_revenue|revenue_\w+|sales|gross_sales|charge|total_charge|amount|amount_billed|amount_charged|bill|bill_amount|invoice_amount|payout|\w+_payout|mrr|arr|earnings|income|fare_total|cost_total)$/;

/** A price of one unit, and the words of what is counted: "price per seat" counts seats, a "daily rate" days. */
function unitOf(name: string): RegExp | undefined {
  const per = /(?:^|_)(?:price|cost|fee|rate|fare|charge|spend|revenue)_per_([a-z]+)/.exec(name) ?? /^per_([a-z]+)_(?:price|cost|fee|rate)$/.exec(name);
  if (per) {
    const noun = per[1]!.replace(/s$/, "");
    return new RegExp(`(?:^|_)${noun}s?(?:_|$)`);
  }
  const period = /^(daily|hourly|nightly|weekly|monthly)_(?:rate|price|fee|cost|charge|rent)$/.exec(name);
  if (period) {
    const unit = { daily: "days?", hourly: "hours?", nightly: "nights?", weekly: "weeks?", monthly: "months?" }[period[1] as "daily"];
    return new RegExp(`(?:^|_)${unit}(?:_|$)`);
  }
  if (/^(?:avg|average|mean)_(?:ticket|spend|check|order_value|order|basket|sale|transaction|bill|purchase)(?:_\w+)?$|^(?:aov|average_order_value|avg_order_value)$/.test(name)) {
    return /(?:^|_)(?:customers|orders|transactions|tickets|covers|visitors|guests|served|sold|checks|purchases|sales_count)(?:_|$)/;
  }
  if (/^(?:unit_price|price_each|price_per_unit|unit_cost)$/.test(name)) return /(?:^|_)(?:quantity|qty|units|units_sold|items)(?:_|$)/;
  return undefined;
}

function linkProducts(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  for (const total of items) {
    if (total === target || !numeric(total) || !TOTAL.test(total.column.name)) continue;
    for (const price of items) {
      if (price === total || !free(price)) continue;
      const counts = unitOf(price.column.name);
      if (!counts) continue;
      const quantity = items.filter((q) => q !== total && q !== price && free(q) && counts.test(q.column.name) && !unitOf(q.column.name));
      if (quantity.length !== 1) continue;
      total.column = { name: total.column.name, kind: "formula", expression: `round(${quantity[0]!.column.name} * ${price.column.name}, 2)`, type: "number", decimals: 2, min: 0 } as Column;
      break;
    }
  }
}

/** "payout" beside a stake, odds and a won flag: what a winning bet returns, nothing for a lost one. */
function linkPayout(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  const payout = items.find((p) => p !== target && numeric(p) && /(?:^|_)(?:payout|winnings|return|returns|amount_won)(?:_|$)/.test(p.column.name));
  const stake = items.find((p) => free(p) && /(?:^|_)(?:stake|wager|bet_amount|amount_wagered|bet_size)(?:_|$)/.test(p.column.name));
  const odds = items.find((p) => free(p) && /(?:^|_)odds(?:_|$)/.test(p.column.name));
  if (!payout || !stake || !odds) return;
  const won = items.find((p) => p.column.kind === "boolean" && /^(?:won|win|is_win|bet_won|winner|result_won)$/.test(p.column.name));
  const pays = `round(${stake.column.name} * ${odds.column.name}, 2)`;
  payout.column = { name: payout.column.name, kind: "formula", expression: won ? `if(${won.column.name}, ${pays}, 0)` : pays, type: "number", decimals: 2, min: 0 } as Column;
  // Decimal odds are at least 1 (a stake back); longer odds win less often (polarity.ts).
  const o = odds.column as Column & { min?: number; decimals?: number };
  if (o.kind === "integer" || (o.min ?? 0) < 1.01) odds.column = { name: o.name, kind: "number", distribution: "lognormal", mean: 2.6, sd: 1.8, min: 1.01, max: 50, decimals: 2 } as Column;
}

/** "rooms sold" of "rooms available", "seats filled" of "seats": the part never above the whole; "occupancy %" is the share. */
function linkShares(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  for (const part of items) {
    const m = /^(?:(\w+)_)?(?:sold|occupied|used|booked|filled|taken|rented|wasted|spoiled|discarded|unsold|returned)(?:_(\w+))?$/.exec(part.column.name);
    if (!m || !free(part)) continue;
    const noun = m[1] ?? m[2];
    if (!noun) continue;
    const whole = items.find((p) => p !== part && free(p) && new RegExp(`^(?:${noun}_(?:available|total|capacity|in_inventory|offered|listed|on_offer|posted|baked|produced|made|prepared|stocked|manufactured|printed|brewed|harvested|poured)|(?:available|total|offered)_${noun}|${noun})$`).test(p.column.name));
    if (!whole) continue;
    const c = part.column as Column & { bounds?: unknown };
    if (!c.bounds) part.column = { ...c, bounds: { atMost: [whole.column.name] } } as Column;
    const rate = items.find((p) => p !== target && numeric(p) && /^(?:occupancy|occupancy_rate|occupancy_pct|utilization|utilization_rate|fill_rate|load_factor|sell_through|occupancy_percent)(?:_pct|_percent)?$/.test(p.column.name));
    if (rate) rate.column = { name: rate.column.name, kind: "formula", expression: `round(100 * ${part.column.name} / max(1, ${whole.column.name}), 1)`, type: "number", decimals: 1, min: 0, max: 100 } as Column;
  }
}

/**
 * "fee (hours parked x hourly rate)", "material cost (grams times price per gram)": the user wrote
 * the formula; each side names another listed column. A side that names none leaves the column as planned.
 */
function statedFormulas(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  for (const p of items) {
    const f = p.facts.formula;
    if (!f || p === target) continue;
    const others = items.filter((q) => q !== p && numeric(q)).map((q) => q.column);
    // "parts + labor + tax", "qty x price x nights": a sum or product may name more than two.
    const more = f.op === "+" ? /\s+(?:\+|plus)\s+/i : f.op === "*" ? /\s+(?:x|\*|×|times)\s+/i : undefined;
    const words = [f.left, ...(more ? f.right.split(more) : [f.right])];
    const operands: Column[] = [];
    for (const w of words) {
      const c = findColumn(others.filter((o) => !operands.includes(o)), w);
      if (c) operands.push(c);
    }
    if (operands.length !== words.length) continue;
    const [left, right] = operands as [Column, Column];
    const expression = f.op === "/" ? `${left.name} / max(0.0001, ${right.name})` : operands.map((c) => c.name).join(` ${f.op} `);
    p.column = { name: p.column.name, kind: "formula", expression: `round(${expression}, 2)`, type: "number", decimals: 2 } as Column;
  }
}

/** A tip is a share of what it is left on: mostly 15-20% of the bill, sometimes nothing. */
function linkTip(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  const tip = items.find((p) => p !== target && free(p) && /^(?:tip|tips|tip_amount|gratuity|tip_usd)$/.test(p.column.name));
  const base = items.find((p) => p !== tip && free(p) && /^(?:price|bill|fare|subtotal|check|total|amount|bill_amount|service_price|meal_cost|fare_amount|total_bill)(?:_usd)?$/.test(p.column.name));
  if (!tip || !base) return;
  tip.column = { name: tip.column.name, kind: "formula", expression: `round(${base.column.name} * max(0, normal(0.17, 0.07)), 2)`, type: "number", decimals: 2, min: 0 } as Column;
}

/** "cost overrun %" beside an estimated and an actual cost: the actual follows the estimate, the overrun is their difference in percent. */
function linkOverrun(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  for (const over of items) {
    const m = /^(\w+?)_?(?:overrun|variance|overrun_pct|variance_pct|overrun_percent)$|^(?:overrun|variance)$/.exec(over.column.name);
    if (!m || over === target || !numeric(over)) continue;
    const noun = m[1] ?? "";
    const planned = items.find((p) => free(p) && new RegExp(`^(?:estimated|planned|budgeted|budget|forecast|expected|quoted)_${noun || "\\w+"}$`).test(p.column.name));
    const actual = planned && items.find((p) => free(p) && p !== planned && p !== target && p.column.name === planned.column.name.replace(/^[a-z]+_/, "actual_"));
    if (!planned || !actual) continue;
    // Most projects land near their estimate, a tail runs well over.
    actual.column = { name: actual.column.name, kind: "formula", expression: `round(${planned.column.name} * max(0.6, normal(1.08, 0.15)), 2)`, type: "number", decimals: 2, min: 0 } as Column;
    over.column = { name: over.column.name, kind: "formula", expression: `round(100 * (${actual.column.name} - ${planned.column.name}) / max(1, ${planned.column.name}), 1)`, type: "number", decimals: 1 } as Column;
  }
}

export function linkTotals(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  linkOverrun(items, target);
  statedFormulas(items, target);
  linkTip(items, target);
  linkShares(items, target);
  linkPayout(items, target);
  linkProducts(items, target);
}
