import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built CLI: tests run what users run. */
export const CLI = fileURLToPath(new URL("../dist/main.js", import.meta.url));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const tmp = (prefix = "synthdata-cli-") => mkdtemp(join(tmpdir(), prefix));

/** A child env with no OpenAI key and a private schema cache under `cacheRoot`. */
export function cliEnv(cacheRoot: string): Record<string, string> {
  return { PATH: process.env["PATH"] ?? "", SYNTHDATA_CACHE_DIR: join(cacheRoot, ".cache") };
}

/** Spawns the built CLI; the caller waits for `close`. */
export function spawnCli(args: string[], cwd: string, cacheRoot = cwd): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [CLI, ...args], { cwd, env: cliEnv(cacheRoot) });
}

/** Runs the built CLI as a child process to its end. */
export function runCli(args: string[], cwd: string, cacheRoot = cwd): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, cwd, cacheRoot);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The folder's entries except the private cache, sorted. */
export async function entries(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f !== ".cache").sort();
}
