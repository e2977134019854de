import type { Faker } from "@faker-js/faker";

/** A cell before CSV encoding. Dates are epoch milliseconds; the column formats them. */
export type Value = string | number | boolean | null;

/** The rows [start, start + length) of a run, held column by column in spec order. */
export interface Block {
  readonly index: number;
  readonly start: number;
  readonly length: number;
  readonly columns: Value[][];
}

/** What a column generator sees while it fills one chunk. */
export interface ChunkContext {
  readonly seed: number;
  readonly chunk: number;
  readonly start: number;
  readonly length: number;
  /** Columns already made for this chunk, by spec index (dependencies first). */
  readonly columns: (Value[] | undefined)[];
  /** Set when the spec has a catalog method that calls faker itself (CompiledSpec.usesFaker). */
  readonly faker: Faker | undefined;
}
