/**
 * The worker side of `runOrdered`: call `serveChunks` from a worker module
 * with a setup function; it gets `workerData` once and returns the handler
 * for chunk indices.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SynthdataError } from "../errors.js";
import type { ChunkReply } from "./pool.js";

type Handler<T> = (k: number) => T | Promise<T>;

export function serveChunks<I, T>(setup: (init: I) => Handler<T> | Promise<Handler<T>>): void {
  const port = parentPort;
  if (!port) throw new Error("serveChunks runs inside a worker thread started by runOrdered");
  // Messages may arrive before an async setup is done: each waits for it (and gets its error).
  const ready = (async () => setup(workerData as I))();
  ready.catch(() => undefined);
  port.on("message", async (k: number) => {
    let reply: ChunkReply<T>;
    try {
      const handle = await ready;
      reply = { k, value: await handle(k) };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = { k, error: { message: e.message, ...(e instanceof SynthdataError ? { code: e.code, ...(e.data ? { data: { ...e.data } } : {}) } : {}) } };
    }
    port.postMessage(reply);
  });
}
