// Time to first row on the product path: a cold `synthdata generate` process (the built CLI
// bundle), timed from spawn until the CSV it is writing holds the header and one data row.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, watch } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../packages/cli/dist/main.js", import.meta.url));

/** One cold run of `synthdata <args>` in a new folder under `root`; resolves to ms until the first data row is on disk. */
export function timeToFirstRow(args, { root, env }) {
  const cwd = mkdtempSync(join(root, "ttfr-"));
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let done = false;
    child.stderr.on("data", (d) => (stderr += d));
    const finish = (error, ms) => {
      if (done) return;
      done = true;
      watcher.close();
      child.kill();
      child.once("exit", () => rmSync(cwd, { recursive: true, force: true }));
      error ? reject(error) : resolve(ms);
    };
    // The CSV is written to a temp file (".<name>.csv.<random>.tmp") and renamed at the end.
    const check = () => {
      for (const name of readdirSync(cwd)) {
        if (!name.includes(".csv")) continue;
        const text = readFileSync(join(cwd, name), "latin1");
        const header = text.indexOf("\n");
        if (header >= 0 && text.indexOf("\n", header + 1) >= 0) return finish(undefined, performance.now() - t0);
      }
    };
    const watcher = watch(cwd, check);
    child.on("error", (error) => finish(error));
    child.on("exit", () => finish(new Error(`synthdata ended before writing a row: ${stderr.trim()}`)));
  });
}

/** Median of `runs` cold runs. */
export async function medianTimeToFirstRow(args, options, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await timeToFirstRow(args, options));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
