// Registers synthdata's MCP server with VS Code (vscode.lm.registerMcpServerDefinitionProvider,
// VS Code 1.101+), so Copilot's agent mode can call generate_dataset without an mcp.json. On
// older hosts (the API is absent) nothing is registered and the commands work as before.
import * as vscode from "vscode";
import { mcpServerLaunch } from "./mcpServerDefinition.js";
import type { ApiKeyStore } from "./secrets.js";

/** The part of the API this uses; @types/vscode 1.100 (our engines floor) does not declare it yet. */
interface McpApi {
  lm: {
    registerMcpServerDefinitionProvider?(id: string, provider: { onDidChangeMcpServerDefinitions?: vscode.Event<void>; provideMcpServerDefinitions(): unknown[] | Promise<unknown[]> }): vscode.Disposable;
  };
  McpStdioServerDefinition?: new (label: string, command: string, args: string[], env: Record<string, string>, version?: string) => unknown;
}

export const MCP_PROVIDER_ID = "synthdata.mcpServer";

export function registerMcpServer(context: vscode.ExtensionContext, keys: ApiKeyStore, onKeyChange: vscode.Event<void>): void {
  const api = vscode as unknown as McpApi;
  const Definition = api.McpStdioServerDefinition;
  if (!api.lm?.registerMcpServerDefinitionProvider || !Definition) return;
  const version = String((context.extension.packageJSON as { version?: string }).version ?? "0.0.0");
  context.subscriptions.push(
    api.lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, {
      onDidChangeMcpServerDefinitions: onKeyChange,
      provideMcpServerDefinitions: async () => {
        const launch = mcpServerLaunch({ extensionPath: context.extensionPath, execPath: process.execPath, version, apiKey: await keys.get(), trusted: vscode.workspace.isTrusted });
        return [new Definition(launch.label, launch.command, launch.args, launch.env, launch.version)];
      },
    }),
  );
}
