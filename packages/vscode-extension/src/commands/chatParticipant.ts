import { access, realpath } from "node:fs/promises";
import { relative } from "node:path";
import * as vscode from "vscode";
import { describeSchema, generateDataset, type DescribeOptions } from "@synthdata/core";
import { chatSummary, parseChatPrompt } from "../chatPrompt.js";
import { languageModelHostModel } from "../languageModel.js";
import { checkRealPathWithin, freeRunTarget, resolveOutputFolder, runTarget, runTargetTaken } from "../paths.js";
import { checkDescriptionInput } from "../settings.js";
import { chatOf, type Session } from "./session.js";

/**
 * @synthdata in the chat view: "@synthdata churn data for a gym, 5000 rows" plans the spec (with the
 * chat's own model when no key is set), writes the CSV and card (a folder of them for several tables)
 * into the workspace under a free name, and answers with the first rows. Nothing is replaced: a taken name gets a number.
 */
export function chatHandler(session: Session): vscode.ChatRequestHandler {
  return async (request, _context, stream, token) => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      stream.markdown("Open a folder first: the dataset is written into the workspace.");
      return;
    }
    const ask = parseChatPrompt(request.prompt);
    const invalid = checkDescriptionInput(ask.description);
    if (invalid) {
      stream.markdown(`${invalid}. For example: \`@synthdata churn data for a gym, 5000 rows\``);
      return;
    }
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    try {
      const settings = session.settings(folder);
      let planner: Pick<DescribeOptions, "planner" | "openai" | "hostModel"> = await session.plannerOptions(settings);
      // The model the person picked for this chat plans when no OpenAI key is in use.
      if (planner.planner !== "openai" && vscode.workspace.isTrusted) planner = { planner: "host-model", hostModel: languageModelHostModel(chatOf(request.model)) };
      stream.progress("Planning the columns...");
      const described = await describeSchema(ask.description, { ...planner, signal: controller.signal });
      const root = folder.uri.fsPath;
      const outDir = resolveOutputFolder(root, settings.outputFolder);
      // One file, or a folder for several tables; a taken name gets a number.
      const exists = (p: string) => access(p).then(() => true, () => false);
      const first = runTarget(outDir, described.spec, settings.format);
      const target = (await runTargetTaken(first, exists)) === undefined ? first : await freeRunTarget(first, exists);
      await checkRealPathWithin(root, target.path);
      const rows = ask.rows ?? settings.defaultRows;
      stream.progress(`Writing ${rows.toLocaleString("en-US")} rows...`);
      const result = await generateDataset(
        { spec: described.spec },
        { rows, seed: settings.seed, outPath: target.path, format: settings.format, allowedFolders: [await realpath(root)], signal: controller.signal, workers: 1, previewRows: 5 },
      );
      stream.markdown(chatSummary(relative(root, result.path), { ...result, planner: described.planner, source: described.source, warnings: described.warnings }));
      stream.reference(vscode.Uri.file(result.path));
      session.output.info(`chat: wrote ${relative(root, result.path)} (${described.planner} planner)`);
    } catch (error) {
      if (!controller.signal.aborted) await session.reportError(error);
      stream.markdown(controller.signal.aborted ? "Cancelled; no file was written." : `Could not make the dataset: ${(error as Error).message}`);
    } finally {
      subscription.dispose();
    }
  };
}
