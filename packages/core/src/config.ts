import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import type { OpenAIOptions } from "./dataset.js";

/** The environment variables synthdata reads, and nothing else. */
export const ENV_KEYS = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "SYNTHDATA_MODEL", "SYNTHDATA_CACHE_DIR"] as const;
/**
 * What a `.env` file in the working folder may set: the key and where it goes.
 * Anything else there (a cache folder, a model) would let a cloned repository
 * choose for the user: plant cached specs, or spend the key on another model.
 */
export const DOTENV_KEYS = ["OPENAI_API_KEY", "OPENAI_BASE_URL"] as const;
/** Where the platform keeps per-user folders; read from the process environment only, never from `.env`. */
const PLATFORM_DIR_KEYS = ["XDG_CACHE_HOME", "XDG_CONFIG_HOME", "LOCALAPPDATA", "APPDATA"] as const;

export type Env = Readonly<Record<string, string | undefined>>;

export interface EnvironmentReport {
  env: Env;
  /** What the user should know: keys of a `.env` file that were ignored. */
  warnings: string[];
}

/**
 * The one place that reads the key: the process environment, then a `.env`
 * file in the working folder for the key and base URL the environment does
 * not set. The key is only ever handed to the OpenAI client, never logged,
 * cached or written.
 */
export function readEnvironment(env: Env = process.env, cwd: string = process.cwd()): Env {
  return readEnvironmentReport(env, cwd).env;
}

/** readEnvironment, with a warning for each `.env` key that was ignored. */
export function readEnvironmentReport(env: Env = process.env, cwd: string = process.cwd()): EnvironmentReport {
  const fromFile = readDotEnv(join(cwd, ".env"));
  // A .env in a folder someone else wrote (a cloned repository) must not redirect the user's own
  // key: a base URL from the file counts only when the key comes from the same file.
  if (nonEmpty(env.OPENAI_API_KEY) !== undefined) fromFile.delete("OPENAI_BASE_URL");
  const merged: Record<string, string | undefined> = Object.create(null) as Record<string, string | undefined>;
  for (const key of [...ENV_KEYS, ...PLATFORM_DIR_KEYS]) {
    const value = nonEmpty(env[key]) ?? ((DOTENV_KEYS as readonly string[]).includes(key) ? nonEmpty(fromFile.get(key)) : undefined);
    if (value !== undefined) merged[key] = value;
  }
  const ignored = [...fromFile.keys()].filter((k) => !(DOTENV_KEYS as readonly string[]).includes(k));
  const warnings = ignored.length
    ? [`.env sets ${ignored.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40))).join(", ")}${ignored.length > 5 ? ` and ${ignored.length - 5} more` : ""}, which synthdata ignores: a .env file may set only ${DOTENV_KEYS.join(" and ")} (set anything else in the environment)`]
    : [];
  return { env: { ...merged }, warnings };
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

/** The `.env` file's keys and values; keyed by file text, so a Map. */
function readDotEnv(path: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return new Map();
  }
  try {
    const parsed = parseEnv(text) as Record<string, string | undefined>;
    return new Map(Object.keys(parsed).flatMap((k) => (typeof parsed[k] === "string" ? [[k, parsed[k]]] : [])));
  } catch {
    return new Map();
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
