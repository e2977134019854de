/**
 * Formats through the MCP server as clients use it: generate_dataset's
 * `format` over stdio (SDK client), describe_schema's `preview_rows`, and
 * REST POST /generate chosen by Accept or a `format` field. Files are read
 * back with hyparquet and JSON.parse.
 */
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, connectStdio, listFiles, spawnServer, text, tmp, type Connected } from "./helpers.js";

const CUSTOMERS = "customers with name, age, signup date, plan (basic/pro/team) and whether they churned";

describe("MCP tools", () => {
  let server: Connected;
  let root: string;
  beforeAll(async () => {
    const base = await tmp();
    root = join(base, "out");
    await mkdir(root);
    server = await connectStdio(["--output-dir", root], { cwd: base, env: childEnv(join(base, "cache")) });
  });
  afterAll(() => server?.close());
  const call = async (name: string, args: Record<string, unknown>) => (await server.client.callTool({ name, arguments: args })) as CallToolResult;

  it("generate_dataset writes Parquet with format, and from output_path's extension", async () => {
    const byField = await call("generate_dataset", { description: CUSTOMERS, rows: 300, seed: 2, format: "parquet" });
    expect(byField.isError, text(byField)).toBeFalsy();
    const out = byField.structuredContent as { path: string; format: string; csv?: string };
    expect(out.format).toBe("parquet");
    expect(out.path).toMatch(/customers\.parquet$/);
    // Binary formats are never inlined as text.
    expect(out.csv).toBeUndefined();
    expect(byField.content.find((c) => c.type === "resource_link")).toMatchObject({ mimeType: "application/vnd.apache.parquet" });
    const rows = await parquetReadObjects({ file: new Uint8Array(await readFile(out.path)).buffer });
    expect(rows).toHaveLength(300);
    expect(typeof rows[0]!.age).toBe("bigint");

    const byName = await call("generate_dataset", { description: CUSTOMERS, rows: 20, seed: 2, output_path: "named.jsonl" });
    expect(byName.isError, text(byName)).toBeFalsy();
    const lines = (await readFile(join(root, "named.jsonl"), "utf8")).trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).age)).toEqual(rows.slice(0, 20).map((r) => Number(r.age)));

    const clash = await call("generate_dataset", { description: CUSTOMERS, rows: 20, output_path: "x.csv", format: "parquet" });
    expect(clash.isError).toBe(true);
    expect(text(clash)).toContain("x.csv names a csv file but the format asked for is parquet");
    expect(await listFiles(root)).not.toContain("x.csv");
  });

  it("generate_dataset builds teaching scenarios asked for with scenario, and names the unknown ones", async () => {
    const result = await call("generate_dataset", { description: CUSTOMERS, rows: 500, seed: 4, scenario: ["leak", "imbalance"] });
    expect(result.isError, text(result)).toBeFalsy();
    const out = result.structuredContent as { path: string; column_summaries: { name: string }[] };
    expect(out.column_summaries.map((c) => c.name)).toContain("followup_score");
    const card = await readFile(out.path.replace(/\.csv$/, ".card.md"), "utf8");
    expect(card).toMatch(/- imbalance: only 5% of rows have churned true/);
    const unknown = await call("generate_dataset", { description: CUSTOMERS, rows: 20, scenario: ["overfit"] });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toContain("leak");
  });

  it("describe_schema returns preview rows inline with preview_rows, and writes nothing", async () => {
    const before = await listFiles(root);
    const result = await call("describe_schema", { description: CUSTOMERS, preview_rows: 3, seed: 8 });
    expect(result.isError, text(result)).toBeFalsy();
    const preview = (result.structuredContent as { preview: { seed: number; header: string[]; rows: string[][] } }).preview;
    expect(preview.seed).toBe(8);
    expect(preview.header).toEqual(["name", "age", "signup_date", "plan", "churned"]);
    expect(preview.rows).toHaveLength(3);
    expect(text(result)).toContain("First 3 rows (seed 8):");
    // The same rows generate_dataset starts with for that seed.
    const generated = await call("generate_dataset", { description: CUSTOMERS, rows: 3, seed: 8, card: false, output_path: "p.csv" });
    expect((generated.structuredContent as { preview: string[][] }).preview).toEqual(preview.rows);
    expect((await listFiles(root)).filter((f) => !before.includes(f))).toEqual(["p.csv"]);
    const tooMany = await call("describe_schema", { description: CUSTOMERS, preview_rows: 500 });
    expect(tooMany.isError).toBe(true);
  });
});

describe("REST POST /generate formats", () => {
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  beforeAll(async () => {
    const base = await tmp();
    child = spawnServer(["--http", "--port", "0", "--output-dir", base], { cwd: base, env: childEnv(join(base, "cache")) });
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
  const post = (body: unknown, accept?: string) =>
    fetch(`${url}/generate`, { method: "POST", headers: { "Content-Type": "application/json", ...(accept ? { Accept: accept } : {}) }, body: JSON.stringify(body) });
  const body = { description: CUSTOMERS, rows: 2000, seed: 6 };

  it("answers JSON Lines for Accept: application/x-ndjson, with the CSV's rows", async () => {
    const res = await post(body, "application/x-ndjson");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="customers.jsonl"');
    const objects = (await res.text()).trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects).toHaveLength(2000);
    const csv = (await (await post(body, "text/csv")).text()).split("\r\n");
    expect(csv[0]).toBe("name,age,signup_date,plan,churned");
    expect(csv[1]!.split(",")[1]).toBe(String(objects[0]!.age));
  });

  it("answers Parquet for its media type or a format field, read back by hyparquet", async () => {
    for (const res of [await post(body, "application/vnd.apache.parquet"), await post({ ...body, format: "parquet" })]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/vnd.apache.parquet");
      const bytes = new Uint8Array(await res.arrayBuffer()).buffer;
      expect(Number(parquetMetadata(bytes).num_rows)).toBe(2000);
    }
  });

  it("keeps CSV for no Accept and */*, and says 406 for a type it does not make", async () => {
    expect((await post(body)).headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await post(body, "*/*")).headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const json = await post(body, "application/json");
    expect(json.status).toBe(406);
    expect(((await json.json()) as { error: { message: string } }).error.message).toContain("send one of those in Accept, or a \"format\" field");
    const bad = await post({ ...body, format: "xlsx" });
    expect(bad.status).toBe(400);
  });
});
