import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examAnswers, generateDataset, gradePredictionFiles, gradePredictions, renderGrade } from "@synthdata/core";
import { parseCsv, spec, tempDir } from "./helpers.js";

// Issue 19: exam mode and grading. The answers are re-derived from the card's spec, seed and rows.

const churn = spec(
  [
    { name: "tenure", kind: "integer", min: 0, max: 72, missing: { rate: 0.1 } },
    { name: "charges", kind: "number", distribution: "normal", mean: 70, sd: 20 },
    { name: "plan", kind: "category", values: ["basic", "plus", "pro"] },
    { name: "churned", kind: "boolean", probability: 0.35, labelNoise: 0.03, effects: [{ column: "tenure", weight: -1.1 }, { column: "charges", weight: 0.9 }, { column: "plan", value: "pro", weight: -0.8 }] },
  ],
  { target: "churned" },
);
const spend = spec(
  [
    { name: "age", kind: "integer", min: 18, max: 80 },
    { name: "member", kind: "boolean", probability: 0.4 },
    { name: "spend", kind: "number", distribution: "normal", mean: 100, sd: 25, effects: [{ column: "age", weight: 0.7 }, { column: "member", weight: 0.6 }] },
  ],
  { target: "spend" },
);

async function exam(input: unknown, rows = 6000, workers = 1) {
  const dir = await tempDir();
  const result = await generateDataset({ spec: input }, { outPath: join(dir, "d.csv"), seed: 5, rows, split: { train: 0.8 }, exam: true, workers });
  return { dir, result, card: await readFile(result.files.cardJson!, "utf8") };
}

async function predictionsFile(dir: string, name: string, header: string, rows: [number, string | number][]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `${header}\n${rows.map((r) => r.join(",")).join("\n")}\n`);
  return path;
}

describe("exam mode", () => {
  it("writes train (with the target), exam (without it, with row ids) and the card, and no file holding the answers", async () => {
    const { dir, result } = await exam(churn);
    expect((await readdir(dir)).sort()).toEqual(["d.card.json", "d.card.md", "d.exam.csv", "d.train.csv"]);
    const examRows = parseCsv(await readFile(result.files.exam!, "utf8"));
    const trainRows = parseCsv(await readFile(result.files.train!, "utf8"));
    expect(examRows).toHaveLength(1200);
    expect(trainRows).toHaveLength(4800);
    expect(Object.keys(examRows[0]!)).toEqual(["row_id", "tenure", "charges", "plan"]);
    expect(Object.keys(trainRows[0]!)).toContain("churned");
    expect(new Set(examRows.map((r) => r["row_id"])).size).toBe(1200);
    expect(result.card!.exam).toEqual({ target: "churned", idColumn: "row_id", rows: 1200 });
    expect(await readFile(result.files.cardMarkdown!, "utf8")).toContain("## Exam");
  });

  it("writes the same training file as a plain split, and the same exam for any worker count", async () => {
    const dir = await tempDir();
    const plain = await generateDataset({ spec: churn }, { outPath: join(dir, "d.csv"), seed: 5, rows: 6000, split: { train: 0.8 }, workers: 1 });
    const one = await exam(churn);
    const three = await exam(churn, 6000, 3);
    expect(await readFile(one.result.files.train!, "utf8")).toBe(await readFile(plain.files.train!, "utf8"));
    expect(await readFile(three.result.files.exam!, "utf8")).toBe(await readFile(one.result.files.exam!, "utf8"));
    // The exam's rows are the test rows without the target, in order.
    const test = parseCsv(await readFile(plain.files.test!, "utf8"));
    const examRows = parseCsv(await readFile(one.result.files.exam!, "utf8"));
    expect(examRows.map((r) => r["tenure"])).toEqual(test.map((r) => r["tenure"]));
  });

  it("needs a split", async () => {
    const dir = await tempDir();
    await expect(generateDataset({ spec: churn }, { outPath: join(dir, "d.csv"), rows: 100, exam: true })).rejects.toMatchObject({ code: "INVALID_ARGUMENT", message: expect.stringContaining("split") });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("grading", () => {
  it("gives the ceiling's score for the true probabilities, and about 0.5 AUC for random ones", async () => {
    const { dir, card } = await exam(churn);
    const answers = await examAnswers(card);
    expect(answers.ids).toHaveLength(1200);
    const truth = await gradePredictionFiles(join(dir, "d.card.json"), await predictionsFile(dir, "truth.csv", "row_id,churned", answers.ids.map((id, i) => [id, answers.truth[i]![0]!])));
    expect(truth.score).toBe(truth.ceiling);
    expect(truth.ceiling).toBeGreaterThanOrEqual(truth.baseline.score);
    expect(truth.drivers.filter((d) => d.missed)).toEqual([]);
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647).toFixed(4);
    const guess = await gradePredictions(card, `row_id,churned\n${answers.ids.map((id) => `${id},${random()}`).join("\n")}\n`);
    expect(Math.abs(guess.score - 0.5)).toBeLessThan(0.06);
    expect(guess.read).toBe("probabilities");
    expect(guess.drivers.filter((d) => d.missed).map((d) => d.column).sort()).toEqual(["charges", "plan", "tenure"]);
    expect(renderGrade(guess)).toContain("your errors still follow: tenure");
  });

  it("names the driver a learner left out", async () => {
    const { card } = await exam(churn);
    const answers = await examAnswers(card);
    const t = answers.spec.columns.findIndex((c) => c.name === "tenure");
    // A learner who used tenure alone (older customers churn less).
    const text = `row_id,churned\n${answers.ids.map((id, i) => `${id},${(1 / (1 + Math.exp(((answers.rows[i]![t] as number | null) ?? 36) / 20 - 1.8))).toFixed(4)}`).join("\n")}\n`;
    const report = await gradePredictions(card, text);
    expect(report.drivers.find((d) => d.column === "charges")!.missed).toBe(true);
    expect(report.drivers.find((d) => d.column === "tenure")!.missed).toBe(false);
    expect(report.score).toBeLessThan(report.baseline.score);
  });

  it("scores numbers for a number target: the expected values give the ceiling", async () => {
    const { card } = await exam(spend, 4000);
    const answers = await examAnswers(card);
    const report = await gradePredictions(card, `row_id,spend\n${answers.ids.map((id, i) => `${id},${answers.truth[i]![0]}`).join("\n")}\n`);
    expect(report.metric).toBe("r2");
    expect(report.score).toBe(report.ceiling);
    expect(report.ceiling).toBeGreaterThanOrEqual(report.baseline.score - 0.005);
  });

  it("says what is wrong with a wrong file, missing ids, unknown ids or an unreadable prediction", async () => {
    const { dir, card, result } = await exam(churn, 1000);
    const answers = await examAnswers(card);
    const some = answers.ids.slice(0, 10).map((id) => `${id},0.5`).join("\n");
    await expect(gradePredictions(await readFile(result.files.exam!, "utf8"), "row_id,churned\n")).rejects.toMatchObject({ code: "INVALID_ARGUMENT", message: expect.stringContaining("card is not JSON") });
    await expect(gradePredictions(card, `row_id,churned\n${some}\n`)).rejects.toThrow(/the predictions have 10 rows, the exam has 200/);
    await expect(gradePredictions(card, `id,churned\n${some}\n`)).rejects.toThrow(/no row_id column/);
    await expect(gradePredictions(card, `row_id,churned\n999999,0.5\n`)).rejects.toThrow(/not in the exam/);
    await expect(gradePredictions(card, `row_id,churned\n${answers.ids.map((id) => `${id},maybe`).join("\n")}\n`)).rejects.toThrow(/"maybe" in churned is not/);
    await expect(gradePredictionFiles(join(dir, "nope.card.json"), join(dir, "p.csv"))).rejects.toThrow(/no such file/);
    const noExam = await generateDataset({ spec: churn }, { outPath: join(dir, "plain.csv"), seed: 5, rows: 500 });
    await expect(gradePredictions(await readFile(noExam.files.cardJson!, "utf8"), "row_id,churned\n")).rejects.toThrow(/no exam: generate one with --exam/);
  });
});
