import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, connectStdio, listFiles, spawnServer, text, tmp, type Connected } from "./helpers.js";

const CUSTOMERS = "customers with name, email, age, plan and whether they churned";

describe("synthdata-mcp over stdio", () => {
  let root: string;
  let outside: string;
  let server: Connected;

  beforeAll(async () => {
    const base = await tmp();
    root = join(base, "out");
    outside = join(base, "outside");
    await mkdir(root);
    await mkdir(outside);
    server = await connectStdio(["--output-dir", root], { cwd: base, env: childEnv(join(base, "cache")) });
  });
  afterAll(async () => {
    await server?.close();
  });

  const call = (name: string, args: Record<string, unknown>) => server.client.callTool({ name, arguments: args }) as Promise<CallToolResult>;

  it("lists the tools with input and output schemas and annotations; the spec guide is a resource", async () => {
    const { tools } = await server.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["describe_schema", "generate_dataset", "grade_predictions"]);
    const describeTool = tools.find((t) => t.name === "describe_schema")!;
    const generateTool = tools.find((t) => t.name === "generate_dataset")!;
    expect(describeTool.annotations?.readOnlyHint).toBe(true);
    expect(generateTool.annotations?.readOnlyHint).toBe(false);
    expect(describeTool.outputSchema?.properties).toHaveProperty("spec");
    expect(Object.keys(generateTool.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(["description", "spec", "rows", "seed", "output_path", "split"]),
    );
    expect(generateTool.inputSchema).toMatchObject({ additionalProperties: false });
    expect(generateTool.outputSchema?.properties).toHaveProperty("column_summaries");
    const spec = (generateTool.inputSchema.properties as Record<string, { properties: { columns: { items: { properties: { kind: { enum: string[] } } } } } }>)["spec"]!;
    expect(spec.properties.columns.items.properties.kind.enum).toEqual(expect.arrayContaining(["faker", "category", "integer", "date", "boolean", "derived"]));
    const guide = await server.client.readResource({ uri: "synthdata://guide/spec.md" });
    const guideText = guide.contents.map((c) => ("text" in c ? c.text : "")).join("");
    for (const word of ["faker", "category", "integer", "date", "boolean", "derived", "effects", "person.fullName"]) expect(guideText).toContain(word);
  });

  it("describe_schema returns the spec, its source and a readable summary", async () => {
    const result = await call("describe_schema", { description: CUSTOMERS });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as { spec: { columns: { name: string; kind: string }[] }; source: string; warnings: string[] };
    expect(out.spec.columns.map((c) => c.name)).toEqual(["name", "email", "age", "plan", "churned"]);
    expect(["offline", "cache"]).toContain(out.source);
    expect(Array.isArray(out.warnings)).toBe(true);
    const summary = text(result);
    for (const c of out.spec.columns) expect(summary).toContain(`${c.name}: `);
    expect(summary).toMatch(/source: (offline|cache)/);
  });

  it("says which columns the offline planner guessed, in the result and its text", async () => {
    const result = await call("describe_schema", { description: "widgets with zorblax, price and whether it sold" });
    const out = result.structuredContent as { warnings: string[] };
    expect(out.warnings.some((w) => w.startsWith("guessed: zorblax, check it"))).toBe(true);
    expect(text(result)).toContain("warning: guessed: zorblax, check it");
    const generated = await call("generate_dataset", { description: "gadgets with flurbo gizmos, price and whether it sold", rows: 20 });
    expect((generated.structuredContent as { warnings: string[] }).warnings.some((w) => w.startsWith("guessed: flurbo_gizmos, check it"))).toBe(true);
  });

  it("generate_dataset from a description writes the CSV and returns counts, preview, summaries and inline CSV", async () => {
    const result = await call("generate_dataset", { description: CUSTOMERS, rows: 150, seed: 7 });
    expect(result.isError, text(result)).toBeFalsy();
    const out = result.structuredContent as {
      path: string; rows: number; column_count: number; columns: string[]; seed: number; preview: string[][]; csv: string;
      files: { csv: string }; column_summaries: { name: string }[];
    };
    expect(out.path.startsWith(root)).toBe(true);
    expect(out.files.csv).toBe(out.path);
    expect(out.rows).toBe(150);
    expect(out.seed).toBe(7);
    expect(out.column_count).toBe(out.columns.length);
    const onDisk = await readFile(out.path, "utf8");
    const records = parse(onDisk) as string[][];
    expect(records[0]).toEqual(out.columns);
    expect(records).toHaveLength(151);
    expect(out.csv).toBe(onDisk);
    expect(out.preview.length).toBeGreaterThan(0);
    expect(records.slice(1, 1 + out.preview.length)).toEqual(out.preview);
    expect(out.column_summaries.map((c) => c.name)).toEqual(out.columns);
    expect(text(result)).toContain(`Wrote 150 rows x ${out.columns.length} columns`);
  });

  it("does not inline large results, and picks a free name instead of replacing a file", async () => {
    const a = (await call("generate_dataset", { description: CUSTOMERS, rows: 500, seed: 1 })).structuredContent as { path: string; csv?: string };
    const b = (await call("generate_dataset", { description: CUSTOMERS, rows: 500, seed: 2 })).structuredContent as { path: string };
    expect(a.csv).toBeUndefined();
    expect(a.path).not.toBe(b.path);
    expect(parse(await readFile(a.path))).toHaveLength(501);
    expect(parse(await readFile(b.path))).toHaveLength(501);
  });

  it("accepts a spec from describe_schema, edited, and is reproducible by seed", async () => {
    const described = (await call("describe_schema", { description: CUSTOMERS })).structuredContent as { spec: { columns: Record<string, unknown>[] } };
    const spec = structuredClone(described.spec);
    // Nothing refers to the email column, so it can be renamed freely.
    const email = spec.columns.find((c) => c["name"] === "email")!;
    email["name"] = "contact_email";
    spec.columns.push({ name: "region", kind: "category", values: ["north", "south"], weights: [3, 1] });
    const run = (file: string) => call("generate_dataset", { spec, rows: 300, seed: 42, output_path: `edited/${file}` });
    const first = await run("a.csv");
    expect(first.isError, text(first)).toBeFalsy();
    const second = await run("b.csv");
    const a = await readFile(join(root, "edited", "a.csv"), "utf8");
    expect(a).toBe(await readFile(join(root, "edited", "b.csv"), "utf8"));
    const records = parse(a, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(300);
    expect(Object.keys(records[0]!)).toEqual(["name", "contact_email", "age", "plan", "churned", "region"]);
    expect(new Set(records.map((r) => r["region"]))).toEqual(new Set(["north", "south"]));
    expect((second.structuredContent as { source: string }).source).toBe("spec");
  });

  it("takes a spec with relations between columns (formula, offset, bounds, conditional, calendar) and names a bad formula's column", async () => {
    const spec = {
      title: "Orders",
      domain: "e-commerce",
      columns: [
        { name: "plan", kind: "category", values: ["basic", "premium"] },
        { name: "fee", kind: "number", distribution: "normal", mean: 15, sd: 1, conditional: { column: "plan", cases: [{ value: "basic", mean: 10 }, { value: "premium", mean: 20 }] } },
        { name: "quantity", kind: "integer", min: 1, max: 5 },
        { name: "unit_price", kind: "number", min: 1, max: 20 },
        { name: "total", kind: "formula", expression: "quantity * unit_price" },
        { name: "discount", kind: "number", min: 0, max: 200, bounds: { atMost: ["total"] } },
        { name: "shipped", kind: "date", from: "2024-01-01", to: "2024-12-31", calendar: "weekdays" },
        { name: "delivered", kind: "date", from: "2024-01-01", to: "2024-12-31", offset: { columns: ["shipped"], direction: "after", gap: { min: 1, max: 5 } } },
      ],
    };
    const result = await call("generate_dataset", { spec, rows: 400, seed: 3, output_path: "relations.csv" });
    expect(result.isError, text(result)).toBeFalsy();
    const rows = parse(await readFile(join(root, "relations.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(400);
    for (const r of rows) {
      expect(Math.abs(Number(r["total"]) - Number(r["quantity"]) * Number(r["unit_price"]))).toBeLessThan(0.006);
      expect(Number(r["discount"])).toBeLessThanOrEqual(Number(r["total"]));
      const gap = (Date.parse(r["delivered"]!) - Date.parse(r["shipped"]!)) / 86_400_000;
      expect(gap >= 1 && gap <= 5).toBe(true);
    }
    const bad = await call("generate_dataset", { spec: { ...spec, columns: [...spec.columns, { name: "margin", kind: "formula", expression: "total - cost" }] }, rows: 10, output_path: "bad.csv" });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toContain('column "margin" expression: "cost" is not a column of this spec at position 9');
  });

  it("refuses bad input as a tool error with an actionable message, writing nothing", async () => {
    const before = await listFiles(root);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{}, /either `description`.*or `spec`/],
      [{ description: CUSTOMERS, spec: { title: "x" } }, /not both/],
      [{ description: CUSTOMERS, rows: -1 }, /rows must be at least 1/],
      [{ description: CUSTOMERS, rows: 1e9 }, /at most 1000000/],
      [{ description: CUSTOMERS, rows: 2.5 }, /whole number/],
      [{ description: CUSTOMERS, rows: "10" }, /rows must be a number/],
      [{ description: CUSTOMERS, colour: "red" }, /colour/],
      [{ description: "x".repeat(1024 * 1024) }, /too long/],
      [{ spec: { title: "t", domain: "d", columns: [{ name: "a", kind: "sparkle" }] } }, /INVALID_SPEC|kind/],
      [{ spec: { title: "t", domain: "d", columns: [{ name: "a", kind: "faker", method: "process.exit" }] } }, /INVALID_SPEC/],
      [{ description: CUSTOMERS, output_path: "notes.txt" }, /must end in \.csv/],
    ];
    for (const [args, message] of cases) {
      const result = await call("generate_dataset", args);
      expect(result.isError, JSON.stringify(args).slice(0, 100)).toBe(true);
      expect(text(result)).toMatch(message);
    }
    const bad = await call("describe_schema", { description: "" });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toMatch(/describe the dataset/);
    expect(await listFiles(root)).toEqual(before);
  });

  it("refuses every path out of the output folder and writes nothing anywhere", async () => {
    await symlink(outside, join(root, "link-dir"));
    await symlink(join(outside, "target.csv"), join(root, "link-file.csv"));
    const before = await listFiles(root);
    const escapes = [
      "../x.csv",
      "../outside/x.csv",
      "/etc/x.csv",
      join(outside, "x.csv"),
      `${root}-evil/x.csv`,
      "..\\x.csv",
      "C:\\x.csv",
      "\\\\host\\share\\x.csv",
      "link-dir/x.csv",
      "link-file.csv",
      "a\0b.csv",
      "sub/../../x.csv",
    ];
    for (const output_path of escapes) {
      const result = await call("generate_dataset", { description: CUSTOMERS, rows: 10, output_path });
      expect(result.isError, output_path).toBe(true);
      expect(text(result)).toMatch(/PATH_NOT_ALLOWED/);
      expect(text(result)).toContain(root);
    }
    expect(await listFiles(root)).toEqual(before);
    expect(await listFiles(outside)).toEqual([]);
  });

  it("does not overwrite an existing file unless asked", async () => {
    await writeFile(join(root, "keep.csv"), "precious\n");
    const refused = await call("generate_dataset", { description: CUSTOMERS, rows: 5, output_path: "keep.csv" });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/OUTPUT_EXISTS.*overwrit/);
    expect(await readFile(join(root, "keep.csv"), "utf8")).toBe("precious\n");
    const replaced = await call("generate_dataset", { description: CUSTOMERS, rows: 5, output_path: "keep.csv", overwrite: true });
    expect(replaced.isError, text(replaced)).toBeFalsy();
    expect(parse(await readFile(join(root, "keep.csv")))).toHaveLength(6);
  });

  it("writes the card and train/test files when asked for a split, and lists them", async () => {
    const result = await call("generate_dataset", { description: CUSTOMERS, rows: 400, seed: 9, output_path: "split/customers.csv", split: { train: 0.75 } });
    expect(result.isError, text(result)).toBeFalsy();
    const files = (result.structuredContent as { files: Record<string, string> }).files;
    expect(files).toMatchObject({ csv: join(root, "split", "customers.csv"), train: expect.any(String), test: expect.any(String) });
    const train = parse(await readFile(files["train"]!)) as string[][];
    const test = parse(await readFile(files["test"]!)) as string[][];
    expect(train.length - 1 + (test.length - 1)).toBe(400);
    expect(train.length - 1).toBeGreaterThan(test.length - 1);
    for (const f of Object.values(files)) expect(f.startsWith(`${root}/split/`)).toBe(true);
    expect(text(result)).toContain(files["train"]!);
  });

  it("gives parallel calls without output_path distinct files", async () => {
    const results = await Promise.all([1, 2, 3].map((seed) => call("generate_dataset", { description: "invoices with amount and due date", rows: 3000, seed })));
    const paths = results.map((r) => (r.structuredContent as { path: string }).path);
    expect(new Set(paths).size).toBe(3);
    for (const p of paths) expect(parse(await readFile(p))).toHaveLength(3001);
  });

  it("sends strictly increasing progress notifications when asked", async () => {
    const seen: { progress: number; total?: number }[] = [];
    const result = (await server.client.callTool(
      { name: "generate_dataset", arguments: { description: CUSTOMERS, rows: 30_000, seed: 3 } },
      undefined,
      { onprogress: (p) => seen.push(p) },
    )) as CallToolResult;
    expect(result.isError, text(result)).toBeFalsy();
    expect(seen.length).toBeGreaterThan(2);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.progress).toBeGreaterThan(seen[i - 1]!.progress);
    expect(seen.at(-1)).toMatchObject({ progress: 30_000, total: 30_000 });
  });
});

describe("cancellation", () => {
  it("stops generation and leaves no file, partial or temporary", async () => {
    const base = await tmp();
    const root = join(base, "out");
    const server = await connectStdio(["--output-dir", root, "--max-rows", "5000000"], { cwd: base, env: childEnv(join(base, "cache")) });
    try {
      const controller = new AbortController();
      let progressed = 0;
      const call = server.client.callTool(
        { name: "generate_dataset", arguments: { description: CUSTOMERS, rows: 5_000_000, seed: 1, output_path: "big.csv" } },
        undefined,
        {
          signal: controller.signal,
          onprogress: () => {
            if (++progressed === 2) controller.abort("user stopped it");
          },
        },
      );
      await expect(call).rejects.toThrow();
      expect(progressed).toBeGreaterThanOrEqual(2);
      // The server is still alive and answers...
      expect((await server.client.listTools()).tools).toHaveLength(3);
      // ...and removes the temp file within moments.
      const deadline = Date.now() + 10_000;
      while ((await listFiles(root)).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await listFiles(root)).toEqual([]);
      await new Promise((r) => setTimeout(r, 500));
      expect(await listFiles(root)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe("output folder from the client's roots", () => {
  it("writes into the client's root when no --output-dir is given, and refuses the working folder", async () => {
    const base = await tmp();
    const workspace = join(base, "workspace");
    await mkdir(workspace);
    const server = await connectStdio([], { cwd: base, env: childEnv(join(base, "cache")), roots: [workspace] });
    try {
      const result = (await server.client.callTool({ name: "generate_dataset", arguments: { description: CUSTOMERS, rows: 20 } })) as CallToolResult;
      expect(result.isError, text(result)).toBeFalsy();
      const path = (result.structuredContent as { path: string }).path;
      expect(path.startsWith(`${workspace}/`)).toBe(true);
      const refused = (await server.client.callTool({ name: "generate_dataset", arguments: { description: CUSTOMERS, rows: 20, output_path: `${base}/x.csv` } })) as CallToolResult;
      expect(refused.isError).toBe(true);
      expect(await listFiles(base).then((f) => f.filter((p) => p.endsWith(".csv") && !p.startsWith("workspace/")))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe("command line", () => {
  it("rejects unknown options with a message on stderr and exit code 2, nothing on stdout", async () => {
    const base = await tmp();
    const child = spawnServer(["--output-dri", base], { cwd: base, env: childEnv(join(base, "cache")) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise((r) => child.once("close", r));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/output-dri.*--help/);
  });
});
