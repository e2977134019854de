import { describe, expect, it } from "vitest";
import { csvText, mean, parseCsv, spec } from "./helpers.js";

/**
 * Every relation kind, generated at 100k rows and checked on every row of the
 * CSV as read back by csv-parse (an engine that had no part in writing it):
 * each check counts violating rows, and 0 is a pass.
 */
const ROWS = 100_000;
const DAY = 86_400_000;
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const num = (s: string | undefined) => Number(s);
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const shop = spec([
  { name: "order_id", kind: "id", format: "sequence" },
  { name: "plan", kind: "category", values: ["basic", "premium", "deluxe"], weights: [5, 3, 2] },
  {
    name: "monthly_fee",
    kind: "number",
    distribution: "normal",
    mean: 20,
    sd: 1,
    min: 0,
    conditional: { column: "plan", cases: [{ value: "basic", mean: 9.99, sd: 0.5 }, { value: "premium", mean: 19.99, sd: 0.5 }, { value: "deluxe", mean: 34.99, sd: 0.5 }] },
  },
  { name: "state", kind: "category", values: ["CA", "NY"] },
  { name: "city", kind: "category", values: ["Los Angeles", "San Francisco", "New York", "Buffalo"], conditional: { column: "state", cases: [{ value: "CA", weights: [3, 1, 0, 0] }, { value: "NY", weights: [0, 0, 4, 1] }] } },
  { name: "quantity", kind: "integer", min: 1, max: 10 },
  { name: "unit_price", kind: "number", distribution: "lognormal", mean: 30, sd: 15, min: 1 },
  { name: "total", kind: "formula", expression: "quantity * unit_price + normal(0, 0.5)", decimals: 2, min: 0 },
  { name: "discount", kind: "number", distribution: "normal", mean: 118, sd: 40, min: 0, bounds: { atMost: ["total"] } },
  { name: "net", kind: "formula", expression: "round(total - discount, 2)" },
  { name: "impressions", kind: "integer", distribution: "lognormal", mean: 1000, sd: 800, min: 1 },
  { name: "clicks", kind: "integer", distribution: "poisson", mean: 30, bounds: { atMost: ["impressions"] } },
  { name: "ctr", kind: "formula", expression: "round(clicks / impressions, 4)", decimals: 4 },
  { name: "order_date", kind: "date", from: "2023-01-01", to: "2024-12-31", calendar: "weekdays" },
  { name: "ship_date", kind: "date", from: "2023-01-01", to: "2024-12-31", after: { column: "order_date", minDays: 0, maxDays: 2 } },
  { name: "delivery_date", kind: "date", from: "2023-01-01", to: "2024-12-31", offset: { columns: ["ship_date"], direction: "after", gap: { min: 1, max: 7, distribution: "lognormal", median: 2.5 } } },
  { name: "transit_days", kind: "formula", type: "integer", expression: "days(ship_date, delivery_date)" },
  { name: "order_weekday", kind: "derived", rule: "weekday_name", from: ["order_date"] },
  { name: "order_month", kind: "derived", rule: "month_name", from: ["order_date"] },
  { name: "open", kind: "number", distribution: "normal", mean: 100, sd: 10 },
  { name: "close", kind: "number", distribution: "normal", mean: 100, sd: 10 },
  { name: "high", kind: "number", offset: { columns: ["open", "close"], direction: "after", gap: { min: 0, max: 5, distribution: "exponential", median: 1 } } },
  { name: "low", kind: "number", offset: { columns: ["open", "close"], direction: "before", gap: { min: 0, max: 5 } } },
  { name: "called_at", kind: "datetime", from: "2024-01-01T00:00:00Z", to: "2024-06-30T23:59:59Z", calendar: "business_hours" },
  { name: "date_of_birth", kind: "formula", type: "date", expression: "birthdate(age)" },
  { name: "age", kind: "integer", distribution: "normal", mean: 40, sd: 12, min: 18, max: 90 },
  { name: "age_check", kind: "formula", type: "integer", expression: "age(date_of_birth)" },
  { name: "big_order", kind: "formula", type: "boolean", expression: "total > 200 and not (plan == 'basic')" },
]);

describe("relations between columns, every row of 100k", () => {
  it("holds each relation on every row of the CSV", async () => {
    const rows = parseCsv(await csvText(shop, ROWS, 11));
    expect(rows).toHaveLength(ROWS);
    const broken = new Map<string, number>();
    const fail = (what: string, bad: boolean) => {
      if (bad) broken.set(what, (broken.get(what) ?? 0) + 1);
    };
    const fees = new Map<string, number[]>();
    const cityByState = new Map<string, Set<string>>();
    let noisy = 0;
    let beyond4sd = 0;
    let gapOf3OrLess = 0;
    const gaps = new Set<number>();
    for (const r of rows) {
      (fees.get(r["plan"]!) ?? fees.set(r["plan"]!, []).get(r["plan"]!)!).push(num(r["monthly_fee"]));
      (cityByState.get(r["state"]!) ?? cityByState.set(r["state"]!, new Set()).get(r["state"]!)!).add(r["city"]!);
      const total = num(r["total"]);
      const exact = num(r["quantity"]) * num(r["unit_price"]);
      fail("total within 6 sd of quantity * unit_price", Math.abs(total - exact) > 3.005);
      if (Math.abs(total - exact) > 2.005) beyond4sd++;
      if (Math.abs(total - exact) > 0.01) noisy++;
      fail("discount <= total", num(r["discount"]) > total || num(r["discount"]) < 0);
      fail("net = total - discount", Math.abs(num(r["net"]) - (total - num(r["discount"]))) > 0.0051);
      fail("clicks <= impressions", num(r["clicks"]) > num(r["impressions"]));
      fail("ctr = clicks / impressions", Math.abs(num(r["ctr"]) - num(r["clicks"]) / num(r["impressions"])) > 0.00005 + 1e-12);
      const order = day(r["order_date"]!);
      const ship = day(r["ship_date"]!);
      const delivery = day(r["delivery_date"]!);
      const weekday = new Date(order).getUTCDay();
      fail("order_date on a weekday", weekday === 0 || weekday === 6);
      fail("ship 0-2 days after order", (ship - order) / DAY < 0 || (ship - order) / DAY > 2);
      const transit = (delivery - ship) / DAY;
      gaps.add(transit);
      if (transit <= 3) gapOf3OrLess++;
      fail("delivery 1-7 days after ship", transit < 1 || transit > 7);
      fail("transit_days = delivery - ship", num(r["transit_days"]) !== transit);
      fail("order_weekday names order_date's day", r["order_weekday"] !== WEEKDAYS[weekday]);
      fail("order_month names order_date's month", r["order_month"] !== MONTHS[new Date(order).getUTCMonth()]);
      const open = num(r["open"]);
      const close = num(r["close"]);
      fail("high >= max(open, close)", num(r["high"]) < Math.max(open, close) || num(r["high"]) > Math.max(open, close) + 5.000001);
      fail("low <= min(open, close)", num(r["low"]) > Math.min(open, close) || num(r["low"]) < Math.min(open, close) - 5.000001);
      const called = new Date(r["called_at"]!);
      fail("called_at in business hours", called.getUTCDay() === 0 || called.getUTCDay() === 6 || called.getUTCHours() < 9 || called.getUTCHours() >= 17);
      fail("age(date_of_birth) = age", r["age_check"] !== r["age"]);
      fail("big_order = total > 200 and plan is not basic", (r["big_order"] === "true") !== (total > 200 && r["plan"] !== "basic"));
    }
    expect(Object.fromEntries(broken)).toEqual({});
    // Noise is there (not perfectly collinear), and the lognormal gap is mostly short but spans 1..7.
    expect(noisy / ROWS).toBeGreaterThan(0.9);
    expect(beyond4sd).toBeLessThan(20); // a normal noise passes 4 sd on 0.006% of rows
    expect(gapOf3OrLess / ROWS).toBeGreaterThan(0.6);
    expect([...gaps].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const basic = mean(fees.get("basic")!);
    const premium = mean(fees.get("premium")!);
    const deluxe = mean(fees.get("deluxe")!);
    expect(basic).toBeCloseTo(9.99, 1);
    expect(premium).toBeCloseTo(19.99, 1);
    expect(deluxe).toBeCloseTo(34.99, 1);
    expect([...cityByState.get("CA")!].sort()).toEqual(["Los Angeles", "San Francisco"]);
    expect([...cityByState.get("NY")!].sort()).toEqual(["Buffalo", "New York"]);
  }, 120_000);
});

describe("relations and reproducibility", () => {
  it("writes the same bytes with 1 and 3 workers (chunk k is a function of seed and k)", async () => {
    // Workers load the compiled modules: run `pnpm --filter @synthdata/core build` before this test.
    const { csvChunks } = await import("../src/parallel/csvChunks.js");
    const { compileSpec, parseSpec } = await import("@synthdata/core");
    const run = async (workers: number) => {
      let out = "";
      for await (const chunk of csvChunks(compileSpec(parseSpec(shop)), { rows: 7_777, seed: 5, workers, chunkRows: 1000 })) out += chunk;
      return out;
    };
    const one = await run(1);
    expect(await run(3)).toBe(one);
    expect(parseCsv(one)).toHaveLength(7_777);
  }, 60_000);

  it("salts each column's stream by its name: other columns do not move it, other names do not share it", async () => {
    const names = (columns: unknown[]) => csvText(spec(columns), 300, 3).then((t) => parseCsv(t).map((r) => r["name"]));
    const patients = await names([{ name: "name", kind: "faker", method: "person.fullName" }, { name: "ward", kind: "category", values: ["a", "b"] }]);
    const players = await names([{ name: "team", kind: "category", values: ["x", "y"] }, { name: "points", kind: "integer", min: 0, max: 50 }, { name: "name", kind: "faker", method: "person.fullName" }]);
    // Same name, same seed: the same stream wherever the column sits.
    expect(players).toEqual(patients);
    const renamed = parseCsv(await csvText(spec([{ name: "player", kind: "faker", method: "person.fullName" }]), 300, 3)).map((r) => r["player"]);
    expect(renamed.filter((n, i) => n === patients[i]).length).toBeLessThan(5);
  });
});
