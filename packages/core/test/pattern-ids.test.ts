import { describe, expect, it } from "vitest";
import { compileSpec, generateBlocks, parseSpec } from "@synthdata/core";
import { spec } from "./helpers.js";

async function ids(rows: number, pattern: string, seed = 7): Promise<string[]> {
  const compiled = compileSpec(parseSpec(spec([{ name: "patient_id", kind: "id", format: "pattern", pattern, unique: true }])));
  const out: string[] = [];
  for await (const block of generateBlocks(compiled, { rows, seed })) out.push(...(block.columns[0] as string[]));
  return out;
}

/** Wald-Wolfowitz runs test above/below the median: z of the number of runs. */
function runsZ(xs: number[]): number {
  const median = [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const signs = xs.filter((x) => x !== median).map((x) => x > median);
  const n1 = signs.filter(Boolean).length;
  const n2 = signs.length - n1;
  let runs = 1;
  for (let i = 1; i < signs.length; i++) if (signs[i] !== signs[i - 1]) runs++;
  const mean = (2 * n1 * n2) / (n1 + n2) + 1;
  const variance = ((mean - 1) * (mean - 2)) / (n1 + n2 - 1);
  return (runs - mean) / Math.sqrt(variance);
}

// Issue 19: unique pattern ids came out as an arithmetic sequence (+767 a row), so they encoded row order.
describe("unique pattern ids do not encode row order", () => {
  it("are unique at 100k rows and reproducible", async () => {
    const a = await ids(100_000, "P-######");
    expect(new Set(a).size).toBe(100_000);
    expect(await ids(100_000, "P-######")).toEqual(a);
  });

  it("pass a runs test and show no constant step", async () => {
    const a = (await ids(5_000, "P-#####")).map((id) => Number(id.slice(2)));
    expect(Math.abs(runsZ(a))).toBeLessThan(3);
    const steps = new Set(a.slice(1).map((x, i) => x - a[i]!));
    expect(steps.size).toBeGreaterThan(4_000);
    // Rank correlation with row order near zero.
    const n = a.length;
    const mean = a.reduce((s, x) => s + x, 0) / n;
    const cov = a.reduce((s, x, i) => s + (x - mean) * (i - (n - 1) / 2), 0);
    const sdx = Math.sqrt(a.reduce((s, x) => s + (x - mean) ** 2, 0));
    const sdi = Math.sqrt(a.reduce((s, _, i) => s + (i - (n - 1) / 2) ** 2, 0));
    expect(Math.abs(cov / (sdx * sdi))).toBeLessThan(0.05);
  });

  it("fill a small space exactly", async () => {
    const a = await ids(1_000, "###");
    expect(new Set(a).size).toBe(1_000);
  });
});
