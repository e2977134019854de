// The one generation flow behind "Generate Dataset" and "Generate from Schema":
// plan or validate the spec, pick a path inside the workspace, ask before overwriting,
// generate with a cancellable progress notification, open the CSV, report what was made.
import { access, realpath } from "node:fs/promises";
import { join, relative } from "node:path";
import * as vscode from "vscode";
import { FORMAT_EXTENSION, generateDataset, resolveSpec, suggestFilename, SynthdataError, type DatasetInput, type DescribeResult, type GenerateResult } from "@synthdata/core";
import { checkRealPathWithin, freeFileName, resolveOutputFolder } from "../paths.js";
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

        let target = join(outDir, suggestFilename(described.spec.title, FORMAT_EXTENSION[settings.format]));
        await checkRealPathWithin(root, target);
        let overwrite = false;
        if (await exists(target)) {
          const choice = await vscode.window.showWarningMessage(
            `${relative(root, target)} already exists.`,
            { modal: true, detail: "Overwrite it with the new dataset, or keep both and write the new one under a numbered name?" },
            "Overwrite",
            "Keep Both",
          );
          if (choice === undefined) throw new Dismissed();
          if (choice === "Overwrite") overwrite = true;
          else target = await freeFileName(outDir, suggestFilename(described.spec.title, FORMAT_EXTENSION[settings.format]), exists);
        }
        if (token.isCancellationRequested) throw cancelled();

        let reported = 0;
        progress.report({ message: `generating ${request.rows.toLocaleString("en-US")} rows...` });
        const result = await generateDataset(
          { spec: described.spec },
          {
            rows: request.rows,
            seed: settings.seed,
            outPath: target,
            overwrite,
            // Checked again on the real path as each file is created and placed: a link swapped in meanwhile is refused.
            allowedFolders: [await realpath(root)],
            signal: controller.signal,
            // The bundle has no worker file: generate on the extension host's thread.
            workers: 1,
            // The card lists what the planner guessed ("guessed: <column>, check it").
            warnings: described.warnings,
            ...(settings.split ? { split: settings.split } : {}),
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
  // Text formats open in an editor; Parquet and SQLite are binary, so they are shown in the Explorer.
  if (outcome.format === "csv" || outcome.format === "jsonl") await vscode.window.showTextDocument(vscode.Uri.file(outcome.path), { preview: false });
  else await vscode.commands.executeCommand("revealInExplorer", vscode.Uri.file(outcome.path));
  vscode.window.setStatusBarMessage(`$(check) ${status}`, 15_000);
  const guessed = outcome.warnings.filter((w) => w.startsWith("guessed: "));
  if (guessed.length > 0) void vscode.window.showWarningMessage(`${status}. ${guessed.map((w) => w.replace(/ \(.*$/, "")).join("; ")} (see the card and the Synthetic Data output)`);
  else void vscode.window.showInformationMessage(status);
  return outcome;
}

/** "Wrote data/customers.csv: 1,000 rows x 6 columns, seed 42, offline planner (spec from the cache)". */
export function describeRun(root: string, result: GenerateResult): string {
  const planner = result.planner === "spec" ? "schema from your document" : `${result.planner} planner`;
  const origin = result.planner === "spec" ? "" : result.cached || result.source === "cache" ? " (spec from the cache)" : " (new spec)";
  const extra = [result.files?.train, result.files?.test].filter((f): f is string => f !== undefined).map((f) => relative(root, f));
  return (
    `Wrote ${relative(root, result.path)}: ${result.rows.toLocaleString("en-US")} rows x ${result.columns.length} columns, ` +
    `seed ${result.seed}, ${planner}${origin}` +
    (extra.length > 0 ? `; split into ${extra.join(" and ")}` : "")
  );
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
