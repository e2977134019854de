import * as vscode from "vscode";
import { SynthdataError } from "@synthdata/core";
import { runGeneration } from "./generation.js";
import { askRows, chooseWorkspaceFolder, type Session } from "./session.js";

/**
 * Synthetic Data: Generate from Schema: the active JSON document (or the file the command
 * was run on from the explorer) is the spec. Core validates it; no planner runs.
 */
export async function generateFromSchemaCommand(session: Session, uri?: unknown): Promise<void> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (document === undefined) {
    throw new SynthdataError("INVALID_ARGUMENT", "open a schema JSON document first (Synthetic Data: Preview Schema makes one), then run Generate from Schema");
  }
  const spec = parseSpecDocument(document.getText(), document.uri.scheme === "untitled" ? "the schema document" : vscode.workspace.asRelativePath(document.uri));
  const folder = await chooseWorkspaceFolder(document.uri.scheme === "file" ? document.uri : vscode.window.activeTextEditor?.document.uri);
  const rows = await askRows(session.settings(folder).defaultRows);
  await runGeneration(session, { input: { spec }, folder, rows });
}

/** The document's JSON, or an INVALID_SPEC error that says where the syntax breaks. */
export function parseSpecDocument(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SynthdataError("INVALID_SPEC", `${name} is not valid JSON (${(error as Error).message}); fix it, or run Synthetic Data: Preview Schema for a fresh one`);
  }
}
