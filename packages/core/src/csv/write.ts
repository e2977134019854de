import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { access, mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { finished } from "node:stream/promises";
import { SynthdataError } from "../errors.js";

export interface AtomicWriteOptions {
  /** Replace an existing file; otherwise OUTPUT_EXISTS. */
  overwrite?: boolean;
  signal?: AbortSignal;
}

/**
 * A file written through a temp file in the same folder and renamed into
 * place by `commit()`: until then nothing exists at `path`, and `abort()`
 * removes every trace. Writes honour backpressure.
 */
export class AtomicFile {
  private bytesWritten = 0;
  private streamError: Error | undefined;

  private constructor(
    readonly path: string,
    private readonly temp: string,
    private readonly out: WriteStream,
  ) {
    // Keep the first stream error: a write can fail after we stopped listening for 'drain'.
    out.on("error", (error) => {
      this.streamError ??= error;
    });
  }

  static async open(path: string, options: { overwrite?: boolean } = {}): Promise<AtomicFile> {
    const dir = dirname(path);
    if (!options.overwrite && (await exists(path))) {
      throw new SynthdataError("OUTPUT_EXISTS", `${path} already exists; choose another output path or allow overwriting`, { data: { path } });
    }
    await mkdir(dir, { recursive: true }).catch((cause: unknown) => {
      throw new SynthdataError("IO_ERROR", `cannot create folder ${dir}: ${(cause as Error).message}`, { cause });
    });
    const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
    const file = new AtomicFile(path, temp, createWriteStream(temp, { flags: "wx" }));
    try {
      await once(file.out, "open");
    } catch (error) {
      await file.abort();
      throw new SynthdataError("IO_ERROR", `could not write ${path}: ${(error as Error).message}`, { cause: error });
    }
    return file;
  }

  get bytes(): number {
    return this.bytesWritten;
  }

  async write(chunk: string): Promise<void> {
    if (this.streamError) throw this.ioError(this.streamError);
    this.bytesWritten += Buffer.byteLength(chunk);
    if (!this.out.write(chunk)) await once(this.out, "drain").catch((error: Error) => Promise.reject(this.ioError(error)));
  }

  /** Flushes, closes and renames the file into place. */
  async commit(): Promise<void> {
    this.out.end();
    // Resolves once the file is flushed and closed (or at once if it already closed after an error).
    await finished(this.out).catch(() => undefined);
    if (this.streamError) {
      await this.abort();
      throw this.ioError(this.streamError);
    }
    await renameWithRetry(this.temp, this.path);
  }

  /** Closes and deletes the temp file; the target path is left as it was. */
  async abort(): Promise<void> {
    this.out.destroy();
    await rm(this.temp, { force: true });
  }

  private ioError(error: Error): SynthdataError {
    return new SynthdataError("IO_ERROR", `could not write ${this.path}: ${error.message}`, { cause: error });
  }
}

/** Writes text chunks to `path` atomically (see AtomicFile); returns the bytes written. */
export async function writeFileAtomic(path: string, chunks: AsyncIterable<string>, options: AtomicWriteOptions = {}): Promise<number> {
  const file = await AtomicFile.open(path, options);
  try {
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw new SynthdataError("CANCELLED", "generation was cancelled; no file was written");
      await file.write(chunk);
    }
    await file.commit();
    return file.bytes;
  } catch (error) {
    await file.abort();
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
export async function renameWithRetry(from: string, to: string): Promise<void> {
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
