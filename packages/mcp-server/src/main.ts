#!/usr/bin/env node
import "./stdoutGuard.js";
import { realpath } from "node:fs/promises";
import { USAGE, parseServerArgs, type ServerArgs } from "./args.js";
import { describeFailure } from "./failures.js";
import { startHttp } from "./http.js";
import { InflightCalls } from "./inflight.js";
import { resolveFolders } from "./paths.js";
import { DatasetRegistry } from "./resources/datasetRegistry.js";
import { connectServer, createServer, type ServerConfig } from "./server.js";
import { LineStdioTransport } from "./stdioTransport.js";
import { SERVER_VERSION } from "./version.js";
import { configureWorkerPool, useStreamingHeap } from "@synthdata/core";

useStreamingHeap();

const log = (message: string) => process.stderr.write(`synthdata-mcp: ${message}\n`);

process.on("unhandledRejection", (reason) => log(`unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`));

/** How long a shutdown waits for cancelled calls to remove their files before exiting anyway. */
const DRAIN_MS = 10_000;

/**
 * One way out for every reason to stop (SIGINT, SIGTERM, SIGHUP, stdin
 * closed): close the transports, which aborts every call in flight, wait
 * for those calls to clean up their files, then exit. A second signal exits at once.
 */
function onShutdown(close: () => Promise<void>, calls: InflightCalls): (reason: string) => void {
  let stopping = false;
  return (reason) => {
    if (stopping) {
      log(`${reason} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    const busy = calls.size;
    log(`${reason}: stopping${busy ? ` (cancelling ${busy} call${busy === 1 ? "" : "s"} in flight)` : ""}`);
    void close()
      .catch((error: unknown) => log(`closing failed: ${(error as Error)?.message ?? String(error)}`))
      .then(() => calls.drain(DRAIN_MS))
      .then((drained) => {
        if (!drained) log(`calls still running after ${DRAIN_MS} ms; exiting anyway`);
        process.exit(0);
      });
  };
}

function onSignals(stop: (reason: string) => void): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stop(signal));
}

async function main(): Promise<number | undefined> {
  let args: ServerArgs;
  try {
    args = parseServerArgs(process.argv.slice(2), process.cwd());
  } catch (error) {
    log(describeFailure(error).message);
    return 2;
  }
  if (args.help) {
    process.stderr.write(USAGE);
    return 0;
  }
  if (args.version) {
    process.stderr.write(`${SERVER_VERSION}\n`);
    return 0;
  }
  const config: ServerConfig = {
    planner: args.planner,
    maxRows: args.maxRows,
    mayCallOpenAI: args.planner === "openai" || (args.planner === "auto" && Boolean(process.env["OPENAI_API_KEY"])),
    outputDir: args.outputDir === undefined ? undefined : (await resolveFolders([args.outputDir]))[0],
    defaultDir: await realpath(process.cwd()),
    useRoots: !args.http,
    calls: new InflightCalls(),
    datasets: new DatasetRegistry(),
    log,
  };
  if (args.workers !== undefined) configureWorkerPool({ size: args.workers });
  const where = config.outputDir ?? `${config.defaultDir} (or the client's roots)`;
  if (args.http) {
    const http = await startHttp(config, { port: args.port, host: args.host, allowOrigins: args.allowOrigins });
    log(`listening on ${http.url} (MCP at /mcp, REST POST /generate, GET /health); writing inside ${config.outputDir ?? config.defaultDir}`);
    log(
      `token for pages on other origins: ${http.token} (send it as "Authorization: Bearer <token>" or "X-Synthdata-Token: <token>"; ` +
        `without it, or an --allow-origin, such pages plan offline and never use the OpenAI key)`,
    );
    onSignals(onShutdown(() => http.close(), config.calls));
    return undefined;
  }
  const server = createServer(config);
  const stop = onShutdown(() => server.close(), config.calls);
  await connectServer(server, new LineStdioTransport({ log, onInputEnd: () => stop("stdin closed") }), log);
  log(`ready on stdio (planner ${config.planner}, max ${config.maxRows} rows); writing inside ${where}`);
  onSignals(stop);
  return undefined;
}

main().then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    log(describeFailure(error).message);
    process.exitCode = 1;
  },
);
