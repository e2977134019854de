import { mkdir, readFile, readdir, rename, symlink } from "node:fs/promises";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { churnAnswer, completion, startFakeOpenAI, type FakeOpenAI } from "../../core/test/support/fakeOpenAI.js";
import { childEnv, connectStdio, listFiles, text, tmp, type Connected } from "./helpers.js";

/** Where generate_dataset's files land when calls, servers and the folder itself change under it. */
const SPEC = {
  title: "Customers",
  domain: "retail",
  columns: [
    { name: "id", kind: "id", format: "sequence" },
    { name: "age", kind: "integer", min: 18, max: 90 },
    { name: "plan", kind: "category", values: ["basic", "plus", "pro"] },
    { name: "churned", kind: "boolean", probability: 0.2 },
  ],
};

const call = (server: Connected, args: Record<string, unknown>) => server.client.callTool({ name: "generate_dataset", arguments: args }) as Promise<CallToolResult>;

async function twoServers() {
  const base = await tmp();
  const root = join(base, "out");
  await mkdir(root);
  const env = childEnv(join(base, "cache"));
  const servers = await Promise.all([0, 1].map(() => connectStdio(["--output-dir", root], { cwd: base, env })));
  return { root, servers };
}

describe("concurrent generate_dataset calls never replace each other", () => {
  let root: string;
  let servers: Connected[];
  beforeAll(async () => {
    ({ root, servers } = await twoServers());
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it("20 calls (two servers on one folder) with output_path x.csv: exactly one succeeds, 19 say it exists", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => call(servers[i % 2]!, { spec: SPEC, rows: 3000, seed: i + 1, output_path: "x.csv" })));
    const ok = results.filter((r) => !r.isError);
    expect(ok, results.map(text).join("\n")).toHaveLength(1);
    for (const r of results.filter((r) => r.isError)) expect(text(r)).toMatch(/^OUTPUT_EXISTS: .*already exists/);
    expect(await listFiles(root)).toEqual(["x.card.json", "x.card.md", "x.csv"]);
    const card = JSON.parse(await readFile(join(root, "x.card.json"), "utf8")) as { reproduce: { seed: number } };
    expect(card.reproduce.seed).toBe((ok[0]!.structuredContent as { seed: number }).seed);
  });

  it("20 calls (two servers on one folder) without output_path: 20 distinct free names, every file there", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => call(servers[i % 2]!, { spec: SPEC, rows: 3000, seed: 100 + i })));
    expect(results.filter((r) => r.isError).map(text)).toEqual([]);
    const paths = results.map((r) => (r.structuredContent as { path: string }).path);
    expect(new Set(paths).size).toBe(20);
    const csvs = (await readdir(root)).filter((f) => /^customers(-\d+)?\.csv$/.test(f));
    expect(csvs).toHaveLength(20);
    for (const [i, path] of paths.entries()) {
      const card = JSON.parse(await readFile(path.replace(/\.csv$/, ".card.json"), "utf8")) as { reproduce: { seed: number } };
      expect(card.reproduce.seed).toBe(100 + i);
    }
  });
});

describe("output_path names", () => {
  let root: string;
  let server: Connected;
  beforeAll(async () => {
    const base = await tmp();
    root = join(base, "out");
    server = await connectStdio(["--output-dir", root], { cwd: base, env: childEnv(join(base, "cache")) });
  });
  afterAll(() => server.close());

  it.each([
    ["CON.csv", /Windows reserves/],
    ["sub/PRN.card.csv", /Windows reserves/],
    [".csv", /empty/],
    ["a\nb.csv", /control character/],
    ["tab\there.csv", /control character/],
    ["x .csv", /end in a dot or a space/],
    [`${"n".repeat(300)}.csv`, /255 bytes/],
  ])("refuses %j as an input error that says how to fix it", async (name, why) => {
    const result = await call(server, { spec: SPEC, rows: 5, output_path: name });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/^INVALID_ARGUMENT: /);
    expect(text(result)).toMatch(why);
    expect(text(result)).toMatch(/choose|shorten|name it/);
    expect(await listFiles(root)).toEqual([]);
  });
});

describe("a symlinked parent created while the planner thinks", () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(() => fake.close());

  it("is refused at write time: nothing is written outside the output folder", async () => {
    const base = await tmp();
    const root = join(base, "out");
    const outside = join(base, "outside");
    await mkdir(outside);
    const server = await connectStdio(["--output-dir", root], { cwd: base, env: childEnv(join(base, "cache"), { OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: fake.baseURL }) });
    try {
      fake.reply({ ...completion(churnAnswer()), delayMs: 1500 } as Parameters<FakeOpenAI["reply"]>[0]);
      const pending = call(server, { description: "telecom customers with plan, charges and whether they churned", rows: 50, output_path: "late/x.csv" });
      // The path was checked (late/ absent, inside the folder); now, while the model "thinks", late/ becomes a link out.
      const deadline = Date.now() + 10_000;
      while (fake.requests.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(fake.requests).toHaveLength(1);
      await symlink(outside, join(root, "late"));
      const result = await pending;
      expect(result.isError, text(result)).toBe(true);
      expect(text(result)).toMatch(/^PATH_NOT_ALLOWED: .*outside/);
      expect(await readdir(outside)).toEqual([]);
      expect(await readdir(root)).toEqual(["late"]);
    } finally {
      await server.close();
    }
  });
});

describe("a folder swapped for a symlink while rows are written", () => {
  it("is refused when the files are placed: nothing lands outside, the result is an error", async () => {
    const base = await tmp();
    const root = join(base, "out");
    const outside = join(base, "outside");
    await mkdir(join(root, "late"), { recursive: true });
    await mkdir(outside);
    const server = await connectStdio(["--output-dir", root, "--max-rows", "5000000"], { cwd: base, env: childEnv(join(base, "cache")) });
    try {
      const pending = call(server, { spec: SPEC, rows: 3_000_000, output_path: "late/x.csv" });
      // Once the temp file is being written inside late/, late/ is moved away and replaced by a link out.
      const deadline = Date.now() + 20_000;
      while (!(await readdir(join(root, "late"))).some((f) => f.endsWith(".tmp")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      await rename(join(root, "late"), join(root, "late-moved"));
      await symlink(outside, join(root, "late"));
      const result = await pending;
      expect(result.isError, text(result)).toBe(true);
      expect(text(result)).toMatch(/^PATH_NOT_ALLOWED: .*outside/);
      expect(await readdir(outside)).toEqual([]);
      // The half-written data stays a hidden temp file in the moved folder (swept by a later run), never under a final name.
      expect((await readdir(join(root, "late-moved"))).filter((f) => !f.endsWith(".tmp"))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

