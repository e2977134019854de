import { describe, expect, it } from "vitest";
import { planOffline, type Column, type DatasetSpec } from "@synthdata/core";

/** The offline planner's reader and its knowledge base, through planOffline (issue 14). */
const plan = (d: string) => planOffline(d);
const names = (d: string) => plan(d).spec.columns.map((c) => c.name);
const column = (spec: DatasetSpec, name: string): Column => {
  const c = spec.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${spec.columns.map((x) => x.name).join(", ")}`);
  return c;
};
const shapeOf = (d: string, name: string) => column(plan(d).spec, name) as Column & Record<string, unknown>;

describe("reader: splitting a description", () => {
  it("splits on , ; ' - ' — -- '. ' w/ and plus", () => {
    expect(names("orders: order id; order date - ship date — delivery date -- quantity. unit price w/ discount and tax plus total")).toEqual([
      "order_id",
      "order_date",
      "ship_date",
      "delivery_date",
      "quantity",
      "unit_price",
      "discount",
      "tax",
      "total",
    ]);
  });

  it("never swallows the subject into the first column's name", () => {
    expect(names("teachers in a big school district: teacher name, subject, years teaching")[0]).toBe("teacher_name");
    expect(names("staff directory for a mid size company; employee_id, hire_date")[0]).toBe("employee_id");
    expect(names("CRM export - ContactId, FullName")[0]).toBe("ContactId");
    expect(names("customer list w/ first name, last name")[0]).toBe("first_name");
  });

  it("keeps CamelCase and snake_case names as written", () => {
    const { spec } = plan("bank clients: CustomerId, HasCrCard, estimated_salary, IsActiveMember");
    expect(spec.columns.map((c) => [c.name, c.kind])).toEqual([
      ["CustomerId", "id"],
      ["HasCrCard", "boolean"],
      ["estimated_salary", "number"],
      ["IsActiveMember", "boolean"],
    ]);
  });
});

describe("reader: lists of values in any form", () => {
  const d =
    "shop rows: tier (gold/silver/bronze), channel (web, store or phone), species dog cat bird rabbit, shirt size XS-XXL, rating 1-5, shift day or night, payment type paypal / credit card / apple pay, plan basic/plus/premium, loyalty tier (bronze silver gold platinum)";
  const { spec } = plan(d);
  const values = (name: string) => (column(spec, name) as { values?: string[] }).values;
  it("reads (a/b/c), (a, b or c), 'a b c d' after a noun that takes a vocabulary, and 'X a or b'", () => {
    expect(values("tier")).toEqual(["gold", "silver", "bronze"]);
    expect(values("channel")).toEqual(["web", "store", "phone"]);
    expect(values("species")).toEqual(["dog", "cat", "bird", "rabbit"]);
    expect(values("shift")).toEqual(["day", "night"]);
    expect(values("payment_type")).toEqual(["paypal", "credit card", "apple pay"]);
    expect(values("plan")).toEqual(["basic", "plus", "premium"]);
    expect(values("loyalty_tier")).toEqual(["bronze", "silver", "gold", "platinum"]);
  });
  it("reads XS-XXL as sizes and 1-5 as a range", () => {
    expect(values("shirt_size")).toEqual(["XS", "S", "M", "L", "XL", "XXL"]);
    expect(column(spec, "rating")).toMatchObject({ kind: "integer", min: 1, max: 5 });
  });
  it("reads yes/no, y/n and ? as booleans", () => {
    const { spec: s } = plan("members: smoker yes/no, vip (y/n), remote worker?");
    expect(s.columns.map((c) => c.kind)).toEqual(["boolean", "boolean", "boolean"]);
  });
});

describe("reader: units and qualifiers pick the concept's unit shapes", () => {
  it("seconds, minutes and hours for durations", () => {
    expect(shapeOf("app sessions: session length in seconds", "session_length_seconds")).toMatchObject({ kind: "integer" });
    expect(shapeOf("app sessions: session length", "session_length")).toMatchObject({ kind: "number", max: 240 });
    expect(shapeOf("app sessions: session length (hours)", "session_length_hours")).toMatchObject({ max: 24 });
  });
  it("per day / week / month scale a count", () => {
    const { spec } = plan("gym members: visits per week, visits per month, visits per year");
    const means = spec.columns.map((c) => (c as { mean?: number }).mean!);
    expect(means[0]!).toBeLessThan(means[1]!);
    expect(means[1]!).toBeLessThan(means[2]!);
  });
  it("cents, %, fractions and USD", () => {
    expect(shapeOf("sales: amount in cents", "amount_in_cents")).toMatchObject({ kind: "integer" });
    expect(shapeOf("courses: completion %", "completion")).toMatchObject({ min: 0, max: 100 });
    expect(shapeOf("courses: share as a fraction", "share_as_a_fraction")).toMatchObject({ min: 0, max: 1 });
    expect(shapeOf("items: price in usd", "price_usd")).toMatchObject({ kind: "number", distribution: "lognormal" });
  });
  it("°F and °C for a temperature", () => {
    const f = shapeOf("patients: body temperature (F)", "body_temperature_f") as { mean: number };
    const c = shapeOf("patients: body temperature (C)", "body_temperature_c") as { mean: number };
    expect(f.mean).toBeGreaterThan(95);
    expect(c.mean).toBeLessThan(40);
  });
  it("months or years for a tenure", () => {
    expect((shapeOf("people: tenure", "tenure") as { max: number }).max).toBeGreaterThan(24);
    expect((shapeOf("people: tenure in years", "tenure_years") as { max: number }).max).toBeLessThanOrEqual(40);
  });
  it("a stated range overrides the concept's", () => {
    expect(shapeOf("teams: burnout score 0-10", "burnout_score")).toMatchObject({ min: 0, max: 10 });
  });
});

describe("reader: which concept a phrase names", () => {
  it("the most specific concept wins over a generic head word", () => {
    const { spec } = plan("people: glucose level, price paid, scholarship holder, customer age, account manager");
    expect(column(spec, "glucose_level")).toMatchObject({ kind: "integer", min: expect.any(Number) });
    expect((column(spec, "glucose_level") as { max: number }).max).toBeLessThan(700);
    expect(column(spec, "price_paid").kind).toBe("number");
    expect(column(spec, "scholarship_holder").kind).toBe("boolean");
    expect(column(spec, "customer_age").kind).toBe("integer");
    expect(column(spec, "account_manager")).toMatchObject({ kind: "faker", method: "person.fullName" });
  });
  it("reads a typo within one edit of a known word, not in short words, and says so", () => {
    const { spec, warnings } = plan("patients: glucoes level, agee");
    expect(column(spec, "glucoes_level")).toEqual({ ...column(plan("patients: glucose level").spec, "glucose_level"), name: "glucoes_level" });
    // Not read as age (short words get no typo reading): a guessed column, warned about.
    expect(column(spec, "agee").kind).not.toBe("integer");
    expect(warnings.some((w) => w.startsWith("guessed: agee, check it"))).toBe(true);
  });
  it("is domain-aware: a temperature is a body's in a clinic and the air's in weather", () => {
    const body = shapeOf("clinic patients with temperature", "temperature") as { mean: number };
    const air = shapeOf("weather station readings with temperature", "temperature") as { mean: number };
    expect(body.mean).toBeGreaterThan(35);
    expect(air.mean).toBeLessThan(30);
  });
  it("weights countries by population and keeps city, state and ZIP together", () => {
    const { spec } = plan("customers: city, state, zip code, country");
    const country = column(spec, "country") as { values: string[]; weights: number[] };
    const w = (v: string) => country.weights[country.values.indexOf(v)]!;
    expect(w("India")).toBeGreaterThan(50 * w("Ireland"));
    expect(column(spec, "city")).toMatchObject({ kind: "category", conditional: { column: "state" } });
    expect(column(spec, "zip_code")).toMatchObject({ kind: "integer", conditional: { column: "city" } });
  });
});

describe("reader: outcomes in every common form", () => {
  const cases: [string, string][] = [
    ["patients: age, bmi and whether they had a stroke", "stroke"],
    ["patients: age, smoker, had a heart attack", "had_heart_attack"],
    ["transactions: amount, merchant, is it fraud", "fraud"],
    ["employees: salary, tenure, was promoted", "was_promoted"],
    ["loans: income, credit score, defaulted yes/no", "defaulted"],
    ["subscribers: tenure, monthly fee, churned?", "churned"],
    ["applicants: age, income, eligible", "eligible"],
    ["visitors: pages viewed, session minutes, made a purchase", "made_a_purchase"],
    ["videos: views, shares, went viral", "went_viral"],
    ["claims: amount, fraud (label)", "fraud"],
    ["houses: square feet, bedrooms, sale price", "sale_price"],
  ];
  for (const [d, target] of cases) {
    it(`"${d}" -> target ${target}`, () => {
      expect(plan(d).spec.target).toBe(target);
    });
  }
  it("reads 'predict X from ...' and a stated rate in parentheses", () => {
    expect(plan("predict hotel cancellations from lead time, deposit type, previous cancellations").spec.target).toBe("hotel_cancellations");
    const { spec } = plan("card payments: amount, card present, is_fraud (about 5%)");
    expect(column(spec, "is_fraud")).toMatchObject({ kind: "boolean", rate: 0.05 });
  });
});

describe("nothing dropped or invented silently", () => {
  it("makes an unknown phrase a guessed column (labels for a noun, free text for a written thing, a number when the words say so) and warns", () => {
    const { spec, warnings } = plan("widgets: zorblax, flurbo gizmos, gizmo rate, price, wizzle notes");
    // A lone noun names a kind of thing: placeholder labels, never review sentences.
    expect(column(spec, "zorblax")).toMatchObject({ kind: "category", values: ["Zorblax A", "Zorblax B", "Zorblax C", "Zorblax D", "Zorblax E", "Zorblax F"] });
    expect(column(spec, "wizzle_notes").kind).toBe("text");
    expect(column(spec, "flurbo_gizmos").kind).toBe("integer");
    for (const c of ["zorblax", "flurbo_gizmos"]) expect(warnings.some((w) => w.startsWith(`guessed: ${c}, check it`))).toBe(true);
    // A generic concept ("rate") is known, not guessed.
    expect(column(spec, "gizmo_rate")).toMatchObject({ kind: "number", max: 100 });
    expect(warnings.some((w) => w.includes("price") || w.includes("gizmo_rate"))).toBe(false);
    // Never a low/medium/high made up on the spot.
    for (const c of spec.columns) if (c.kind === "category") expect(c.values).not.toEqual(["low", "medium", "high"]);
  });
  it("takes title and domain from the words that say them", () => {
    const { spec } = plan("customers of a streaming service with name, email, plan and whether they churned");
    expect(spec.title).toBe("Customers of a streaming service");
    expect(spec.domain).not.toBe("sports");
  });
});
