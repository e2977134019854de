import { mkdtempSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, type ClientOptions } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { InflightCalls } from "../src/inflight.js";
import { DatasetRegistry } from "../src/resources/datasetRegistry.js";
import { connectServer, createServer, type ServerConfig } from "../src/server.js";

// In-process servers plan with core in this process: a private schema cache, and no key from the environment.
process.env["SYNTHDATA_CACHE_DIR"] = mkdtempSync(join(tmpdir(), "synthdata-mcp-cache-"));
delete process.env["OPENAI_API_KEY"];

export interface Linked {
  client: Client;
  server: McpServer;
  config: ServerConfig;
  /** What the server logged to its stderr side. */
  logged: string[];
  close(): Promise<void>;
}

/**
 * The server from its source, linked to a real SDK Client in memory: the
 * client side (its capabilities and request handlers) is where a test plays
 * the host application and its model.
 */
export async function linkClient(
  dir: string,
  options: { config?: Partial<ServerConfig>; client?: ClientOptions; clientName?: string; setup?: (client: Client) => void } = {},
): Promise<Linked> {
  const logged: string[] = [];
  const folder = await realpath(dir);
  const config: ServerConfig = {
    planner: "offline",
    maxRows: 100_000,
    mayCallOpenAI: false,
    outputDir: folder,
    defaultDir: folder,
    useRoots: false,
    calls: new InflightCalls(),
    datasets: new DatasetRegistry(),
    log: (m) => logged.push(m),
    ...options.config,
  };
  const server = createServer(config);
  const client = new Client({ name: options.clientName ?? "synthdata-test", version: "0.0.0" }, options.client ?? { capabilities: {} });
  options.setup?.(client);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await connectServer(server, serverSide, config.log);
  await client.connect(clientSide);
  return { client, server, config, logged, close: () => client.close() };
}
