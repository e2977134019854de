/**
 * A small ordered worker pool (issue 6): chunk k of a run is made from
 * (init, k) alone in any worker, and results come back in k order, so the
 * output does not depend on how many workers made it. At most `maxInFlight`
 * chunks are being made or waiting to be consumed at any time: a slow consumer
 * (a file, an HTTP body) stops new work, which keeps memory flat.
 */
import { Worker } from "node:worker_threads";
import { ERROR_CODES, SynthdataError, type ErrorCode } from "../errors.js";

export interface OrderedOptions<T> {
  /** Worker threads to start (at most one per chunk). */
  workers: number;
  /** Chunks dispatched but not yet consumed; default twice the workers. */
  maxInFlight?: number;
  /**
   * Makes chunk 0 on the calling thread. It is yielded first, and the workers
   * start on chunks [1, count) only once it has been taken: the first rows
   * wait neither for workers to load nor for the CPU they take meanwhile.
   */
  first?: () => T | Promise<T>;
  signal?: AbortSignal;
}

/** What a worker posts back for chunk k. */
export type ChunkReply<T> = { k: number; value: T } | { k: number; error: { message: string; code?: string; data?: Record<string, unknown> } };

/**
 * Runs the worker module at `workerUrl` on chunk indices [0, count) (or [1, count) after `first`) and
 * yields each result in index order. The module receives `init` as its
 * `workerData` once and must answer each index posted to it (see
 * `serveChunks`). Workers are terminated when the generator finishes, throws,
 * is returned early, or the signal aborts (CANCELLED).
 */
export async function* runOrdered<T>(workerUrl: URL, init: unknown, count: number, options: OrderedOptions<T>): AsyncGenerator<T> {
  const signal = options.signal;
  let start = 0;
  if (options.first && count > 0) {
    if (signal?.aborted) throw cancelled();
    yield await options.first();
    start = 1;
  }
  const total = count - start;
  if (total <= 0) return;
  const size = Math.max(1, Math.min(Math.floor(options.workers), total));
  const maxInFlight = Math.max(size, Math.floor(options.maxInFlight ?? size * 2));
  if (signal?.aborted) throw cancelled();

  const results = new Map<number, T>();
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  let next = start;
  let consumed = start;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let closing = false;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const fail = (error: Error) => {
    failure ??= error;
    notify();
  };
  const dispatch = () => {
    while (!failure && idle.length > 0 && next < count && next - consumed < maxInFlight) idle.pop()!.postMessage(next++);
  };
  const onAbort = () => fail(cancelled());
  signal?.addEventListener("abort", onAbort, { once: true });

  try {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerUrl, { workerData: init });
      workers.push(worker);
      worker.on("message", (reply: ChunkReply<T>) => {
        if ("error" in reply) return fail(replyError(reply.k, reply.error));
        results.set(reply.k, reply.value);
        idle.push(worker);
        dispatch();
        if (reply.k === consumed) notify();
      });
      worker.on("error", (error) => fail(error instanceof SynthdataError ? error : new Error(`a generation worker failed: ${error.message}`, { cause: error })));
      worker.on("exit", (code) => {
        if (!closing) fail(new Error(`a generation worker stopped early (exit code ${code})`));
      });
      idle.push(worker);
    }
    dispatch();
    while (consumed < count) {
      if (failure) throw failure;
      if (results.has(consumed)) {
        const value = results.get(consumed)!;
        results.delete(consumed);
        consumed++;
        dispatch();
        yield value;
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    signal?.removeEventListener("abort", onAbort);
    results.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function cancelled(): SynthdataError {
  return new SynthdataError("CANCELLED", "generation was cancelled; no file was written");
}

function replyError(k: number, error: { message: string; code?: string; data?: Record<string, unknown> }): Error {
  if (error.code && (ERROR_CODES as readonly string[]).includes(error.code)) {
    return new SynthdataError(error.code as ErrorCode, error.message, error.data ? { data: error.data } : {});
  }
  return new Error(`a generation worker failed on chunk ${k}: ${error.message}`);
}
