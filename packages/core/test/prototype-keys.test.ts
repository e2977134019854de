import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset, type DatasetCard } from "@synthdata/core";
import { parse } from "csv-parse/sync";
import { tempDir } from "./helpers.js";
import { HOSTILE_NAMES, hostileSpec, prototypeSnapshot } from "./support/hostileNames.js";

/**
 * Columns (and category values) named like Object.prototype's own properties
 * go through the whole pipeline in this process: mess of every kind, the
 * card's tallies and signal check, a stratified split, on one thread and on
 * worker threads. Object.prototype must come out as it went in, and the card
 * must count each column's mess under its own name.
 */
describe("columns named __proto__, constructor, toString, hasOwnProperty", () => {
  for (const workers of [1, 2]) {
    it(`leave Object.prototype untouched and are counted right (workers: ${workers})`, async () => {
      const before = prototypeSnapshot();
      const dir = await tempDir();
      const rows = 6000;
      const result = await generateDataset({ spec: hostileSpec() }, { rows, seed: 5, outPath: join(dir, "p.csv"), split: { train: 0.8 }, workers, useCache: false });
      expect(prototypeSnapshot()).toBe(before);
      expect(({} as Record<string, unknown>)["missing"]).toBeUndefined();

      const card = JSON.parse(await readFile(result.files.cardJson!, "utf8")) as DatasetCard;
      expect(card.columns.map((c) => c.name)).toEqual([...HOSTILE_NAMES]);
      const injected = new Map(card.columns.map((c) => [c.name, c.injected]));
      // Counts land under each column's own name, as whole numbers near the rates asked for.
      expect(injected.get("__proto__")!.missing / rows).toBeCloseTo(0.1, 1);
      expect(injected.get("__proto__")!.outliers).toBeGreaterThan(0);
      expect(injected.get("constructor")!.labelFlips).toBeGreaterThan(0);
      expect(injected.get("toString")!.typos).toBeGreaterThan(0);
      expect(injected.get("hasOwnProperty")!.labelFlips).toBeGreaterThan(0);
      for (const c of card.columns) for (const n of Object.values(c.injected ?? {})) expect(Number.isInteger(n)).toBe(true);
      expect(card.mess.exactDuplicates + card.mess.nearDuplicates).toBeGreaterThan(0);
      expect(card.mess.lines.join("\n")).not.toMatch(/NaN|undefined|function/);
      expect(card.split).toMatchObject({ stratifyOn: "hasOwnProperty", trainRows: expect.any(Number) });
      expect(card.split!.trainRows + card.split!.testRows).toBe(rows);
      const top = card.columns.find((c) => c.name === "constructor")!.top!.map((t) => t.value);
      expect(top).toEqual(expect.arrayContaining(["__proto__", "constructor", "toString"]));

      const csv = parse(await readFile(result.files.csv, "utf8")) as string[][];
      expect(csv).toHaveLength(rows + 1);
      expect(csv[0]).toEqual([...HOSTILE_NAMES]);
    });
  }
});
