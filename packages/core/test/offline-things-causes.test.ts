import { describe, expect, it } from "vitest";
import { planOffline, type Column, type DatasetSpec } from "@synthdata/core";
import { generateRecords, mean, spearman } from "./helpers.js";

// Causes found by heldout6 (commerce, finance, SaaS, transport, utilities, travel, media): each test
// plans a description as a learner would type it and looks at what a data scientist would.
const column = (spec: DatasetSpec, name: string): Column => {
  const c = spec.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${spec.columns.map((x) => x.name).join(", ")}`);
  return c;
};
const names = (spec: DatasetSpec) => spec.columns.map((c) => c.name);

describe("offline planner: causes found by heldout6", () => {
  it("splits on w/ only as a word of its own, so slash values ending in w stay one list", () => {
    const { spec } = planOffline("cruise bookings: booking id, cabin type inside/oceanview/balcony/suite, passengers");
    expect(column(spec, "cabin_type")).toMatchObject({ kind: "category", values: ["inside", "oceanview", "balcony", "suite"] });
    expect(names(spec)).toEqual(["booking_id", "cabin_type", "passengers"]);
  });

  it("reads 'out of N' as the column's scale", async () => {
    const { spec } = planOffline("video game catalogue with game title, critic score out of 100, user score out of 10");
    const rows = await generateRecords(spec, 1000, 3);
    const users = rows.map((r) => Number(r["user_score_out_of_10"]));
    expect(Math.max(...users)).toBeLessThanOrEqual(10);
    expect(Math.min(...users)).toBeGreaterThanOrEqual(0);
    expect(spearman(rows, "critic_score_out_of_100", "user_score_out_of_10")).toBeGreaterThan(0.2);
  });

  it("keeps a water leak a column, not a data-leak scenario", () => {
    const { spec } = planOffline("water utility billing; account number, gallons used, meter age in years, leak detected, bill amount usd");
    expect(spec.scenario).toBeUndefined();
    expect(column(spec, "leak_detected").kind).toBe("boolean");
    expect(planOffline("customers with age, income and churn, with a data leak").spec.scenario?.map((s) => s.kind)).toEqual(["leak"]);
  });

  it("makes the column a 'what drives X?' question names the target, with no column of its own", () => {
    const { spec } = planOffline("support tickets: ticket id, opened at, closed at, first response time in hours, number of replies, csat 1-5. what drives a low csat?");
    expect(spec.target).toBe("csat");
    expect(names(spec).some((n) => n.includes("drive"))).toBe(false);
    const effects = (column(spec, "csat") as { effects?: { column: string; weight: number }[] }).effects ?? [];
    expect(effects.find((e) => e.column === "first_response_time_hours")?.weight).toBeLessThan(0);
  });

  it("keeps an outcome's own noun that is not the rows ('whether the refund was approved')", () => {
    const { spec } = planOffline("return requests with order value, days since delivery and whether the refund was approved");
    expect(spec.target).toBe("refund_approved");
    expect(planOffline("orders with amount and whether the order was returned").spec.target).toBe("returned");
  });

  it("multiplies a trade's shares by the price per share and ends a bike trip at start plus duration", async () => {
    const trades = planOffline("stock trades from a brokerage app - trade id, quantity of shares, price per share, trade value").spec;
    expect(column(trades, "trade_value").kind).toBe("formula");
    const bikes = planOffline("bike share trip records. trip id, start time, end time, duration in minutes, distance km").spec;
    const rows = await generateRecords(bikes, 500, 5);
    for (const r of rows.slice(0, 50)) {
      const minutes = (Date.parse(String(r["end_time"])) - Date.parse(String(r["start_time"]))) / 60000;
      expect(Math.abs(minutes - Number(r["duration_minutes"]))).toBeLessThan(1);
    }
    expect(spearman(rows, "distance_km", "duration_minutes")).toBeGreaterThan(0.3);
  });

  it("flags an API request as an error by its 4xx/5xx status code", async () => {
    const { spec } = planOffline("api request logs: request id, timestamp, http method, status code, response time ms, is error");
    const rows = await generateRecords(spec, 3000, 11);
    const bad = rows.filter((r) => Number(r["status_code"]) >= 400);
    const good = rows.filter((r) => Number(r["status_code"]) < 400);
    const rate = (xs: typeof rows) => mean(xs.map((r) => (String(r["is_error"]) === "true" ? 1 : 0)));
    expect(rate(bad) - rate(good)).toBeGreaterThan(0.5);
  });
});
