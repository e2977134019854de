import { describe, expect, it } from "vitest";
import { parseSpec } from "@synthdata/core";
import type { Block } from "../src/generate/types.js";
import { SplitRouter, checkSplitOptions } from "../src/split/split.js";
import { spec } from "./helpers.js";

// Issue 19: `--split 0.8` on 150 rows gave 122/28; the sizes must be exact for every row count.
describe("split sizes are exact", () => {
  const s = parseSpec(spec([{ name: "x", kind: "integer", min: 1, max: 9 }, { name: "churned", kind: "boolean", probability: 0.3, effects: [{ column: "x", weight: 1 }] }]));
  const plan = checkSplitOptions({ train: 0.8 }, s);
  it("stratifies on the target", () => expect(plan.stratifyOn).toBe("churned"));
  for (const share of [0.5, 0.7, 0.75, 0.8, 0.9]) {
    it(`train share ${share}, rows 2..2000, in 1024-row chunks`, () => {
      const router = new SplitRouter({ ...plan, train: share }, s);
      for (let rows = 2; rows <= 2000; rows++) {
        let test = 0;
        const positives = { all: 0, test: 0 };
        for (let start = 0; start < rows; start += 1024) {
          const length = Math.min(1024, rows - start);
          // Classes alternate in runs so the largest-remainder step has work to do.
          const labels = Array.from({ length }, (_, i) => (start + i) % 7 < 2);
          const block: Block = { index: start / 1024, start, length, columns: [labels.map((_, i) => i), labels] };
          const parts = router.route(block);
          test += parts.test.length;
          positives.all += labels.filter(Boolean).length;
          positives.test += parts.test.columns[1]!.filter((v) => v === true).length;
          expect(parts.train.length + parts.test.length).toBe(length);
        }
        const expected = Math.round((rows * Math.round((1 - share) * 100)) / 100 + 1e-9);
        expect(test, `rows ${rows}`).toBe(expected);
        // Per class within a row of its exact share.
        expect(Math.abs(positives.test - positives.all * (1 - share))).toBeLessThanOrEqual(1 + Math.ceil(rows / 1024));
      }
    });
  }
});
