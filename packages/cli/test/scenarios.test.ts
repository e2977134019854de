import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli, tmp } from "./helpers.js";

// The built CLI, as a user runs it: --scenario builds teaching scenarios in and the card explains them.
const SHOP = fileURLToPath(new URL("../../core/test/fixtures/tables/shop.json", import.meta.url));
const CHURN = "customers with age, tenure in months, monthly fee, plan (basic, standard, premium) and whether they churned";

describe("synthdata generate --scenario", () => {
  it("builds a leak and a drift: the leaky column, an 80/20 split, the answer key", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", CHURN, "--planner", "offline", "--rows", "2000", "--seed", "3", "--out", "c.csv", "--scenario", "leak,drift"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Wrote 2000 rows x 6 columns/);
    expect(run.stderr).toContain("scenarios: leak, drift (what each hides is in the card's answer key)");
    expect(run.stderr).toMatch(/split: .*c\.train\.csv \(1600 rows\), .*c\.test\.csv \(400 rows\)/);
    const header = (await readFile(join(dir, "c.csv"), "utf8")).split(/\r?\n/)[0]!;
    expect(header.split(",")).toContain("followup_score");
    const card = await readFile(join(dir, "c.card.md"), "utf8");
    expect(card).toContain("## Answer key: teaching scenarios");
    expect(card).toMatch(/- leak: followup_score is recorded after the outcome/);
    expect(card).toMatch(/- drift: the test rows \(20% of rows/);
  });

  it("says which names it knows, and refuses stdout", async () => {
    const dir = await tmp();
    const bad = await runCli(["generate", CHURN, "--planner", "offline", "--scenario", "leak,overfit"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--scenario: unknown scenario "overfit"; choose from leak, confounder, paradox, multicollinear, nonlinear, imbalance, drift');
    const stdout = await runCli(["generate", CHURN, "--planner", "offline", "--scenario", "leak", "--out", "-"], dir);
    expect(stdout.code).toBe(2);
    expect(stdout.stderr).toContain("--scenario explains what it built in the card, which stdout cannot hold");
  });

  it("on several tables (--schema shop.json): a leak on the customers, a drift refused saying why", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", "--schema", SHOP, "--rows", "1000", "--seed", "3", "--out", "shop/", "--scenario", "leak"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("scenarios: leak (what each hides is in the card's answer key)");
    expect((await readFile(join(dir, "shop", "customers.csv"), "utf8")).split(/\r?\n/)[0]!.split(",")).toContain("followup_score");
    expect(await readFile(join(dir, "shop", "card.md"), "utf8")).toMatch(/- leak: followup_score is recorded after the outcome.*Measured on the first 1,000 rows: followup_score alone separates churned with AUC 0\.9\d/);
    const drift = await runCli(["generate", "--schema", SHOP, "--rows", "1000", "--out", "shop2/", "--scenario", "leak,drift"], dir);
    expect(drift.code).not.toBe(0);
    expect(drift.stderr).toContain("drift: needs an integer or number feature among the customers table's own columns");
  });
});
