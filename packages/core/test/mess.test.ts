import { describe, expect, it } from "vitest";
import { CsvEncoder, compileSpec, generateBlocks, parseSpec, type DatasetSpec } from "@synthdata/core";
import { MessInjector } from "../src/mess/inject.js";
import { prepareGenerationSpec } from "../src/mess/prepare.js";
import { addTypo } from "../src/mess/typo.js";
import { Random } from "../src/generate/random.js";
import { mean, parseCsv, spec } from "./helpers.js";

/** Generates with mess through the same stages a run uses, returning parsed rows, the CSV and the counts. */
async function messy(input: unknown, rows: number, seed = 5) {
  const s = prepareGenerationSpec(parseSpec(input));
  const compiled = compileSpec(s);
  const mess = new MessInjector(s, seed);
  const encoder = new CsvEncoder(s);
  let text = encoder.header();
  for await (const block of generateBlocks(compiled, { rows, seed })) {
    mess.apply(block);
    text += encoder.block(block);
  }
  return { rows: parseCsv(text), text, counts: mess.counts, spec: s };
}

const N = 100_000;
const share = (rows: Record<string, string>[], f: (r: Record<string, string>) => boolean) => rows.filter(f).length / rows.length;

describe("mess at 100k rows", () => {
  const input = spec(
    [
      { name: "id", kind: "id", format: "sequence" },
      { name: "name", kind: "faker", method: "person.lastName", typoRate: 0.05 },
      { name: "age", kind: "integer", distribution: "normal", mean: 40, sd: 10, min: 18, max: 90 },
      { name: "income", kind: "number", distribution: "lognormal", mean: 50000, sd: 20000, decimals: 0, outliers: { rate: 0.01, magnitude: 8 }, missing: { rate: 0.1, when: [{ column: "age", weight: -1.5 }] } },
      { name: "city", kind: "faker", method: "location.city", missing: { rate: 0.05 } },
      { name: "fraud", kind: "boolean", rate: 0.05, labelNoise: 0.02, effects: [{ column: "age", weight: -1 }] },
    ],
    { duplicates: { exact: 0.02, near: 0.01 } },
  );

  it("injects each kind at its rate, counts it, and is reproducible", async () => {
    const a = await messy(input, N);
    const { rows, counts } = a;
    // Missing completely at random: 5% of city.
    expect(share(rows, (r) => r["city"] === "")).toBeCloseTo(0.05, 2);
    expect(counts.columns.get("city")!.missing / N).toBeCloseTo(0.05, 2);
    // Missing depending on age: income is missing far more often for the young.
    const young = rows.filter((r) => Number(r["age"]) < 30);
    const old = rows.filter((r) => Number(r["age"]) > 50);
    expect(share(young, (r) => r["income"] === "") - share(old, (r) => r["income"] === "")).toBeGreaterThan(0.15);
    // Outliers: about 1% of incomes, far above the rest.
    const incomes = rows.map((r) => r["income"]).filter((v) => v !== "").map(Number);
    const far = incomes.filter((v) => v > 50000 + 7 * 20000).length / incomes.length;
    expect(far).toBeGreaterThan(0.006);
    expect(far).toBeLessThan(0.014);
    expect(counts.columns.get("income")!.outliers / N).toBeCloseTo(0.01, 2);
    // Typos: 5% of names, counted.
    expect(counts.columns.get("name")!.typos / N).toBeGreaterThan(0.04);
    expect(counts.columns.get("name")!.typos / N).toBeLessThan(0.06);
    // Class balance: 5% fraud after effects, then 2% of labels flipped (so about 0.05*0.98 + 0.95*0.02).
    expect(share(rows, (r) => r["fraud"] === "true")).toBeCloseTo(0.05 * 0.98 + 0.95 * 0.02, 2);
    expect(counts.columns.get("fraud")!.labelFlips / N).toBeCloseTo(0.02, 2);
    // Duplicates: exact copies repeat the id too; near copies keep their own id.
    const ids = rows.map((r) => r["id"]);
    expect((ids.length - new Set(ids).size) / N).toBeCloseTo(0.02, 2);
    expect(counts.exactDuplicates / N).toBeCloseTo(0.02, 2);
    expect(counts.nearDuplicates / N).toBeCloseTo(0.01, 2);
    const whole = rows.map((r) => Object.values(r).join("|"));
    expect((whole.length - new Set(whole).size) / N).toBeCloseTo(0.02, 2);

    const again = await messy(input, N);
    expect(again.text).toBe(a.text);
    expect(again.counts).toEqual(a.counts);
  });

  it("calibrates a boolean's base probability to the wanted class balance", async () => {
    const s = prepareGenerationSpec(
      parseSpec(spec([{ name: "x", kind: "number", distribution: "normal", mean: 0, sd: 1 }, { name: "fraud", kind: "boolean", rate: 0.05, effects: [{ column: "x", weight: 2 }] }])),
    );
    const fraud = s.columns[1]!;
    expect(fraud.kind === "boolean" && fraud.probability).toBeLessThan(0.05);
    const { rows } = await messy(s, 50_000);
    expect(share(rows, (r) => r["fraud"] === "true")).toBeCloseTo(0.05, 2);
  });

  it("scales the target's effects with difficulty", async () => {
    const base = spec(
      [{ name: "x", kind: "number", min: 0, max: 1, decimals: 3 }, { name: "y", kind: "boolean", probability: 0.5, effects: [{ column: "x", weight: 2 }] }],
      { target: "y" },
    );
    const gap = async (input: unknown) => {
      const { rows } = await messy(input, 40_000);
      const top = rows.filter((r) => Number(r["x"]) > 0.75);
      const bottom = rows.filter((r) => Number(r["x"]) < 0.25);
      return share(top, (r) => r["y"] === "true") - share(bottom, (r) => r["y"] === "true");
    };
    const easy = await gap(base);
    const hard = await gap({ ...(base as DatasetSpec), difficulty: 0.8 });
    const none = await gap({ ...(base as DatasetSpec), difficulty: 1 });
    expect(easy).toBeGreaterThan(0.5);
    expect(hard).toBeLessThan(easy / 2);
    expect(Math.abs(none)).toBeLessThan(0.03);
  });

  it("makes typos that swap, drop or double one letter", () => {
    const rng = Random.for(1);
    const results = Array.from({ length: 300 }, () => addTypo("Johnson", rng));
    for (const t of results) expect(Math.abs(t.length - 7)).toBeLessThanOrEqual(1);
    expect(new Set(results.map((t) => Math.sign(t.length - 7)))).toEqual(new Set([-1, 0, 1]));
    expect(mean(results.map((t) => (t === "Johnson" ? 1 : 0)))).toBeLessThan(0.1);
  });
});
