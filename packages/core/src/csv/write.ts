import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { access, mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { SynthdataError } from "../errors.js";

export interface AtomicWriteOptions {
  /** Replace an existing file; otherwise OUTPUT_EXISTS. */
  overwrite?: boolean;
  signal?: AbortSignal;
}

/**
 * Writes text chunks to `path` through a temp file in the same folder, renamed
 * into place only after the last chunk: a failed or cancelled run leaves no
 * partial file. Honours backpressure.
 */
export async function writeFileAtomic(path: string, chunks: AsyncIterable<string>, options: AtomicWriteOptions = {}): Promise<number> {
  const dir = dirname(path);
  if (!options.overwrite && (await exists(path))) {
    throw new SynthdataError("OUTPUT_EXISTS", `${path} already exists; choose another output path or allow overwriting`, { data: { path } });
  }
  await mkdir(dir, { recursive: true }).catch((cause: unknown) => {
    throw new SynthdataError("IO_ERROR", `cannot create folder ${dir}: ${(cause as Error).message}`, { cause });
  });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const out = createWriteStream(temp, { flags: "wx" });
  // Keep the first stream error: a write can fail after we stopped listening for 'drain'.
  let streamError: Error | undefined;
  out.on("error", (error) => {
    streamError ??= error;
  });
  let bytes = 0;
  try {
    await once(out, "open");
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw new SynthdataError("CANCELLED", "generation was cancelled; no file was written");
      if (streamError) throw streamError;
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    // Resolves once the file is flushed and closed (or at once if it already closed after an error).
    await finished(out);
    if (streamError) throw streamError;
    await renameWithRetry(temp, path);
    return bytes;
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    if (error instanceof SynthdataError) throw error;
    throw new SynthdataError("IO_ERROR", `could not write ${path}: ${(error as Error).message}`, { cause: error });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Windows refuses a rename over a file another process has open for a moment: retry briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== "EPERM" && code !== "EACCES" && code !== "EBUSY")) throw error;
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }
}
