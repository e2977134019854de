import { describe, expect, it } from "vitest";
import { planOffline, type Column, type DatasetSpec } from "@synthdata/core";
import { auc, bools, generateRecords, nums } from "./helpers.js";

// Causes found by heldout7 (descriptions written before the fixes): moments that ran backwards,
// totals that were not the product of their parts, parts above their whole, rows read as columns.
const column = (spec: DatasetSpec, name: string): Column => {
  const c = spec.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${spec.columns.map((x) => x.name).join(", ")}`);
  return c;
};
const time = (v: string | undefined) => Date.parse(v!.length === 10 ? `${v}T00:00:00Z` : v!);

describe("offline planner: pairs and totals the column names imply", () => {
  it("puts a later moment after the earlier one (completed after submitted, arrival after the alarm, end after start)", async () => {
    const cases: [string, string, string][] = [
      ["maintenance requests: request id, category (plumbing, electrical), submitted date, completed date, repair cost", "submitted_date", "completed_date"],
      ["fire incidents with incident number, alarm time, arrival time on scene, incident type, units dispatched", "alarm_time", "arrival_time_on_scene"],
      ["study room reservations with room, booking date, start time and end time, number of attendees", "start_time", "end_time"],
      ["study room reservations with room, booking date, start time and end time, number of attendees", "booking_date", "start_time"],
    ];
    for (const [description, earlier, later] of cases) {
      const { spec } = planOffline(description);
      const rows = await generateRecords(spec, 400, 5);
      const backwards = rows.filter((r) => time(r[later]) < time(r[earlier])).length;
      expect(backwards, `${description}: ${later} before ${earlier}`).toBe(0);
    }
    // The fire crew arrives within the hour, not days later.
    const fire = await generateRecords(planOffline(cases[1]![0]).spec, 400, 5);
    for (const r of fire) expect(time(r.arrival_time_on_scene) - time(r.alarm_time)).toBeLessThanOrEqual(60 * 60 * 1000);
  });

  it("makes a return date the start plus the listed rental days, and a total the days times the daily rate", async () => {
    const { spec } = planOffline("farm equipment rentals with equipment (tractor, baler), rental start date, return date, rental days, daily rate, total charge and whether damage was reported");
    expect(spec.target).toBe("damage_reported");
    const rows = await generateRecords(spec, 300, 2);
    for (const r of rows) {
      expect(time(r.return_date) - time(r.rental_start_date)).toBe(Number(r.rental_days) * 86400000);
      expect(Number(r.total_charge)).toBeCloseTo(Number(r.rental_days) * Number(r.daily_rate), 1);
    }
  });

  it("keeps a maximum above its minimum, and people in a room within its capacity", async () => {
    const jobs = await generateRecords(planOffline("job postings: title, company, min salary, max salary, posted date").spec, 400, 3);
    for (const r of jobs) expect(Number(r.max_salary)).toBeGreaterThanOrEqual(Number(r.min_salary));
    const rooms = await generateRecords(planOffline("study rooms with room, capacity (2 to 12 people), number of attendees, checked in").spec, 400, 3);
    for (const r of rooms) expect(Number(r.number_of_attendees)).toBeLessThanOrEqual(Number(r.capacity_people));
  });

  it("pays a winning bet its stake times the odds, and a lost one nothing; longer odds win less", async () => {
    const { spec } = planOffline("sports betting app bets: bet id, sport, bet type (moneyline, spread, over/under, parlay), stake usd, decimal odds, won, payout");
    expect(column(spec, "bet_type")).toMatchObject({ kind: "category", values: ["moneyline", "spread", "over/under", "parlay"] });
    const rows = await generateRecords(spec, 3000, 4);
    for (const r of rows.slice(0, 300)) {
      expect(Number(r.decimal_odds)).toBeGreaterThanOrEqual(1.01);
      expect(Number(r.payout)).toBeCloseTo(r.won === "true" ? Number(r.stake_usd) * Number(r.decimal_odds) : 0, 1);
    }
    expect(auc(nums(rows, "decimal_odds"), bools(rows, "won"))).toBeLessThan(0.4);
  });

  it("keeps rooms sold within rooms available and computes occupancy from the two; MRR is seats times the price per seat", async () => {
    const hotel = await generateRecords(planOffline("hotel performance per night: date, hotel, rooms available, rooms sold, occupancy %, adr").spec, 400, 6);
    for (const r of hotel) {
      expect(Number(r.rooms_sold)).toBeLessThanOrEqual(Number(r.rooms_available));
      expect(Number(r.occupancy)).toBeCloseTo((100 * Number(r.rooms_sold)) / Math.max(1, Number(r.rooms_available)), 0);
    }
    const { spec } = planOffline("B2B SaaS accounts: account id, seats, price per seat, MRR, nps 0-10, churned next quarter?");
    const churn = column(spec, "churned") as Column & { probability?: number; rate?: number };
    expect(churn.rate ?? churn.probability).toBeLessThan(0.4);
    for (const r of await generateRecords(spec, 200, 1)) expect(Number(r.MRR)).toBeCloseTo(Number(r.seats) * Number(r.price_per_seat), 1);
  });

  it("reads 'I want X, one row per Y, with a, b' as rows and their grain before the columns, and last-mile routes at a day's scale", async () => {
    const { spec } = planOffline("I want last-mile delivery routes, one row per driver per day, with driver id, vehicle type (van, cargo bike, car), packages delivered, number of stops, route distance in km, hours on shift, failed deliveries and fuel cost");
    expect(spec.title).toBe("Last-mile delivery routes");
    expect(spec.columns.map((c) => c.name)).toEqual(["driver_id", "vehicle_type", "packages_delivered", "number_of_stops", "route_distance_km", "hours_on_shift", "failed_deliveries", "fuel_cost"]);
    const rows = await generateRecords(spec, 2000, 7);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    expect(median(nums(rows, "route_distance_km"))).toBeGreaterThan(30);
    expect(median(nums(rows, "route_distance_km"))).toBeLessThan(250);
    expect(median(nums(rows, "hours_on_shift"))).toBeGreaterThan(6);
    expect(median(nums(rows, "hours_on_shift"))).toBeLessThan(12);
    for (const r of rows) {
      expect(Number.isInteger(Number(r.failed_deliveries))).toBe(true);
      expect(Number(r.packages_delivered)).toBeGreaterThanOrEqual(Number(r.number_of_stops));
    }
  });

  it("lets a tier ladder lift activity, keeps years of experience within a life, and computes an overrun from estimate and actual", async () => {
    const hotel = await generateRecords(planOffline("hotel loyalty members: member id, status (bronze, silver, gold, platinum), nights stayed last year, points balance, age").spec, 3000, 8);
    const nights = (tier: string) => {
      const xs = hotel.filter((r) => r.status === tier).map((r) => Number(r.nights_stayed_last_year));
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(nights("platinum")).toBeGreaterThan(nights("bronze"));
    const coaches = await generateRecords(planOffline("youth soccer coaches: coach id, age, years of experience coaching, team, wins").spec, 1000, 8);
    for (const r of coaches) expect(Number(r.years_of_experience_coaching)).toBeLessThanOrEqual(Math.max(0, Number(r.age) - 18));
    const { spec } = planOffline("road resurfacing jobs: job id, estimated cost, actual cost, cost overrun %, crew size");
    for (const r of await generateRecords(spec, 300, 8)) {
      const want = (100 * (Number(r.actual_cost) - Number(r.estimated_cost))) / Number(r.estimated_cost);
      expect(Number(r.cost_overrun)).toBeCloseTo(want, 0);
    }
  });
});
