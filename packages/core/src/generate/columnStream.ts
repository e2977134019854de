import type { Faker } from "@faker-js/faker";
import type { Column } from "../spec/schema.js";
import { Random, mixSeed } from "./random.js";
import type { ChunkContext, Value } from "./types.js";

/** Stream purposes, so the values and the null mask of a column never share draws. */
export const VALUES = 0;
export const NULLS = 1;
/** Purpose word of the per-row streams a unique column redraws from. */
export const REDRAW = 7;
/** Purpose word of the stream a numeric column's expected value is averaged from (see `truth`). */
export const TRUTH = 11;

/** How one column is made, compiled once per run. */
export interface ColumnGenerator {
  readonly index: number;
  readonly column: Column;
  /** The column's stream salt: a hash of its name and of the spec's column names (see columnSalts). */
  readonly salt: number;
  /** Fills the chunk's values (nulls not yet applied). */
  fill(ctx: ChunkContext): Value[];
  /** A fresh candidate for one row, for unique columns whose draw collided; undefined if the column cannot make one. */
  redraw?(row: number, attempt: number, ctx: { seed: number; faker: Faker | undefined; sources: (Value | undefined)[] }): Value;
  /** Calls faker itself (a catalog method fastFaker does not compile): the run must load faker. */
  usesFaker?: boolean;
  /** The k-th candidate of a walk over the whole value space, for ranges that may fill up completely. */
  probe?(row: number, k: number, seed: number): Value;
  /**
   * The side channel of a target with effects: per row of the chunk, from the clean values its draw
   * read, the probability of true (boolean), the probability of each value in spec order (category,
   * `values.length` numbers a row) or the expected value (number), for the chunk's rows `rows` in that
   * order (0-based within the chunk; a row's truth does not depend on which others are asked for).
   * Never written into a data file.
   */
  truth?(ctx: ChunkContext, rows: readonly number[]): Float64Array;
  /** How many distinct values the column can hold, where that is known. */
  readonly capacity: number;
  /** Unique by construction (sequence, permutation): no collision check needed. */
  readonly uniqueByConstruction: boolean;
}

export type GeneratorBase = Omit<ColumnGenerator, "fill">;

/**
 * Each column's stream salt: a hash of its name and of the set of the spec's
 * column names, never of positions. The same spec and seed give the same
 * bytes (and reordering columns does not change their values), while two
 * datasets with different columns do not share streams even where a column
 * has the same name (issue 14: patients' and players' "name" columns equal
 * row for row under one seed).
 */
export function columnSalts(columns: readonly { name: string }[]): number[] {
  const set = fnv([...columns.map((c) => c.name)].sort().join("\u0000"));
  return columns.map((c) => mixSeed(fnv(c.name), set, 0x5a17));
}

/** FNV-1a over UTF-16 code units. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function columnRandom(ctx: { seed: number; chunk: number }, salt: number, purpose = VALUES): Random {
  return Random.for(ctx.seed, ctx.chunk, salt, purpose);
}

/** Draws a null mask for the chunk from its own stream and applies it in place. */
export function applyNulls(values: Value[], nullRate: number, ctx: ChunkContext, salt: number): void {
  if (!(nullRate > 0)) return;
  const rng = columnRandom(ctx, salt, NULLS);
  for (let i = 0; i < values.length; i++) if (rng.next() < nullRate) values[i] = null;
}
