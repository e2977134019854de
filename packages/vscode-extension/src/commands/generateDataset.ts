import * as vscode from "vscode";
import { checkDescriptionInput } from "../settings.js";
import { runGeneration } from "./generation.js";
import { askRows, chooseWorkspaceFolder, Dismissed, type Session } from "./session.js";

const LAST_DESCRIPTION = "synthdata.lastDescription";

/** Asks for the dataset description (remembering the last one for this workspace). */
export async function askDescription(session: Session): Promise<string> {
  const description = await vscode.window.showInputBox({
    title: "Synthetic Data: describe the dataset",
    prompt: "Describe the rows in plain English: the columns, their ranges, and what depends on what",
    placeHolder: "e.g. customers with name, email, age, city, plan (basic/pro) and whether they churned",
    value: session.context.workspaceState.get<string>(LAST_DESCRIPTION),
    ignoreFocusOut: true,
    validateInput: checkDescriptionInput,
  });
  if (description === undefined) throw new Dismissed();
  await session.context.workspaceState.update(LAST_DESCRIPTION, description);
  return description.trim();
}

/** Synthetic Data: Generate Dataset. */
export async function generateDatasetCommand(session: Session): Promise<void> {
  const folder = await chooseWorkspaceFolder(vscode.window.activeTextEditor?.document.uri);
  const description = await askDescription(session);
  const rows = await askRows(session.settings(folder).defaultRows);
  await runGeneration(session, { input: { description }, folder, rows });
}
