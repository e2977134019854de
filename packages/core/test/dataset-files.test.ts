import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetCsvChunks, freeCsvPath, generateDataset, parseSpec, type DatasetCard } from "@synthdata/core";
import { mean, parseCsv, spec, tempDir } from "./helpers.js";

const churn = spec(
  [
    { name: "customer_id", kind: "id", format: "uuid" },
    { name: "name", kind: "faker", method: "person.fullName", typoRate: 0.03 },
    { name: "plan", kind: "category", values: ["basic", "pro", "team"], weights: [0.5, 0.3, 0.2] },
    { name: "tenure_months", kind: "integer", distribution: "exponential", mean: 18, min: 0, max: 120, missing: { rate: 0.05 } },
    { name: "monthly_spend", kind: "number", distribution: "lognormal", mean: 60, sd: 30, decimals: 2, outliers: { rate: 0.01 } },
    { name: "signup_date", kind: "date", from: "2022-01-01", to: "2024-12-31" },
    {
      name: "churned",
      kind: "boolean",
      rate: 0.2,
      effects: [
        { column: "tenure_months", weight: -1.5 },
        { column: "plan", value: "basic", weight: 1 },
      ],
    },
  ],
  { target: "churned", duplicates: { exact: 0.01 } },
);

async function run(input: unknown, options: Parameters<typeof generateDataset>[1] = {}) {
  const dir = await tempDir();
  const result = await generateDataset({ spec: input }, { outPath: join(dir, "churn.csv"), seed: 11, rows: 20_000, ...options });
  return { dir, result };
}

describe("a run's files: CSV, card and split", () => {
  it("writes the card beside the CSV, and its numbers match the CSV itself", async () => {
    const { dir, result } = await run(churn);
    expect((await readdir(dir)).sort()).toEqual(["churn.card.json", "churn.card.md", "churn.csv"]);
    const rows = parseCsv(await readFile(result.files.csv, "utf8"));
    const card = JSON.parse(await readFile(result.files.cardJson!, "utf8")) as DatasetCard;
    expect(card).toEqual(JSON.parse(JSON.stringify(result.card)));
    expect(card.reproduce).toMatchObject({ seed: 11, rows: 20_000, tool: "synthdata" });
    expect(card.reproduce.specHash).toMatch(/^[0-9a-f]{64}$/);
    expect(card.files).toEqual({ csv: "churn.csv" });
    for (const c of card.columns) {
      const cells = rows.map((r) => r[c.name]!);
      const present = cells.filter((v) => v !== "");
      // The card rounds shares to 4 decimals: compare with the CSV's share rounded the same way.
      expect(c.nullShare, c.name).toBe(Math.round(((cells.length - present.length) / cells.length) * 1e4) / 1e4);
      if (!c.distinctCapped) expect(c.distinct, c.name).toBe(new Set(present).size);
      if (c.kind === "integer" || c.kind === "number") {
        const xs = present.map(Number);
        expect(c.min).toBe(Math.min(...xs));
        expect(c.max).toBe(Math.max(...xs));
        expect(c.mean).toBeCloseTo(mean(xs), 3);
      }
      if (c.kind === "boolean") expect(c.trueShare).toBeCloseTo(present.filter((v) => v === "true").length / present.length, 4);
      if (c.kind === "date") expect([c.min, c.max]).toEqual([present.reduce((a, b) => (a < b ? a : b)), present.reduce((a, b) => (a > b ? a : b))]);
      if (c.kind === "category") for (const t of c.top!) expect(t.count).toBe(cells.filter((v) => v === t.value).length);
    }
    // The answer key: mess counts match what is in the file, relationships in words, a strong signal.
    const tenure = card.columns.find((c) => c.name === "tenure_months")!;
    // Exact duplicates (1% of rows) copy whole rows after values were removed, so the file may differ by a few.
    const empties = rows.filter((r) => r["tenure_months"] === "").length;
    expect(Math.abs(empties - tenure.injected!.missing)).toBeLessThanOrEqual(0.02 * empties);
    expect(card.relationships.join(" ")).toMatch(/churned.*tenure_months/);
    expect(card.mess.exactDuplicates).toBeGreaterThan(100);
    expect(card.signal).toMatchObject({ target: "churned", metric: "auc", verdict: "strong" });
    const md = await readFile(result.files.cardMarkdown!, "utf8");
    expect(md).toContain("## Answer key: hidden relationships");
    expect(md).toContain(`seed: 11`);
  });

  it("warns on the card when the target has no signal", async () => {
    const flat = spec([
      { name: "a", kind: "integer", min: 0, max: 100 },
      { name: "b", kind: "category", values: ["x", "y"] },
      { name: "label", kind: "boolean", probability: 0.3 },
    ], { target: "label" });
    const { result } = await run(flat, { rows: 5000 });
    expect(result.card!.signal!.verdict).toBe("weak");
    expect(result.card!.warnings.join(" ")).toMatch(/label/);
  });

  it("splits 80/20 into train and test files, stratified on the target", async () => {
    const { dir, result } = await run(churn, { split: { train: 0.8 } });
    expect((await readdir(dir)).sort()).toEqual(["churn.card.json", "churn.card.md", "churn.csv", "churn.test.csv", "churn.train.csv"]);
    const all = parseCsv(await readFile(result.files.csv, "utf8"));
    const train = parseCsv(await readFile(result.files.train!, "utf8"));
    const test = parseCsv(await readFile(result.files.test!, "utf8"));
    expect(train.length + test.length).toBe(20_000);
    expect(test.length / 20_000).toBeCloseTo(0.2, 2);
    const share = (rs: Record<string, string>[]) => rs.filter((r) => r["churned"] === "true").length / rs.length;
    expect(Math.abs(share(train) - share(test))).toBeLessThan(0.01);
    expect(new Set([...train, ...test].map((r) => JSON.stringify(r)))).toEqual(new Set(all.map((r) => JSON.stringify(r))));
    expect(result.card!.split).toMatchObject({ by: "random", stratifyOn: "churned", trainRows: train.length, testRows: test.length });
  });

  it("splits by time: every training row is older than every test row", async () => {
    const { result } = await run(churn, { split: { train: 0.75, by: "time" } });
    const train = parseCsv(await readFile(result.files.train!, "utf8"));
    const test = parseCsv(await readFile(result.files.test!, "utf8"));
    const latestTrain = train.map((r) => r["signup_date"]!).reduce((a, b) => (a > b ? a : b));
    const earliestTest = test.map((r) => r["signup_date"]!).reduce((a, b) => (a < b ? a : b));
    expect(latestTrain < earliestTest).toBe(true);
    expect(train.length / 20_000).toBeCloseTo(0.75, 1);
    expect(result.card!.split).toMatchObject({ by: "time", timeColumn: "signup_date", cutoff: earliestTest });
  });

  it("is byte-identical for the same seed, split and card included", async () => {
    const a = await run(churn, { split: { train: 0.8 } });
    const b = await run(churn, { split: { train: 0.8 } });
    for (const key of ["csv", "train", "test", "cardMarkdown"] as const) {
      expect(await readFile(a.result.files[key]!, "utf8")).toBe(await readFile(b.result.files[key]!, "utf8"));
    }
  });

  it("makes the same bytes on 1, 2 or 3 worker threads, mess, split and card included", async () => {
    const texts = async (workers: number) => {
      const { result } = await run(churn, { rows: 20_000, split: { train: 0.8 }, workers });
      return Promise.all((["csv", "train", "test", "cardMarkdown"] as const).map((k) => readFile(result.files[k]!, "utf8")));
    };
    const one = await texts(1);
    expect(await texts(2)).toEqual(one);
    expect(await texts(3)).toEqual(one);
  });

  it("streams the same CSV bytes it writes (mess and class-rate calibration included)", async () => {
    const { result } = await run(churn, { rows: 5000 });
    let streamed = "";
    for await (const chunk of datasetCsvChunks(parseSpec(churn), { rows: 5000, seed: 11 })) streamed += chunk;
    expect(streamed).toBe(await readFile(result.files.csv, "utf8"));
  });

  it("leaves no file at all when cancelled mid-run", async () => {
    const dir = await tempDir();
    const controller = new AbortController();
    const run = generateDataset({ spec: churn }, {
      outPath: join(dir, "churn.csv"),
      rows: 2_000_000,
      seed: 1,
      split: { train: 0.8 },
      signal: controller.signal,
      onProgress: (done) => done > 20_000 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ code: "CANCELLED" });
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses to replace an existing side file and writes nothing", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "churn.card.md"), "mine");
    await expect(generateDataset({ spec: churn }, { outPath: join(dir, "churn.csv"), rows: 100 })).rejects.toMatchObject({ code: "OUTPUT_EXISTS" });
    expect(await readdir(dir)).toEqual(["churn.card.md"]);
    expect(await readFile(join(dir, "churn.card.md"), "utf8")).toBe("mine");
  });

  it("picks a free name whose CSV and side files all are free", async () => {
    const dir = await tempDir();
    expect(freeCsvPath(dir, "churn.csv")).toBe(join(dir, "churn.csv"));
    await writeFile(join(dir, "churn.card.md"), "mine");
    await writeFile(join(dir, "churn-2.test.csv"), "mine");
    expect(freeCsvPath(dir, "churn.csv")).toBe(join(dir, "churn-3.csv"));
    expect(freeCsvPath(dir, "churn.csv", new Set([join(dir, "churn-3.csv")]))).toBe(join(dir, "churn-4.csv"));
  });

  it("writes only the CSV when the card is turned off", async () => {
    const { dir, result } = await run(churn, { card: false, rows: 100 });
    expect(await readdir(dir)).toEqual(["churn.csv"]);
    expect(result.card).toBeUndefined();
  });
});
