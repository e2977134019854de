import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { configureWorkerPool, datasetCsvChunks, parseSpec, workerPoolStats } from "@synthdata/core";
import { spec } from "./helpers.js";

// Workers load the compiled modules: run `pnpm --filter @synthdata/core build` before these tests.
const readings = parseSpec(
  spec([
    { name: "id", kind: "id", format: "sequence", prefix: "R-" },
    { name: "reading", kind: "number", distribution: "normal", mean: 20, sd: 3, decimals: 2 },
    { name: "site", kind: "category", values: ["north", "south", "east"], weights: [3, 2, 1] },
    { name: "first", kind: "faker", method: "person.firstName" },
  ]),
);

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

/** Threads of this process now (Linux), or undefined elsewhere. */
function threadCount(): number | undefined {
  try {
    return Number(/^Threads:\s+(\d+)/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1]);
  } catch {
    return undefined;
  }
}

describe("one worker pool per process (issue 12)", () => {
  it("10 concurrent runs asking for 4 workers each share the pool's threads and give the sequential bytes", async () => {
    const size = Math.min(2, availableParallelism());
    configureWorkerPool({ size });
    const rows = 30_000;
    const sequential = await collect(datasetCsvChunks(readings, { rows, seed: 9, workers: 1 }));

    const before = threadCount();
    let most = before ?? 0;
    const sampler = setInterval(() => (most = Math.max(most, threadCount() ?? 0)), 2);
    let outputs: string[];
    try {
      outputs = await Promise.all(Array.from({ length: 10 }, () => collect(datasetCsvChunks(readings, { rows, seed: 9, workers: 4 }))));
    } finally {
      clearInterval(sampler);
    }
    const stats = workerPoolStats();
    // Workers were used, never more of them than the pool holds (each run alone asked for 4: 40 on a pool per run).
    expect(stats.started).toBeGreaterThan(0);
    expect(stats.size).toBe(size);
    expect(stats.peak).toBeLessThanOrEqual(size);
    if (before !== undefined) expect(most - before).toBeLessThanOrEqual(size);
    for (const out of outputs) expect(out).toBe(sequential);
    expect(stats.runs).toBe(0);
  }, 120_000);

  it("a cancelled run leaves the pool usable for the next one", async () => {
    const controller = new AbortController();
    const rows = 200_000;
    let seen = 0;
    const cancelled = (async () => {
      for await (const _ of datasetCsvChunks(readings, { rows, seed: 2, workers: 4, signal: controller.signal })) if (++seen === 3) controller.abort();
    })();
    await expect(cancelled).rejects.toMatchObject({ code: "CANCELLED" });
    const after = await collect(datasetCsvChunks(readings, { rows: 5000, seed: 2, workers: 4 }));
    expect(after).toBe(await collect(datasetCsvChunks(readings, { rows: 5000, seed: 2, workers: 1 })));
    expect(workerPoolStats().runs).toBe(0);
  }, 60_000);
});
