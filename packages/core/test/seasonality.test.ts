import { describe, expect, it } from "vitest";
import { planOffline } from "@synthdata/core";
import { generateRecords, spec } from "./helpers.js";

const N = 100_000;
const dates = (seasonality: string) =>
  generateRecords(spec([{ name: "d", kind: "date", from: "2022-01-01", to: "2024-12-31", seasonality }]), N, 4).then((rows) => rows.map((r) => new Date(`${r["d"]}T00:00:00Z`)));
const share = (ds: Date[], f: (d: Date) => boolean) => ds.filter(f).length / ds.length;
const weekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

describe("date seasonality (domain priors)", () => {
  it("retail: busier at weekends and in November-December, at 100k rows", async () => {
    const ds = await dates("retail");
    const flat = await dates("none");
    expect(share(flat, weekend)).toBeCloseTo(2 / 7, 2);
    expect(share(ds, weekend)).toBeGreaterThan(2 / 7 + 0.04);
    const dec = share(ds, (d) => d.getUTCMonth() === 11);
    const feb = share(ds, (d) => d.getUTCMonth() === 1);
    expect(dec / feb).toBeGreaterThan(2);
    expect(ds.every((d) => d >= new Date("2022-01-01") && d <= new Date("2024-12-31"))).toBe(true);
  });

  it("business: hardly any weekend dates; weekend: mostly weekends", async () => {
    expect(share(await dates("business"), weekend)).toBeLessThan(0.05);
    expect(share(await dates("weekend"), weekend)).toBeGreaterThan(0.45);
  });

  it("the offline planner gives e-commerce order dates the retail pattern", () => {
    const order = planOffline("online store orders with order id, price, quantity and order date").spec.columns.find((c) => c.name === "order_date");
    expect(order).toMatchObject({ kind: "date", seasonality: "retail" });
    const posted = planOffline("instagram posts with likes, comments and posted at").spec.columns.find((c) => c.name === "posted_at");
    // Posting times come from the social media module of the knowledge base, which gives none a weekly pattern.
    expect(posted).toMatchObject({ kind: "datetime" });
  });
});
