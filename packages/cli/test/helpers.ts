import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built CLI: tests run what users run. */
export const CLI = fileURLToPath(new URL("../dist/main.js", import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  env?: Record<string, string>;
  /** Run as another user (needs root): what a cache left behind by `sudo` looks like to its owner. */
  uid?: number;
  gid?: number;
}

/** Runs the built CLI as a child process with no OpenAI key, a private cache and a private config folder. */
export function runCli(args: string[], cwd: string, options: RunOptions = {}): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env["PATH"] ?? "", SYNTHDATA_CACHE_DIR: join(cwd, ".cache"), XDG_CONFIG_HOME: join(cwd, ".config"), ...options.env },
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

export const tmp = () => mkdtemp(join(tmpdir(), "synthdata-cli-"));
