import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { runCli, tmp } from "./helpers.js";

/**
 * Two promises of the README held only for easy inputs: unique columns "fail
 * before generating when the space is too small" (a unique date over 365 days
 * failed at row ~341 of 365, two decimals in 0..1 at row 96 of 101), and
 * weights set a category's shares (1e308 each summed to Infinity: one value
 * always). Through the CLI process and the files it writes.
 */
async function generate(spec: unknown, rows: number): Promise<{ code: number | null; stderr: string; dir: string }> {
  const dir = await tmp();
  await writeFile(join(dir, "spec.json"), JSON.stringify({ title: "T", domain: "d", ...(spec as object) }));
  const run = await runCli(["generate", "--schema", "spec.json", "--rows", String(rows), "--seed", "4", "--out", "u.csv"], dir);
  return { code: run.code, stderr: run.stderr, dir };
}

const values = async (dir: string) => (parse(await readFile(join(dir, "u.csv"))) as string[][]).slice(1).map((r) => r[0]!);

const uniqueDate = { columns: [{ name: "day", kind: "date", from: "2025-01-01", to: "2025-12-31", unique: true }] };
const uniqueCents = { columns: [{ name: "share", kind: "number", min: 0, max: 1, decimals: 2, unique: true }] };
const uniqueTenths = { columns: [{ name: "x", kind: "number", min: 0.7, max: 0.9, decimals: 1, unique: true }] };
const weekdays = { columns: [{ name: "trade_day", kind: "date", from: "2025-01-06", to: "2025-01-19", calendar: "weekdays", unique: true }] };

describe("unique columns", () => {
  it("fill their whole space: 365 distinct days of 2025, 101 distinct cents in 0..1, 3 tenths in 0.7..0.9", async () => {
    for (const [spec, rows] of [
      [uniqueDate, 365],
      [uniqueCents, 101],
      [uniqueTenths, 3],
    ] as const) {
      const run = await generate(spec, rows);
      expect(run.code, run.stderr).toBe(0);
      const seen = await values(run.dir);
      expect(seen).toHaveLength(rows);
      expect(new Set(seen).size).toBe(rows);
    }
  });

  it("one row more fails before generating with UNIQUE_EXHAUSTED and writes no file", async () => {
    for (const [spec, rows, capacity] of [
      [uniqueDate, 366, 365],
      [uniqueCents, 102, 101],
      [uniqueTenths, 4, 3],
      // Two weeks of weekdays: 10 trading days, whatever the generator does with weekends.
      [weekdays, 11, 10],
    ] as const) {
      const run = await generate(spec, rows);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`is unique but can only hold ${capacity} distinct values, and ${rows} rows were asked for`));
      expect((await readdir(run.dir)).sort()).toEqual(["spec.json"]);
    }
  });
});

describe("category weights", () => {
  it("near the largest double still give each value its share", async () => {
    const run = await generate({ columns: [{ name: "plan", kind: "category", values: ["a", "b", "c"], weights: [1e308, 1e308, 1e308] }] }, 3000);
    expect(run.code, run.stderr).toBe(0);
    const seen = await values(run.dir);
    for (const v of ["a", "b", "c"]) {
      const share = seen.filter((x) => x === v).length / seen.length;
      expect(share, v).toBeGreaterThan(0.28);
      expect(share, v).toBeLessThan(0.39);
    }
  });
});
