import { describe, expect, it } from "vitest";
import { planOffline, type Column, type DatasetSpec } from "@synthdata/core";
import { generateRecords, mean, nums, spearman } from "./helpers.js";

// Head words, verb-led events and known relations between concepts, found by the second and third
// held-out realism fixtures: each test plans a description as a learner would type it, generates
// rows and looks at what a data scientist would.
const column = (spec: DatasetSpec, name: string): Column => {
  const c = spec.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${spec.columns.map((x) => x.name).join(", ")}`);
  return c;
};
describe("offline planner: the head word decides", () => {
  it("reads 'iPhone model' as a model (a category of iPhones), never a phone number, and 'ozone' as ozone", () => {
    const { spec } = planOffline("used phones marketplace - iPhone model, storage GB (64/128/256), battery health %, asking price");
    const model = column(spec, "iphone_model");
    expect(model.kind).toBe("category");
    if (model.kind === "category") for (const v of model.values) expect(v).toMatch(/^iPhone /);
    const air = planOffline("hourly air quality by city: city, timestamp, ozone, NO2 ppb").spec;
    expect(column(air, "ozone")).toMatchObject({ kind: "number", min: 0 });
  });

  it("makes an unknown kind of thing ('router model', 'hull type') a category and says it guessed", () => {
    const { spec, warnings } = planOffline("home networks: household id, router model, hull type, monthly data gb");
    for (const name of ["router_model", "hull_type"]) {
      const c = column(spec, name);
      expect(c.kind, name).toBe("category");
      // Not another domain's vocabulary (car models for a router).
      if (c.kind === "category") expect(c.values).not.toContain("Camry");
      expect(warnings.some((w) => w.includes(name))).toBe(true);
    }
  });

  it("counts what a participle did or a rate per something names ('loaves sold', 'patients per shift', 'cups of coffee per day')", () => {
    const { spec } = planOffline("bakery days: date, loaves sold, croissants sold");
    expect(column(spec, "loaves_sold").kind).toBe("integer");
    const nurses = planOffline("nurses dataset - nurse name, patients per shift, cups of coffee per day, left the hospital").spec;
    expect(["integer", "number"]).toContain(column(nurses, "patients_per_shift").kind);
    expect(["integer", "number"]).toContain(column(nurses, "cups_of_coffee_per_day").kind);
    expect(column(nurses, "left_the_hospital").kind).toBe("boolean");
  });

  it("reads a phrase led by a past-tense verb as an event that happened or not", () => {
    const { spec } = planOffline("club members: member id, age, visits per month, renewed the membership");
    expect(column(spec, "renewed_the_membership").kind).toBe("boolean");
  });
});

describe("offline planner: known relations between concepts", () => {
  it("ties features that are not the target: floor area and occupants raise kWh when solar panels are the target", async () => {
    const { spec } = planOffline("household energy use - home id, sq ft, num occupants, monthly kWh, has solar panels (target)");
    expect(spec.target).toBe("has_solar_panels");
    const rows = await generateRecords(spec, 3000, 3);
    expect(spearman(rows, "sq_ft", "monthly_kwh")).toBeGreaterThan(0.2);
    expect(spearman(rows, "num_occupants", "monthly_kwh")).toBeGreaterThan(0.1);
  });

  it("raises shipping cost with distance and weight, goals with minutes played, and attrition with overtime hours", async () => {
    const ship = planOffline("shipments: tracking no, weight kg, distance km, shipping cost, delivered late (mostly no)").spec;
    const rows = await generateRecords(ship, 3000, 4);
    expect(spearman(rows, "distance_km", "shipping_cost")).toBeGreaterThan(0.2);
    expect(spearman(rows, "weight_kg", "shipping_cost")).toBeGreaterThan(0.2);
    const soccer = planOffline("soccer players stats: player name, age, minutes played, goals, assists").spec;
    const players = await generateRecords(soccer, 3000, 5);
    expect(spearman(players, "minutes_played", "goals")).toBeGreaterThan(0.2);
    // Players are 16-40, not any adult's age.
    for (const a of nums(players, "age")) expect(a >= 16 && a <= 40).toBe(true);
    const hr = planOffline("EmployeeAttrition: EmployeeName, Age, OvertimeHours per month, MonthlySalary, Attrition").spec;
    const attrition = column(hr, "attrition") as Column & { effects?: { column: string; weight: number }[] };
    expect(attrition.effects?.find((e) => e.column === "overtime_hours_per_month")?.weight).toBeGreaterThan(0);
    const staff = await generateRecords(hr, 2000, 6);
    for (const a of nums(staff, "age")) expect(a >= 18 && a <= 70).toBe(true);
  });

  it("never makes a column depend on itself through two relations", () => {
    // Sleep lowers stress and stress lowers GPA; sleep also raises GPA: a chain, never a cycle.
    const { spec } = planOffline("survey of college students: hours of sleep per night, cups of coffee per day, stress level 1-10, GPA (0-4)");
    const effects = (name: string) => ((column(spec, name) as { effects?: { column: string }[] }).effects ?? []).map((e) => e.column);
    for (const c of spec.columns) for (const from of effects(c.name)) expect(effects(from)).not.toContain(c.name);
    expect(effects("stress_level")).toContain("hours_of_sleep_per_night");
  });
});

describe("full names without titles", () => {
  const TITLED = /^(Dr|Mr|Mrs|Ms|Miss)\.? |\b(PhD|MD|DDS|DVM|Jr\.|Sr\.|I|II|III|IV|V)$/;

  it("draws planned full names with no Dr., Mrs. or PhD, unless the phrase asks for titles; a handed-in spec keeps faker's titles", async () => {
    const { spec } = planOffline("school kids roster: child full name, age 5-12, parent email");
    expect(column(spec, "child_full_name")).toMatchObject({ kind: "faker", method: "person.fullName", args: { titles: "none" } });
    const rows = await generateRecords(spec, 3000, 8);
    expect(rows.filter((r) => TITLED.test(r["child_full_name"]!))).toEqual([]);
    for (const r of rows.slice(0, 50)) expect(r["child_full_name"]!.split(" ")).toHaveLength(2);
    const adults = await generateRecords({ title: "Clients", domain: "testing", columns: [{ name: "n", kind: "faker", method: "person.fullName" }] }, 3000, 8);
    expect(adults.filter((r) => TITLED.test(r["n"]!)).length).toBeGreaterThan(30);
    const members = planOffline("library members: member name, email, join date").spec;
    expect(column(members, "member_name")).toMatchObject({ args: { titles: "none" } });
    expect((await generateRecords(members, 3000, 8)).filter((r) => TITLED.test(r["member_name"]!))).toEqual([]);
    const titled = planOffline("wedding guests: full name with title, table number").spec;
    expect(titled.columns[0]).toMatchObject({ kind: "faker", method: "person.fullName" });
    expect((titled.columns[0] as { args?: Record<string, unknown> }).args?.["titles"]).toBeUndefined();
  });
});
