import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/** The built server: tests run what users run. */
export const SERVER = fileURLToPath(new URL("../dist/main.js", import.meta.url));

export const tmp = (prefix = "synthdata-mcp-") => mkdtemp(join(tmpdir(), prefix));

/** A child env without any OpenAI key, with a private schema cache. */
export function childEnv(cacheDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env["PATH"] ?? "", SYNTHDATA_CACHE_DIR: cacheDir, ...extra };
}

export interface Connected {
  client: Client;
  stderr: () => string;
  close(): Promise<void>;
}

/** Spawns the built server over stdio and connects an SDK client to it. */
export async function connectStdio(args: string[], options: { cwd: string; env: Record<string, string>; roots?: string[] }): Promise<Connected> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [SERVER, ...args], cwd: options.cwd, env: options.env, stderr: "pipe" });
  let stderr = "";
  transport.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const client = new Client({ name: "synthdata-test", version: "0.0.0" }, { capabilities: options.roots ? { roots: { listChanged: true } } : {} });
  if (options.roots) {
    const { ListRootsRequestSchema } = await import("@modelcontextprotocol/sdk/types.js");
    const roots = options.roots;
    client.setRequestHandler(ListRootsRequestSchema, () => ({ roots: roots.map((r) => ({ uri: `file://${r}`, name: r })) }));
  }
  await client.connect(transport);
  return { client, stderr: () => stderr, close: () => client.close() };
}

export function text(result: CallToolResult): string {
  return result.content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
}

/** Every file under dir, recursively, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Spawns the built server as a plain child process (for stdout checks and HTTP). */
export function spawnServer(args: string[], options: { cwd: string; env: Record<string, string> }): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [SERVER, ...args], { cwd: options.cwd, env: options.env });
}
