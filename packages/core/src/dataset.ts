import { CsvEncoder } from "./csv/encode.js";
import { suggestFilename } from "./csv/filename.js";
import { writeFileAtomic } from "./csv/write.js";
import { SynthdataError } from "./errors.js";
import { compileSpec, generateBlocks, type CompiledSpec } from "./generate/generator.js";
import { checkDescription, checkRows, checkSeed, DEFAULT_ROWS } from "./options.js";
import { offlinePlanner } from "./planners/offline/offlinePlanner.js";
import type { Planner, SpecSource } from "./planners/planner.js";
import type { Block } from "./generate/types.js";
import type { DatasetSpec } from "./spec/schema.js";
import type { DatasetCard } from "./card/card.js";
import { parseSpec } from "./spec/validate.js";

export type PlannerChoice = "auto" | "offline" | "openai";

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
}

export interface DescribeResult {
  spec: DatasetSpec;
  /** Where this spec came from this time: the cache, a planner, or a spec handed in. */
  source: SpecSource;
  /** The planner that made the spec ("spec" when one was handed in). */
  planner: "offline" | "openai" | "spec";
  cached: boolean;
  warnings: string[];
}

/** The spec a description becomes. */
export async function describeSchema(description: string, options: DescribeOptions = {}): Promise<DescribeResult> {
  const text = checkDescription(description);
  const planner = choosePlanner(options.planner ?? "auto");
  const result = await planner.plan(text, options.signal ? { signal: options.signal } : {});
  return { spec: result.spec, source: planner.name, planner: planner.name, cached: false, warnings: result.warnings };
}

function choosePlanner(choice: PlannerChoice): Planner {
  if (choice === "openai") {
    throw new SynthdataError("OPENAI_NOT_CONFIGURED", "the OpenAI planner is not available in this build; use --planner offline");
  }
  return offlinePlanner;
}

/** Either a description to plan, or a spec (from a file, an assistant, a cache). */
export type DatasetInput = { description: string; spec?: undefined } | { spec: unknown; description?: string };

export interface GenerateOptions extends DescribeOptions {
  rows?: number;
  seed?: number;
  /** Where the CSV goes; defaults to `choosePath(title)`, else the suggested filename in the working folder. */
  outPath?: string | undefined;
  /** Picks the output path once the spec (and so its title) is known. */
  choosePath?: ((title: string) => string) | undefined;
  overwrite?: boolean;
  /** Called after each chunk with rows written so far. */
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
  /** How many rows to return as a preview (CSV cell text). */
  previewRows?: number;
  /** Also write <name>.train.csv and <name>.test.csv: `train` is the share of rows in train (0.5..0.95). */
  split?: { train: number; by?: "random" | "time" } | undefined;
  /** Write <name>.card.md and <name>.card.json beside the CSV (default true). */
  card?: boolean;
}

export interface GenerateResult extends DescribeResult {
  path: string;
  rows: number;
  seed: number;
  columns: string[];
  bytes: number;
  preview: string[][];
  /** Every file written by the run (the CSV, and the card and split files when asked for). */
  files: DatasetFiles;
  /** The dataset card (also written beside the CSV unless `card: false`). */
  card?: DatasetCard;
}

export interface DatasetFiles {
  csv: string;
  cardJson?: string;
  cardMarkdown?: string;
  train?: string;
  test?: string;
}

/** Resolves the input to a validated spec (planning a description if needed). */
export async function resolveSpec(input: DatasetInput, options: DescribeOptions = {}): Promise<DescribeResult> {
  if (input.spec !== undefined) return { spec: parseSpec(input.spec), source: "spec", planner: "spec", cached: false, warnings: [] };
  return describeSchema(input.description ?? "", options);
}

/** Plans (if needed), generates and writes the CSV atomically. */
export async function generateDataset(input: DatasetInput, options: GenerateOptions = {}): Promise<GenerateResult> {
  const rows = checkRows(options.rows ?? DEFAULT_ROWS);
  const seed = checkSeed(options.seed);
  const described = await resolveSpec(input, options);
  const compiled = compileSpec(described.spec);
  const path = options.outPath ?? options.choosePath?.(described.spec.title) ?? suggestFilename(described.spec.title);
  const preview: string[][] = [];
  const chunks = csvChunks(compiled, {
    rows,
    seed,
    ...(options.signal ? { signal: options.signal } : {}),
    onBlock: (encoder, block) => {
      if (preview.length < (options.previewRows ?? 0)) preview.push(...encoder.records(block, (options.previewRows ?? 0) - preview.length));
      options.onProgress?.(block.start + block.length, rows);
    },
  });
  const bytes = await writeFileAtomic(path, chunks, { overwrite: options.overwrite ?? false, ...(options.signal ? { signal: options.signal } : {}) });
  return { ...described, path, rows, seed, columns: described.spec.columns.map((c) => c.name), bytes, preview, files: { csv: path } };
}

export interface CsvStreamOptions {
  rows: number;
  seed: number;
  signal?: AbortSignal;
  chunkRows?: number;
  onBlock?: (encoder: CsvEncoder, block: Block) => void;
}

/** The CSV of a run as text chunks: the header, then one chunk per block of rows. */
export async function* csvChunks(compiled: CompiledSpec, options: CsvStreamOptions): AsyncGenerator<string> {
  const encoder = new CsvEncoder(compiled.spec);
  yield encoder.header();
  for await (const block of generateBlocks(compiled, options)) {
    options.onBlock?.(encoder, block);
    yield encoder.block(block);
    // Let timers, signals and I/O run between chunks.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
