import { basename, dirname } from "node:path";
import { SynthdataError } from "../errors.js";
import { OutputSet } from "../output/outputSet.js";

export interface AtomicWriteOptions {
  /** Replace an existing file; otherwise OUTPUT_EXISTS. */
  overwrite?: boolean;
  signal?: AbortSignal;
}

/**
 * Writes text chunks to `path` atomically (a one-file OutputSet): nothing is
 * at `path` until the file is complete, and an existing file is replaced
 * only with `overwrite`. Returns the bytes written.
 */
export async function writeFileAtomic(path: string, chunks: AsyncIterable<string>, options: AtomicWriteOptions = {}): Promise<number> {
  const set = await OutputSet.open(dirname(path));
  const name = basename(path);
  if (!options.overwrite && (await set.firstTaken([name])) !== undefined) {
    throw new SynthdataError("OUTPUT_EXISTS", `${path} already exists; choose another output path or allow overwriting`, { data: { path } });
  }
  try {
    const file = await set.stage(name);
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw new SynthdataError("CANCELLED", "generation was cancelled; no file was written");
      await file.write(chunk);
    }
    await set.commit([{ file, name }], { replace: options.overwrite ?? false });
    return file.bytes;
  } catch (error) {
    await set.discard();
    if (error instanceof SynthdataError) throw error;
    throw new SynthdataError("IO_ERROR", `could not write ${path}: ${(error as Error).message}`, { cause: error });
  }
}
