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
  ms: number;
}

export interface RunOptions {
  env?: Record<string, string>;
  /** Where the private schema cache (.cache) and config folder (.config) go; default the working folder. */
  cacheRoot?: string;
  /** Another copy of the built CLI to run (default CLI). */
  cli?: string;
  /** Run as another user (needs root): what a cache left behind by `sudo` looks like to its owner. */
  uid?: number;
  gid?: number;
}

export const tmp = (prefix = "synthdata-cli-") => mkdtemp(join(tmpdir(), prefix));

/** A child env with no OpenAI key, a private schema cache and a private config folder under `cacheRoot`. */
export function cliEnv(cacheRoot: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env["PATH"] ?? "", SYNTHDATA_CACHE_DIR: join(cacheRoot, ".cache"), XDG_CONFIG_HOME: join(cacheRoot, ".config"), ...extra };
}

/** Spawns the built CLI; the caller waits for `close`. */
export function spawnCli(args: string[], cwd: string, options: RunOptions = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [options.cli ?? CLI, ...args], {
    cwd,
    env: cliEnv(options.cacheRoot ?? cwd, options.env),
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
}

/** Runs the built CLI as a child process to its end. */
export function runCli(args: string[], cwd: string, options: RunOptions = {}): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, cwd, options);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
}

/** The folder's entries except the private cache and config folders, sorted. */
export async function entries(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f !== ".cache" && f !== ".config").sort();
}
