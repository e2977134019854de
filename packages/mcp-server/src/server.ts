import { realpath } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { PlannerChoice } from "@synthdata/core";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { ErrorCode, RootsListChangedNotificationSchema, isJSONRPCRequest, type ServerCapabilities } from "@modelcontextprotocol/sdk/types.js";
import { createClientLog } from "./clientLog.js";
import { clientQuestions } from "./elicitation.js";
import { samplingModel } from "./sampling.js";
import type { ToolContext } from "./context.js";
import type { InflightCalls } from "./inflight.js";
import { DatasetRegistry } from "./resources/datasetRegistry.js";
import { registerResources } from "./resources/registerResources.js";
import { registerPrompts } from "./prompts.js";
import { registerDescribeSchema } from "./tools/describeSchema.js";
import { registerGenerateDataset } from "./tools/generateDataset.js";
import { registerGradePredictions } from "./tools/gradePredictions.js";
import { SERVER_VERSION } from "./version.js";

export interface ServerConfig {
  planner: PlannerChoice;
  maxRows: number;
  mayCallOpenAI: boolean;
  /** Realpath of --output-dir when given: then only it is used, whatever roots the client lists. */
  outputDir: string | undefined;
  /** Realpath of the working folder: the fallback when there is no --output-dir and no roots. */
  defaultDir: string;
  /** Ask the client for its roots (stdio); a stateless HTTP server does not. */
  useRoots: boolean;
  /** Tool calls that may still touch files; shutdown waits for them (shared by every session). */
  calls: InflightCalls;
  /** How long the client's model may take to plan (sampling); default 20 s, at most 25 s. */
  samplingTimeoutMs?: number;
  /** The datasets this process wrote, readable as resources by every session. */
  datasets: DatasetRegistry;
  log(message: string): void;
}

const INSTRUCTIONS =
  "synthdata makes realistic, reproducible synthetic CSV datasets. For a quick dataset call generate_dataset with a description. " +
  "To control the columns, call describe_schema first, edit the returned spec, and pass it to generate_dataset as spec. " +
  "Reuse the returned seed for identical data.";

/** One McpServer with both tools; the caller connects it to a transport. */
export function createServer(config: ServerConfig): McpServer {
  const server = new McpServer({ name: "synthdata", version: SERVER_VERSION }, { capabilities: { tools: {}, logging: {} }, instructions: INSTRUCTIONS });
  let roots: Promise<string[]> | undefined;
  server.server.setNotificationHandler(RootsListChangedNotificationSchema, async () => {
    roots = undefined;
  });

  const ctx: ToolContext = {
    planner: config.planner,
    maxRows: config.maxRows,
    mayCallOpenAI: config.mayCallOpenAI,
    track: (call) => config.calls.track(call),
    datasets: config.datasets,
    clientLog: createClientLog(server),
    // Only where core would plan offline: an OpenAI key (or --planner openai/offline) decides first.
    hostModel: (requestId) => (config.planner === "auto" && !config.mayCallOpenAI ? samplingModel(server, requestId, config.samplingTimeoutMs) : undefined),
    questions: (requestId, signal) => clientQuestions(server, requestId, signal, config.log),
    log: config.log,
    async outputFolders() {
      if (config.outputDir !== undefined) return [config.outputDir];
      if (config.useRoots && server.server.getClientCapabilities()?.roots) {
        roots ??= clientRoots(server, config.log);
        const dirs = await roots;
        if (dirs.length > 0) return dirs;
      }
      return [config.defaultDir];
    },
  };
  registerDescribeSchema(server, ctx);
  registerGenerateDataset(server, ctx);
  registerGradePredictions(server, ctx);
  registerResources(server, config.datasets);
  registerPrompts(server, config.datasets);
  declareFixedLists(server);
  // A dataset written in any session is a new resource for every connected one.
  const unsubscribe = config.datasets.subscribe(() => {
    if (server.isConnected()) server.server.sendResourceListChanged().catch(() => undefined);
  });
  const onclose = server.server.onclose;
  server.server.onclose = () => {
    unsubscribe();
    onclose?.();
  };
  return server;
}

/**
 * The SDK declares listChanged for tools and prompts as soon as one is
 * registered; ours never change while the server runs, so a client should
 * not wait for (or re-fetch on) notifications that never come.
 */
function declareFixedLists(server: McpServer): void {
  // getCapabilities is private in the SDK's types; the initialize answer reads it (test/capabilities.test.ts checks the result).
  const inner = server.server as unknown as { getCapabilities(): ServerCapabilities };
  const declared = inner.getCapabilities.bind(inner);
  inner.getCapabilities = () => {
    const capabilities = { ...declared() };
    for (const fixed of ["tools", "prompts"] as const) {
      if (!capabilities[fixed]) continue;
      const { listChanged: _never, ...rest } = capabilities[fixed];
      capabilities[fixed] = rest;
    }
    return capabilities;
  };
}

/** The client's file:// roots that exist, as realpaths; [] when it has none or does not answer. */
async function clientRoots(server: McpServer, log: (m: string) => void): Promise<string[]> {
  try {
    const { roots } = await server.server.listRoots(undefined, { timeout: 5000 });
    const dirs: string[] = [];
    for (const root of roots) {
      if (!root.uri.startsWith("file://")) continue;
      try {
        dirs.push(await realpath(fileURLToPath(root.uri)));
      } catch {
        log(`ignoring root ${root.uri}: it does not exist`);
      }
    }
    return dirs;
  } catch (error) {
    log(`could not list the client's roots (${(error as Error).message}); writing to the working folder`);
    return [];
  }
}

/** Requests a client may send before `initialize` (the MCP lifecycle allows pings only). */
const BEFORE_INITIALIZE = new Set(["initialize", "ping"]);

/**
 * Connects the server to a transport, refusing every request but initialize
 * and ping until an initialize request has come in. The SDK's Server does not
 * check the lifecycle itself: without this, a tools/call sent first runs (and
 * writes a file) for a client that never said who it is or what it supports.
 */
export async function connectServer(server: McpServer, transport: Transport, log: (message: string) => void): Promise<void> {
  await server.connect(transport);
  const deliver = transport.onmessage;
  let initialized = false;
  transport.onmessage = (message, extra) => {
    if (!initialized && isJSONRPCRequest(message) && !BEFORE_INITIALIZE.has(message.method)) {
      log(`refused ${message.method} sent before initialize`);
      void transport
        .send({ jsonrpc: "2.0", id: message.id, error: { code: ErrorCode.InvalidRequest, message: `${message.method} before initialize: send initialize first (the MCP lifecycle allows only ping before it)` } })
        .catch(() => undefined);
      return;
    }
    if (isJSONRPCRequest(message) && message.method === "initialize") initialized = true;
    deliver?.(message, extra);
  };
}
