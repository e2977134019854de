#!/usr/bin/env node
import "./stdoutGuard.js";
import { realpath } from "node:fs/promises";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { USAGE, parseServerArgs, type ServerArgs } from "./args.js";
import { describeFailure } from "./failures.js";
import { startHttp } from "./http.js";
import { resolveFolders } from "./paths.js";
import { createServer, type ServerConfig } from "./server.js";
import { SERVER_VERSION } from "./version.js";
import { useStreamingHeap } from "@synthdata/core";

useStreamingHeap();

const log = (message: string) => process.stderr.write(`synthdata-mcp: ${message}\n`);

process.on("unhandledRejection", (reason) => log(`unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`));

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
    log,
  };
  const where = config.outputDir ?? `${config.defaultDir} (or the client's roots)`;
  if (args.http) {
    const http = await startHttp(config, { port: args.port, host: args.host });
    log(`listening on ${http.url} (MCP at /mcp, REST POST /generate, GET /health); writing inside ${config.outputDir ?? config.defaultDir}`);
    const stop = () => http.close().finally(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return undefined;
  }
  const server = createServer(config);
  await server.connect(new StdioServerTransport());
  log(`ready on stdio (planner ${config.planner}, max ${config.maxRows} rows); writing inside ${where}`);
  const stop = () => void server.close().finally(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
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
