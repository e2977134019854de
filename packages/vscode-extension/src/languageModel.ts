// VS Code's language models (Copilot) as core's HostModel, without importing `vscode`: the thin
// layer in commands/session.ts hands in a chat that sends text parts and streams text back.
import type { HostModel } from "@synthdata/core";

/** What this module needs of a vscode.LanguageModelChat, in plain types. */
export interface LanguageModelChatLike {
  readonly id: string;
  readonly vendor: string;
  /** Sends the parts as user messages (the API has no system role) and streams the answer's text. */
  send(parts: string[], signal: AbortSignal): Promise<AsyncIterable<string>>;
}

/** A spec is a few kilobytes; an answer this long is not one, so reading stops there. */
export const MAX_ANSWER_CHARS = 200_000;

export function languageModelHostModel(chat: LanguageModelChatLike): HostModel {
  return {
    name: `vscode:${chat.vendor}/${chat.id}`,
    async complete(request, { signal }) {
      const stream = await chat.send([request.system, request.user], signal);
      let text = "";
      for await (const part of stream) {
        text += part;
        if (text.length > MAX_ANSWER_CHARS) return { text, model: chat.id, stopReason: "maxTokens" };
        if (signal.aborted) break;
      }
      return { text, model: chat.id };
    },
  };
}

/**
 * The first model the host offers, or undefined (no Copilot, code-server, a host without
 * `vscode.lm`): the offline planner then. `select` is vscode.lm.selectChatModels, when it exists.
 */
export async function pickLanguageModel<M>(select: (() => PromiseLike<readonly M[]>) | undefined, log: (m: string) => void): Promise<M | undefined> {
  if (!select) return undefined;
  try {
    const [model] = await select();
    return model;
  } catch (error) {
    log(`no language model from VS Code (${(error as Error)?.message ?? String(error)}); planning offline`);
    return undefined;
  }
}
