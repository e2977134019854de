#!/usr/bin/env node
import { useStreamingHeap } from "@synthdata/core/doors";
import { STOP_SIGNALS, interruptedExitCode, runCli } from "./run.js";

useStreamingHeap();

const controller = new AbortController();
// Ctrl-C, SIGTERM (kill, a service manager) and SIGHUP (the terminal closed) stop generation
// cleanly (temp files removed; runCli exits 128 + the signal's number); a second one exits at once.
for (const name of STOP_SIGNALS) {
  process.on(name, () => {
    if (controller.signal.aborted) process.exit(interruptedExitCode(name));
    controller.abort(name);
  });
}
// After SIGHUP the terminal may be gone: a failed write to it must not crash the clean-up.
process.stderr.on("error", () => undefined);

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  signal: controller.signal,
});
process.exitCode = code;
