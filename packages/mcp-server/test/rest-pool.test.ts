import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, spawnServer, tmp } from "./helpers.js";

/** Issue 12 item 11: concurrent REST requests share one worker pool per process. */
const SPEC = {
  title: "Readings",
  domain: "iot",
  columns: [
    { name: "id", kind: "id", format: "sequence", prefix: "R-" },
    { name: "reading", kind: "number", distribution: "normal", mean: 20, sd: 3, decimals: 2 },
  ],
};
// At the size where a run starts using worker threads.
const ROWS = 500_000;
const POOL = Math.min(2, availableParallelism());

interface Health {
  workers: { size: number; live: number; peak: number; started: number; runs: number };
}

/** Threads of the server process now (Linux), or undefined elsewhere. */
function threadsOf(pid: number): number | undefined {
  try {
    return Number(/^Threads:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  } catch {
    return undefined;
  }
}

describe("REST on one shared worker pool", () => {
  let child: ChildProcessWithoutNullStreams;
  let url: string;

  beforeAll(async () => {
    const base = await tmp();
    child = spawnServer(["--http", "--port", "0", "--workers", String(POOL)], { cwd: base, env: childEnv(join(base, "cache")) });
    url = await new Promise<string>((resolve, reject) => {
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    });
  });
  afterAll(() => {
    child?.kill("SIGTERM");
  });

  const digest = async () => {
    const res = await fetch(`${url}/generate`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ spec: SPEC, rows: ROWS, seed: 4 }) });
    expect(res.status).toBe(200);
    return createHash("sha256").update(Buffer.from(await res.arrayBuffer())).digest("hex");
  };

  it("10 concurrent requests use at most the pool's threads and return the bytes of a sequential run", async () => {
    const sequential = await digest();
    const before = threadsOf(child.pid!);
    let most = before ?? 0;
    const sampler = setInterval(() => (most = Math.max(most, threadsOf(child.pid!) ?? 0)), 5);
    let digests: string[];
    try {
      digests = await Promise.all(Array.from({ length: 10 }, () => digest()));
    } finally {
      clearInterval(sampler);
    }
    const { workers } = (await (await fetch(`${url}/health`)).json()) as Health;
    expect(workers.size).toBe(POOL);
    expect(workers.started).toBeGreaterThan(0);
    expect(workers.peak).toBeLessThanOrEqual(POOL);
    expect(workers.runs).toBe(0);
    // The OS view agrees: the process never grew by more threads than the pool holds.
    if (before !== undefined) expect(most - before).toBeLessThanOrEqual(POOL);
    expect(new Set(digests)).toEqual(new Set([sequential]));
  }, 180_000);
});
