import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, listFiles, spawnServer, tmp } from "./helpers.js";

/** Issue 12 items 10 and 11 (HTTP): the session table and the lifecycle over Streamable HTTP. */
const MAX_SESSIONS = 200;
const ACCEPT = "application/json, text/event-stream";
const INITIALIZE = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "flood", version: "0" } } };

describe("MCP sessions over HTTP", () => {
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  let root: string;

  beforeAll(async () => {
    const base = await tmp();
    root = join(base, "out");
    await mkdir(root);
    child = spawnServer(["--http", "--port", "0", "--output-dir", root], { cwd: base, env: childEnv(join(base, "cache")) });
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

  const initialize = async () => {
    const res = await fetch(`${url}/mcp`, { method: "POST", headers: { "Content-Type": "application/json", Accept: ACCEPT }, body: JSON.stringify(INITIALIZE) });
    await res.text();
    return res;
  };

  it("refuses tools/call before initialize with a JSON-RPC error and writes nothing", async () => {
    const call = { jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "generate_dataset", arguments: { description: "customers", rows: 5, output_path: "early.csv" } } };
    const res = await fetch(`${url}/mcp`, { method: "POST", headers: { "Content-Type": "application/json", Accept: ACCEPT }, body: JSON.stringify(call) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { jsonrpc: string; error: { message: string } };
    expect(body.jsonrpc).toBe("2.0");
    expect(body.error.message).toMatch(/send initialize first/);
    // Batched behind an initialize in one POST is no way round it either.
    const batch = await fetch(`${url}/mcp`, { method: "POST", headers: { "Content-Type": "application/json", Accept: ACCEPT }, body: JSON.stringify([INITIALIZE, call]) });
    expect(batch.status).toBeGreaterThanOrEqual(400);
    await batch.text();
    expect(await listFiles(root)).toEqual([]);
  });

  it("never evicts a live session for new ones: past the limit new sessions get 503 with Retry-After", async () => {
    const live = new Client({ name: "live", version: "0" });
    await live.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
    try {
      expect((await live.listTools()).tools).toHaveLength(3);
      const statuses: number[] = [];
      const retryAfter = new Set<string | null>();
      // 200 more sessions, 20 at a time.
      for (let i = 0; i < MAX_SESSIONS; i += 20) {
        const batch = await Promise.all(Array.from({ length: 20 }, () => initialize()));
        for (const res of batch) {
          statuses.push(res.status);
          if (res.status === 503) retryAfter.add(res.headers.get("retry-after"));
        }
      }
      const health = (await (await fetch(`${url}/health`)).json()) as { sessions: number };
      // The live one plus 199 new ones fill the table; the 200th new one is refused.
      expect(statuses.filter((s) => s === 200)).toHaveLength(MAX_SESSIONS - 1);
      expect(statuses.filter((s) => s === 503)).toHaveLength(1);
      expect(health.sessions).toBe(MAX_SESSIONS);
      expect([...retryAfter].every((r) => r !== null && Number(r) >= 1)).toBe(true);
      // The first session is still served.
      expect((await live.listTools()).tools).toHaveLength(3);
      const result = await live.callTool({ name: "describe_schema", arguments: { description: "customers with name and age" } });
      expect(result.isError).toBeFalsy();
    } finally {
      await live.close();
    }
  }, 60_000);
});
