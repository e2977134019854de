import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { childEnv, listFiles, tmp } from "./helpers.js";
import { generateCall, rawStdio, type RawStdio } from "./rawStdio.js";

/** Issue 12 items 6, 8 and 11 (stdio): the server's life as a host really drives it. */
const SPEC = {
  title: "Readings",
  domain: "iot",
  columns: [
    { name: "sensor", kind: "id", format: "sequence", prefix: "S-" },
    { name: "reading", kind: "number", distribution: "normal", mean: 20, sd: 3, decimals: 2 },
    { name: "site", kind: "category", values: ["north", "south", "east"] },
  ],
};

let running: RawStdio | undefined;
afterEach(() => running?.kill());

async function start(extra: string[] = []) {
  const base = await tmp();
  const root = join(base, "out");
  await mkdir(root);
  running = rawStdio(["--output-dir", root, "--max-rows", "10000000", ...extra], { cwd: base, env: childEnv(join(base, "cache")) });
  return { root, server: running };
}

describe("the MCP lifecycle over stdio", () => {
  it("refuses tools/call before initialize with a JSON-RPC error and writes nothing, then serves after initialize", async () => {
    const { root, server } = await start();
    server.send(generateCall(1, { spec: SPEC, rows: 10, output_path: "early.csv" }));
    const early = await server.response(1);
    expect(early.error?.code).toBe(-32600);
    expect(early.error?.message).toMatch(/before initialize.*send initialize first/);
    expect(await listFiles(root)).toEqual([]);
    await server.initialize();
    server.send(generateCall(2, { spec: SPEC, rows: 10, output_path: "late.csv" }));
    const late = await server.response(2);
    expect(late.error).toBeUndefined();
    expect(late.result?.["isError"]).toBeFalsy();
    expect(await listFiles(root)).toContain("late.csv");
  });
});

describe("an oversized message", () => {
  it("answers an 11 MB line with a JSON-RPC error for its id, logs why, and keeps serving", async () => {
    const { root, server } = await start();
    await server.initialize();
    // The SDK client's order: method and params first, id last.
    const huge = `{"jsonrpc":"2.0","method":"tools/call","params":{"name":"generate_dataset","arguments":{"description":"${"x".repeat(11 * 1024 * 1024)}"}},"id":7}`;
    server.send(huge);
    const refused = await server.response(7);
    expect(refused.error?.code).toBe(-32600);
    expect(refused.error?.message).toMatch(/over this server's 10\.0 MB limit/);
    expect(server.stderr()).toMatch(/over this server's 10\.0 MB limit/);
    // Also a huge line whose id comes first, and a line that is not JSON.
    server.send(`{"jsonrpc":"2.0","id":"first","method":"tools/list","params":{"pad":"${"y".repeat(11 * 1024 * 1024)}"}}`);
    expect((await server.response("first")).error?.code).toBe(-32600);
    server.send("{not json");
    expect((await server.waitFor((m) => m.error?.code === -32700)).id).toBeNull();
    server.send(generateCall(8, { spec: SPEC, rows: 5, output_path: "after.csv" }));
    const after = await server.response(8);
    expect(after.result?.["isError"], JSON.stringify(after)).toBeFalsy();
    expect(await listFiles(root)).toEqual(["after.csv", "after.card.json", "after.card.md"].sort());
    expect(server.child.exitCode).toBeNull();
  }, 60_000);
});

describe("shutdown mid-call", () => {
  /** Starts a 5M-row generate_dataset and resolves once it is generating (first progress notification). */
  async function generating() {
    const { root, server } = await start();
    await server.initialize();
    server.send(generateCall("big", { spec: SPEC, rows: 5_000_000, output_path: "big.csv" }, "p"));
    await server.waitFor((m) => m.method === "notifications/progress", 30_000);
    // The run's temp file is there: what follows checks that it is taken away, not that it never existed.
    expect((await listFiles(root)).length).toBeGreaterThan(0);
    return { root, server };
  }

  it("treats stdin closing as cancelling every call: the process exits promptly and leaves no data or temp file", async () => {
    const { root, server } = await generating();
    const closedAt = Date.now();
    server.child.stdin.end();
    expect(await server.exited(5000)).toBe(0);
    expect(Date.now() - closedAt).toBeLessThan(5000);
    expect(await listFiles(root)).toEqual([]);
    expect(server.stderr()).toMatch(/stdin closed/);
  }, 60_000);

  it.each(["SIGTERM", "SIGHUP", "SIGINT"] as const)("on %s cancels the call, removes its files and exits 0", async (signal) => {
    const { root, server } = await generating();
    server.child.kill(signal);
    expect(await server.exited(5000)).toBe(0);
    expect(await listFiles(root)).toEqual([]);
    expect(server.stderr()).toContain(signal);
  }, 60_000);
});
