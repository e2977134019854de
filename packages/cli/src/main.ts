#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { runCli } from "./run.js";

// A run streams: each chunk's values and text die young, and the live heap stays small.
// V8's default lets the old generation grow to 4x its live size between full collections,
// so promoted leftovers piled up and peak RSS grew ~40% from 100k to 10M rows. This
// process only runs the CLI, so it lets the heap grow by half between collections
// instead; it caps nothing (issue 6: flat memory; docs/performance.md).
setFlagsFromString("--heap-growing-percent=50");

const controller = new AbortController();
// First Ctrl-C stops generation cleanly (temp file removed); a second one exits at once.
process.once("SIGINT", () => {
  controller.abort();
  process.once("SIGINT", () => process.exit(130));
});

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  signal: controller.signal,
});
process.exitCode = code;
