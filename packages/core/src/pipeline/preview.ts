import { describeGenerator } from "../card/generatorText.js";
import { describeRelationships } from "../card/relationships.js";
import { resolveSpec, type DatasetInput, type DescribeOptions, type DescribeResult } from "../dataset.js";
import { checkUniqueCapacity, compileSpec, generateBlocks } from "../generate/generator.js";
import { prepareGenerationSpec } from "../mess/prepare.js";
import { expandScenarios } from "../scenarios/expand.js";
import { checkSeed } from "../options.js";
import { SynthdataError } from "../errors.js";
import { storedType, type StoredType } from "../sinks/storedTypes.js";
import { isMultiTable } from "../tables/flatten.js";
import { ChunkPipeline } from "./chunk.js";
import { previewTables, type PreviewTable } from "./previewTables.js";

/** Rows a preview may show: enough to see the data, few enough to stay inline (MCP) and on one screen. */
export const MAX_PREVIEW_ROWS = 100;
export const DEFAULT_PREVIEW_ROWS = 10;

export interface PreviewColumn {
  name: string;
  kind: string;
  /** Range, values or rule in words, as the card says it: `integer, normal (mean 40, sd 12) in [18, 90]`. */
  generator: string;
  stored: StoredType;
}

export interface PreviewResult extends DescribeResult {
  seed: number;
  columns: PreviewColumn[];
  /** The hidden relationships in words (effects, mess), as in the card's answer key. */
  relationships: string[];
  header: string[];
  /** The first rows as CSV cell text, mess included: what the CSV of this seed starts with. */
  rows: string[][];
  /** A spec of several tables: each table in short with its first rows (the fields above are the root table's). */
  tables?: PreviewTable[];
}

export interface PreviewOptions extends DescribeOptions {
  rows?: number;
  seed?: number;
}

export function checkPreviewRows(rows: unknown): number {
  if (typeof rows !== "number" || !Number.isInteger(rows) || rows < 1 || rows > MAX_PREVIEW_ROWS) {
    throw new SynthdataError("INVALID_ARGUMENT", `preview rows must be a whole number from 1 to ${MAX_PREVIEW_ROWS}, got ${JSON.stringify(rows)}; generate a file for more`);
  }
  return rows;
}

/**
 * The spec in short and its first rows, writing nothing: the same rows (mess
 * included) as the first rows of a run with this seed, since chunk 0 depends
 * only on the seed, not on how many rows follow.
 */
export async function previewDataset(input: DatasetInput, options: PreviewOptions = {}): Promise<PreviewResult> {
  const rows = checkPreviewRows(options.rows ?? DEFAULT_PREVIEW_ROWS);
  const seed = checkSeed(options.seed);
  const described = await resolveSpec(input, options);
  if (isMultiTable(described.spec)) {
    const { tables, relationships } = await previewTables(described.spec, rows, seed, options.signal);
    const root = tables.find((t) => t.root)!;
    return { ...described, seed, columns: root.columns, relationships, header: root.header, rows: root.rows, tables };
  }
  const expanded = expandScenarios(described.spec);
  const spec = prepareGenerationSpec(expanded);
  const compiled = compileSpec(spec);
  checkUniqueCapacity(compiled, rows);
  const pipeline = new ChunkPipeline({ spec, seed, split: undefined, sampleRows: 0, previewRows: rows, tallies: false });
  const records: string[][] = [];
  for await (const block of generateBlocks(compiled, { rows, seed, ...(options.signal ? { signal: options.signal } : {}) })) records.push(...pipeline.process(block).preview);
  return {
    ...described,
    seed,
    columns: expanded.columns.map((c) => ({ name: c.name, kind: c.kind, generator: describeGenerator(c), stored: storedType(c) })),
    relationships: describeRelationships(expanded),
    header: expanded.columns.map((c) => c.name),
    rows: records,
  };
}
