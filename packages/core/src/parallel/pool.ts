/**
 * One worker pool per process, shared by every run (issue 6, issue 12): chunk
 * k of a run is made from (init, k) alone in any thread, and results come back
 * in k order, so the output does not depend on how many threads made it or
 * what else ran beside it. Ten concurrent requests share the pool's threads
 * (at most the core count) instead of starting ten pools. Within a run at most
 * `maxInFlight` chunks are being made or waiting to be consumed: a slow
 * consumer (a file, an HTTP body) stops new work, which keeps memory flat.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { ERROR_CODES, SynthdataError, type ErrorCode } from "../errors.js";

export interface OrderedOptions<T> {
  /** Threads of the shared pool this run may use at once (capped by the pool's size). */
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

/** What the pool posts to a thread: chunk k of a job (with the job's init the first time that thread sees it), or forget a job. */
export type ChunkRequest = { job: number; k: number; init?: unknown; hasInit: boolean } | { drop: number };
/** What a thread posts back for chunk k of a job. */
export type ChunkReply<T> = { job: number; k: number; value: T } | { job: number; k: number; error: { message: string; code?: string; data?: Record<string, unknown> } };

export interface WorkerPoolStats {
  /** Threads the pool may run at once. */
  size: number;
  /** Threads alive now. */
  live: number;
  /** Threads making a chunk now. */
  busy: number;
  /** Most threads alive at once since the process started. */
  peak: number;
  /** Threads started since the process started (idle ones are stopped after a while). */
  started: number;
  /** Runs using the pool now. */
  runs: number;
}

/** A thread idle this long is stopped; the next run starts a new one. */
const IDLE_MS = 30_000;

interface Job {
  id: number;
  url: string;
  init: unknown;
  /** The next chunk index this job may dispatch now, or undefined. */
  claim(): number | undefined;
  canClaim(): boolean;
  running: number;
  closed: boolean;
  result(k: number, value: unknown): void;
  fail(error: Error): void;
}

interface Thread {
  worker: Worker;
  url: string;
  /** Jobs whose init this thread has. */
  known: Set<number>;
  task: { job: Job; k: number } | undefined;
  retiring: boolean;
  idleTimer: NodeJS.Timeout | undefined;
}

class SharedPool {
  size = Math.max(1, availableParallelism() - 1);
  private readonly threads = new Set<Thread>();
  private jobs: Job[] = [];
  private turn = 0;
  private nextJobId = 1;
  private peak = 0;
  private started = 0;

  stats(): WorkerPoolStats {
    let busy = 0;
    for (const t of this.threads) if (t.task) busy++;
    return { size: this.size, live: this.threads.size, busy, peak: this.peak, started: this.started, runs: this.jobs.length };
  }

  newJobId(): number {
    return this.nextJobId++;
  }

  add(job: Job): void {
    this.jobs.push(job);
    this.pump();
  }

  remove(job: Job): void {
    job.closed = true;
    this.jobs = this.jobs.filter((j) => j !== job);
    for (const thread of this.threads) {
      if (thread.known.delete(job.id) && !thread.retiring) thread.worker.postMessage({ drop: job.id } satisfies ChunkRequest);
    }
    this.pump();
  }

  /** Hands chunks to idle threads, taking jobs in turn so one large run cannot starve the others. */
  pump(): void {
    for (;;) {
      const job = this.nextJob();
      if (!job) return;
      const thread = this.idleThread(job);
      if (!thread) return;
      const k = job.claim()!;
      this.dispatch(thread, job, k);
    }
  }

  private nextJob(): Job | undefined {
    for (let i = 0; i < this.jobs.length; i++) {
      const index = (this.turn + i) % this.jobs.length;
      const job = this.jobs[index]!;
      if (job.canClaim()) {
        this.turn = index + 1;
        return job;
      }
    }
    return undefined;
  }

  private idleThread(job: Job): Thread | undefined {
    let same: Thread | undefined;
    let other: Thread | undefined;
    for (const t of this.threads) {
      if (t.task || t.retiring) continue;
      if (t.url !== job.url) other ??= t;
      else if (t.known.has(job.id)) return t;
      else same ??= t;
    }
    if (same) return same;
    if (this.threads.size < this.size) return this.spawn(job.url);
    // Full, with an idle thread of another worker module: stop it; its exit pumps again.
    if (other) this.retire(other);
    return undefined;
  }

  private spawn(url: string): Thread {
    const worker = new Worker(new URL(url));
    const thread: Thread = { worker, url, known: new Set(), task: undefined, retiring: false, idleTimer: undefined };
    this.threads.add(thread);
    this.started++;
    this.peak = Math.max(this.peak, this.threads.size);
    worker.on("message", (reply: ChunkReply<unknown>) => this.onReply(thread, reply));
    worker.on("error", (error) => {
      const task = thread.task;
      if (task && !task.job.closed) task.job.fail(error instanceof SynthdataError ? error : new Error(`a generation worker failed: ${error.message}`, { cause: error }));
    });
    worker.on("exit", (code) => {
      this.threads.delete(thread);
      clearTimeout(thread.idleTimer);
      const task = thread.task;
      thread.task = undefined;
      if (task) {
        task.job.running--;
        if (!task.job.closed && !thread.retiring) task.job.fail(new Error(`a generation worker stopped early (exit code ${code})`));
      }
      this.pump();
    });
    return thread;
  }

  private dispatch(thread: Thread, job: Job, k: number): void {
    clearTimeout(thread.idleTimer);
    thread.idleTimer = undefined;
    thread.worker.ref();
    thread.task = { job, k };
    job.running++;
    const first = !thread.known.has(job.id);
    thread.known.add(job.id);
    const message: ChunkRequest = first ? { job: job.id, k, init: job.init, hasInit: true } : { job: job.id, k, hasInit: false };
    thread.worker.postMessage(message);
  }

  private onReply(thread: Thread, reply: ChunkReply<unknown>): void {
    const task = thread.task;
    thread.task = undefined;
    if (task) task.job.running--;
    const job = task?.job;
    if (job && !job.closed && job.id === reply.job) {
      if ("error" in reply) job.fail(replyError(reply.k, reply.error));
      else job.result(reply.k, reply.value);
    }
    if (this.threads.size > this.size) this.retire(thread);
    else this.idle(thread);
    this.pump();
  }

  /** An idle thread does not keep the process alive, and is stopped after IDLE_MS. */
  private idle(thread: Thread): void {
    thread.worker.unref();
    thread.idleTimer = setTimeout(() => {
      if (!thread.task) this.retire(thread);
    }, IDLE_MS);
    thread.idleTimer.unref();
  }

  private retire(thread: Thread): void {
    if (thread.retiring) return;
    thread.retiring = true;
    void thread.worker.terminate();
  }
}

const pool = new SharedPool();

/** Sets how many threads the process's pool may run at once: 1 up to the core count (0 keeps runs on their own thread by default). */
export function configureWorkerPool(options: { size: number }): void {
  const cores = availableParallelism();
  if (!Number.isInteger(options.size) || options.size < 0) {
    throw new SynthdataError("INVALID_ARGUMENT", `a worker pool size must be a whole number from 0 to ${cores}, got ${options.size}`);
  }
  pool.size = Math.max(1, Math.min(options.size, cores));
  configuredSize = Math.min(options.size, cores);
}

let configuredSize: number | undefined;

/** The pool size set with configureWorkerPool, or undefined when it is chosen by core count. */
export function configuredWorkerPoolSize(): number | undefined {
  return configuredSize;
}

/** How the process's pool is doing: for /health and for tests that check threads stay bounded. */
export function workerPoolStats(): WorkerPoolStats {
  return pool.stats();
}

/**
 * Runs the worker module at `workerUrl` on chunk indices [0, count) (or [1, count) after `first`) on the
 * shared pool and yields each result in index order. Each thread receives `init` once per run
 * and must answer each index posted to it (see `serveChunks`). The run leaves the pool when the
 * generator finishes, throws, is returned early, or the signal aborts (CANCELLED); chunks already
 * being made finish and are dropped.
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
  const limit = Math.max(1, Math.min(Math.floor(options.workers), total, pool.size));
  const maxInFlight = Math.max(limit, Math.floor(options.maxInFlight ?? limit * 2));
  if (signal?.aborted) throw cancelled();

  const results = new Map<number, T>();
  let next = start;
  let consumed = start;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const job: Job = {
    id: pool.newJobId(),
    url: workerUrl.href,
    init,
    running: 0,
    closed: false,
    canClaim: () => !failure && next < count && next - consumed < maxInFlight && job.running < limit,
    claim: () => (job.canClaim() ? next++ : undefined),
    result: (k, value) => {
      results.set(k, value as T);
      if (k === consumed) notify();
    },
    fail: (error) => {
      failure ??= error;
      notify();
    },
  };
  const onAbort = () => job.fail(cancelled());
  signal?.addEventListener("abort", onAbort, { once: true });

  try {
    pool.add(job);
    while (consumed < count) {
      if (failure) throw failure;
      if (results.has(consumed)) {
        const value = results.get(consumed)!;
        results.delete(consumed);
        consumed++;
        pool.pump();
        yield value;
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    pool.remove(job);
    results.clear();
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
