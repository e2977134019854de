import { describe, expect, it } from "vitest";
import { planOffline, type Column, type DatasetSpec } from "@synthdata/core";
import { generateRecords, mean, nums, spearman } from "./helpers.js";

// Causes found by the fourth held-out realism fixture and the known worklist: each test plans a
// description as a learner would type it, generates rows and looks at what a data scientist would.
const column = (spec: DatasetSpec, name: string): Column => {
  const c = spec.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${spec.columns.map((x) => x.name).join(", ")}`);
  return c;
};

describe("offline planner: causes found by heldout4", () => {
  it("starts the list at a colon after the subject's own comma, reads a bakery as retail, and lets things sold drive revenue", async () => {
    const { spec } = planOffline("i need data for a small bakery, one row per day: date, day of week, loaves sold, croissants sold, total revenue");
    expect(spec.domain).toBe("retail");
    expect(spec.columns.map((c) => c.name)).toEqual(["date", "day_of_week", "loaves_sold", "croissants_sold", "total_revenue"]);
    expect(column(spec, "loaves_sold").kind).toBe("integer");
    const rows = await generateRecords(spec, 3000, 7);
    expect(spearman(rows, "loaves_sold", "total_revenue")).toBeGreaterThan(0.2);
  });

  it("reads a quantity in a unit of measure as a number, never another concept's category or flag", () => {
    const { spec } = planOffline("truck trips: trip id, distance driven km, fuel used liters, active power kw, distance to metro station in meters");
    for (const name of ["fuel_used_liters", "active_power_kw", "distance_to_metro_station_in_meters"]) expect(["integer", "number"], name).toContain(column(spec, name).kind);
  });

  it("gives children children's heights and weights, rising with age, and a school grade that follows age", async () => {
    const { spec } = planOffline("youth football club players: player name, age 8-16, height cm, weight kg, grade");
    const rows = await generateRecords(spec, 3000, 7);
    const weights = nums(rows, "weight_kg");
    // CDC growth charts: the median 8-year-old weighs about 26 kg, the median 16-year-old about 59.
    expect(Math.min(...weights)).toBeGreaterThan(14);
    expect(Math.max(...weights)).toBeLessThan(100);
    expect(mean(weights)).toBeGreaterThan(33);
    expect(mean(weights)).toBeLessThan(50);
    expect(spearman(rows, "age", "weight_kg")).toBeGreaterThan(0.5);
    expect(spearman(rows, "age", "height_cm")).toBeGreaterThan(0.5);
    for (const r of rows) expect([Number(r.age) - 6, Number(r.age) - 5]).toContain(Number(r.grade));
  });

  it("does not make a parent's email from the child's name, and still links an unqualified email to the row's name", () => {
    const kids = planOffline("school kids roster: child full name, age 5-12, grade, parent email").spec;
    expect(column(kids, "parent_email")).toMatchObject({ kind: "faker", method: "internet.email" });
    const customers = planOffline("customers: first name, last name, email").spec;
    expect(column(customers, "email")).toMatchObject({ kind: "derived", rule: "email", from: ["first_name", "last_name"] });
  });

  it("lets goalkeepers almost never score and forwards score most, under the user's spelling of the positions", async () => {
    const { spec } = planOffline("soccer players stats: player name, position (GK, DEF, MID, FWD), minutes played, goals, assists");
    const rows = await generateRecords(spec, 4000, 7);
    const goals = (p: string) => mean(rows.filter((r) => r.position === p).map((r) => Number(r.goals)));
    expect(goals("GK")).toBeLessThan(0.1);
    expect(goals("DEF")).toBeLessThan(goals("MID"));
    expect(goals("MID")).toBeLessThan(goals("FWD"));
  });

  it("draws car models from a category of each make's best sellers, following the make", async () => {
    const { spec } = planOffline("used cars for sale: make, car model, year, mileage, price");
    const rows = await generateRecords(spec, 3000, 7);
    const makesOf = new Map<string, Set<string>>();
    for (const r of rows) makesOf.set(r.car_model!, (makesOf.get(r.car_model!) ?? new Set()).add(r.make!));
    expect(makesOf.size).toBeLessThanOrEqual(50);
    for (const [model, makes] of makesOf) expect(makes.size, model).toBe(1);
  });

  it("makes more weekly training a faster marathon, and a longer scooter trip take longer and cost more", async () => {
    const marathon = await generateRecords(planOffline("marathon results - runner name, age, weekly training km, finish time in minutes").spec, 3000, 7);
    expect(spearman(marathon, "weekly_training_km", "finish_time_minutes")).toBeLessThan(-0.3);
    const scooters = await generateRecords(planOffline("e-scooter trips: trip id, duration min, distance km, fare").spec, 3000, 7);
    expect(spearman(scooters, "distance_km", "duration_min")).toBeGreaterThan(0.3);
    expect(spearman(scooters, "duration_min", "fare")).toBeGreaterThan(0.3);
  });

  it("does not pile a shipping cost driven by heavy-tailed weights and distances at its cap", async () => {
    const { spec } = planOffline("shipments: tracking no, weight kg, distance km, shipping cost, delivered late (mostly no)");
    const cost = column(spec, "shipping_cost") as Extract<Column, { kind: "number" }>;
    const rows = await generateRecords(spec, 4000, 7);
    const atCap = nums(rows, "shipping_cost").filter((v) => v >= cost.max!).length;
    expect(atCap / rows.length).toBeLessThan(0.002);
    expect(spearman(rows, "distance_km", "shipping_cost")).toBeGreaterThan(0.2);
  });

  it("reads '(rare, about 2%)' as a rate for a yes/no, and a dairy herd's lactations never outnumber the cow's years", async () => {
    const claims = planOffline("travel insurance customers: age, trip duration days, net sales, commision, claimed? (rare, about 2%)").spec;
    expect(column(claims, "claimed")).toMatchObject({ kind: "boolean", rate: 0.02 });
    const herd = await generateRecords(planOffline("dairy farm herd records - cow id, age in years, lactation number, somatic cell count, whether the cow had mastitis").spec, 3000, 7);
    for (const r of herd) expect(Number(r.lactation_number)).toBeLessThanOrEqual(Number(r.age_years) - 1);
  });

  it("reads a gym member who quits as a cancellation (more visits, fewer quit), an employee who quits as leaving the job", async () => {
    const gym = planOffline("ok so my project is about a gym, one row per member: name, age, membership type, monthly fee, visits per month, whether they quit").spec;
    const rows = await generateRecords(gym, 4000, 7);
    const byVisits = [...rows].sort((a, b) => Number(a.visits_per_month) - Number(b.visits_per_month));
    const rate = (rs: typeof rows) => mean(rs.map((r) => (r.quit === "true" ? 1 : 0)));
    expect(rate(byVisits.slice(0, 1000))).toBeGreaterThan(rate(byVisits.slice(3000)) + 0.05);
    // "turnover" names a shop's money and an employee leaving: a yes/no outcome pools only yes/no kin.
    const staff = planOffline("employees: name, department, salary, years at company, whether they quit").spec;
    const quit = column(staff, "quit") as Extract<Column, { kind: "boolean" }>;
    expect(quit.effects?.find((e) => e.column === "salary")?.weight).toBeLessThan(0);
  });

  it("gives any other thing's temperature an outdoor range, a soil its own, and counts an apartment's rooms", () => {
    const farm = planOffline("crop field sensors: field id, soil temp celsius, rainfall mm, yield kg per hectare").spec;
    expect(column(farm, "soil_temp_celsius")).toMatchObject({ kind: "number", min: -10, max: 40 });
    const flats = planOffline("apartment listings in berlin: rooms, size m2, cold rent eur").spec;
    expect(column(flats, "rooms").kind).toBe("integer");
  });

  it("counts a plural of people or things ('employees', 'nurses on shift', 'items'), reads 'delivered in minutes' as a duration and 'week' as a date", () => {
    const startups = planOffline("startup funding rounds: company, sector, employees, valuation musd").spec;
    expect(column(startups, "employees").kind).toBe("integer");
    expect(column(startups, "valuation_musd").kind).toBe("number");
    expect(column(planOffline("hospital beds per ward: ward, beds, nurses on shift").spec, "nurses_on_shift").kind).toBe("integer");
    const orders = planOffline("food delivery orders - restaurant, items, subtotal, delivered in minutes").spec;
    expect(column(orders, "items").kind).toBe("integer");
    expect(["number", "integer"]).toContain(column(orders, "delivered_minutes").kind);
    expect(column(planOffline("weekly grocery prices by city: city, week, milk price").spec, "week").kind).toBe("date");
  });

  it("names a thing by its kind ('ward name' a ward, 'vessel name' labels), a person by a person word ('driver name')", () => {
    const wards = planOffline("hospital beds per ward: ward name, beds, nurses on shift").spec;
    expect(column(wards, "ward_name").kind).toBe("category");
    const ships = planOffline("cargo ships: vessel name, driver name, fuel burned tonnes").spec;
    expect(column(ships, "vessel_name")).toMatchObject({ kind: "category" });
    expect(column(ships, "driver_name")).toMatchObject({ kind: "faker", method: "person.fullName" });
  });
});
