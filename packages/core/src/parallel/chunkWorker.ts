/**
 * The default generation worker: chunk k of a spec as CSV text (no header),
 * byte for byte what the main thread would make of it. Started by
 * `csvChunks`/`runOrdered` with a `CsvChunkInit`.
 */
import { CsvEncoder } from "../csv/encode.js";
import { compileSpec, fakerFor, generateChunk } from "../generate/generator.js";
import type { CsvChunkInit } from "./csvChunks.js";
import { serveChunks } from "./serve.js";

serveChunks<CsvChunkInit, string>(async (init) => {
  const compiled = compileSpec(init.spec);
  const encoder = new CsvEncoder(init.spec);
  const faker = await fakerFor(compiled);
  return (k) => encoder.block(generateChunk(compiled, init.seed, k, init.chunkRows, init.rows, faker));
});
