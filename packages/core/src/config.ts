import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import type { OpenAIOptions } from "./dataset.js";

/** The environment variables synthdata reads, and nothing else. */
export const ENV_KEYS = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "SYNTHDATA_MODEL", "SYNTHDATA_CACHE_DIR"] as const;

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The one place that reads the key: the process environment, then a `.env`
 * file in the working folder for what the environment does not set. The key is
 * only ever handed to the OpenAI client, never logged, cached or written.
 */
export function readEnvironment(env: Env = process.env, cwd: string = process.cwd()): Env {
  const fromFile = readDotEnv(join(cwd, ".env"));
  // A .env in a folder someone else wrote (a cloned repository) must not redirect the user's own
  // key: a base URL from the file counts only when the key comes from the same file.
  if (nonEmpty(env.OPENAI_API_KEY) !== undefined) delete fromFile.OPENAI_BASE_URL;
  const merged: Record<string, string | undefined> = {};
  for (const key of ENV_KEYS) {
    const value = nonEmpty(env[key]) ?? nonEmpty(fromFile[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** OpenAI settings from the environment; fields the caller passed win. */
export function openAIOptionsFrom(env: Env, given: OpenAIOptions = {}): OpenAIOptions {
  return {
    ...given,
    apiKey: nonEmpty(given.apiKey) ?? env.OPENAI_API_KEY,
    baseURL: nonEmpty(given.baseURL) ?? env.OPENAI_BASE_URL,
    model: nonEmpty(given.model) ?? env.SYNTHDATA_MODEL,
  };
}

function readDotEnv(path: string): Record<string, string | undefined> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return {};
  }
  try {
    return parseEnv(text) as Record<string, string | undefined>;
  } catch {
    return {};
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
