// The OpenAI API key lives in VS Code's SecretStorage (encrypted, per extension), never in settings.
import type { SecretStorage } from "vscode";
import { redactSecrets } from "@synthdata/core";

const SECRET_KEY = "synthdata.openaiApiKey";

export class ApiKeyStore {
  constructor(private readonly secrets: SecretStorage) {}

  async get(): Promise<string | undefined> {
    const key = await this.secrets.get(SECRET_KEY);
    return key === undefined || key.trim() === "" ? undefined : key;
  }

  async set(key: string): Promise<void> {
    await this.secrets.store(SECRET_KEY, key.trim());
  }

  async clear(): Promise<void> {
    await this.secrets.delete(SECRET_KEY);
  }
}

/** What the key input box accepts: one token, no spaces, not obviously truncated. */
export function checkApiKeyInput(text: string): string | undefined {
  const key = text.trim();
  if (key === "") return "paste your OpenAI API key (it starts with sk-)";
  if (/\s/.test(key)) return "an API key has no spaces or line breaks; paste the key alone";
  if (key.length < 20) return "that is too short for an API key; paste the whole key";
  return undefined;
}

/** Replaces every occurrence of the key in `text` (belt and braces: core never puts it in a message). */
export function redactKey(text: string, key: string | undefined): string {
  return redactSecrets(text, key, "[redacted]");
}
