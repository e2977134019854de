import * as vscode from "vscode";
import { checkApiKeyInput } from "../secrets.js";
import type { Session } from "./session.js";

/** Synthetic Data: Set OpenAI API Key: into SecretStorage, never settings.json. */
export async function setApiKeyCommand(session: Session): Promise<void> {
  const key = await vscode.window.showInputBox({
    title: "Synthetic Data: OpenAI API key",
    prompt: "Stored in VS Code's secret storage (encrypted, for this extension only), never in settings.json",
    placeHolder: "sk-...",
    password: true,
    ignoreFocusOut: true,
    validateInput: checkApiKeyInput,
  });
  if (key === undefined) return;
  await session.keys.set(key);
  session.output.info("OpenAI API key stored in secret storage");
  const where = session.settings().baseUrl ?? "the OpenAI API";
  const trusted = vscode.workspace.isTrusted ? "" : " (not in this window: it is in Restricted Mode)";
  void vscode.window.showInformationMessage(`Synthetic Data: API key stored. Schemas will be planned by ${where}${trusted}.`);
}

/** Synthetic Data: Clear API Key. */
export async function clearApiKeyCommand(session: Session): Promise<void> {
  await session.keys.clear();
  session.output.info("OpenAI API key removed from secret storage");
  void vscode.window.showInformationMessage("Synthetic Data: API key removed. Schemas now come from the offline planner.");
}
