import { dirname } from "node:path";
import * as vscode from "vscode";
import { gradePredictionFiles, SynthdataError } from "@synthdata/core";
import { examCardLabel, examCards, gradeText, isCardJson } from "../grading.js";
import { Dismissed, type Session } from "./session.js";

/** Cards searched for in the workspace at most (a monorepo may hold many). */
const MAX_CARDS = 200;

/**
 * Synthetic Data: Grade Predictions: an exam's card (the active `.card.json`, one picked from the
 * workspace, or one chosen on disk) and a CSV of predictions for its exam rows; core re-derives the
 * answers from the card and scores them. The report opens as a new document and goes to the output.
 */
export async function gradePredictionsCommand(session: Session): Promise<void> {
  const card = await pickCard();
  const predictions = await pickPredictions(card);
  const report = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Synthetic Data: grading the predictions...", cancellable: true },
    async (_progress, token) => {
      const controller = new AbortController();
      const subscription = token.onCancellationRequested(() => controller.abort());
      try {
        return await gradePredictionFiles(card.fsPath, predictions.fsPath, { signal: controller.signal });
      } catch (error) {
        if (controller.signal.aborted) throw new SynthdataError("CANCELLED", "grading was cancelled");
        throw error;
      } finally {
        subscription.dispose();
      }
    },
  );
  const root = (vscode.workspace.getWorkspaceFolder(card) ?? vscode.workspace.workspaceFolders?.[0])?.uri.fsPath;
  const text = gradeText(root, card.fsPath, predictions.fsPath, report);
  session.output.info(text.trimEnd());
  const document = await vscode.workspace.openTextDocument({ language: "plaintext", content: text });
  await vscode.window.showTextDocument(document, { preview: false });
  void vscode.window.showInformationMessage(`Synthetic Data: ${report.metric} ${report.score} on ${report.rows.toLocaleString("en-US")} exam rows (baseline ${report.baseline.score}, best possible ${report.ceiling})`);
}

/** The active editor's card, else one of the workspace's exam cards, else one chosen on disk. */
async function pickCard(): Promise<vscode.Uri> {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === "file" && isCardJson(active.fsPath)) return active;
  const found = await vscode.workspace.findFiles("**/*.card.json", "**/node_modules/**", MAX_CARDS);
  const cards = await examCards(found.filter((u) => u.scheme === "file").map((u) => u.fsPath));
  if (cards.length === 0) return browseCard();
  const browse = { label: "$(folder-opened) Choose a card on disk...", description: "" };
  const items = cards.map((card) => {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(card.path));
    return { ...examCardLabel(folder?.uri.fsPath ?? dirname(card.path), card), path: card.path };
  });
  const picked = await vscode.window.showQuickPick<{ label: string; description: string; path?: string }>([...items, browse], {
    title: "Synthetic Data: the exam's card (its answer key)",
    placeHolder: "the <name>.card.json written beside the exam",
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  if (picked === undefined) throw new Dismissed();
  return picked.path === undefined ? browseCard() : vscode.Uri.file(picked.path);
}

async function browseCard(): Promise<vscode.Uri> {
  const picked = await vscode.window.showOpenDialog({
    title: "Synthetic Data: the exam's card (<name>.card.json)",
    openLabel: "Use this card",
    canSelectMany: false,
    filters: { "Dataset card": ["json"] },
    ...(vscode.workspace.workspaceFolders?.[0] ? { defaultUri: vscode.workspace.workspaceFolders[0].uri } : {}),
  });
  if (picked?.[0] === undefined) throw new Dismissed();
  return picked[0];
}

async function pickPredictions(card: vscode.Uri): Promise<vscode.Uri> {
  const picked = await vscode.window.showOpenDialog({
    title: "Synthetic Data: your predictions (a CSV of the exam's row id and your prediction for each row)",
    openLabel: "Grade",
    canSelectMany: false,
    filters: { CSV: ["csv"] },
    defaultUri: vscode.Uri.file(dirname(card.fsPath)),
  });
  if (picked?.[0] === undefined) throw new Dismissed();
  return picked[0];
}
