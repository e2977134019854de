import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, listFiles, spawnServer, text, tmp } from "./helpers.js";

describe("synthdata-mcp --http", () => {
  let child: ChildProcessWithoutNullStreams;
  let base: string;
  let root: string;
  let url: string;

  beforeAll(async () => {
    base = await tmp();
    root = join(base, "out");
    await mkdir(root);
    child = spawnServer(["--http", "--port", "0", "--output-dir", root, "--max-rows", "100000"], { cwd: base, env: childEnv(join(base, "cache")) });
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

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

  it("answers GET /health with JSON", async () => {
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.json()).toMatchObject({ status: "ok", maxRows: 100000 });
  });

  it("POST /generate returns a CSV attachment, reproducible by seed", async () => {
    const body = { description: "customers with name, email, age and city", rows: 250, seed: 11 };
    const res = await post("/generate", body, { Origin: "https://example.com" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"$/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("x-synthdata-seed")).toBe("11");
    const csv = await res.text();
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(250);
    expect(Object.keys(records[0]!)).toEqual(["name", "email", "age", "city"]);
    expect(await (await post("/generate", body)).text()).toBe(csv);
    // REST writes nothing to disk.
    expect(await listFiles(root)).toEqual([]);
  });

  it("POST /generate accepts a spec", async () => {
    const spec = {
      title: "Sensors",
      domain: "iot",
      columns: [
        { name: "sensor_id", kind: "id", format: "sequence", prefix: "S-" },
        { name: "reading", kind: "number", distribution: "normal", mean: 20, sd: 3, decimals: 1 },
      ],
    };
    const res = await post("/generate", { spec, rows: 40, seed: 1 });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="sensors.csv"');
    const records = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(40);
    expect(records[0]!["sensor_id"]).toBe("S-1");
  });

  it("answers bad requests with JSON errors and the right status", async () => {
    const cases: [Promise<Response>, number, RegExp][] = [
      [post("/generate", "{not json"), 400, /not valid JSON/],
      [post("/generate", ""), 400, /empty/],
      [post("/generate", { description: "x", colour: "red" }), 400, /colour/],
      [post("/generate", { rows: 5 }), 400, /exactly one of/],
      [post("/generate", { description: "customers", rows: -1 }), 400, /rows must be a whole number/],
      [post("/generate", { description: "customers", rows: "10" }), 400, /rows must be a number/],
      [post("/generate", { description: "customers", rows: 2_000_000 }), 413, /limit of 100000/],
      [post("/generate", { spec: { title: "t", domain: "d", columns: [{ name: "a", kind: "sparkle" }] } }), 400, /spec/],
      [post("/generate", { description: "x".repeat(2 * 1024 * 1024) }), 413, /limit/],
      [post("/generate", "a=1", { "Content-Type": "multipart/form-data; boundary=x" }), 415, /application\/json/],
      [post("/generate", "a=1", { "Content-Type": "application/x-www-form-urlencoded" }), 415, /application\/json/],
      [fetch(`${url}/generate`), 405, /use POST/],
      [fetch(`${url}/health`, { method: "DELETE" }), 405, /use GET/],
      [fetch(`${url}/nope`), 404, /POST \/generate/],
    ];
    for (const [pending, status, message] of cases) {
      const res = await pending;
      expect(res.status, `${res.url} ${status}`).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.message).toMatch(message);
    }
    const wrongMethod = await fetch(`${url}/generate`, { method: "PUT" });
    expect(wrongMethod.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("answers CORS preflight for any origin", async () => {
    const res = await fetch(`${url}/generate`, {
      method: "OPTIONS",
      headers: { Origin: "https://app.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
  });

  it("refuses a foreign Host header (DNS rebinding) and foreign origins on /mcp", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${url}/health`, { headers: { Host: "evil.example:80" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(403);
    const res = await post("/mcp", { jsonrpc: "2.0", id: 1, method: "tools/list" }, { Origin: "https://evil.example", Accept: "application/json, text/event-stream" });
    expect(res.status).toBe(403);
  });

  it("serves MCP over Streamable HTTP at /mcp", async () => {
    const client = new Client({ name: "synthdata-http-test", version: "0.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(["describe_schema", "generate_dataset", "grade_predictions"]);
      const progress: number[] = [];
      const result = (await client.callTool(
        { name: "generate_dataset", arguments: { description: "orders with product, price and order date", rows: 20_000, seed: 5, output_path: "orders.csv" } },
        undefined,
        { onprogress: (p) => progress.push(p.progress) },
      )) as CallToolResult;
      expect(result.isError, text(result)).toBeFalsy();
      expect((result.structuredContent as { path: string }).path).toBe(join(root, "orders.csv"));
      expect(parse(await readFile(join(root, "orders.csv")))).toHaveLength(20_001);
      expect(progress.at(-1)).toBe(20_000);
      const escaped = (await client.callTool({ name: "generate_dataset", arguments: { description: "orders", output_path: "../x.csv" } })) as CallToolResult;
      expect(escaped.isError).toBe(true);
      expect(text(escaped)).toMatch(/PATH_NOT_ALLOWED/);
      expect(await listFiles(base).then((f) => f.filter((p) => p.endsWith(".csv") && !p.startsWith("out/")))).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it("a cancelled MCP call over HTTP leaves no file", async () => {
    const client = new Client({ name: "synthdata-http-test", version: "0.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
    try {
      const controller = new AbortController();
      let seen = 0;
      const call = client.callTool(
        { name: "generate_dataset", arguments: { description: "orders with product, price and order date", rows: 100_000, output_path: "cancelled.csv" } },
        undefined,
        { signal: controller.signal, onprogress: () => ++seen === 2 && controller.abort() },
      );
      await expect(call).rejects.toThrow();
      await new Promise((r) => setTimeout(r, 3000));
      expect((await listFiles(root)).filter((f) => f.includes("cancelled"))).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
