import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { childEnv, spawnServer, tmp } from "./helpers.js";

/** A loopback port nothing listens on: OpenAI calls to it fail at once. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}

describe("stdout carries JSON-RPC and nothing else", () => {
  it("also when tools fail, OpenAI is unreachable and debug logging is on", async () => {
    const base = await tmp();
    const root = join(base, "out");
    await mkdir(root);
    const env = childEnv(join(base, "cache"), {
      OPENAI_API_KEY: "sk-test-not-a-real-key-0123456789abcdef",
      OPENAI_BASE_URL: `http://127.0.0.1:${await closedPort()}/v1`,
      OPENAI_LOG: "debug",
      DEBUG: "*",
      NODE_DEBUG: "http",
    });
    const child = spawnServer(["--output-dir", root], { cwd: base, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const messages = [
      { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "0" } } },
      { jsonrpc: "2.0", method: "notifications/initialized" },
      { jsonrpc: "2.0", id: 2, method: "tools/list" },
      { jsonrpc: "2.0", id: 3, method: "tools/call", params: { name: "describe_schema", arguments: { description: "patients with age, diagnosis and length of stay" } } },
      { jsonrpc: "2.0", id: 4, method: "tools/call", params: { name: "generate_dataset", arguments: { description: "orders with product and price", rows: 20 }, _meta: { progressToken: "p1" } } },
      { jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "generate_dataset", arguments: { description: "orders", output_path: "../x.csv" } } },
      { jsonrpc: "2.0", id: 6, method: "tools/call", params: { name: "generate_dataset", arguments: { rows: "ten" } } },
      { jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "no_such_tool", arguments: {} } },
      { jsonrpc: "2.0", id: 8, method: "no/such/method" },
    ];
    for (const m of messages) child.stdin.write(`${JSON.stringify(m)}\n`);
    child.stdin.write("this is not json\n");
    const ids = new Set<number>();
    const completeLines = () => stdout.slice(0, stdout.lastIndexOf("\n") + 1).split("\n").slice(0, -1);
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline && ![1, 2, 3, 4, 5, 6, 7, 8].every((id) => ids.has(id))) {
      await new Promise((r) => setTimeout(r, 100));
      for (const line of completeLines()) {
        const msg = JSON.parse(line) as { id?: number };
        if (typeof msg.id === "number") ids.add(msg.id);
      }
    }
    child.stdin.end();
    const exited = await Promise.race([new Promise((r) => child.once("close", () => r(true))), new Promise((r) => setTimeout(() => r(false), 5000))]);
    if (!exited) child.kill("SIGKILL");

    expect(stdout.endsWith("\n")).toBe(true);
    const parsed = completeLines().map((line) => JSON.parse(line) as { jsonrpc: string; id?: number; result?: { isError?: boolean } });
    for (const msg of parsed) expect(msg.jsonrpc).toBe("2.0");
    expect([...ids].sort(), stderr.slice(-2000)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(exited, "the server exits when stdin closes").toBe(true);
    const byId = new Map(parsed.filter((m) => m.id !== undefined).map((m) => [m.id, m]));
    // The path escape and the bad rows are tool errors, not crashes.
    expect(byId.get(5)?.result?.isError).toBe(true);
    expect(byId.get(6)?.result?.isError).toBe(true);
    // The key never leaves the process, on any stream.
    expect(stdout).not.toContain("sk-test-not-a-real-key");
    expect(stderr).not.toContain("sk-test-not-a-real-key");
    expect(stderr).toContain("synthdata-mcp");
  });
});
