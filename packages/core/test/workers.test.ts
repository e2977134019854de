import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { SynthdataError, compileSpec, parseSpec } from "@synthdata/core";
import { canParallelise } from "../src/generate/generator.js";
import { csvChunks } from "../src/parallel/csvChunks.js";
import { runOrdered } from "../src/parallel/pool.js";
import { csvText, parseCsv, spec } from "./helpers.js";

// Workers load the compiled modules: run `pnpm --filter @synthdata/core build` before these tests.
const distServe = pathToFileURL(join(import.meta.dirname, "../dist/parallel/serve.js")).href;

const mixed = spec([
  { name: "id", kind: "id", format: "uuid" },
  { name: "first", kind: "faker", method: "person.firstName" },
  { name: "last", kind: "faker", method: "person.lastName" },
  { name: "email", kind: "derived", rule: "email", from: ["first", "last"] },
  { name: "name", kind: "faker", method: "person.fullName" },
  { name: "address", kind: "faker", method: "location.streetAddress" },
  { name: "city", kind: "faker", method: "location.city", nullRate: 0.1 },
  { name: "job", kind: "faker", method: "person.jobTitle" },
  { name: "age", kind: "integer", distribution: "normal", mean: 40, sd: 12, min: 18, max: 90 },
  { name: "plan", kind: "category", values: ["basic", "pro", "team"], weights: [5, 3, 2] },
  { name: "signup", kind: "date", from: "2020-01-01", to: "2024-12-31" },
  { name: "seen", kind: "datetime", from: "2020-01-01", to: "2024-12-31", nullRate: 0.05 },
  { name: "churned", kind: "boolean", probability: 0.3, effects: [{ column: "age", weight: -0.8 }] },
]);

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

const run = (s: unknown, rows: number, seed: number, workers: number, chunkRows = 1000) =>
  collect(csvChunks(compileSpec(parseSpec(s)), { rows, seed, workers, chunkRows }));

/** A worker module written at test time (plain JS: worker_threads cannot load .ts). */
async function workerModule(body: string): Promise<URL> {
  const dir = await mkdtemp(join(tmpdir(), "synthdata-worker-"));
  const file = join(dir, "worker.mjs");
  await writeFile(file, `import { serveChunks } from ${JSON.stringify(distServe)};\n${body}\n`);
  return pathToFileURL(file);
}

describe("parallel generation", () => {
  it("writes the same bytes with 1, 2 and 3 workers", async () => {
    const rows = 12_345; // not a multiple of the chunk size: the last chunk is short
    const one = await run(mixed, rows, 42, 1);
    expect(await run(mixed, rows, 42, 2)).toBe(one);
    expect(await run(mixed, rows, 42, 3)).toBe(one);
    expect(parseCsv(one)).toHaveLength(rows);
    // And the same as the block generator and encoder everyone else uses.
    expect(one).toBe(await csvText(mixed, rows, 42, 1000));
  });

  it("is reproducible per seed and differs across seeds", async () => {
    const a = await run(mixed, 5000, 7, 2);
    expect(await run(mixed, 5000, 7, 2)).toBe(a);
    const b = await run(mixed, 5000, 8, 2);
    expect(b).not.toBe(a);
    const rowsA = parseCsv(a);
    const rowsB = parseCsv(b);
    expect(rowsA.filter((r, i) => r["id"] === rowsB[i]!["id"])).toHaveLength(0);
  });

  it("keeps guarded unique columns on one thread, so they stay unique and identical", async () => {
    const uniq = spec([
      { name: "city", kind: "faker", method: "location.city", unique: true },
      { name: "n", kind: "integer", min: 1, max: 100_000, unique: true },
    ]);
    const compiled = compileSpec(parseSpec(uniq));
    expect(canParallelise(compiled)).toBe(false);
    expect(canParallelise(compileSpec(parseSpec(mixed)))).toBe(true);
    const one = await run(uniq, 6000, 3, 1);
    expect(await run(uniq, 6000, 3, 3)).toBe(one);
    const rows = parseCsv(one);
    expect(new Set(rows.map((r) => r["city"])).size).toBe(6000);
    expect(new Set(rows.map((r) => r["n"])).size).toBe(6000);
  });

  it("stops with CANCELLED when the signal aborts mid-run", async () => {
    const controller = new AbortController();
    const chunks = csvChunks(compileSpec(parseSpec(mixed)), { rows: 200_000, seed: 1, workers: 2, chunkRows: 1000, signal: controller.signal });
    let seen = 0;
    const done = (async () => {
      for await (const _ of chunks) if (++seen === 3) controller.abort();
    })();
    await expect(done).rejects.toThrow(SynthdataError);
    await expect(done).rejects.toMatchObject({ code: "CANCELLED" });
    expect(seen).toBeLessThan(20);
  });
});

describe("runOrdered", () => {
  it("yields results in index order whatever order workers finish in", async () => {
    // Later indices finish first: each chunk sleeps longer the smaller k is.
    const url = await workerModule(`serveChunks((init) => async (k) => { await new Promise((r) => setTimeout(r, (init.count - k) * 15)); return k * init.mul; });`);
    const got: number[] = [];
    for await (const v of runOrdered<number>(url, { count: 12, mul: 3 }, 12, { workers: 3 })) got.push(v);
    expect(got).toEqual(Array.from({ length: 12 }, (_, k) => k * 3));
  });

  it("bounds the chunks in flight while the consumer is slow", async () => {
    // A shared counter: the workers count the chunks they were asked for.
    const asked = new Int32Array(new SharedArrayBuffer(4));
    const url = await workerModule(`serveChunks((init) => (k) => { Atomics.add(init.asked, 0, 1); return "x".repeat(1000); });`);
    const results = runOrdered<string>(url, { asked }, 1000, { workers: 2, maxInFlight: 4 });
    await results.next();
    await new Promise((r) => setTimeout(r, 400));
    // One consumed + at most four in flight.
    expect(Atomics.load(asked, 0)).toBeLessThanOrEqual(5);
    expect(Atomics.load(asked, 0)).toBeGreaterThanOrEqual(2);
    await results.return(undefined);
  });

  it("passes a worker's error on, with its code, and stops the other workers", async () => {
    const url = await workerModule(`
      import { SynthdataError } from ${JSON.stringify(distServe.replace("parallel/serve.js", "errors.js"))};
      serveChunks(() => (k) => { if (k === 5) throw new SynthdataError("UNIQUE_EXHAUSTED", "chunk five is full"); return k; });`);
    const got: number[] = [];
    const consume = async () => {
      for await (const v of runOrdered<number>(url, {}, 50, { workers: 2 })) got.push(v);
    };
    await expect(consume()).rejects.toMatchObject({ code: "UNIQUE_EXHAUSTED", message: "chunk five is full" });
    expect(got.every((v, i) => v === i)).toBe(true);
    expect(got.length).toBeLessThanOrEqual(5);
  });

  it("reports a worker that crashes outright", async () => {
    const url = await workerModule(`serveChunks(() => (k) => { if (k === 1) process.exit(3); return k; });`);
    const consume = async () => {
      for await (const _ of runOrdered<number>(url, {}, 10, { workers: 1 })) void _;
    };
    await expect(consume()).rejects.toThrow(/worker stopped early \(exit code 3\)/);
  });
});
