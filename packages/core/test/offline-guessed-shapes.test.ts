import { describe, expect, it } from "vitest";
import { planOffline, type Column, type DatasetSpec } from "@synthdata/core";
import { auc, bools, generateRecords, nums, spearman } from "./helpers.js";

// Shapes a data scientist rejects at first sight: review sentences under a place's name, a count of
// "notifications enabled", a yes/no for "orders per customer", listings whose mileage ignores the year.
const column = (spec: DatasetSpec, name: string): Column => {
  const c = spec.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${spec.columns.map((x) => x.name).join(", ")}`);
  return c;
};

describe("offline planner: what an unknown or half-known phrase becomes", () => {
  it("gives places their own values (boroughs, counties, precincts, campuses), and a lone unknown noun labels, never written sentences", async () => {
    const { spec, warnings } = planOffline("noise complaints: complaint id, borough, county, precinct, campus, quadrant, created date");
    expect(column(spec, "borough")).toMatchObject({ kind: "category", values: expect.arrayContaining(["Brooklyn", "Queens", "Manhattan", "Bronx", "Staten Island"]) });
    expect(column(spec, "county")).toMatchObject({ kind: "faker", method: "location.county" });
    expect(column(spec, "precinct").kind).toBe("category");
    expect(column(spec, "campus").kind).toBe("category");
    // Nothing in the knowledge base says what a quadrant holds: labels the warning names, not prose.
    expect(column(spec, "quadrant")).toMatchObject({ kind: "category", values: expect.arrayContaining(["Quadrant A"]) });
    expect(warnings.some((w) => w.startsWith("guessed: quadrant, check it"))).toBe(true);
    const rows = await generateRecords(spec, 500, 3);
    for (const r of rows) expect(String(r.quadrant)).toMatch(/^Quadrant [A-F]$/);
    // Written things stay text.
    expect(column(planOffline("support tickets: ticket id, agent notes, resolution summary").spec, "agent_notes").kind).toBe("text");
  });

  it("reads a marker at the end as a yes/no, a rate per unit as a number, and a person after 'per' as whose", () => {
    const { spec } = planOffline("app users with dark mode enabled, location services enabled, sessions per day, tickets per agent, orders per customer");
    expect(column(spec, "dark_mode_enabled").kind).toBe("boolean");
    expect(column(spec, "location_services_enabled").kind).toBe("boolean");
    for (const name of ["sessions_per_day", "tickets_per_agent", "orders_per_customer"]) expect(["integer", "number"], name).toContain(column(spec, name).kind);
    const social = planOffline("tiktok creators: handle, followers, videos per week, comments per video").spec;
    for (const name of ["videos_per_week", "comments_per_video"]) expect(["integer", "number"], name).toContain(column(social, name).kind);
  });

  it("counts a lone plural of a kind of thing ('devices', 'languages') rather than naming one", () => {
    const { spec } = planOffline("language app learners with age, languages, devices, streak days and whether they subscribed");
    expect(column(spec, "languages").kind).toBe("integer");
    expect(column(spec, "devices").kind).toBe("integer");
  });

  it("makes an older used car's odometer read higher, and its price lower", async () => {
    const { spec } = planOffline("second-hand car listings with brand, model year, odometer miles, transmission and asking price");
    const rows = await generateRecords(spec, 3000, 11);
    const year = spec.columns.find((c) => /year/.test(c.name))!.name;
    const miles = spec.columns.find((c) => /odometer/.test(c.name))!.name;
    expect(spearman(rows, year, miles)).toBeLessThan(-0.35);
  });

  it("keeps a share of a period within the period, and never reads a plural unit as the clock or the calendar", async () => {
    const { spec } = planOffline("office workers: remote days per week, sick days per year, commute hours per day, overtime hours per month, months");
    const rows = await generateRecords(spec, 2000, 5);
    const within = (name: string, top: number) => {
      for (const r of rows) expect(Number(r[name]), name).toBeLessThanOrEqual(top);
    };
    within("remote_days_per_week", 7);
    within("commute_hours_per_day", 24);
    within("overtime_hours_per_month", 744);
    // A year of sick days is a count of days, not a calendar year; "months" is a duration, not January.
    expect(Math.max(...rows.map((r) => Number(r.sick_days_per_year)))).toBeLessThan(366);
    expect(["integer", "number"]).toContain(column(spec, "months").kind);
    expect(["integer", "number"]).toContain(column(spec, "commute_hours_per_day").kind);
  });

  it("makes pm10 a concentration at least the pm2.5 it holds, and a code like x3 a number", async () => {
    const { spec } = planOffline("hourly air sensor readings: timestamp, pm2.5, pm10, x3");
    expect(column(spec, "x3").kind).toBe("number");
    const rows = await generateRecords(spec, 2000, 9);
    for (const r of rows) if (r.pm10 !== null && r.pm2_5 !== null) expect(Number(r.pm10)).toBeGreaterThanOrEqual(Number(r.pm2_5));
    expect(spearman(rows, "pm2_5", "pm10")).toBeGreaterThan(0.3);
  });

  it("counts an account's tweets or posts as the knowledge base counts them, and keeps comments written", () => {
    const { spec } = planOffline("twitter accounts: handle, followers, tweets, account age in days, verified, and whether it is a bot");
    expect(column(spec, "tweets")).toMatchObject({ kind: "integer", distribution: "lognormal" });
    expect((column(spec, "tweets") as { mean: number }).mean).toBeGreaterThan(50);
    expect(column(planOffline("a survey with respondent id, rating 1-5, comments").spec, "comments").kind).toBe("text");
  });

  it("prices a plain price by the thing sold beside it, and keeps the line total its product", async () => {
    const { spec } = planOffline("cafe till receipts: receipt time, shop location, drink (mocha, flat white, americano, chai latte), quantity, unit price, total");
    expect(column(spec, "shop_location").kind).toBe("category");
    const rows = await generateRecords(spec, 2000, 4);
    const prices = rows.map((r) => Number(r.unit_price));
    // A coffee-shop drink costs a few dollars, not a catalog's $42 on average.
    expect(Math.max(...prices)).toBeLessThanOrEqual(12);
    expect(prices.reduce((a, b) => a + b, 0) / prices.length).toBeLessThan(7);
    for (const r of rows.slice(0, 200)) expect(Number(r.total)).toBeCloseTo(Number(r.quantity) * Number(r.unit_price), 1);
  });

  it("reads a lone adjective as a yes/no, money participles as money, a listing's balcony as a feature, and knows crowdfunding", async () => {
    const flat = planOffline("flats to rent in munich: rooms, size sqm, lift, balcony, garden, cold rent eur").spec;
    for (const name of ["lift", "balcony", "garden"]) expect(column(flat, name).kind, name).toBe("boolean");
    const { spec } = planOffline("indiegogo campaigns with funding goal, amount raised, number of backers, featured and whether it was successful");
    expect(spec.domain).toBe("finance");
    expect(spec.target).toBe("successful");
    const rows = await generateRecords(spec, 3000, 2);
    const goal = spec.columns.find((c) => /goal/.test(c.name))!.name;
    // A median goal of a few thousand dollars (Kickstarter's is about $5,000), and success with more backers and a smaller goal.
    const goals = rows.map((r) => Number(r[goal])).sort((a, b) => a - b);
    expect(goals[1500]).toBeGreaterThan(1500);
    expect(goals[1500]).toBeLessThan(20000);
    expect(auc(nums(rows, "number_of_backers"), bools(rows, "successful"))).toBeGreaterThan(0.65);
    expect(auc(nums(rows, goal), bools(rows, "successful"))).toBeLessThan(0.45);
    expect(column(planOffline("donors: name, donated, eligible").spec, "donated").kind).toBe("number");
    expect(column(planOffline("donors: name, donated, eligible").spec, "eligible").kind).toBe("boolean");
  });

  it("reads the rate of a yes/no as a share around its usual rate, not the yes/no itself", () => {
    const { spec } = planOffline("bank branches: branch, loans issued, default rate, fraud rate, churn percentage");
    for (const name of ["default_rate", "fraud_rate", "churn_percentage"]) expect(column(spec, name).kind, name).toBe("number");
    // Fraud is rare, default a few percent to a few tens: never a coin flip around 50%.
    expect((column(spec, "fraud_rate") as { mean: number }).mean).toBeLessThan(5);
    expect((column(spec, "default_rate") as { mean: number }).mean).toBeLessThan(30);
  });

  it("reads a request written as sentences: the question is the subject, the lead-in of the list is not a column", () => {
    const { spec } = planOffline("Could you make me data on gym members? We need age, membership type, visits per month and if they cancelled");
    expect(spec.title).toBe("Gym members");
    expect(spec.columns.map((c) => c.name)).toEqual(["age", "membership_type", "visits_per_month", "cancelled"]);
    const listed = planOffline("patients. It should have age, bmi and whether they were readmitted").spec;
    expect(listed.columns.map((c) => c.name)).toEqual(["age", "bmi", "readmitted"]);
  });

  it("keeps a measure taken twice on one scale, the later value following the earlier", async () => {
    const { spec } = planOffline("clients of a personal trainer: initial body weight kg, final body weight kg, sessions booked");
    const rows = await generateRecords(spec, 3000, 8);
    expect(spearman(rows, "initial_body_weight_kg", "final_body_weight_kg")).toBeGreaterThan(0.5);
    const gre = planOffline("GRE prep students: practice tests taken, hours studied, baseline score, final GRE score").spec;
    const max = (name: string) => (column(gre, name) as { max?: number }).max;
    expect(max("baseline_score")).toBe(max("final_gre_score"));
    // A count of practice tests a student took, not a lab's tests performed (hundreds a day).
    expect((column(gre, "practice_tests_taken") as { mean: number }).mean).toBeLessThan(30);
  });

  it("moves a post's likes, comments and shares together", async () => {
    const { spec } = planOffline("tiktok videos: video length seconds, likes, comments, shares, posted hour");
    const rows = await generateRecords(spec, 3000, 6);
    expect(spearman(rows, "likes", "comments")).toBeGreaterThan(0.4);
    expect(spearman(rows, "likes", "shares")).toBeGreaterThan(0.25);
  });
});
