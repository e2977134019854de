/**
 * The CSV of a run as text chunks, made on this thread or by worker threads
 * (issue 6). Same bytes whatever the number of workers: chunk k is made from
 * (seed, k) alone and chunks are written in k order.
 */
import { availableParallelism } from "node:os";
import { CsvEncoder } from "../csv/encode.js";
import { DEFAULT_CHUNK_ROWS, canParallelise, checkUniqueCapacity, fakerFor, generateBlocks, generateChunk, type CompiledSpec } from "../generate/generator.js";
import type { DatasetSpec } from "../spec/schema.js";
import { configuredWorkerPoolSize, runOrdered } from "./pool.js";
import { compiledWorkerUrl } from "./workerUrl.js";

/** What the default worker is given once. */
export interface CsvChunkInit {
  spec: DatasetSpec;
  seed: number;
  rows: number;
  chunkRows: number;
}

export interface CsvChunksOptions {
  rows: number;
  seed: number;
  chunkRows?: number;
  /** Worker threads; 1 (the default) generates on this thread. Specs with guarded unique columns always run on this thread. */
  workers?: number;
  maxInFlight?: number;
  signal?: AbortSignal;
}

/** Rows below which starting threads costs more than it saves. */
const MIN_ROWS_FOR_WORKERS = 500_000;

/**
 * A worker count for a run: none (1) for small runs, and none on machines
 * with fewer than 3 cores, where the main thread (merging, writing) competes
 * with the workers (measured on 2 cores: no gain at 1M rows); otherwise one
 * per core but one. A pool size set with configureWorkerPool (a door's
 * --workers) replaces the core rule: 0 keeps runs on their own thread. The
 * threads themselves come from the one shared pool, whatever this says.
 */
export function defaultWorkers(rows: number): number {
  if (rows < MIN_ROWS_FOR_WORKERS) return 1;
  const configured = configuredWorkerPoolSize();
  if (configured !== undefined) return configured === 0 ? 1 : Math.max(2, configured);
  const cores = availableParallelism();
  return cores < 3 ? 1 : cores - 1;
}

/** The URL of the default CSV chunk worker (dist/parallel/chunkWorker.js). */
export function csvChunkWorkerUrl(): URL {
  return compiledWorkerUrl("./chunkWorker.js", import.meta.url);
}

/** The header, then one CSV text chunk per block of rows, in order. */
export async function* csvChunks(compiled: CompiledSpec, options: CsvChunksOptions): AsyncGenerator<string> {
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const count = Math.ceil(options.rows / chunkRows);
  const workers = Math.min(options.workers ?? 1, count);
  const encoder = new CsvEncoder(compiled.spec);
  checkUniqueCapacity(compiled, options.rows);
  yield encoder.header();
  if (workers <= 1 || !canParallelise(compiled)) {
    for await (const block of generateBlocks(compiled, { ...options, chunkRows })) yield encoder.block(block);
    return;
  }
  const init: CsvChunkInit = { spec: compiled.spec, seed: options.seed, rows: options.rows, chunkRows };
  yield* runOrdered<string>(csvChunkWorkerUrl(), init, count, {
    workers,
    first: async () => encoder.block(generateChunk(compiled, options.seed, 0, chunkRows, options.rows, await fakerFor(compiled))),
    ...(options.maxInFlight ? { maxInFlight: options.maxInFlight } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
