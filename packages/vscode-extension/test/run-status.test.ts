// The status text of finished runs, on real results of core's generateDataset (the counts are read
// back from the files written).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeSchema, generateDataset, type DatasetSpec } from "@synthdata/core";
import { describeRun } from "../src/runStatus.js";
import { GYM_CHURN as CHURN } from "./fixtures.js";

const SHOP = "an online shop with customers, orders and order items, and products; some customers churn";

let root: string;
let shop: DatasetSpec;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "synthdata-vscode-status-"));
  shop = (await describeSchema(SHOP, { planner: "offline", useCache: false })).spec;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const dataRows = async (file: string) => (parse(await readFile(file, "utf8")) as string[][]).length - 1;

describe("describeRun", () => {
  it("names the folder and each table with its rows, as the files hold them", async () => {
    const result = await generateDataset({ spec: shop }, { rows: 150, seed: 11, outPath: join(root, "data", "online-shop"), workers: 1 });
    const names = (await readdir(result.path)).filter((f) => f.endsWith(".csv")).map((f) => basename(f, ".csv"));
    expect(names.sort()).toEqual(Object.keys(result.tables!).sort());
    const counts = await Promise.all(Object.values(result.tables!).map((t) => dataRows(t.file)));
    const listed = Object.keys(result.tables!).map((name, i) => `${name} ${counts[i]!.toLocaleString("en-US")}`);
    expect(listed[0]).toBe("customers 150");
    expect(describeRun(root, result)).toBe(`Wrote data/online-shop/: ${names.length} tables (${listed.join(", ")}), seed 11, schema from your document`);
  });

  it("says a split of several tables is by the root table", async () => {
    const result = await generateDataset({ spec: shop }, { rows: 100, seed: 3, outPath: join(root, "split-shop"), workers: 1, split: { train: 0.8 } });
    expect(describeRun(root, { ...result, planner: "offline", source: "offline", cached: false })).toMatch(/^Wrote split-shop\/: \d tables \(customers 100, .*\), seed 3, offline planner \(new spec\); split by customers into \.train and \.test files$/);
  });

  it("names an exam's train and exam files with their rows and the target", async () => {
    const result = await generateDataset({ spec: CHURN }, { rows: 400, seed: 5, outPath: join(root, "data", "gym-churn.csv"), workers: 1, split: { train: 0.8 }, exam: true });
    const train = await dataRows(result.files.train!);
    const exam = await dataRows(result.files.exam!);
    expect(train + exam).toBe(400);
    expect(describeRun(root, { ...result, planner: "offline", source: "cache", cached: true })).toBe(
      `Wrote an exam: data/gym-churn.train.csv (${train} rows, with churned) and data/gym-churn.exam.csv (${exam} rows, without it), ` +
        "seed 5, offline planner (spec from the cache); keep the card, it is the answer key for Synthetic Data: Grade Predictions",
    );
  });

  it("reports one file's rows and columns, and its split files", async () => {
    const result = await generateDataset({ spec: CHURN }, { rows: 1200, seed: 9, outPath: join(root, "gym.csv"), workers: 1, split: { train: 0.75 } });
    expect(await dataRows(result.path)).toBe(1200);
    expect(describeRun(root, result)).toBe("Wrote gym.csv: 1,200 rows x 3 columns, seed 9, schema from your document; split into gym.train.csv and gym.test.csv");
  });
});
