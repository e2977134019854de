import { describe, expect, it } from "vitest";
import { buildCard, parseSpec, renderCardMarkdown } from "@synthdata/core";
import { checkSignal } from "../src/card/signal.js";
import { spec } from "./helpers.js";

// Issue 19: "auc 0.914 ... Verdict: strong" was given on held-out rows holding a single positive.
describe("signal verdict needs enough rows of each class", () => {
  const s = parseSpec(spec([{ name: "x", kind: "number", min: 0, max: 1 }, { name: "churned", kind: "boolean", probability: 0.5, effects: [{ column: "x", weight: 3 }] }]));
  const target = s.columns[1]!;
  // 150 rows, the held-out 30 (the last fifth) hold exactly one positive; the training rows are balanced.
  const rows = Array.from({ length: 150 }, (_, i) => (i < 120 ? [i / 120, i % 2 === 0] : [(i - 120) / 30, i === 149]));

  it("says it cannot judge, in the check and in the card (json and md)", async () => {
    const check = (await checkSignal(s, target, rows))!;
    expect(check.testRows).toBe(30);
    expect(check.verdict).toBe("too few to judge");
    expect(check.note).toBe("too few positives to judge: 1");
    const card = buildCard({ spec: s, seed: 1, rows: 150, stats: new Map(s.columns.map((c) => [c.name, { nullShare: 0, distinct: 0, distinctCapped: false }])), signal: check, files: {} });
    expect(JSON.parse(JSON.stringify(card)).signal.note).toBe("too few positives to judge: 1");
    expect(renderCardMarkdown(card)).toContain("Verdict: **too few positives to judge: 1**");
    expect(renderCardMarkdown(card)).not.toContain("Verdict: **strong**");
  });

  it("still judges when both classes are well represented", async () => {
    const balanced = Array.from({ length: 400 }, (_, i) => [(i % 100) / 100, i % 100 >= 50]);
    const check = (await checkSignal(s, target, balanced))!;
    expect(check.note).toBeUndefined();
    expect(check.verdict).toBe("strong");
  });
});
