// The one generation flow behind "Generate Dataset" and "Generate from Schema":
// plan or validate the spec, pick a path inside the workspace, ask before overwriting,
// generate with a cancellable progress notification, open the CSV (or a folder's card), report what was made.
import { access, realpath } from "node:fs/promises";
import { relative, sep } from "node:path";
import * as vscode from "vscode";
import { generateDataset, resolveSpec, SynthdataError, type DatasetInput, type DescribeResult, type GenerateResult } from "@synthdata/core";
import { checkRealPathWithin, freeRunTarget, resolveOutputFolder, runTarget, runTargetTaken } from "../paths.js";
import { describeRun } from "../runStatus.js";
import { Dismissed, type Session } from "./session.js";

export interface GenerationRequest {
  input: DatasetInput;
  folder: vscode.WorkspaceFolder;
  rows: number;
}

export async function runGeneration(session: Session, request: GenerationRequest): Promise<GenerateResult> {
  const root = request.folder.uri.fsPath;
  const settings = session.settings(request.folder);
  const outDir = resolveOutputFolder(root, settings.outputFolder);
  await checkRealPathWithin(root, outDir);
  const planner = await session.plannerOptions(settings);

  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Synthetic Data", cancellable: true },
    async (progress, token) => {
      const controller = new AbortController();
      const subscription = token.onCancellationRequested(() => controller.abort());
      const cancelled = () => new SynthdataError("CANCELLED", "generation was cancelled; no file was written");
      try {
        progress.report({ message: request.input.spec === undefined ? "planning the schema..." : "checking the schema..." });
        const described: DescribeResult = await resolveSpec(request.input, { ...planner, signal: controller.signal });
        for (const warning of described.warnings) session.output.warn(`planner: ${warning}`);
        if (token.isCancellationRequested) throw cancelled();

        // One file, or for a spec of several tables a folder of them (schema.sql and the card beside).
        let target = runTarget(outDir, described.spec, settings.format);
        await checkRealPathWithin(root, target.path);
        let overwrite = false;
        const taken = await runTargetTaken(target, exists);
        if (taken !== undefined) {
          const what = target.folder ? "folder" : "dataset";
          const choice = await vscode.window.showWarningMessage(
            `${relative(root, taken)}${target.folder ? sep : ""} already exists.`,
            { modal: true, detail: `Overwrite it with the new ${what}, or keep both and write the new one under a numbered name?` },
            "Overwrite",
            "Keep Both",
          );
          if (choice === undefined) throw new Dismissed();
          if (choice === "Overwrite") overwrite = true;
          else target = await freeRunTarget(target, exists);
        }
        const exam = settings.exam;
        if (exam && target.folder) session.output.warn("synthdata.exam makes an exam of a one-table dataset; this dataset of several tables is split without one");
        if (token.isCancellationRequested) throw cancelled();

        let reported = 0;
        progress.report({ message: `generating ${request.rows.toLocaleString("en-US")} rows...` });
        const result = await generateDataset(
          { spec: described.spec },
          {
            rows: request.rows,
            seed: settings.seed,
            outPath: target.path,
            overwrite,
            // Checked again on the real path as each file is created and placed: a link swapped in meanwhile is refused.
            allowedFolders: [await realpath(root)],
            signal: controller.signal,
            // The bundle has no worker file: generate on the extension host's thread.
            workers: 1,
            // The card lists what the planner guessed ("guessed: <column>, check it").
            warnings: described.warnings,
            ...(settings.split ? { split: settings.split } : {}),
            ...(exam && !target.folder ? { exam: true } : {}),
            format: settings.format,
            onProgress: (done, total) => {
              const percent = (done / total) * 100;
              progress.report({ increment: percent - reported, message: `${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} rows` });
              reported = percent;
            },
          },
        );
        // Where the spec came from is the planning step's answer, not the re-validation's.
        return { ...result, source: described.source, planner: described.planner, cached: described.cached, warnings: described.warnings };
      } finally {
        subscription.dispose();
      }
    },
  );

  const status = describeRun(root, outcome);
  session.output.info(status);
  if (outcome.tables) {
    // A folder of tables: its card (tables, keys, how they join) opens, the folder is shown in the Explorer.
    if (outcome.files.cardMarkdown) await vscode.window.showTextDocument(vscode.Uri.file(outcome.files.cardMarkdown), { preview: false });
    await vscode.commands.executeCommand("revealInExplorer", vscode.Uri.file(outcome.path));
  } else if (outcome.format === "csv" || outcome.format === "jsonl") {
    // Text formats open in an editor (an exam's file is the exam, the rows to predict).
    await vscode.window.showTextDocument(vscode.Uri.file(outcome.path), { preview: false });
  } else {
    // Parquet and SQLite are binary, so they are shown in the Explorer.
    await vscode.commands.executeCommand("revealInExplorer", vscode.Uri.file(outcome.path));
  }
  vscode.window.setStatusBarMessage(`$(check) ${status}`, 15_000);
  const guessed = outcome.warnings.filter((w) => w.startsWith("guessed: "));
  if (guessed.length > 0) void vscode.window.showWarningMessage(`${status}. ${guessed.map((w) => w.replace(/ \(.*$/, "")).join("; ")} (see the card and the Synthetic Data output)`);
  else void vscode.window.showInformationMessage(status);
  return outcome;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
