import { describe, expect, it } from "vitest";
import { planOffline } from "@synthdata/core";
import { bools, generateRecords, mean, nums, spearman } from "./helpers.js";

// Laundromats, car washes, charity fun runs, tattoo studios, escape rooms and ferries (knowledge
// modules laundromat.ts, car-wash.ts, charity-runs.ts, tattoo-studio.ts, escape-rooms.ts,
// ferries.ts), worded differently from the heldout8 realism fixture.
const rowsFor = async (description: string, n = 2000) => generateRecords(planOffline(description).spec, n, 7);
const by = (rows: Record<string, string>[], key: string, value: string, col: string) => mean(nums(rows.filter((r) => r[key] === value), col));

describe("offline planner: services and leisure knowledge", () => {
  it("laundromat: dryers run longer and use more kWh, price rises with capacity", async () => {
    const rows = await rowsFor("coin laundry cycles: machine type (washer, dryer), machine capacity, cycle minutes, price per cycle, kwh per cycle");
    for (const v of nums(rows, "cycle_minutes")) expect(v).toBeGreaterThanOrEqual(20), expect(v).toBeLessThanOrEqual(70);
    for (const v of nums(rows, "price_per_cycle")) expect(v).toBeGreaterThanOrEqual(1.5), expect(v).toBeLessThanOrEqual(14);
    for (const v of nums(rows, "kwh_per_cycle")) expect(v).toBeGreaterThanOrEqual(0.2), expect(v).toBeLessThanOrEqual(8);
    expect(by(rows, "machine_type", "dryer", "cycle_minutes")).toBeGreaterThan(by(rows, "machine_type", "washer", "cycle_minutes") + 8);
    expect(by(rows, "machine_type", "dryer", "kwh_per_cycle")).toBeGreaterThan(2 * by(rows, "machine_type", "washer", "kwh_per_cycle"));
    expect(spearman(rows, "machine_capacity", "price_per_cycle")).toBeGreaterThan(0.3);
  });

  it("car wash: the ultimate package is dearest, trucks pay more, waits stay within an hour", async () => {
    const rows = await rowsFor("car wash sales log with wash type (basic, deluxe, ultimate), vehicle size, price, number of add-ons, wait time minutes, club member, rain forecast");
    for (const v of nums(rows, "price")) expect(v).toBeGreaterThanOrEqual(7), expect(v).toBeLessThanOrEqual(40);
    const basic = by(rows, "wash_type", "basic", "price");
    const deluxe = by(rows, "wash_type", "deluxe", "price");
    const ultimate = by(rows, "wash_type", "ultimate", "price");
    expect(basic).toBeLessThan(deluxe);
    expect(deluxe).toBeLessThan(ultimate);
    expect(by(rows, "vehicle_size", "truck", "price")).toBeGreaterThan(by(rows, "vehicle_size", "car", "price"));
    for (const v of nums(rows, "wait_time_minutes")) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(60);
    expect(new Set(rows.map((r) => r.rain_forecast))).toEqual(new Set(["true", "false"]));
  });

  it("charity fun run: 5K times of 15-95 minutes, goals $100-5,000, raised follows the donors", async () => {
    const rows = await rowsFor("fun run fundraising: runner age, gender, fundraising goal, donors, amount raised, 5k time, ran with team");
    for (const v of nums(rows, "5k_time")) expect(v).toBeGreaterThanOrEqual(15), expect(v).toBeLessThanOrEqual(95);
    for (const v of nums(rows, "fundraising_goal")) expect(v).toBeGreaterThanOrEqual(100), expect(v).toBeLessThanOrEqual(5000);
    expect(spearman(rows, "donors", "amount_raised")).toBeGreaterThan(0.3);
    expect(spearman(rows, "fundraising_goal", "amount_raised")).toBeGreaterThan(0.1);
    expect(spearman(rows, "runner_age", "5k_time")).toBeGreaterThan(0.1);
  });

  it("tattoo studio: hours grow with size, total = hours x rate, the deposit below the total", async () => {
    const rows = await rowsFor("tattoo shop appointments: tattoo artist, placement, tattoo size, tattoo style, tattoo hours, tattoo rate, tattoo deposit, tattoo price, touch up");
    for (const v of nums(rows, "tattoo_size")) expect(v).toBeGreaterThanOrEqual(1), expect(v).toBeLessThanOrEqual(300);
    for (const v of nums(rows, "tattoo_rate")) expect(v).toBeGreaterThanOrEqual(100), expect(v).toBeLessThanOrEqual(250);
    expect(spearman(rows, "tattoo_size", "tattoo_hours")).toBeGreaterThan(0.4);
    for (const r of rows) {
      expect(Number(r.tattoo_price)).toBeCloseTo(Number(r.tattoo_hours) * Number(r.tattoo_rate), 1);
      expect(Number(r.tattoo_deposit)).toBeLessThanOrEqual(Number(r.tattoo_price));
    }
    // Hand tattoos fade fastest: more of them come back for a touch-up.
    const hand = rows.filter((r) => r.placement === "hand");
    const arm = rows.filter((r) => r.placement === "arm");
    expect(mean(bools(hand, "touch_up"))).toBeGreaterThan(mean(bools(arm, "touch_up")) + 0.05);
  });

  it("escape rooms: within the hour, fewer escape from hard rooms and long games, total = players x price", async () => {
    const rows = await rowsFor("escape room games: room theme, room difficulty, team size, hints, time taken, escaped, price per player, total price");
    for (const v of nums(rows, "time_taken")) expect(v).toBeLessThanOrEqual(60);
    for (const v of nums(rows, "price_per_player")) expect(v).toBeGreaterThanOrEqual(25), expect(v).toBeLessThanOrEqual(45);
    const rate = mean(bools(rows, "escaped"));
    expect(rate).toBeGreaterThan(0.35);
    expect(rate).toBeLessThan(0.65);
    const escapeRate = (pick: (r: Record<string, string>) => boolean) => mean(bools(rows.filter(pick), "escaped"));
    expect(escapeRate((r) => Number(r.room_difficulty) >= 4)).toBeLessThan(escapeRate((r) => Number(r.room_difficulty) <= 2) - 0.2);
    expect(escapeRate((r) => Number(r.time_taken) >= 57)).toBeLessThan(escapeRate((r) => Number(r.time_taken) <= 48) - 0.15);
    for (const r of rows) expect(Number(r.total_price)).toBeCloseTo(Number(r.team_size) * Number(r.price_per_player), 1);
  });

  it("ferries: passengers within capacity, waves rise with wind, cancellations with waves", async () => {
    const rows = await rowsFor("ferry sailings: sailing date, ferry route, ferry vessel, passenger capacity, passengers on board, wind speed, wave height, delay minutes, sailing cancelled");
    for (const r of rows) expect(Number(r.passengers_on_board)).toBeLessThanOrEqual(Number(r.passenger_capacity));
    for (const v of nums(rows, "passenger_capacity")) expect(v).toBeGreaterThanOrEqual(100), expect(v).toBeLessThanOrEqual(2000);
    for (const v of nums(rows, "wave_height")) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(6);
    expect(spearman(rows, "wind_speed", "wave_height")).toBeGreaterThan(0.3);
    const cancelRate = (pick: (r: Record<string, string>) => boolean) => mean(bools(rows.filter(pick), "sailing_cancelled"));
    expect(cancelRate((r) => Number(r.wave_height) >= 2)).toBeGreaterThan(cancelRate((r) => Number(r.wave_height) < 1) + 0.03);
    expect(spearman(rows, "wave_height", "delay_minutes")).toBeGreaterThan(0.1);
    const cancelled = mean(bools(rows, "sailing_cancelled"));
    expect(cancelled).toBeGreaterThan(0.005);
    expect(cancelled).toBeLessThan(0.1);
  });
});
