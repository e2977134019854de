// The `synthdata.*` settings, read and checked. Pure (no `vscode` import): the extension
// hands in its WorkspaceConfiguration, tests hand in a plain object.
import { DEFAULT_ROWS, SynthdataError, isOutputFormat, type OutputFormat } from "@synthdata/core";

/** Rows the extension generates at most in one run: a typo (1e9) must not fill the disk or freeze the editor. */
export const MAX_ROWS_VSCODE = 10_000_000;
export const DEFAULT_OUTPUT_FOLDER = "data";

/** The part of vscode.WorkspaceConfiguration the extension reads. */
export interface SettingsSource {
  get<T>(section: string): T | undefined;
  inspect<T>(section: string): { defaultValue?: T; globalValue?: T; workspaceValue?: T; workspaceFolderValue?: T } | undefined;
}

export interface ExtensionSettings {
  /** OpenAI model; from user settings only, undefined for synthdata's default model. */
  model: string | undefined;
  /** OpenAI-compatible base URL; from user settings only, undefined for the default endpoint. */
  baseUrl: string | undefined;
  defaultRows: number;
  outputFolder: string;
  /** undefined: a fresh seed each run (reported, so the run can be repeated). */
  seed: number | undefined;
  /** Share of rows in the train file; undefined: no split. */
  split: { train: number } | undefined;
  /** What the data file is: csv (default), jsonl, parquet or sqlite. */
  format: OutputFormat;
  /** With a split: write an exam (train file with the target, exam file without it, the card as answer key). */
  exam: boolean;
}

export interface ReadSettings {
  settings: ExtensionSettings;
  /** Values that were ignored and why, for the output channel. */
  warnings: string[];
}

/**
 * Reads the settings. `model` and `baseUrl` are taken from the user (global) settings only:
 * a cloned repository's `.vscode/settings.json` could otherwise send the user's key to its own server.
 */
export function readSettings(source: SettingsSource): ReadSettings {
  const warnings: string[] = [];

  const userOnly = (key: "model" | "baseUrl"): string | undefined => {
    const inspected = source.inspect<string>(key);
    if (inspected?.workspaceValue !== undefined || inspected?.workspaceFolderValue !== undefined) {
      warnings.push(`synthdata.${key} is set in the workspace settings and was ignored; set it in your user settings`);
    }
    const value = inspected?.globalValue;
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };

  const model = userOnly("model");
  const baseUrl = userOnly("baseUrl");
  if (baseUrl !== undefined) checkBaseUrl(baseUrl);

  let defaultRows = DEFAULT_ROWS;
  const rows = source.get<unknown>("defaultRows");
  if (rows !== undefined && rows !== null) {
    if (isWholeNumber(rows, 1, MAX_ROWS_VSCODE)) defaultRows = rows;
    else warnings.push(`synthdata.defaultRows must be a whole number from 1 to ${MAX_ROWS_VSCODE}, got ${JSON.stringify(rows)}; using ${DEFAULT_ROWS}`);
  }

  let outputFolder = DEFAULT_OUTPUT_FOLDER;
  const folder = source.get<unknown>("outputFolder");
  if (typeof folder === "string" && folder.trim() !== "") outputFolder = folder.trim();
  else if (folder !== undefined && folder !== null && folder !== "") warnings.push(`synthdata.outputFolder must be a folder path, got ${JSON.stringify(folder)}; using "${DEFAULT_OUTPUT_FOLDER}"`);

  let seed: number | undefined;
  const seedValue = source.get<unknown>("seed");
  if (seedValue !== undefined && seedValue !== null) {
    if (isWholeNumber(seedValue, 0, 2 ** 32 - 1)) seed = seedValue;
    else warnings.push(`synthdata.seed must be a whole number from 0 to ${2 ** 32 - 1} or null, got ${JSON.stringify(seedValue)}; using a fresh seed`);
  }

  let split: { train: number } | undefined;
  const splitValue = source.get<unknown>("split");
  if (splitValue !== undefined && splitValue !== null) {
    if (typeof splitValue === "number" && splitValue >= 0.5 && splitValue <= 0.95) split = { train: splitValue };
    else warnings.push(`synthdata.split must be the train share from 0.5 to 0.95 or null, got ${JSON.stringify(splitValue)}; not splitting`);
  }

  let format: OutputFormat = "csv";
  const formatValue = source.get<unknown>("format");
  if (isOutputFormat(formatValue)) format = formatValue;
  else if (formatValue !== undefined && formatValue !== null) warnings.push(`synthdata.format must be csv, jsonl, parquet or sqlite, got ${JSON.stringify(formatValue)}; using csv`);

  let exam = false;
  const examValue = source.get<unknown>("exam");
  if (typeof examValue === "boolean") exam = examValue;
  else if (examValue !== undefined && examValue !== null) warnings.push(`synthdata.exam must be true or false, got ${JSON.stringify(examValue)}; not making an exam`);
  if (exam && split === undefined) {
    warnings.push("synthdata.exam needs synthdata.split (e.g. 0.8): the test rows become the exam; writing the whole file without an exam");
    exam = false;
  }

  return { settings: { model, baseUrl, defaultRows, outputFolder, seed, split, format, exam }, warnings };
}

function checkBaseUrl(value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SynthdataError("INVALID_ARGUMENT", `synthdata.baseUrl "${value}" is not a URL; set it to e.g. https://api.openai.com/v1 in your user settings, or clear it`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SynthdataError("INVALID_ARGUMENT", `synthdata.baseUrl must start with https:// or http://, got "${value}"; fix it in your user settings`);
  }
}

function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * The row count typed into the input box: digits, optionally grouped with `,` `_` or
 * spaces ("10,000"), or with a k/m suffix ("50k"). Returns the number or a message saying what to type.
 */
export function parseRows(text: string, max = MAX_ROWS_VSCODE): number | { error: string } {
  const compact = text.trim().replace(/[\s,_]/g, "").toLowerCase();
  const match = /^(\d+(?:\.\d+)?)([km]?)$/.exec(compact);
  const hint = `type a whole number from 1 to ${max.toLocaleString("en-US")}, e.g. 1000 or 50k`;
  if (!match) return { error: hint };
  const multiplier = match[2] === "k" ? 1_000 : match[2] === "m" ? 1_000_000 : 1;
  const rows = Number(match[1]) * multiplier;
  if (!Number.isInteger(rows) || rows < 1 || rows > max) return { error: hint };
  return rows;
}

/** The description typed into the input box, or a message saying what is wrong. */
export function checkDescriptionInput(text: string): string | undefined {
  if (text.trim() === "") return 'describe the dataset, e.g. "customers with name, email, age and city"';
  if (text.length > 4000) return `the description is ${text.length} characters; keep it under 4000`;
  return undefined;
}

/** Where schemas are planned when a key is set and `synthdata.baseUrl` is empty. */
export const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";

export interface PlannerChoice {
  planner: "offline" | "openai";
  openai?: { apiKey: string; baseURL: string; model: string | undefined };
  /** Why the offline planner was chosen, when it was. */
  reason?: "restricted" | "no-key";
}

/**
 * The planner for a run: OpenAI only with a key from SecretStorage in a trusted workspace.
 * The base URL is always explicit (the user's setting or OpenAI's), so nothing else that
 * core might read (OPENAI_BASE_URL in the environment or a `.env` file in the extension
 * host's working folder) can send the key elsewhere.
 */
export function choosePlanner(settings: Pick<ExtensionSettings, "baseUrl" | "model">, apiKey: string | undefined, trusted: boolean): PlannerChoice {
  if (!trusted) return { planner: "offline", reason: "restricted" };
  if (apiKey === undefined) return { planner: "offline", reason: "no-key" };
  return { planner: "openai", openai: { apiKey, baseURL: settings.baseUrl ?? OPENAI_DEFAULT_BASE_URL, model: settings.model } };
}
