import { basename, dirname, join } from "node:path";
import { buildCard, renderCardMarkdown, type CardSplit, type DatasetCard } from "../card/card.js";
import { checkSignal, targetColumn } from "../card/signal.js";
import { RelationTotals } from "../card/relations.js";
import { StatsTotals } from "../card/stats.js";
import { isSynthdataError, SynthdataError } from "../errors.js";
import { OutputSet, type SetEntry } from "../output/outputSet.js";
import type { StagedFile } from "../output/stagedFile.js";
import { canParallelise, checkUniqueCapacity, compileSpec, DEFAULT_CHUNK_ROWS, fakerFor, generateBlocks, generateChunk, throwIfAborted, type CompiledSpec } from "../generate/generator.js";
import { defaultWorkers } from "../parallel/csvChunks.js";
import { runOrdered } from "../parallel/pool.js";
import { compiledWorkerUrl } from "../parallel/workerUrl.js";
import type { PipelineInit } from "./pipelineWorker.js";
import type { Value } from "../generate/types.js";
import { hasMess, type MessCounts } from "../mess/inject.js";
import { prepareGenerationSpec } from "../mess/prepare.js";
import { driftOf, expandScenarios, scenarioLines } from "../scenarios/expand.js";
import type { Column, DatasetSpec } from "../spec/schema.js";
import { checkSplitOptions, TimeCutoff, type SplitOptions, type SplitPlan } from "../split/split.js";
import { addMessCounts, ChunkPipeline, examIdColumn, examSpec, type ChunkOutput, type ChunkPlan, type ExamPlan } from "./chunk.js";
import { freeCsvPath, runFilePaths, sidecarPaths } from "./sidecars.js";
import { openSink, type DatasetSink } from "../sinks/sink.js";
import type { OutputFormat } from "../sinks/formats.js";
import { cardStorage } from "../sinks/storedTypes.js";
import { tableName } from "../sinks/tableName.js";

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
  /** `csvPath` is only the first choice: take the first free one of it, `-2`, `-3`... (claimed atomically, never replacing). */
  freeName?: boolean | undefined;
  /** Realpaths of the folders the files must stay in (checked on the real path at each write); any folder when absent. */
  allowedFolders?: readonly string[] | undefined;
  /** For the card's "how to reproduce". */
  description?: string | undefined;
  warnings?: string[] | undefined;
  /** Worker threads (1: this thread only); default by rows and cores. */
  workers?: number | undefined;
  /** A UTF-8 byte order mark before each CSV's header. */
  bom?: boolean | undefined;
  /** What the data (and split) files are: csv (default), jsonl, parquet or sqlite. */
  format?: OutputFormat | undefined;
  /**
   * Exam mode (needs `split` and a target): writes `<name>.train.<ext>` with the target and
   * `<name>.exam.<ext>` (the test rows without it, each with a row id) and the card, and neither the
   * whole data file nor the test file, which hold the answers. The answers are re-derived from the
   * card's spec, seed and rows when grading: nothing secret is written.
   */
  exam?: boolean | undefined;
}

export interface RunResult {
  bytes: number;
  preview: string[][];
  /** `csv` is the data file; in exam mode (no whole data file is written) the exam file, the rows the learner predicts. */
  files: { csv: string; cardJson?: string; cardMarkdown?: string; train?: string; test?: string; exam?: string };
  card?: DatasetCard;
}

/** How many names `name-2.csv`, `name-3.csv`... a free-name run tries before giving up. */
const FREE_NAME_TRIES = 1000;

/**
 * Generates a dataset and writes its CSV, and (when asked) the train/test
 * files and the card, as one OutputSet: every file is staged in a temp file
 * and all of them take their final names together, atomically claimed, only
 * when all are complete. A failure or a cancellation leaves nothing new
 * behind, and an earlier set replaced with `overwrite` stays as it was.
 * With `freeName`, `csvPath` is the first choice and `-2`, `-3`... are tried
 * until a name (with its side files) can be claimed.
 */
export async function writeDataset(spec: DatasetSpec, csvPath: string, options: RunOptions): Promise<RunResult> {
  const expanded = expandScenarios(spec, { train: options.split?.train });
  const generationSpec = prepareGenerationSpec(expanded);
  const compiled = compileSpec(generationSpec);
  // Before any row is made or any file opened: a unique column too small for the rows fails here.
  checkUniqueCapacity(compiled, options.rows);
  // A drift is between train and test: a run without a split asked for gets the drift's own.
  const drift = driftOf(expanded);
  const splitOptions = options.split ?? (drift ? { train: drift.train } : undefined);
  const split = splitOptions ? await planSplit(splitOptions, compiled, options) : undefined;
  const target = targetColumn(generationSpec);
  const wantCard = options.card ?? true;
  const format = options.format ?? "csv";
  const exam = options.exam ? examPlan(generationSpec, split, target, wantCard) : undefined;
  const plan: ChunkPlan = {
    spec: generationSpec,
    seed: options.seed,
    format,
    split,
    sampleRows: target && wantCard ? SIGNAL_ROWS : 0,
    previewRows: options.previewRows ?? 0,
    tallies: wantCard,
    truthOf: target && wantCard ? target.name : undefined,
    exam,
  };
  const dir = dirname(csvPath);
  const replace = !options.freeName && (options.overwrite ?? false);
  const set = await OutputSet.open(dir, { allowedFolders: options.allowedFolders });
  const written = (csvName: string) => runFileNames(csvName, { split: split !== undefined, card: wantCard, format, exam: exam !== undefined });
  if (!options.freeName && !replace) {
    // Fail before generating; the atomic claim at the end is what guarantees it.
    const taken = await set.firstTaken(written(basename(csvPath)));
    if (taken) throw new SynthdataError("OUTPUT_EXISTS", `${join(dir, taken)} already exists; choose another output path or allow overwriting`, { data: { path: join(dir, taken) } });
  }

  const sinks: DatasetSink[] = [];
  try {
    // Exam mode writes neither the whole data nor the test rows with their target: those are the answers.
    const csv = exam ? undefined : await set.stage(basename(csvPath));
    const parts = split ? { train: await set.stage(sidecarName(csvPath, "train", format)), test: await set.stage(sidecarName(csvPath, exam ? "exam" : "test", format)) } : undefined;

    const pipeline = new ChunkPipeline(plan);
    const open = async (file: StagedFile) => {
      const sink = await openSink(format, file, generationSpec, { bom: options.bom });
      sinks.push(sink);
      return sink;
    };
    const sink = csv ? await open(csv) : undefined;
    const partSinks = parts ? { train: await open(parts.train), test: exam ? await openSink(format, parts.test, examSpec(generationSpec, exam), { bom: options.bom }).then((s) => (sinks.push(s), s)) : await open(parts.test) } : undefined;

    const stats = new StatsTotals(generationSpec);
    const relations = wantCard ? new RelationTotals(generationSpec) : undefined;
    const mess: MessCounts = { columns: new Map(), exactDuplicates: 0, nearDuplicates: 0 };
    const sample: Value[][] = [];
    const sampleTruth: number[][] = [];
    const sampleTest: boolean[] = [];
    const preview: string[][] = [];
    let trainRows = 0;
    let testRows = 0;
    let done = 0;
    for await (const chunk of chunkOutputs(compiled, pipeline, plan, options)) {
      await sink?.write(chunk.data, chunk.rows);
      if (partSinks) {
        await partSinks.train.write(chunk.train!, chunk.trainRows);
        await partSinks.test.write((exam ? chunk.exam : chunk.test)!, chunk.testRows);
        trainRows += chunk.trainRows;
        testRows += chunk.testRows;
      }
      stats.merge(chunk.tallies);
      relations?.merge(chunk.relations);
      addMessCounts(mess, chunk.mess);
      const tested = new Set(chunk.sampleTest);
      for (let r = 0; r < chunk.sample.length; r++) sampleTest.push(tested.has(r));
      sample.push(...chunk.sample);
      sampleTruth.push(...chunk.sampleTruth);
      preview.push(...chunk.preview);
      done += chunk.rows;
      options.onProgress?.(done, options.rows);
    }
    throwIfAborted(options.signal);
    for (const s of sinks) await s.end();
    const storage = { storage: cardStorage(format, generationSpec, tableName(spec)) };

    const card = wantCard
      ? buildCard({
          spec,
          ...(expanded !== spec ? { expanded, scenarios: scenarioLines(spec, { train: options.split?.train }, { columns: generationSpec.columns, rows: sample, test: split ? sampleTest : undefined }) } : {}),
          ...(options.description ? { description: options.description } : {}),
          seed: options.seed,
          rows: options.rows,
          stats: stats.result(),
          relations: relations?.lines() ?? [],
          ...(hasMess(generationSpec) ? { mess } : {}),
          ...(target ? { signal: await checkSignal(generationSpec, target, sample, sampleTruth.length ? sampleTruth : undefined) } : {}),
          ...(split ? { split: cardSplit(split, trainRows, testRows) } : {}),
          ...(exam ? { exam: { target: exam.target, idColumn: exam.idColumn, rows: testRows } } : {}),
          files: {},
          warnings: options.warnings ?? [],
        })
      : undefined;
    throwIfAborted(options.signal);

    /**
     * Stages the card for this CSV name (it names its files) and places the whole set under it.
     * The card's temp files are made only now: made at the start and written at the end, they
     * would look abandoned to another run's stale-temp sweep during a long run.
     */
    const commitAs = async (csvName: string, replaceEarlier: boolean): Promise<RunResult> => {
      const side = sidecarPaths(join(dir, csvName), format);
      const testPath = exam ? side.exam : side.test;
      const entries: SetEntry[] = csv ? [{ file: csv, name: csvName }] : [];
      if (parts) entries.push({ file: parts.train, name: basename(side.train) }, { file: parts.test, name: basename(testPath) });
      const named = card
        ? { ...card, files: exam ? { train: basename(side.train), exam: basename(side.exam) } : { csv: csvName, ...(parts ? { train: basename(side.train), test: basename(side.test) } : {}) }, ...storage }
        : undefined;
      const cardFiles: StagedFile[] = [];
      if (named) {
        const json = await set.stage(basename(side.cardJson));
        const md = await set.stage(basename(side.cardMarkdown));
        cardFiles.push(json, md);
        await json.write(`${JSON.stringify(named, null, 2)}\n`);
        await md.write(renderCardMarkdown(named));
        entries.push({ file: json, name: basename(side.cardJson) }, { file: md, name: basename(side.cardMarkdown) });
      }
      const names = new Set(entries.map((e) => e.name));
      try {
        await set.commit(entries, { replace: replaceEarlier, remove: runFilePaths(join(dir, csvName), format).map((p) => basename(p)).filter((n) => !names.has(n)) });
      } catch (error) {
        await set.discard(cardFiles);
        throw error;
      }
      const files: RunResult["files"] = exam ? { csv: side.exam, train: side.train, exam: side.exam } : { csv: join(dir, csvName), ...(parts ? { train: side.train, test: side.test } : {}) };
      if (named) Object.assign(files, { cardJson: side.cardJson, cardMarkdown: side.cardMarkdown });
      const bytes = sink ? sink.bytes : partSinks!.train.bytes + partSinks!.test.bytes;
      return { bytes, preview, files, ...(named ? { card: named } : {}) };
    };

    if (!options.freeName) return await commitAs(basename(csvPath), replace);
    const tried = new Set<string>();
    for (let attempt = 0; attempt < FREE_NAME_TRIES; attempt++) {
      const candidate = freeCsvPath(dir, basename(csvPath), tried);
      tried.add(candidate);
      try {
        return await commitAs(basename(candidate), false);
      } catch (error) {
        // Another run claimed this name first: take the next one.
        if (!(isSynthdataError(error) && error.code === "OUTPUT_EXISTS")) throw error;
      }
    }
    throw new SynthdataError("OUTPUT_EXISTS", `no free name like ${basename(csvPath)} in ${dir} after ${FREE_NAME_TRIES} tries; remove some files or choose another folder`);
  } catch (error) {
    await Promise.all(sinks.map((s) => s.cancel()));
    await set.discard();
    if (error instanceof SynthdataError) throw error;
    throw new SynthdataError("IO_ERROR", `could not write ${csvPath}: ${(error as Error).message}`, { cause: error });
  }
}

/** The names of the files a run writes for `csvName`: the data file, the split files, the card (exam mode: train, exam, card). */
function runFileNames(csvName: string, what: { split: boolean; card: boolean; format: OutputFormat; exam: boolean }): string[] {
  const side = sidecarPaths(csvName, what.format);
  if (what.exam) return [side.train, side.exam, ...(what.card ? [side.cardJson, side.cardMarkdown] : [])];
  return [csvName, ...(what.split ? [side.train, side.test] : []), ...(what.card ? [side.cardJson, side.cardMarkdown] : [])];
}

const sidecarName = (csvPath: string, which: "train" | "test" | "exam", format: OutputFormat) => basename(sidecarPaths(csvPath, format)[which]);

/** Exam mode's plan, or a clear error when the run cannot hold an exam. */
function examPlan(spec: DatasetSpec, split: SplitPlan | undefined, target: Column | undefined, card: boolean): ExamPlan {
  if (!split) throw new SynthdataError("INVALID_ARGUMENT", "exam mode needs a train/test split: add one, e.g. --split 0.8 (the test rows become the exam)");
  if (!target) throw new SynthdataError("INVALID_ARGUMENT", "exam mode needs a target to hold back: set the spec's `target`, or give a column effects");
  // Grading re-derives the answers from the card's spec, seed and rows: without a card there is nothing to grade against.
  if (!card) throw new SynthdataError("INVALID_ARGUMENT", "exam mode needs the card: grading re-derives the answers from it; drop --no-card");
  return { target: target.name, idColumn: examIdColumn(spec) };
}

export interface CsvStreamOptions {
  rows: number;
  seed: number;
  signal?: AbortSignal | undefined;
  workers?: number | undefined;
  bom?: boolean | undefined;
}

export interface TextStreamOptions extends CsvStreamOptions {
  /** csv (default) or jsonl: the formats whose rows can go out as they are made. */
  format?: "csv" | "jsonl" | undefined;
}

/**
 * The CSV of a run as text chunks (header first), without writing files: the
 * same preparation, mess and bytes as the CSV `writeDataset` writes, for
 * callers that stream it (the REST door).
 */
export function datasetCsvChunks(spec: DatasetSpec, options: CsvStreamOptions): AsyncGenerator<string> {
  return datasetTextChunks(spec, { ...options, format: "csv" });
}

/** The data of a run as CSV or JSON Lines text chunks (CSV's header first), without writing files: stdout, HTTP bodies. */
export async function* datasetTextChunks(spec: DatasetSpec, options: TextStreamOptions): AsyncGenerator<string> {
  const format = options.format ?? "csv";
  const generationSpec = prepareGenerationSpec(expandScenarios(spec));
  const compiled = compileSpec(generationSpec);
  const plan: ChunkPlan = { spec: generationSpec, seed: options.seed, format, split: undefined, sampleRows: 0, previewRows: 0, tallies: false };
  const pipeline = new ChunkPipeline(plan);
  if (format === "csv") yield `${options.bom ? "\uFEFF" : ""}${pipeline.header()}`;
  for await (const chunk of chunkOutputs(compiled, pipeline, plan, options)) yield chunk.data as string;
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
export async function planSplit(options: SplitOptions, compiled: CompiledSpec, run: Pick<RunOptions, "rows" | "seed" | "signal">): Promise<SplitPlan> {
  const plan = checkSplitOptions(options, compiled.spec);
  if (plan.by !== "time") return plan;
  const index = compiled.spec.columns.findIndex((c) => c.name === plan.timeColumn);
  const cutoff = new TimeCutoff(index);
  for await (const block of generateBlocks(compiled, { rows: run.rows, seed: run.seed, ...(run.signal ? { signal: run.signal } : {}) })) cutoff.add(block);
  return { ...plan, cutoff: cutoff.cutoff(plan.train) };
}

export function cardSplit(plan: SplitPlan, trainRows: number, testRows: number): CardSplit {
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
