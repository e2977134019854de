import { describe, expect, it } from "vitest";
import { planOffline, type Column, type DatasetSpec } from "@synthdata/core";
import { generateRecords, nums, spearman } from "./helpers.js";

// Causes found by heldout8 (written before the fixes), tested on other words: what the user wrote in
// parentheses, in a sentence, or in the order of the list says what a column is.
const column = (spec: DatasetSpec, name: string): Column => {
  const c = spec.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${spec.columns.map((x) => x.name).join(", ")}`);
  return c;
};

describe("offline planner: what the user's own words state", () => {
  it("makes a formula written in parentheses the column", async () => {
    const { spec } = planOffline("laser cutting jobs: job id, sheets used, cost per sheet, material cost (sheets used times cost per sheet), machine minutes");
    expect(column(spec, "material_cost").kind).toBe("formula");
    for (const r of await generateRecords(spec, 200, 3)) expect(Number(r.material_cost)).toBeCloseTo(Number(r.sheets_used) * Number(r.cost_per_sheet), 1);
    // A sum may name more than two columns.
    const jobs = planOffline("plumbing jobs: job id, parts cost, labor cost, call out fee, total bill (parts cost + labor cost + call out fee)").spec;
    for (const r of await generateRecords(jobs, 200, 3)) expect(Number(r.total_bill)).toBeCloseTo(Number(r.parts_cost) + Number(r.labor_cost) + Number(r.call_out_fee), 1);
  });

  it("reads a unit in parentheses as a note, three or more whole numbers as the values", () => {
    expect(column(planOffline("city air quality: city, date, no2 (µg/m³), pm10 (µg/m³)").spec, "pm10").kind).toBe("number");
    expect(column(planOffline("apartment listings: rent, bedrooms (1, 2, 3 or 4), floor").spec, "bedrooms")).toMatchObject({ kind: "category", values: ["1", "2", "3", "4"] });
  });

  it("counts a plural of a yes/no, measures a thing's weight as the thing's, and reads money that changed hands as money", async () => {
    const { spec } = planOffline("mini golf scorecards: player, course, strokes, holes in one");
    expect(column(spec, "strokes").kind).toBe("integer");
    const bins = await generateRecords(planOffline("waste audits: site, date, cardboard weight kg, glass weight kg").spec, 500, 2);
    // Not a person's 80 kg.
    expect(nums(bins, "cardboard_weight_kg").filter((x) => x >= 38 && x <= 200).length).toBeLessThan(400);
    const gym = planOffline("gym sign ups: member id, joining fee paid, passes remaining, plan type").spec;
    expect(["number", "integer"]).toContain(column(gym, "joining_fee_paid").kind);
    expect(column(gym, "passes_remaining").kind).toBe("integer");
  });

  it("reads a sentence of intent as the target, not as columns", () => {
    const { spec } = planOffline("gym data: I'm trying to predict the monthly fee from how members train, so I need member id, age, visits per week, personal training sessions, monthly fee");
    expect(spec.target).toBe("monthly_fee");
    expect(spec.title).toBe("Gym data");
    for (const c of spec.columns) expect(c.name).not.toMatch(/^(so_|how_|i_)/);
  });

  it("reads a first phrase naming the rows as the subject when no marker starts the list", () => {
    const { spec } = planOffline("pet grooming appointments, appointment date, groomer, breed, price, duration minutes");
    expect(spec.title).toBe("Pet grooming appointments");
    expect(spec.columns.map((c) => c.name)).not.toContain("pet_grooming_appointments");
  });

  it("leaves a tip as a share of the bill, and sells more ice cream on hot dry days", async () => {
    const taxi = await generateRecords(planOffline("taxi rides: ride id, pickup time, fare, tip, payment type").spec, 500, 5);
    for (const r of taxi) expect(Number(r.tip)).toBeLessThanOrEqual(Number(r.fare) * 0.6);
    const shop = await generateRecords(planOffline("a gelato stand, one row per day: date, max temp, precipitation mm, scoops sold, total sales").spec, 1500, 5);
    expect(spearman(shop, "max_temp", "scoops_sold")).toBeGreaterThan(0.2);
    expect(spearman(shop, "precipitation_mm", "scoops_sold")).toBeLessThan(-0.1);
  });

  it("orders drop-off and pickup as listed, and keeps a household above its children", async () => {
    const cleaning = await generateRecords(planOffline("dry cleaning orders: order id, drop off date, pickup date, garments, total").spec, 300, 4);
    for (const r of cleaning) expect(Date.parse(r.pickup_date!)).toBeGreaterThanOrEqual(Date.parse(r.drop_off_date!));
    const homes = await generateRecords(planOffline("school lunch survey - family id, household size, children in household, free lunch eligible").spec, 300, 4);
    for (const r of homes) expect(Number(r.household_size)).toBeGreaterThan(Number(r.children_in_household));
  });

  it("reads a listed question as a yes/no, and a funnel's later step only after the earlier one", async () => {
    const { spec } = planOffline("newsletter sends, one row per subscriber per email: subscriber id, sent at, opened?, clicked link?, purchased?, unsubscribed?");
    for (const name of ["opened", "clicked_link", "purchased", "unsubscribed"]) {
      const c = column(spec, name) as { kind: string; type?: string };
      expect(c.kind === "boolean" || c.type === "boolean", name).toBe(true);
    }
    for (const r of await generateRecords(spec, 1000, 6)) {
      if (r.clicked_link === "true") expect(r.opened).toBe("true");
      if (r.purchased === "true") expect(r.clicked_link).toBe("true");
    }
  });

  it("numbers each row by its 'no', and completes a repair after it was received", async () => {
    const { spec } = planOffline("watch repair tickets: ticket no, received date, completed date, repair cost");
    const rows = await generateRecords(spec, 500, 9);
    expect(new Set(rows.map((r) => r.ticket_no)).size).toBe(500);
    for (const r of rows) expect(Date.parse(r.completed_date!)).toBeGreaterThanOrEqual(Date.parse(r.received_date!));
  });

  it("reads a measure taken at a start or an end as the measure, and what a session uses up as ending lower", async () => {
    const { spec } = planOffline("drone flight logs: flight id, start battery %, end battery %, start altitude m, flight minutes");
    expect(["number", "integer"]).toContain(column(spec, "start_altitude_m").kind);
    for (const r of await generateRecords(spec, 300, 2)) expect(Number(r.end_battery)).toBeLessThanOrEqual(Number(r.start_battery));
    // A person's starting weight is still a body weight.
    const diet = await generateRecords(planOffline("weight loss program: member id, starting weight kg, sessions attended").spec, 500, 2);
    const median = [...nums(diet, "starting_weight_kg")].sort((a, b) => a - b)[250]!;
    expect(median).toBeGreaterThan(55);
  });

  it("computes a column defined by a formula even when it would be the target, and keeps what was sold or wasted within what was made", async () => {
    const { spec } = planOffline("a brewery taproom's daily log: date, beer (ipa, stout, lager), pints poured, pints sold, pints wasted, price per pint, revenue (pints sold x price per pint)");
    expect(spec.target).not.toBe("revenue");
    for (const r of await generateRecords(spec, 400, 5)) {
      expect(Number(r.revenue)).toBeCloseTo(Number(r.pints_sold) * Number(r.price_per_pint), 1);
      expect(Number(r.pints_sold)).toBeLessThanOrEqual(Number(r.pints_poured));
    }
  });
});
