import { describe, expect, it } from "vitest";
import { planOffline, type Column, type DatasetSpec } from "@synthdata/core";
import { generateRecords, mean } from "./helpers.js";

// Reader rules and knowledge found by the held-out realism fixture (issue 14): each test plans a
// description as a learner would type it, generates rows and looks at what a domain expert would.
const column = (spec: DatasetSpec, name: string): Column => {
  const c = spec.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${spec.columns.map((x) => x.name).join(", ")}`);
  return c;
};
const nums = (rows: Record<string, string>[], name: string) => rows.map((r) => Number(r[name])).filter((x) => Number.isFinite(x));

describe("offline planner: stated scales", () => {
  it("maps a 1-5 concept proportionally onto a stated 1-10 scale", async () => {
    const { spec } = planOffline("employee survey: department, job satisfaction 1-10, monthly income");
    const rows = await generateRecords(spec, 2000, 3);
    const values = nums(rows, "job_satisfaction");
    expect(Math.min(...values)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...values)).toBe(10);
    // A 1-5 concept centred near 2.5-4 sits near 4.5-7.5 on 1-10, not at its old 1-5 centre.
    expect(mean(values)).toBeGreaterThan(4.5);
  });

  it("keeps the concept's own distribution when its own scale is stated again", async () => {
    const { spec } = planOffline("airbnb listings: room type, price per night, review score 1-5");
    const rows = await generateRecords(spec, 2000, 3);
    const scores = nums(rows, "review_score");
    expect(mean(scores)).toBeGreaterThan(4.5);
    expect(scores.some((x) => !Number.isInteger(x))).toBe(true);
  });
});

describe("offline planner: phrases the knowledge base does not name", () => {
  it("reads a trailing count word as the column's head: 'items count' is how many, not a product", () => {
    const { spec } = planOffline("online orders: order id, items count, unit price, likes count");
    expect(column(spec, "items_count").kind).toBe("integer");
    expect(column(spec, "likes_count").kind).toBe("integer");
  });

  it("reads letter ranges, 'via' before listed values, 'joined on', '... flag', '... year' and people counts", () => {
    const { spec } = planOffline("club export: zone A-D, payment via card/paypal/apple pay, joined on, critical issue flag, graduation year, students riding, storage gb, roof tilt degrees");
    expect(column(spec, "zone")).toMatchObject({ kind: "category", values: ["A", "B", "C", "D"] });
    expect(column(spec, "payment")).toMatchObject({ kind: "category", values: ["card", "paypal", "apple pay"] });
    expect(column(spec, "joined_on").kind).toBe("date");
    expect(column(spec, "critical_issue_flag").kind).toBe("boolean");
    expect(column(spec, "graduation_year")).toMatchObject({ kind: "integer", min: 1995, max: 2024 });
    expect(column(spec, "students_riding").kind).toBe("integer");
    // Storage comes in tiers (64/128/256 GB): a category of sizes in GB, never free text.
    const storage = column(spec, "storage_gb");
    expect(storage.kind).toBe("category");
    if (storage.kind === "category") for (const v of storage.values) expect(Number(v)).toBeGreaterThanOrEqual(8);
    expect(["integer", "number"]).toContain(column(spec, "roof_tilt_degrees").kind);
  });

  it("keeps a time frame in the name and reads an event in a time frame as a yes/no", () => {
    const { spec } = planOffline("parking citations: citation number, fine amount, sessions last 30 days, paid within 30 days");
    expect(column(spec, "sessions_last_30_days").kind).toBe("integer");
    expect(column(spec, "paid_within_30_days").kind).toBe("boolean");
  });

  it("reads a trailing 'year' as a calendar year, not the concept's years-since", () => {
    const { spec } = planOffline("employees: department, overtime yes/no, last promotion year, years at company, attrition");
    expect(column(spec, "last_promotion_year")).toMatchObject({ kind: "integer", min: 2005, max: 2024 });
    expect(column(spec, "last_promotion_year")).not.toHaveProperty("bounds");
  });
});

describe("offline planner: relations without a target", () => {
  it("gives short-term rentals real room-type shares and prices by room type and size", async () => {
    const { spec } = planOffline("airbnb listings: neighbourhood, room type entire home/private room/shared room, accommodates, bedrooms, price per night, minimum nights, number of reviews, review score, superhost y/n");
    const rows = await generateRecords(spec, 3000, 5);
    const share = (v: string) => rows.filter((r) => r["room_type"] === v).length / rows.length;
    expect(share("entire home")).toBeGreaterThan(0.5);
    expect(share("shared room")).toBeLessThan(0.06);
    const price = (v: string) => mean(rows.filter((r) => r["room_type"] === v).map((r) => Number(r["price_per_night"])));
    expect(price("entire home")).toBeGreaterThan(1.5 * price("private room"));
    const byBedrooms = (b: (n: number) => boolean) => mean(rows.filter((r) => r["room_type"] === "entire home" && b(Number(r["bedrooms"]))).map((r) => Number(r["price_per_night"])));
    expect(byBedrooms((n) => n >= 3)).toBeGreaterThan(byBedrooms((n) => n <= 1));
    expect(Math.min(...nums(rows, "accommodates"))).toBeGreaterThanOrEqual(1);
    const reviews = nums(rows, "number_of_reviews").sort((a, b) => a - b);
    expect(reviews[Math.floor(reviews.length / 2)]).toBeGreaterThanOrEqual(12);
    expect(reviews[reviews.length - 1]).toBeGreaterThan(150);
  });

  it("puts a taxi's dropoff after its pickup and its fare on the distance", async () => {
    const { spec } = planOffline("taxi rides data: pickup datetime, dropoff datetime, passenger count, trip distance miles, fare amount, tip amount, payment type cash or card");
    const rows = await generateRecords(spec, 1000, 5);
    expect(rows.every((r) => r["dropoff_datetime"]! > r["pickup_datetime"]!)).toBe(true);
    expect(Math.max(...nums(rows, "passenger_count"))).toBeLessThanOrEqual(6);
    const long = rows.filter((r) => Number(r["trip_distance_miles"]) > 5).map((r) => Number(r["fare_amount"]));
    const short = rows.filter((r) => Number(r["trip_distance_miles"]) < 1.5).map((r) => Number(r["fare_amount"]));
    expect(mean(long)).toBeGreaterThan(2 * mean(short));
    expect(rows.filter((r) => r["payment_type"] === "cash").every((r) => Number(r["tip_amount"]) === 0)).toBe(true);
  });

  it("reads 'library loans' as a library (not a lender) with due and return dates after checkout", async () => {
    const { spec } = planOffline("public library loans; patron id, book title, checkout date, due date, return date, days overdue, late fee");
    const rows = await generateRecords(spec, 500, 5);
    expect(rows.every((r) => r["due_date"]! > r["checkout_date"]! && r["return_date"]! > r["checkout_date"]!)).toBe(true);
    expect(Math.max(...nums(rows, "late_fee"))).toBeLessThanOrEqual(10);
  });
});
