/**
 * The worker side of `runOrdered`: call `serveChunks` from a worker module
 * with a setup function. A thread of the shared pool serves chunks of many
 * runs over its life: it gets each run's init with that run's first chunk,
 * sets it up once, and forgets it when the run ends.
 */
import { parentPort } from "node:worker_threads";
import { SynthdataError } from "../errors.js";
import type { ChunkReply, ChunkRequest } from "./pool.js";

type Handler<T> = (k: number) => T | Promise<T>;

export function serveChunks<I, T>(setup: (init: I) => Handler<T> | Promise<Handler<T>>): void {
  const port = parentPort;
  if (!port) throw new Error("serveChunks runs inside a worker thread started by runOrdered");
  const jobs = new Map<number, Promise<Handler<T>>>();
  port.on("message", async (message: ChunkRequest) => {
    if ("drop" in message) {
      jobs.delete(message.drop);
      return;
    }
    const { job, k } = message;
    if (message.hasInit) {
      // Chunks may arrive before an async setup is done: each waits for it (and gets its error).
      const ready = (async () => setup(message.init as I))();
      ready.catch(() => undefined);
      jobs.set(job, ready);
    }
    let reply: ChunkReply<T>;
    try {
      const ready = jobs.get(job);
      if (!ready) throw new Error(`chunk ${k} of run ${job} arrived without the run's setup`);
      reply = { job, k, value: await (await ready)(k) };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = { job, k, error: { message: e.message, ...(e instanceof SynthdataError ? { code: e.code, ...(e.data ? { data: { ...e.data } } : {}) } : {}) } };
    }
    port.postMessage(reply);
  });
}
