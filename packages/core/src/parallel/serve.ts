/**
 * The worker side of `runOrdered`: call `serveChunks` from a worker module
 * with a setup function; it gets `workerData` once and returns the handler
 * for chunk indices.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SynthdataError } from "../errors.js";
import type { ChunkReply } from "./pool.js";

export function serveChunks<I, T>(setup: (init: I) => (k: number) => T | Promise<T>): void {
  const port = parentPort;
  if (!port) throw new Error("serveChunks runs inside a worker thread started by runOrdered");
  let handle: ((k: number) => T | Promise<T>) | undefined;
  let setupError: unknown;
  try {
    handle = setup(workerData as I);
  } catch (error) {
    setupError = error;
  }
  port.on("message", async (k: number) => {
    let reply: ChunkReply<T>;
    try {
      if (!handle) throw setupError;
      reply = { k, value: await handle(k) };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = { k, error: { message: e.message, ...(e instanceof SynthdataError ? { code: e.code, ...(e.data ? { data: { ...e.data } } : {}) } : {}) } };
    }
    port.postMessage(reply);
  });
}
