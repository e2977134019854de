// What VS Code needs to start synthdata's MCP server for Copilot's agent mode: kept free of
// the `vscode` import so it is tested with a plain runner (test/mcp-server-definition.test.ts).
import { join } from "node:path";

export interface McpServerLaunch {
  label: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  version: string;
}

/**
 * The MCP server ships inside the extension (dist/mcp/, the same bundle as the npm package).
 * It runs on the extension host's own runtime: `process.execPath` is Node in code-server and
 * VS Code's Electron binary on the desktop, which ELECTRON_RUN_AS_NODE turns into Node, so
 * users need no Node of their own. Files go into the workspace folders, which VS Code sends
 * as MCP roots. The key is passed only when the user stored one and the workspace is trusted.
 */
export function mcpServerLaunch(options: { extensionPath: string; execPath: string; version: string; apiKey: string | undefined; trusted: boolean }): McpServerLaunch {
  const env: Record<string, string> = { ELECTRON_RUN_AS_NODE: "1" };
  if (options.apiKey && options.trusted) env["OPENAI_API_KEY"] = options.apiKey;
  return {
    label: "synthdata",
    command: options.execPath,
    args: [join(options.extensionPath, "dist", "mcp", "main.js"), ...(options.trusted ? [] : ["--planner", "offline"])],
    env,
    version: options.version,
  };
}
