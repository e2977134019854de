// Grade Predictions' pieces outside the editor, on real cards written by core: which workspace
// cards hold an exam, and the report's text for predictions graded by core.
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset, gradePredictionFiles, isSynthdataError, renderGrade } from "@synthdata/core";
import { examCardLabel, examCards, gradeText, isCardJson } from "../src/grading.js";
import { GYM_CHURN as CHURN } from "./fixtures.js";


let root: string;
let examCard: string;
let olderExamCard: string;
let plainCard: string;
let examFile: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "synthdata-vscode-grading-"));
  await mkdir(join(root, "data"));
  const exam = await generateDataset({ spec: CHURN }, { rows: 600, seed: 21, outPath: join(root, "data", "gym.csv"), workers: 1, split: { train: 0.8 }, exam: true });
  examCard = exam.files.cardJson!;
  examFile = exam.files.exam!;
  const older = await generateDataset({ spec: { ...CHURN, title: "Older gym" } }, { rows: 300, seed: 2, outPath: join(root, "older.csv"), workers: 1, split: { train: 0.7 }, exam: true });
  olderExamCard = older.files.cardJson!;
  await utimes(olderExamCard, new Date(2020, 0, 1), new Date(2020, 0, 1));
  plainCard = (await generateDataset({ spec: CHURN }, { rows: 100, seed: 1, outPath: join(root, "plain.csv"), workers: 1, split: { train: 0.8 } })).files.cardJson!;
  await writeFile(join(root, "broken.card.json"), "{ not json");
  await writeFile(join(root, "other.card.json"), JSON.stringify({ name: "a package card" }));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("examCards", () => {
  it("keeps the cards that hold an exam, newest first, and leaves out plain cards, broken and other JSON", async () => {
    const paths = [plainCard, olderExamCard, join(root, "broken.card.json"), join(root, "other.card.json"), examCard, join(root, "data", "gym.exam.csv"), join(root, "missing.card.json")];
    const cards = await examCards(paths);
    expect(cards.map((c) => c.path)).toEqual([examCard, olderExamCard]);
    const card = JSON.parse(await readFile(examCard, "utf8")) as { exam: { rows: number } };
    expect(cards[0]).toMatchObject({ title: "Gym churn", target: "churned", rows: card.exam.rows, examFile: "gym.exam.csv" });
    expect(examCardLabel(root, cards[0]!)).toEqual({ label: join("data", "gym.card.json"), description: `Gym churn: predict churned for ${card.exam.rows} exam rows (gym.exam.csv)` });
  });

  it("knows a card's file name", () => {
    expect(isCardJson(examCard)).toBe(true);
    expect(isCardJson(join(root, "data", "gym.card.md"))).toBe(false);
    expect(isCardJson(join(root, "card.json"))).toBe(false);
  });
});

describe("gradeText", () => {
  it("names the files graded and gives core's report for predictions of every exam row", async () => {
    const rows = parse(await readFile(examFile, "utf8")) as string[][];
    const idAt = rows[0]!.indexOf("row_id");
    const visitsAt = rows[0]!.indexOf("visits");
    // A learner that knows fewer visits means churn: a probability from visits alone.
    const predictions = join(root, "data", "predictions.csv");
    await writeFile(predictions, `row_id,churned\n${rows.slice(1).map((r) => `${r[idAt]},${(1 - Number(r[visitsAt]) / 30).toFixed(3)}`).join("\n")}\n`);
    const report = await gradePredictionFiles(examCard, predictions);
    expect(report.rows).toBe(rows.length - 1);
    expect(report.score).toBeGreaterThan(0.6);
    const text = gradeText(root, examCard, predictions, report);
    expect(text).toBe(`Grade of ${join("data", "predictions.csv")} against the exam of ${join("data", "gym.card.json")}\n\n${renderGrade(report)}\n`);
    expect(text).toMatch(/Your auc on \d+ exam rows: 0\.\d+ \(churned predictions read as probabilities\)/);
    // Files outside the workspace keep their full path.
    expect(gradeText(join(root, "data"), examCard, join(root, "elsewhere.csv"), report).split("\n")[0]).toBe(`Grade of ${join(root, "elsewhere.csv")} against the exam of gym.card.json`);
  });

  it("gets core's SynthdataError for a card without an exam and for ids the exam does not have", async () => {
    const predictions = join(root, "wrong-ids.csv");
    await writeFile(predictions, "row_id,churned\n999999,0.5\n");
    const codes = await Promise.all([gradePredictionFiles(plainCard, predictions), gradePredictionFiles(examCard, predictions)].map((p) => p.then(() => "graded", (e: unknown) => (isSynthdataError(e) ? `${e.code}: ${e.message}` : String(e)))));
    expect(codes[0]).toMatch(/^INVALID_ARGUMENT: this card has no exam/);
    expect(codes[1]).toMatch(/^INVALID_ARGUMENT: .*999999/);
  });
});
