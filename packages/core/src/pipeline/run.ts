import { basename } from "node:path";
import { buildCard, renderCardMarkdown, type CardSplit, type DatasetCard } from "../card/card.js";
import { checkSignal, targetColumn } from "../card/signal.js";
import { RelationTotals } from "../card/relations.js";
import { StatsTotals } from "../card/stats.js";
import { AtomicFile } from "../csv/write.js";
import { SynthdataError } from "../errors.js";
import { canParallelise, checkUniqueCapacity, compileSpec, DEFAULT_CHUNK_ROWS, fakerFor, generateBlocks, generateChunk, throwIfAborted, type CompiledSpec } from "../generate/generator.js";
import { defaultWorkers } from "../parallel/csvChunks.js";
import { runOrdered } from "../parallel/pool.js";
import { compiledWorkerUrl } from "../parallel/workerUrl.js";
import type { PipelineInit } from "./pipelineWorker.js";
import type { Value } from "../generate/types.js";
import { hasMess, type MessCounts } from "../mess/inject.js";
import { prepareGenerationSpec } from "../mess/prepare.js";
import type { DatasetSpec } from "../spec/schema.js";
import { checkSplitOptions, TimeCutoff, type SplitOptions, type SplitPlan } from "../split/split.js";
import { addMessCounts, ChunkPipeline, type ChunkOutput, type ChunkPlan } from "./chunk.js";
import { sidecarPaths } from "./sidecars.js";

/** Rows the signal check fits and scores on (rows are independent draws, so the first ones are a fair sample). */
const SIGNAL_ROWS = 8_000;

export interface RunOptions {
  rows: number;
  seed: number;
  signal?: AbortSignal | undefined;
  onProgress?: ((rowsDone: number, rowsTotal: number) => void) | undefined;
  previewRows?: number | undefined;
  split?: SplitOptions | undefined;
  card?: boolean | undefined;
  overwrite?: boolean | undefined;
  /** For the card's "how to reproduce". */
  description?: string | undefined;
  warnings?: string[] | undefined;
  /** Worker threads (1: this thread only); default by rows and cores. */
  workers?: number | undefined;
  /** A UTF-8 byte order mark before each CSV's header. */
  bom?: boolean | undefined;
}

export interface RunResult {
  bytes: number;
  preview: string[][];
  files: { csv: string; cardJson?: string; cardMarkdown?: string; train?: string; test?: string };
  card?: DatasetCard;
}

/**
 * Generates a dataset and writes its CSV, and (when asked) the train/test
 * files and the card. Every file goes through a temp file and is renamed into
 * place only when all of them are complete: a failure or a cancellation
 * leaves nothing behind.
 */
export async function writeDataset(spec: DatasetSpec, csvPath: string, options: RunOptions): Promise<RunResult> {
  const generationSpec = prepareGenerationSpec(spec);
  const compiled = compileSpec(generationSpec);
  const split = options.split ? await planSplit(options.split, compiled, options) : undefined;
  const target = targetColumn(generationSpec);
  const wantCard = options.card ?? true;
  const plan: ChunkPlan = {
    spec: generationSpec,
    seed: options.seed,
    split,
    sampleRows: target && wantCard ? SIGNAL_ROWS : 0,
    previewRows: options.previewRows ?? 0,
    tallies: wantCard,
  };
  const side = sidecarPaths(csvPath);

  const open: AtomicFile[] = [];
  const openFile = async (path: string) => {
    const file = await AtomicFile.open(path, { overwrite: options.overwrite ?? false });
    open.push(file);
    return file;
  };
  try {
    const csv = await openFile(csvPath);
    const parts = split ? { train: await openFile(side.train), test: await openFile(side.test) } : undefined;
    const cardFiles = wantCard ? { json: await openFile(side.cardJson), md: await openFile(side.cardMarkdown) } : undefined;

    const pipeline = new ChunkPipeline(plan);
    const header = `${options.bom ? "\uFEFF" : ""}${pipeline.header()}`;
    await csv.write(header);
    if (parts) await Promise.all([parts.train.write(header), parts.test.write(header)]);

    const stats = new StatsTotals(generationSpec);
    const relations = cardFiles ? new RelationTotals(generationSpec) : undefined;
    const mess: MessCounts = { columns: {}, exactDuplicates: 0, nearDuplicates: 0 };
    const sample: Value[][] = [];
    const preview: string[][] = [];
    let trainRows = 0;
    let testRows = 0;
    let done = 0;
    for await (const chunk of chunkOutputs(compiled, pipeline, plan, options)) {
      await csv.write(chunk.csv);
      if (parts) {
        await parts.train.write(chunk.train!);
        await parts.test.write(chunk.test!);
        trainRows += chunk.trainRows;
        testRows += chunk.testRows;
      }
      stats.merge(chunk.tallies);
      relations?.merge(chunk.relations);
      addMessCounts(mess, chunk.mess);
      sample.push(...chunk.sample);
      preview.push(...chunk.preview);
      done += chunk.rows;
      options.onProgress?.(done, options.rows);
    }
    throwIfAborted(options.signal);

    const files: RunResult["files"] = { csv: csvPath, ...(parts ? { train: side.train, test: side.test } : {}) };
    let card: DatasetCard | undefined;
    if (cardFiles) {
      card = buildCard({
        spec,
        ...(options.description ? { description: options.description } : {}),
        seed: options.seed,
        rows: options.rows,
        stats: stats.result(),
        relations: relations?.lines() ?? [],
        ...(hasMess(generationSpec) ? { mess } : {}),
        ...(target ? { signal: await checkSignal(generationSpec, target, sample) } : {}),
        ...(split ? { split: cardSplit(split, trainRows, testRows) } : {}),
        files: { csv: basename(csvPath), ...(parts ? { train: basename(side.train), test: basename(side.test) } : {}) },
        warnings: options.warnings ?? [],
      });
      await cardFiles.json.write(`${JSON.stringify(card, null, 2)}\n`);
      await cardFiles.md.write(renderCardMarkdown(card));
      files.cardJson = side.cardJson;
      files.cardMarkdown = side.cardMarkdown;
    }
    for (const file of open) await file.commit();
    return { bytes: csv.bytes, preview, files, ...(card ? { card } : {}) };
  } catch (error) {
    await Promise.all(open.map((f) => f.abort()));
    if (error instanceof SynthdataError) throw error;
    throw new SynthdataError("IO_ERROR", `could not write ${csvPath}: ${(error as Error).message}`, { cause: error });
  }
}

export interface CsvStreamOptions {
  rows: number;
  seed: number;
  signal?: AbortSignal | undefined;
  workers?: number | undefined;
  bom?: boolean | undefined;
}

/**
 * The CSV of a run as text chunks (header first), without writing files: the
 * same preparation, mess and bytes as the CSV `writeDataset` writes, for
 * callers that stream it (the REST door).
 */
export async function* datasetCsvChunks(spec: DatasetSpec, options: CsvStreamOptions): AsyncGenerator<string> {
  const generationSpec = prepareGenerationSpec(spec);
  const compiled = compileSpec(generationSpec);
  const plan: ChunkPlan = { spec: generationSpec, seed: options.seed, split: undefined, sampleRows: 0, previewRows: 0, tallies: false };
  const pipeline = new ChunkPipeline(plan);
  yield `${options.bom ? "\uFEFF" : ""}${pipeline.header()}`;
  for await (const chunk of chunkOutputs(compiled, pipeline, plan, options)) yield chunk.csv;
  throwIfAborted(options.signal);
}

/** The finished chunks of a run, in order: on worker threads when the run is large and the spec allows it. */
async function* chunkOutputs(compiled: CompiledSpec, pipeline: ChunkPipeline, plan: ChunkPlan, options: CsvStreamOptions): AsyncGenerator<ChunkOutput> {
  const count = Math.ceil(options.rows / DEFAULT_CHUNK_ROWS);
  const workers = Math.min(options.workers ?? defaultWorkers(options.rows), count);
  if (workers > 1 && canParallelise(compiled)) {
    checkUniqueCapacity(compiled, options.rows);
    const init: PipelineInit = { plan, rows: options.rows, chunkRows: DEFAULT_CHUNK_ROWS };
    yield* runOrdered<ChunkOutput>(compiledWorkerUrl("./pipelineWorker.js", import.meta.url), init, count, {
      workers,
      first: async () => pipeline.process(generateChunk(compiled, options.seed, 0, DEFAULT_CHUNK_ROWS, options.rows, await fakerFor(compiled))),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return;
  }
  for await (const block of generateBlocks(compiled, { rows: options.rows, seed: options.seed, ...(options.signal ? { signal: options.signal } : {}) })) {
    yield pipeline.process(block);
    // Let timers, signals and I/O run between chunks.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** A time split needs the cutoff first: one pass over the time column's values. */
async function planSplit(options: SplitOptions, compiled: CompiledSpec, run: RunOptions): Promise<SplitPlan> {
  const plan = checkSplitOptions(options, compiled.spec);
  if (plan.by !== "time") return plan;
  const index = compiled.spec.columns.findIndex((c) => c.name === plan.timeColumn);
  const cutoff = new TimeCutoff(index);
  for await (const block of generateBlocks(compiled, { rows: run.rows, seed: run.seed, ...(run.signal ? { signal: run.signal } : {}) })) cutoff.add(block);
  return { ...plan, cutoff: cutoff.cutoff(plan.train) };
}

function cardSplit(plan: SplitPlan, trainRows: number, testRows: number): CardSplit {
  return {
    by: plan.by,
    train: plan.train,
    trainRows,
    testRows,
    ...(plan.stratifyOn ? { stratifyOn: plan.stratifyOn } : {}),
    ...(plan.timeColumn ? { timeColumn: plan.timeColumn } : {}),
    ...(plan.cutoff !== undefined && Number.isFinite(plan.cutoff) ? { cutoff: new Date(plan.cutoff).toISOString().slice(0, 10) } : {}),
  };
}
