import { execFile } from "node:child_process";
import { copyFile, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { packAll } from "../../../scripts/pack.mjs";
import { text, tmp } from "./helpers.js";

/**
 * Issue 15: each published package installs alone from its tarball into an empty folder
 * (no workspace, no build, no other tarball) and runs: the CLI writes a CSV offline, with
 * worker threads; the MCP server answers an SDK client over stdio.
 */
const run = promisify(execFile);
const MAX_TARBALL_BYTES = 3 * 1024 * 1024;

interface Packed {
  dir: string;
  path: string;
  bytes: number;
}
let work: string;
let cli: Packed;
let mcp: Packed;
/** npm with its cache and HOME inside the test folder: nothing lands in the user's home. */
let npmEnv: Record<string, string>;

async function installAlone(tarball: string, name: string): Promise<string> {
  const dir = join(work, `install-${name}`);
  await mkdir(dir);
  await writeFile(join(dir, "package.json"), "{}\n");
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", tarball], { cwd: dir, env: npmEnv });
  return dir;
}

beforeAll(async () => {
  work = await tmp("synthdata-publish-");
  npmEnv = {
    PATH: process.env["PATH"] ?? "",
    HOME: join(work, "home"),
    npm_config_cache: join(work, "npm-cache"),
    npm_config_update_notifier: "false",
    SYNTHDATA_CACHE_DIR: join(work, "schema-cache"),
  };
  const packed: Packed[] = packAll(join(work, "packs"));
  cli = packed.find((p) => p.dir === "packages/cli")!;
  mcp = packed.find((p) => p.dir === "packages/mcp-server")!;
}, 180_000);

describe("published packages", () => {
  it("ship only the bundle, the README and the licences, under 3 MB each, with no workspace specifiers", async () => {
    for (const p of [cli, mcp]) {
      expect(p.bytes, p.path).toBeLessThan(MAX_TARBALL_BYTES);
      const { stdout } = await run("tar", ["tzf", p.path]);
      const files = stdout.trim().split("\n");
      expect(files).toContain("package/README.md");
      expect(files).toContain("package/LICENSE");
      expect(files).toContain("package/dist/main.js");
      expect(files).toContain("package/dist/pipelineWorker.js");
      expect(files).toContain("package/dist/THIRD_PARTY_LICENSES.txt");
      expect(files.filter((f) => /\/(src|test)\/|tsconfig|\.map$|\.ts$/.test(f))).toEqual([]);
      const manifest = JSON.parse((await run("tar", ["xzf", p.path, "-O", "package/package.json"])).stdout);
      expect(manifest.dependencies ?? {}).toEqual({});
      expect(JSON.stringify(manifest)).not.toMatch(/workspace:|catalog:/);
      expect(manifest.license).toBe("MIT");
      expect(manifest.engines.node).toBe(">=20.19.0");
      expect(manifest.private).toBeUndefined();
    }
  });

  it("report the version of their package.json (core's card version too)", async () => {
    const { SERVER_VERSION } = await import("../src/version.js");
    const { VERSION } = await import("../../cli/src/version.js");
    const { SYNTHDATA_VERSION } = await import("../../core/src/version.js");
    const version = (dir: string) => readFile(new URL(`../../${dir}/package.json`, import.meta.url), "utf8").then((t) => JSON.parse(t).version as string);
    expect(SERVER_VERSION).toBe(await version("mcp-server"));
    expect(VERSION).toBe(await version("cli"));
    expect(SYNTHDATA_VERSION).toBe(await version("core"));
  });

  it("the CLI installs alone and writes a CSV offline, with worker threads", async () => {
    const dir = await installAlone(cli.path, "cli");
    const out = join(dir, "customers.csv");
    const bin = join(dir, "node_modules", ".bin", "synthdata");
    const { stderr } = await run(bin, ["generate", "customers with name, email, age, plan (basic/pro) and whether they churned", "--rows", "40000", "--workers", "2", "--seed", "5", "--out", out], { cwd: dir, env: npmEnv });
    expect(stderr).toMatch(/Wrote 40000 rows/);
    const rows = parse(await readFile(out, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(40000);
    expect(Object.keys(rows[0]!).length).toBeGreaterThanOrEqual(5);
    // One worker or two: the same bytes (the worker entry and lazy chunks load from the installed package).
    const one = join(dir, "one.csv");
    await run(bin, ["generate", "customers with name, email, age, plan (basic/pro) and whether they churned", "--rows", "40000", "--workers", "1", "--seed", "5", "--out", one, "--no-card"], { cwd: dir, env: npmEnv });
    expect(await readFile(one, "utf8")).toBe(await readFile(out, "utf8"));
  });

  it("the CLI runs straight from its tarball with npx --yes", async () => {
    const dir = join(work, "npx-cli");
    await mkdir(dir);
    await copyFile(cli.path, join(dir, "synthdata.tgz"));
    const { stderr } = await run("npx", ["--yes", "./synthdata.tgz", "generate", "orders with price, quantity and order date", "--rows", "200"], { cwd: dir, env: npmEnv });
    expect(stderr).toMatch(/Wrote 200 rows/);
    const csv = (await readdir(dir)).filter((f) => f.endsWith(".csv"));
    expect(csv).toHaveLength(1);
    expect(parse(await readFile(join(dir, csv[0]!), "utf8"), { columns: true })).toHaveLength(200);
  });

  it("the MCP server installs alone and answers initialize, tools/list and generate_dataset over stdio", async () => {
    const dir = await installAlone(mcp.path, "mcp");
    const outDir = join(dir, "datasets");
    await mkdir(outDir);
    const transport = new StdioClientTransport({
      command: join(dir, "node_modules", ".bin", "synthdata-mcp"),
      args: ["--output-dir", outDir],
      cwd: dir,
      env: npmEnv,
      stderr: "pipe",
    });
    const client = new Client({ name: "published-package-test", version: "0.0.0" });
    await client.connect(transport);
    try {
      expect(client.getServerVersion()?.name).toBe("synthdata");
      const tools = (await client.listTools()).tools.map((t) => t.name).sort();
      expect(tools).toEqual(expect.arrayContaining(["describe_schema", "generate_dataset"]));
      const result = (await client.callTool({
        name: "generate_dataset",
        arguments: { description: "patients with age, bmi, glucose and whether they have diabetes", rows: 300, seed: 3, output_path: "patients.csv" },
      })) as CallToolResult;
      expect(result.isError, text(result)).toBeFalsy();
      const rows = parse(await readFile(join(outDir, "patients.csv"), "utf8"), { columns: true });
      expect(rows).toHaveLength(300);
    } finally {
      await client.close();
    }
  });
});
