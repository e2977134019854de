import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entries, runCli, tmp } from "./helpers.js";

/**
 * "Nothing is replaced unless asked" across processes: runs started together
 * race for the same names, and the final name is claimed atomically, so
 * exactly one run gets each name and no run's files are lost.
 */
const N = 5;
const DESCRIPTION = "customers with name, email, age, city and whether they churned";

/** A fresh output folder, and N CLI processes started at once in it, each with its own schema cache (no lock contention to muddy the race). */
async function raceCli(extra: string[]) {
  const base = await tmp();
  const dir = join(base, "out");
  await mkdir(dir);
  const runs = await Promise.all(Array.from({ length: N }, (_, i) => runCli(["generate", DESCRIPTION, "--rows", "20000", "--seed", String(i + 1), ...extra], dir, { cacheRoot: join(base, `cache-${i}`) })));
  return { dir, runs };
}

const seedOf = (stderr: string) => Number(/seed (\d+) \(pass/.exec(stderr)?.[1]);

describe("concurrent CLI runs never replace each other", () => {
  it(`${N} runs with the same --out: exactly one succeeds, the others say the file exists, and the winner's set is whole`, async () => {
    const { dir, runs } = await raceCli(["--out", "x.csv"]);
    const won = runs.filter((r) => r.code === 0);
    expect(won, runs.map((r) => r.stderr).join("\n")).toHaveLength(1);
    for (const lost of runs.filter((r) => r.code !== 0)) {
      expect(lost.code).toBe(2);
      expect(lost.stderr).toMatch(/already exists/);
    }
    expect(await entries(dir)).toEqual(["x.card.json", "x.card.md", "x.csv"]);
    // The card beside x.csv is the winner's, not a mix of two runs.
    const card = JSON.parse(await readFile(join(dir, "x.card.json"), "utf8")) as { reproduce: { seed: number; rows: number } };
    expect(card.reproduce.seed).toBe(seedOf(won[0]!.stderr));
    expect((await readFile(join(dir, "x.csv"), "utf8")).trimEnd().split("\r\n")).toHaveLength(20001);
  });

  it(`${N} runs without --out each get their own free name, with their own card`, async () => {
    const { dir, runs } = await raceCli([]);
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join("\n")).toEqual(Array(N).fill(0));
    const csvs = (await entries(dir)).filter((f) => f.endsWith(".csv"));
    expect(csvs).toEqual(["customers.csv", ...Array.from({ length: N - 1 }, (_, i) => `customers-${i + 2}.csv`)].sort());
    // Every run's seed is in exactly one card, and each card names the CSV it sits beside.
    const seeds: number[] = [];
    for (const csv of csvs) {
      const card = JSON.parse(await readFile(join(dir, csv.replace(/\.csv$/, ".card.json")), "utf8")) as { reproduce: { seed: number }; files: { csv: string } };
      expect(card.files.csv).toBe(csv);
      seeds.push(card.reproduce.seed);
    }
    expect(seeds.sort((a, b) => a - b)).toEqual(runs.map((r) => seedOf(r.stderr)).sort((a, b) => a - b));
  });
});
