import * as vscode from "vscode";
import { clearApiKeyCommand, setApiKeyCommand } from "./commands/apiKey.js";
import { generateDatasetCommand } from "./commands/generateDataset.js";
import { generateFromSchemaCommand } from "./commands/generateFromSchema.js";
import { gradePredictionsCommand } from "./commands/gradePredictions.js";
import { previewSchemaCommand } from "./commands/previewSchema.js";
import { Session } from "./commands/session.js";
import { chatHandler } from "./commands/chatParticipant.js";
import { registerMcpServer } from "./mcpServer.js";

/** Registers the commands and the MCP server definition; everything else happens when one runs. */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel("Synthetic Data", { log: true });
  const session = new Session(context, output);
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("synthdata.generateDataset", session.command(() => generateDatasetCommand(session))),
    vscode.commands.registerCommand("synthdata.previewSchema", session.command(() => previewSchemaCommand(session))),
    vscode.commands.registerCommand("synthdata.generateFromSchema", session.command((uri) => generateFromSchemaCommand(session, uri))),
    vscode.commands.registerCommand("synthdata.gradePredictions", session.command(() => gradePredictionsCommand(session))),
    vscode.commands.registerCommand("synthdata.setApiKey", session.command(() => setApiKeyCommand(session))),
    vscode.commands.registerCommand("synthdata.clearApiKey", session.command(() => clearApiKeyCommand(session))),
  );
  // @synthdata in the chat view, where this VS Code has chat participants.
  if (typeof vscode.chat?.createChatParticipant === "function") {
    const participant = vscode.chat.createChatParticipant("synthdata.chat", chatHandler(session));
    participant.iconPath = vscode.Uri.joinPath(context.extensionUri, "icon.png");
    context.subscriptions.push(participant);
  }
  // The MCP server definition changes with the stored key and with workspace trust.
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(changed, context.secrets.onDidChange(() => changed.fire()), vscode.workspace.onDidGrantWorkspaceTrust(() => changed.fire()));
  registerMcpServer(context, session.keys, changed.event);
}

export function deactivate(): void {}
