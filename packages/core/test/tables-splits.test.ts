/**
 * Splits of a dataset of several tables (the shop fixture) through
 * generateDataset: by time on the root table's date, and exam mode's refusal.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset } from "@synthdata/core";
import { parseCsv, tempDir } from "./helpers.js";

const FIXTURE = join(import.meta.dirname, "fixtures", "tables", "shop.json");
const shop = async () => JSON.parse(await readFile(FIXTURE, "utf8")) as Record<string, unknown>;
const read = async (path: string) => parseCsv(await readFile(path, "utf8"));
const folder = async () => join(await tempDir("synthdata-tables-split-"), "shop");

describe("splits of several tables", () => {
  it("refuses exam mode, saying what to do instead", async () => {
    await expect(generateDataset({ spec: await shop() }, { rows: 500, seed: 1, outPath: await folder(), split: { train: 0.8 }, exam: true })).rejects.toThrow(
      /exam mode works on a one-table dataset for now, and this one has 7 tables: generate with a split \(e\.g\. --split 0\.8\) and hold back churned of customers\.test yourself/,
    );
  });
});
