import { mkdir, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ListRootsRequestSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { mcpServerLaunch } from "../src/mcpServerDefinition.js";

/**
 * The MCP server definition the extension gives VS Code (for Copilot's agent mode) starts a
 * working server from the built extension, writing into the workspace folders sent as roots.
 */
const EXTENSION = fileURLToPath(new URL("..", import.meta.url));

describe("MCP server definition", () => {
  it("starts the bundled server on the host's runtime and writes into the workspace root", async () => {
    const launch = mcpServerLaunch({ extensionPath: EXTENSION, execPath: process.execPath, version: "0.1.0", apiKey: undefined, trusted: true });
    expect(launch.env).toEqual({ ELECTRON_RUN_AS_NODE: "1" });
    const workspace = await mkdtemp(join(tmpdir(), "synthdata-vscode-mcp-"));
    await mkdir(join(workspace, "data"));
    const transport = new StdioClientTransport({
      command: launch.command,
      args: launch.args,
      env: { PATH: process.env["PATH"] ?? "", SYNTHDATA_CACHE_DIR: join(workspace, ".cache"), ...launch.env },
      cwd: tmpdir(),
      stderr: "pipe",
    });
    const client = new Client({ name: "vscode-like", version: "1.101.0" }, { capabilities: { roots: { listChanged: true } } });
    client.setRequestHandler(ListRootsRequestSchema, () => ({ roots: [{ uri: `file://${workspace}`, name: "workspace" }] }));
    await client.connect(transport);
    try {
      const result = (await client.callTool({ name: "generate_dataset", arguments: { description: "support tickets with priority (low/high), channel and whether they were resolved", rows: 80, output_path: "data/tickets.csv" } })) as CallToolResult;
      expect(result.isError).toBeFalsy();
      expect((await readFile(join(workspace, "data", "tickets.csv"), "utf8")).trim().split("\n")).toHaveLength(81);
    } finally {
      await client.close();
    }
  });

  it("passes the stored key only in a trusted workspace, and plans offline otherwise", () => {
    const base = { extensionPath: EXTENSION, execPath: "/bin/node", version: "0.1.0", apiKey: "sk-test-0123456789abcdef" };
    expect(mcpServerLaunch({ ...base, trusted: true }).env["OPENAI_API_KEY"]).toBe(base.apiKey);
    const untrusted = mcpServerLaunch({ ...base, trusted: false });
    expect(untrusted.env["OPENAI_API_KEY"]).toBeUndefined();
    expect(untrusted.args.slice(-2)).toEqual(["--planner", "offline"]);
  });
});
