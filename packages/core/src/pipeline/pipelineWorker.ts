/**
 * The worker for full runs: chunk k generated and finished (mess, tallies,
 * CSV text, split parts) exactly as the main thread would, so the bytes do
 * not depend on the number of workers. Started by `writeDataset`.
 */
import { compileSpec, fakerFor, generateChunk } from "../generate/generator.js";
import { serveChunks } from "../parallel/serve.js";
import { ChunkPipeline, type ChunkOutput, type ChunkPlan } from "./chunk.js";

export interface PipelineInit {
  plan: ChunkPlan;
  rows: number;
  chunkRows: number;
}

serveChunks<PipelineInit, ChunkOutput>(async ({ plan, rows, chunkRows }) => {
  const compiled = compileSpec(plan.spec);
  const pipeline = new ChunkPipeline(plan);
  const faker = await fakerFor(compiled);
  return (k) => pipeline.process(generateChunk(compiled, plan.seed, k, chunkRows, rows, faker));
});
