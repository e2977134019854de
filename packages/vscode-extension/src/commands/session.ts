// What every command shares: the output channel, the key store, settings, the planner
// choice, the workspace folder to write into, the rows prompt and error reporting.
import * as vscode from "vscode";
import { formatIssues, isSynthdataError, SynthdataError, type DescribeOptions } from "@synthdata/core";
import { languageModelHostModel, pickLanguageModel, type LanguageModelChatLike } from "../languageModel.js";
import { ApiKeyStore, redactKey } from "../secrets.js";
import { choosePlanner, parseRows, readSettings, type ExtensionSettings } from "../settings.js";

const OFFLINE_NOTICE_SHOWN = "synthdata.offlineNoticeShown";

/** A vscode.LanguageModelChat in the plain shape languageModel.ts plans with. */
export function chatOf(model: vscode.LanguageModelChat): LanguageModelChatLike {
  return {
    id: model.id,
    vendor: model.vendor,
    async send(parts, signal) {
      const cancel = new vscode.CancellationTokenSource();
      signal.addEventListener("abort", () => cancel.cancel(), { once: true });
      const messages = parts.map((part) => vscode.LanguageModelChatMessage.User(part));
      const response = await model.sendRequest(messages, { justification: "Synthetic Data asks the model to plan the columns of the dataset you described." }, cancel.token);
      return response.text;
    },
  };
}

/** Thrown (and swallowed) when the user dismisses a prompt: nothing happens, nothing is said. */
export class Dismissed extends Error {
  constructor() {
    super("dismissed");
  }
}

export class Session {
  readonly keys: ApiKeyStore;
  private restrictedNoticeShown = false;

  constructor(
    readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
  ) {
    this.keys = new ApiKeyStore(context.secrets);
  }

  /** The settings for `folder` (or the window), with ignored values logged. */
  settings(folder?: vscode.WorkspaceFolder): ExtensionSettings {
    const { settings, warnings } = readSettings(vscode.workspace.getConfiguration("synthdata", folder?.uri));
    for (const warning of warnings) this.output.warn(warning);
    return settings;
  }

  /**
   * Planner options (see choosePlanner): OpenAI with the key from SecretStorage in a trusted
   * workspace, else the offline planner, said once.
   */
  async plannerOptions(settings: ExtensionSettings): Promise<Pick<DescribeOptions, "planner" | "openai" | "hostModel">> {
    const choice = choosePlanner(settings, await this.keys.get(), vscode.workspace.isTrusted);
    if (choice.reason === "no-key") {
      // No key: VS Code's own model (Copilot) when it offers one; VS Code asks the user's consent on first use.
      const select = typeof vscode.lm?.selectChatModels === "function" ? () => vscode.lm.selectChatModels({ vendor: "copilot" }) : undefined;
      const model = await pickLanguageModel(select, (m) => this.output.info(m));
      if (model) {
        this.output.info(`no OpenAI key: planning with VS Code's language model ${model.vendor}/${model.id}, offline if it cannot`);
        return { planner: "host-model", hostModel: languageModelHostModel(chatOf(model)) };
      }
    }
    if (choice.reason === "restricted") {
      this.output.info("restricted mode: using the offline planner; the OpenAI key is not used in an untrusted workspace");
      if (!this.restrictedNoticeShown) {
        this.restrictedNoticeShown = true;
        void vscode.window.showInformationMessage(
          "Synthetic Data: this workspace is in Restricted Mode, so your OpenAI key is not used here; schemas come from the offline planner.",
        );
      }
    } else if (choice.reason === "no-key" && !this.context.globalState.get<boolean>(OFFLINE_NOTICE_SHOWN)) {
      await this.context.globalState.update(OFFLINE_NOTICE_SHOWN, true);
      void vscode.window
        .showInformationMessage(
          "Synthetic Data: no OpenAI API key is set, so schemas come from the offline planner. Set a key for schemas planned by a model.",
          "Set API Key",
        )
        .then((picked) => picked && vscode.commands.executeCommand("synthdata.setApiKey"));
    }
    if (choice.openai) this.output.info(`planning with ${choice.openai.model ?? "the default model"} at ${new URL(choice.openai.baseURL).host}`);
    return choice.openai ? { planner: choice.planner, openai: choice.openai } : { planner: choice.planner };
  }

  /** Logs an error in full (key redacted) and shows core's message as an error notification. */
  async reportError(error: unknown): Promise<void> {
    if (error instanceof Dismissed) return;
    const key = await this.keys.get().catch(() => undefined);
    if (isSynthdataError(error) && error.code === "CANCELLED") {
      this.output.info("cancelled; no file was written");
      void vscode.window.showInformationMessage("Synthetic Data: cancelled; no file was written.");
      return;
    }
    const message = redactKey(error instanceof Error ? error.message : String(error), key);
    if (isSynthdataError(error)) {
      this.output.error(`[${error.code}] ${message}`);
      if (error.issues.length > 0 && !message.includes(formatIssues(error.issues))) this.output.error(redactKey(formatIssues(error.issues), key));
      if (error.data !== undefined) this.output.error(redactKey(`details: ${JSON.stringify(error.data)}`, key));
    } else {
      this.output.error(redactKey(error instanceof Error && error.stack ? error.stack : message, key));
    }
    const actions = ["Show Details"];
    if (isSynthdataError(error) && (error.code === "OPENAI_AUTH" || error.code === "OPENAI_NOT_CONFIGURED")) actions.unshift("Set API Key");
    const shown = isSynthdataError(error) ? message : `unexpected error: ${message}`;
    const choice = await vscode.window.showErrorMessage(`Synthetic Data: ${oneLine(shown)}`, ...actions);
    if (choice === "Show Details") this.output.show(true);
    if (choice === "Set API Key") await vscode.commands.executeCommand("synthdata.setApiKey");
  }

  /** Runs a command body, turning every failure into a notification. */
  command(body: (...args: unknown[]) => Promise<void>): (...args: unknown[]) => Promise<void> {
    return async (...args) => {
      try {
        await body(...args);
      } catch (error) {
        await this.reportError(error);
      }
    };
  }
}

/** Notifications show one line: issues become `; `-separated, and long text is cut (the output channel has it all). */
function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, "; ");
  return flat.length > 500 ? `${flat.slice(0, 497)}...` : flat;
}

/** The workspace folder to write into: the one holding `near`, the only one, or the one the user picks. */
export async function chooseWorkspaceFolder(near?: vscode.Uri): Promise<vscode.WorkspaceFolder> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    throw new SynthdataError("PATH_NOT_ALLOWED", "open a folder first: Synthetic Data writes datasets only inside the workspace (File > Open Folder)");
  }
  const owner = near ? vscode.workspace.getWorkspaceFolder(near) : undefined;
  const folder = owner ?? (folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: "Folder to write the dataset into" }));
  if (folder === undefined) throw new Dismissed();
  if (folder.uri.scheme !== "file") {
    throw new SynthdataError("PATH_NOT_ALLOWED", `Synthetic Data writes to folders on disk only; ${folder.uri.toString()} is a ${folder.uri.scheme}: folder`);
  }
  return folder;
}

/** Asks how many rows, with the default from settings. */
export async function askRows(defaultRows: number): Promise<number> {
  const text = await vscode.window.showInputBox({
    title: "Synthetic Data: how many rows?",
    prompt: "Number of rows to generate (default from the synthdata.defaultRows setting)",
    placeHolder: "rows, e.g. 1000 or 50k",
    value: String(defaultRows),
    ignoreFocusOut: true,
    validateInput: (value) => {
      const rows = parseRows(value);
      return typeof rows === "number" ? undefined : rows.error;
    },
  });
  if (text === undefined) throw new Dismissed();
  const rows = parseRows(text);
  if (typeof rows !== "number") throw new SynthdataError("INVALID_ARGUMENT", rows.error);
  return rows;
}
