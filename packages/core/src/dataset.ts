import { join } from "node:path";
import { suggestFilename } from "./csv/filename.js";
import { SynthdataError } from "./errors.js";
import { writeDataset } from "./pipeline/run.js";
import { isMultiTable } from "./tables/flatten.js";
import { generateTables } from "./tables/door.js";
import { checkRows, checkSeed, DEFAULT_ROWS } from "./options.js";
import type { SpecSource } from "./planners/planner.js";
import type { HostModel } from "./planners/llm/hostModelPlanner.js";
import { describeSchema } from "./describe.js";
import type { DatasetSpec } from "./spec/schema.js";
import type { ScenarioKind } from "./scenarios/kinds.js";
import { checkScenarioNames, withScenarios } from "./scenarios/request.js";
import { expandScenarios } from "./scenarios/expand.js";
import type { DatasetCard } from "./card/card.js";
import { resolveFormat, withFormatExtension, type OutputFormat } from "./sinks/formats.js";

/** host-model: the door's own model (never OpenAI, whatever the environment holds), else offline. */
export type PlannerChoice = "auto" | "offline" | "openai" | "host-model";

/** How to reach an OpenAI-compatible API. Doors pass what they read (env, SecretStorage); core reads nothing else. */
export interface OpenAIOptions {
  apiKey?: string | undefined;
  baseURL?: string | undefined;
  model?: string | undefined;
  /** Per-request timeout; kept under the 30 s budget. */
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
}

export interface DescribeOptions {
  /** auto: OpenAI when a key is given (options.openai.apiKey or OPENAI_API_KEY), else offline. */
  planner?: PlannerChoice;
  signal?: AbortSignal;
  openai?: OpenAIOptions;
  /** The schema cache folder; defaults to SYNTHDATA_CACHE_DIR or the user's cache directory. */
  cacheDir?: string | undefined;
  /** false skips the cache (neither read nor written). */
  useCache?: boolean;
  /**
   * The door's model (MCP sampling, VS Code's language models): with `auto` and no
   * OpenAI key, it plans; when it fails, refuses or answers no valid spec, the
   * offline planner does, with a warning saying why.
   */
  hostModel?: HostModel | undefined;
}

export interface DescribeResult {
  spec: DatasetSpec;
  /** Where this spec came from this time: the cache, a planner, or a spec handed in. */
  source: SpecSource;
  /** The planner that made the spec ("spec" when one was handed in). */
  planner: "offline" | "openai" | "host-model" | "spec";
  cached: boolean;
  warnings: string[];
}

/** Either a description to plan, or a spec (from a file, an assistant, a cache). */
export type DatasetInput = { description: string; spec?: undefined } | { spec: unknown; description?: string };

export interface GenerateOptions extends DescribeOptions {
  rows?: number;
  seed?: number;
  /** Where the CSV goes. Without it, a free name made from the title in `outDir`. */
  outPath?: string | undefined;
  /**
   * Without `outPath`: the folder (default: the working folder) where the CSV gets the
   * first free name of `<title>.csv`, `<title>-2.csv`... claimed atomically, so
   * concurrent runs (in any process) never get the same one.
   */
  outDir?: string | undefined;
  /** Replace `outPath` and its side files if they exist (otherwise OUTPUT_EXISTS). */
  overwrite?: boolean;
  /** Realpaths of the folders the files must stay in, checked on the real path at each write (MCP's output folder). */
  allowedFolders?: readonly string[] | undefined;
  /** Called after each chunk with rows written so far. */
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
  /** How many rows to return as a preview (CSV cell text). */
  previewRows?: number;
  /** Also write <name>.train.csv and <name>.test.csv: `train` is the share of rows in train (0.5..0.95). */
  split?: { train: number; by?: "random" | "time" } | undefined;
  /** worker_threads to generate with: 1 keeps it all on this thread (bundles without the worker file); default picks by rows and cores. */
  workers?: number;
  /** Start the CSV files with a UTF-8 byte order mark (Excel on Windows reads UTF-8 without one as ANSI). */
  bom?: boolean;
  /** Write <name>.card.md and <name>.card.json beside the CSV (default true). */
  card?: boolean;
  /** Warnings to list in the card besides the planner's own: a door that planned first and passes the spec gives the planner's warnings here. */
  warnings?: string[] | undefined;
  /**
   * csv, jsonl, parquet or sqlite; without it, what `outPath`'s extension names, else csv.
   * Given and named differently (`parquet` for `x.csv`) is INVALID_ARGUMENT.
   */
  format?: OutputFormat | undefined;
  /** Teaching scenarios to build in (leak, confounder, paradox, multicollinear, nonlinear, imbalance, drift), on top of any the spec has. */
  scenario?: readonly ScenarioKind[] | undefined;
  /**
   * Exam mode (needs `split`): `<name>.train.<ext>` with the target, `<name>.exam.<ext>` without it
   * (each row with an id), the card; no whole data file or test file. Graded with `gradePredictions`.
   */
  exam?: boolean | undefined;
}

export interface GenerateResult extends DescribeResult {
  path: string;
  format: OutputFormat;
  rows: number;
  seed: number;
  columns: string[];
  bytes: number;
  preview: string[][];
  /** Every file written by the run (the CSV, and the card and split files when asked for; exam mode: train, exam and card). */
  files: DatasetFiles;
  /** The dataset card (also written beside the CSV unless `card: false`). */
  card?: DatasetCard;
  /** A dataset of several tables: each table's file and rows (`path` is then their folder, `files.csv` the root table's). */
  tables?: Record<string, { file: string; rows: number }>;
  /** A dataset of several tables: the CREATE TABLE statements written as schema.sql. */
  schemaSqlFile?: string;
}

export interface DatasetFiles {
  /** The data file, whatever its format (the key predates the other formats); in exam mode, the exam file. */
  csv: string;
  /** Exam mode: the test rows without the target, each with a row id (the learner's to predict). */
  exam?: string;
  cardJson?: string;
  cardMarkdown?: string;
  train?: string;
  test?: string;
}

/** Resolves the input to a validated spec (planning a description if needed). */
export async function resolveSpec(input: DatasetInput, options: DescribeOptions = {}): Promise<DescribeResult> {
  if (input.spec !== undefined) {
    // Loaded here, not at start-up: a cached run never needs the validator (zod).
    const { parseSpec } = await import("./spec/validate.js");
    return { spec: parseSpec(input.spec), source: "spec", planner: "spec", cached: false, warnings: [] };
  }
  return describeSchema(input.description ?? "", options);
}

/** Plans (if needed), generates and writes the CSV (and its card and split files) atomically. */
export async function generateDataset(input: DatasetInput, options: GenerateOptions = {}): Promise<GenerateResult> {
  const rows = checkRows(options.rows ?? DEFAULT_ROWS);
  const seed = checkSeed(options.seed);
  // Before planning: a format that contradicts the file name is the caller's to fix, and costs no API call.
  const format = resolveFormat(options.format, options.outPath);
  const described = await withAskedScenarios(await resolveSpec(input, options), options.scenario);
  if (isMultiTable(described.spec)) return generateTables(described, input, options, { rows, seed, format });
  if (options.outPath !== undefined && /[\\/]$/.test(options.outPath)) {
    throw new SynthdataError("INVALID_ARGUMENT", `${options.outPath} names a folder, but this dataset is one table, written as one file: name the file, e.g. ${join(options.outPath, withFormatExtension(suggestFilename(described.spec.title), format))}`);
  }
  const path = options.outPath ?? join(options.outDir ?? ".", withFormatExtension(suggestFilename(described.spec.title), format));
  const run = await writeDataset(described.spec, path, {
    rows,
    seed,
    signal: options.signal,
    onProgress: options.onProgress,
    previewRows: options.previewRows,
    split: options.split,
    card: options.card,
    overwrite: options.overwrite,
    freeName: options.outPath === undefined,
    allowedFolders: options.allowedFolders,
    description: input.description,
    warnings: [...described.warnings, ...(options.warnings ?? [])],
    workers: options.workers,
    bom: options.bom,
    format,
    exam: options.exam,
  });
  return { ...described, path: run.files.csv, format, rows, seed, columns: expandScenarios(described.spec).columns.map((c) => c.name), ...run };
}

/** The described spec with the scenarios a door asked for added, validated again (a leak needs a target...). */
async function withAskedScenarios(described: DescribeResult, kinds: readonly ScenarioKind[] | undefined): Promise<DescribeResult> {
  if (!kinds || kinds.length === 0) return described;
  const spec = withScenarios(described.spec, checkScenarioNames(kinds));
  if (spec === described.spec) return described;
  const { parseSpec } = await import("./spec/validate.js");
  return { ...described, spec: parseSpec(spec) };
}
