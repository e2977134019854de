import * as vscode from "vscode";
import { describeSchema } from "@synthdata/core";
import { askDescription } from "./generateDataset.js";
import { schemaSamples, schemaSize } from "./schemaSamples.js";
import type { Session } from "./session.js";

/**
 * Synthetic Data: Preview Schema: the spec as JSON in an editor, to edit and feed to Generate
 * from Schema, and beside it the spec in short with its first rows (nothing is written).
 */
export async function previewSchemaCommand(session: Session): Promise<void> {
  const description = await askDescription(session);
  const settings = session.settings();
  const planner = await session.plannerOptions(settings);
  const { described, samples } = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Synthetic Data: planning the schema...", cancellable: true },
    async (_progress, token) => {
      const controller = new AbortController();
      const subscription = token.onCancellationRequested(() => controller.abort());
      try {
        const described = await describeSchema(description, { ...planner, signal: controller.signal });
        const samples = await schemaSamples(described.spec, { seed: settings.seed, signal: controller.signal });
        return { described, samples };
      } finally {
        subscription.dispose();
      }
    },
  );
  for (const warning of described.warnings) session.output.warn(`planner: ${warning}`);
  const document = await vscode.workspace.openTextDocument({ language: "json", content: `${JSON.stringify(described.spec, null, 2)}\n` });
  await vscode.window.showTextDocument(document, { preview: false });
  const rows = await vscode.workspace.openTextDocument({ language: "plaintext", content: samples.text });
  await vscode.window.showTextDocument(rows, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  const origin = described.cached || described.source === "cache" ? "from the cache" : "new";
  const message =
    `Schema "${described.spec.title}": ${schemaSize(described.spec)}, ${described.planner} planner (${origin}). ` +
    "Edit it, then run Synthetic Data: Generate from Schema.";
  session.output.info(message);
  const guessed = described.warnings.filter((w) => w.startsWith("guessed: "));
  if (guessed.length > 0) void vscode.window.showWarningMessage(`${message} ${guessed.map((w) => w.replace(/ \(.*$/, "")).join("; ")}.`);
  else void vscode.window.showInformationMessage(message);
}
