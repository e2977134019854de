#!/usr/bin/env node
import { useStreamingHeap } from "@synthdata/core/doors";
import { runCli } from "./run.js";

useStreamingHeap();

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
