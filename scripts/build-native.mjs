// Builds better-sqlite3 (the optional engine behind `--format sqlite`) when its install step
// could not: its prebuilt binaries come from GitHub and node-gyp downloads Node's headers from
// nodejs.org, neither of which a machine with only the npm registry reaches. Node's headers
// ship with Node itself (include/node/), so we point node-gyp at them. Run by the root
// `prepare` script; skips when the binary exists; never fails the install (a run asking for
// SQLite then says how to install the engine). With --print-nodedir it only prints where Node's
// headers are (empty when not found), for other native builds (the e2e setup's code-server).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const NODE_GYP = "node-gyp@11.5.0";
const log = (message) => process.stderr.write(`[build-native] ${message}\n`);

/** Where Node's headers are: npm_config_nodedir, else the folder Node is installed under, /usr or /usr/local. */
const nodeDir = process.env.npm_config_nodedir || [dirname(dirname(process.execPath)), "/usr", "/usr/local"].find((dir) => existsSync(join(dir, "include", "node", "node.h")));
if (process.argv.includes("--print-nodedir")) {
  process.stdout.write(nodeDir ? `${nodeDir}\n` : "");
  process.exit(0);
}

let packageDir;
try {
  packageDir = dirname(createRequire(fileURLToPath(new URL("../packages/core/package.json", import.meta.url))).resolve("better-sqlite3/package.json"));
} catch {
  log("better-sqlite3 is not installed (an optional dependency); SQLite output stays unavailable");
  process.exit(0);
}
if (existsSync(join(packageDir, "build", "Release", "better_sqlite3.node"))) process.exit(0);

if (!nodeDir) {
  log("Node's headers (include/node/node.h) were not found; set npm_config_nodedir to build better-sqlite3 for SQLite output");
  process.exit(0);
}
log(`building better-sqlite3 against Node's headers in ${nodeDir} (a few minutes, once)`);
try {
  execFileSync("npx", ["--yes", NODE_GYP, "rebuild", "--release", `--nodedir=${nodeDir}`], {
    cwd: packageDir,
    // The compiler's warnings are noise on a working build; they are shown when it fails.
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_nodedir: nodeDir, npm_config_update_notifier: "false" },
  });
  log("better-sqlite3 built");
} catch (error) {
  const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim().split("\n").slice(-20).join("\n");
  log(`could not build better-sqlite3; SQLite output stays unavailable:\n${output}`);
}
