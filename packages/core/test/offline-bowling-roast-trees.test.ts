import { describe, expect, it } from "vitest";
import { planOffline, type DatasetSpec } from "@synthdata/core";
import { auc, bools, generateRecords, mean, nums, spearman } from "./helpers.js";

// Knowledge for bowling leagues, coffee roasting, fantasy football, street trees and sleep studies,
// planned from descriptions worded unlike the heldout8 cases the modules were written for.
const find = (spec: DatasetSpec, part: string): string => {
  const c = spec.columns.find((x) => x.name.includes(part));
  if (!c) throw new Error(`no column with ${part} in ${spec.columns.map((x) => x.name).join(", ")}`);
  return c.name;
};
const within = (xs: number[], lo: number, hi: number) => expect(xs.every((x) => Number.isFinite(x) && x >= lo && x <= hi)).toBe(true);

describe("offline knowledge: bowling, coffee roasting, fantasy football, street trees, sleep studies", () => {
  it("scores a bowling night 0-300 a game, adds the series up and lowers the handicap as the average rises", async () => {
    const { spec } = planOffline("tenpin bowling league results - bowler, entering average, first game, second game, third game, series, hdcp, number of strikes");
    const rows = await generateRecords(spec, 1500, 11);
    const [g1, g2, g3, series, avg, hdcp, strikes] = ["first_game", "second_game", "third_game", "series", "average", "hdcp", "strikes"].map((p) => find(spec, p));
    for (const g of [g1!, g2!, g3!]) within(nums(rows, g), 0, 300);
    for (const r of rows) expect(Number(r[series!])).toBe(Number(r[g1!]) + Number(r[g2!]) + Number(r[g3!]));
    within(nums(rows, strikes!), 0, 36);
    expect(spearman(rows, avg!, series!)).toBeGreaterThan(0.5);
    expect(spearman(rows, avg!, hdcp!)).toBeLessThan(-0.9);
    expect(spearman(rows, avg!, strikes!)).toBeGreaterThan(0.4);
  });

  it("roasts off 12-20% of the green weight, more for dark roasts, dropping hotter", async () => {
    const { spec } = planOffline("roasting log for a small coffee roaster: lot, bean origin, charge weight, roasted yield, roast loss, roast degree light/medium/dark, roast duration, drop temperature");
    const rows = await generateRecords(spec, 1500, 5);
    const [green, out, loss, level, minutes, drop] = ["charge_weight", "roasted_yield", "roast_loss", "roast_degree", "roast_duration", "drop_temperature"].map((p) => find(spec, p));
    for (const r of rows) {
      const g = Number(r[green!]);
      const o = Number(r[out!]);
      expect(o).toBeLessThan(g);
      expect(Math.abs(Number(r[loss!]) - ((g - o) / g) * 100)).toBeLessThan(0.6);
    }
    within(nums(rows, loss!), 11, 21);
    within(nums(rows, minutes!), 8, 18);
    within(nums(rows, drop!), 190, 242);
    const by = (lv: string, col: string) => mean(rows.filter((r) => r[level!] === lv).map((r) => Number(r[col])));
    expect(by("dark", loss!)).toBeGreaterThan(by("medium", loss!) + 1);
    expect(by("medium", loss!)).toBeGreaterThan(by("light", loss!) + 1);
    expect(by("dark", drop!)).toBeGreaterThan(by("light", drop!) + 15);
  });

  it("keeps weekly fantasy points 0-40ish, actual tracking projected, and starts the high projections", async () => {
    const { spec } = planOffline("my fantasy football league: player, nfl team, week, projected pts, actual fantasy points, percent rostered, injury status, started");
    const rows = await generateRecords(spec, 1500, 9);
    const [proj, actual, rostered, started] = ["projected", "actual", "rostered", "started"].map((p) => find(spec, p));
    within(nums(rows, proj!), 0, 40);
    within(nums(rows, actual!), -5, 60);
    within(nums(rows, rostered!), 0, 100);
    expect(spearman(rows, proj!, actual!)).toBeGreaterThan(0.3);
    expect(auc(nums(rows, proj!), bools(rows, started!))).toBeGreaterThan(0.7);
  });

  it("grows street trees thicker with age and taller with trunk size, and lets big trunks lift sidewalks", async () => {
    const { spec } = planOffline("urban forestry tree census: species, dbh, tree height, planting year, tree condition good/fair/poor, root damage to sidewalk");
    const rows = await generateRecords(spec, 1500, 3);
    const [dbh, height, year, damage] = ["dbh", "height", "planting_year", "damage"].map((p) => find(spec, p));
    within(nums(rows, dbh!), 1, 60);
    within(nums(rows, height!), 8, 100);
    expect(spearman(rows, year!, dbh!)).toBeLessThan(-0.5);
    expect(spearman(rows, dbh!, height!)).toBeGreaterThan(0.5);
    expect(auc(nums(rows, dbh!), bools(rows, damage!))).toBeGreaterThan(0.6);
  });

  it("raises the AHI with BMI and neck size, lowers the oxygen nadir with it, and diagnoses OSA from it", async () => {
    const { spec } = planOffline("polysomnography results for sleep lab patients: bmi, neck size, ahi, nadir spo2, ess score, osa diagnosis");
    const rows = await generateRecords(spec, 1500, 13);
    const [bmi, neck, ahi, nadir, ess, osa] = ["bmi", "neck", "ahi", "nadir", "ess", "osa"].map((p) => find(spec, p));
    within(nums(rows, neck!), 28, 55);
    within(nums(rows, ahi!), 0, 130);
    within(nums(rows, nadir!), 55, 98);
    within(nums(rows, ess!), 0, 24);
    expect(spearman(rows, bmi!, ahi!)).toBeGreaterThan(0.2);
    expect(spearman(rows, neck!, ahi!)).toBeGreaterThan(0.2);
    expect(spearman(rows, ahi!, nadir!)).toBeLessThan(-0.6);
    expect(auc(nums(rows, ahi!), bools(rows, osa!))).toBeGreaterThan(0.85);
  });
});
