import { execFile } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { childEnv, text, tmp } from "./helpers.js";

/**
 * Issue 15: the Claude Desktop bundle (.mcpb) is built and validated by the MCP Bundle tool,
 * and runs the way Claude Desktop runs it (node <bundle>/dist/main.js with the user's
 * config substituted); server.json follows the MCP registry's rules.
 */
const run = promisify(execFile);
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const MCPB_CLI = here("../../../node_modules/@anthropic-ai/mcpb/dist/cli/cli.js");
const mcpb = (args: string[]) => run(process.execPath, [MCPB_CLI, ...args]);

let work: string;
let bundle: string;

beforeAll(async () => {
  work = await tmp("synthdata-mcpb-");
  bundle = join(work, "synthdata-mcp.mcpb");
  await run(process.execPath, [here("../build-mcpb.mjs"), bundle]);
}, 120_000);

describe("Claude Desktop bundle", () => {
  it("passes the bundle tool's validation and carries the manifest's version, icon and config", async () => {
    const unpacked = join(work, "unpacked");
    await mcpb(["unpack", bundle, unpacked]);
    const { stdout } = await mcpb(["validate", join(unpacked, "manifest.json")]);
    expect(stdout).toMatch(/validation passes/i);
    const manifest = JSON.parse(await readFile(join(unpacked, "manifest.json"), "utf8"));
    const pkg = JSON.parse(await readFile(here("../package.json"), "utf8"));
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.user_config.openai_api_key.sensitive).toBe(true);
    expect(manifest.user_config.output_dir.type).toBe("directory");
    await expect(readFile(join(unpacked, "icon.png"))).resolves.toBeInstanceOf(Buffer);
  });

  it("runs as Claude Desktop starts it, lists the tools the manifest names and writes into the output folder", async () => {
    const unpacked = join(work, "run");
    await mcpb(["unpack", bundle, unpacked]);
    const manifest = JSON.parse(await readFile(join(unpacked, "manifest.json"), "utf8"));
    const outDir = join(work, "Datasets");
    await mkdir(outDir);
    // Claude Desktop substitutes ${__dirname} and ${user_config.*}; an empty key means "not set".
    const substitute = (s: string) => s.replace("${__dirname}", unpacked).replace("${user_config.output_dir}", outDir).replace("${user_config.openai_api_key}", "");
    const config = manifest.server.mcp_config as { command: string; args: string[]; env: Record<string, string> };
    const env = Object.fromEntries(Object.entries(config.env).map(([k, v]) => [k, substitute(v)]));
    const transport = new StdioClientTransport({
      command: config.command === "node" ? process.execPath : config.command,
      args: config.args.map(substitute),
      cwd: work,
      env: childEnv(join(work, "cache"), env),
      stderr: "pipe",
    });
    const client = new Client({ name: "claude-desktop-like", version: "0.0.0" });
    await client.connect(transport);
    try {
      const names = (await client.listTools()).tools.map((t) => t.name).sort();
      expect(names).toEqual((manifest.tools as { name: string }[]).map((t) => t.name).sort());
      const result = (await client.callTool({ name: "generate_dataset", arguments: { description: "gym members with age, visits per month and whether they cancelled", rows: 120, output_path: "gym.csv" } })) as CallToolResult;
      expect(result.isError, text(result)).toBeFalsy();
      expect(parse(await readFile(join(outDir, "gym.csv"), "utf8"), { columns: true })).toHaveLength(120);
      expect(text(result)).toMatch(/offline/);
    } finally {
      await client.close();
    }
  });
});

/**
 * The MCP registry's rules for server.json (its ServerDetail schema of 2025-09-29, as
 * documented): reverse-DNS name with one slash, description of at most 100 characters,
 * an exact version, npm packages by name and exact version over a declared transport.
 */
const exactVersion = z.string().min(1).refine((v) => v !== "latest" && !/[\^~<>*x]|\s/.test(v), "an exact version, not a range");
const input = z.object({ name: z.string().optional(), description: z.string().optional(), format: z.enum(["string", "number", "boolean", "filepath"]).optional(), isRequired: z.boolean().optional(), isSecret: z.boolean().optional() });
const serverJson = z.object({
  $schema: z.string().url(),
  name: z.string().min(3).max(200).regex(/^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/),
  title: z.string().min(1).max(100).optional(),
  description: z.string().min(1).max(100),
  version: exactVersion,
  repository: z.object({ url: z.string().url(), source: z.string(), subfolder: z.string().optional() }).optional(),
  websiteUrl: z.string().url().optional(),
  packages: z.array(
    z.object({
      registryType: z.enum(["npm", "pypi", "nuget", "oci", "mcpb"]),
      identifier: z.string().min(1),
      version: exactVersion,
      runtimeHint: z.string().optional(),
      transport: z.object({ type: z.enum(["stdio", "streamable-http", "sse"]) }),
      packageArguments: z.array(input.extend({ type: z.enum(["named", "positional"]) })).optional(),
      environmentVariables: z.array(input.extend({ name: z.string() })).optional(),
    }),
  ),
});

describe("server.json for the MCP registry", () => {
  it("follows the registry's rules and agrees with the published package", async () => {
    const server = serverJson.parse(JSON.parse(await readFile(here("../server.json"), "utf8")));
    const pkg = JSON.parse(await readFile(here("../package.json"), "utf8"));
    expect(server.$schema).toMatch(/\/schemas\/2025-09-29\/server\.schema\.json$/);
    // The registry verifies npm ownership through mcpName in the published package.json.
    expect(pkg.mcpName).toBe(server.name);
    expect(server.version).toBe(pkg.version);
    const npm = server.packages.find((p) => p.registryType === "npm")!;
    expect(npm.identifier).toBe(pkg.name);
    expect(npm.version).toBe(pkg.version);
    expect(npm.environmentVariables?.find((e) => e.name === "OPENAI_API_KEY")?.isSecret).toBe(true);
  });
});
