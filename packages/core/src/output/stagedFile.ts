import { randomBytes } from "node:crypto";
import { once } from "node:events";
import type { WriteStream } from "node:fs";
import { lstat, open, readdir, realpath, rm, stat, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { SynthdataError } from "../errors.js";
import type { FolderGuard } from "./folderGuard.js";

/**
 * Our temp files: `.<name>.<12 hex>.tmp` beside the final file (name cut to
 * 64 safe characters so the temp name stays short whatever the final one).
 * The pattern is what the stale sweep recognises as ours.
 */
const TEMP_PATTERN = /^\.[^/\\]*\.[0-9a-f]{12}\.tmp$/;
/** A temp file this much older than its last write belongs to a run that died (a crash, SIGKILL, power loss). */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** Bytes a file's stream buffers before it waits for the disk: 1 MiB, not 16 KiB, is fewer, larger writes (issue 16 measured 1.19x on the CLI). */
const WRITE_BUFFER_BYTES = 1 << 20;

export const hiddenName = (name: string, suffix: string) => `.${name.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 64)}.${randomBytes(6).toString("hex")}.${suffix}`;

export interface FileIdentity {
  dev: number;
  ino: number;
}

export const sameFile = (a: FileIdentity, b: FileIdentity) => a.dev === b.dev && a.ino === b.ino;

/**
 * One file of a run while it is written: a temp file in the folder of its
 * final name, created exclusively, written with backpressure. An OutputSet
 * places it under its final name; until then the final name is untouched.
 */
export class StagedFile {
  private bytesWritten = 0;
  private streamError: Error | undefined;
  private finished = false;
  /** Set once the temp name no longer exists (moved into place, or discarded). */
  gone = false;

  private constructor(
    /** The final name, for messages. */
    readonly label: string,
    /** The real folder the temp file was created in. */
    readonly createdIn: string,
    readonly tempName: string,
    readonly identity: FileIdentity,
    private readonly out: WriteStream,
  ) {
    // Keep the first stream error: a write can fail after we stopped listening for 'drain'.
    out.on("error", (error) => {
      this.streamError ??= error;
    });
  }

  /**
   * Creates the temp file in `realDir` (the realpath of the set's folder). With a guard, the file
   * is checked after creation: its own real path inside the folders and the same file we opened.
   */
  static async create(realDir: string, label: string, guard: FolderGuard | undefined): Promise<StagedFile> {
    const tempName = hiddenName(label, "tmp");
    const temp = join(realDir, tempName);
    let handle: FileHandle;
    try {
      handle = await open(temp, "wx");
    } catch (cause) {
      throw new SynthdataError("IO_ERROR", `could not write ${label}: ${(cause as Error).message}`, { cause });
    }
    const { dev, ino } = await handle.stat();
    if (guard) {
      try {
        const real = await realpath(temp);
        guard.check(temp, real);
        if (!sameFile(await stat(real), { dev, ino })) guard.check(temp, `${real} (another file)`);
      } catch (error) {
        await handle.close();
        // Remove what we created, and only that.
        if (await isFile(temp, { dev, ino })) await rm(temp, { force: true });
        throw error;
      }
    }
    return new StagedFile(label, realDir, tempName, { dev, ino }, handle.createWriteStream({ highWaterMark: WRITE_BUFFER_BYTES }));
  }

  get bytes(): number {
    return this.bytesWritten;
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.streamError) throw this.ioError(this.streamError);
    // Encoded once here and counted from the buffer (byteLength, then the stream's own encode, was twice).
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    this.bytesWritten += bytes.byteLength;
    if (!this.out.write(bytes)) await once(this.out, "drain").catch((error: Error) => Promise.reject(this.ioError(error)));
  }

  /** Flushes and closes the temp file; a write error that surfaced late (ENOSPC on flush) is thrown here. Idempotent. */
  async finish(): Promise<void> {
    if (!this.finished) {
      this.finished = true;
      if (!this.out.closed) {
        const closed = once(this.out, "close").catch(() => undefined);
        this.out.end();
        await closed;
      }
    }
    if (this.streamError) throw this.ioError(this.streamError);
  }

  /** Closes the stream without flushing (for discarding). */
  async close(): Promise<void> {
    this.finished = true;
    if (this.out.closed) return;
    const closed = once(this.out, "close").catch(() => undefined);
    this.out.destroy();
    await closed;
  }

  private ioError(error: Error): SynthdataError {
    return new SynthdataError("IO_ERROR", `could not write ${this.label}: ${error.message}`, { cause: error });
  }
}

/** True when `path` is a regular file, and (given `identity`) that very file. */
export async function isFile(path: string, identity?: FileIdentity): Promise<boolean> {
  try {
    const found = await lstat(path);
    return found.isFile() && (identity === undefined || sameFile(found, identity));
  } catch {
    return false;
  }
}

/** Removes our temp files older than STALE_TEMP_MS from `dir`; live runs keep theirs fresh by writing. Best effort. */
export async function sweepStaleTemps(dir: string, now = Date.now()): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((name) => TEMP_PATTERN.test(name))
      .map(async (name) => {
        const path = join(dir, name);
        const found = await lstat(path).catch(() => undefined);
        if (found?.isFile() && now - found.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true }).catch(() => undefined);
      }),
  );
}
