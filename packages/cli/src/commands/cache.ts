import { SchemaCache, defaultCacheDir, readEnvironment } from "@synthdata/core/doors";
import type { CliArgs } from "../args.js";
import type { CliIO } from "../io.js";

/** `synthdata cache path` prints the cache file; `synthdata cache clear` empties it. */
export async function cacheCommand(args: CliArgs, io: CliIO): Promise<void> {
  const cache = new SchemaCache(defaultCacheDir(readEnvironment(process.env, io.cwd)));
  if (args.cacheAction === "path") {
    io.stdout.write(`${cache.file}\n`);
    return;
  }
  const removed = await cache.clear();
  io.stderr.write(`Cleared the schema cache at ${cache.file} (${removed} ${removed === 1 ? "spec" : "specs"} removed).\n`);
}
