import * as vscode from "vscode";
import { describeSchema } from "@synthdata/core";
import { askDescription } from "./generateDataset.js";
import type { Session } from "./session.js";

/** Synthetic Data: Preview Schema: the spec as JSON in an editor, to edit and feed to Generate from Schema. */
export async function previewSchemaCommand(session: Session): Promise<void> {
  const description = await askDescription(session);
  const planner = await session.plannerOptions(session.settings());
  const described = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Synthetic Data: planning the schema...", cancellable: true },
    async (_progress, token) => {
      const controller = new AbortController();
      const subscription = token.onCancellationRequested(() => controller.abort());
      try {
        return await describeSchema(description, { ...planner, signal: controller.signal });
      } finally {
        subscription.dispose();
      }
    },
  );
  for (const warning of described.warnings) session.output.warn(`planner: ${warning}`);
  const document = await vscode.workspace.openTextDocument({ language: "json", content: `${JSON.stringify(described.spec, null, 2)}\n` });
  await vscode.window.showTextDocument(document, { preview: false });
  const origin = described.cached || described.source === "cache" ? "from the cache" : "new";
  const message =
    `Schema "${described.spec.title}": ${described.spec.columns.length} columns, ${described.planner} planner (${origin}). ` +
    "Edit it, then run Synthetic Data: Generate from Schema.";
  session.output.info(message);
  const guessed = described.warnings.filter((w) => w.startsWith("guessed: "));
  if (guessed.length > 0) void vscode.window.showWarningMessage(`${message} ${guessed.map((w) => w.replace(/ \(.*$/, "")).join("; ")}.`);
  else void vscode.window.showInformationMessage(message);
}
