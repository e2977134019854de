import type { Faker } from "@faker-js/faker";
import type { Column } from "../spec/schema.js";
import { Random, mixSeed } from "./random.js";
import type { ChunkContext, Value } from "./types.js";

/** Stream purposes, so the values and the null mask of a column never share draws. */
export const VALUES = 0;
export const NULLS = 1;
/** Purpose word of the per-row streams a unique column redraws from. */
export const REDRAW = 7;

/** How one column is made, compiled once per run. */
export interface ColumnGenerator {
  readonly index: number;
  readonly column: Column;
  /** The column's stream salt: a hash of its name (see nameSalt). */
  readonly salt: number;
  /** Fills the chunk's values (nulls not yet applied). */
  fill(ctx: ChunkContext): Value[];
  /** A fresh candidate for one row, for unique columns whose draw collided; undefined if the column cannot make one. */
  redraw?(row: number, attempt: number, ctx: { seed: number; faker: Faker | undefined; sources: (Value | undefined)[] }): Value;
  /** Calls faker itself (a catalog method fastFaker does not compile): the run must load faker. */
  usesFaker?: boolean;
  /** The k-th candidate of a walk over the whole value space, for ranges that may fill up completely. */
  probe?(row: number, k: number, seed: number): Value;
  /** How many distinct values the column can hold, where that is known. */
  readonly capacity: number;
  /** Unique by construction (sequence, permutation): no collision check needed. */
  readonly uniqueByConstruction: boolean;
}

export type GeneratorBase = Omit<ColumnGenerator, "fill">;

/**
 * A column's stream salt, from its name rather than its position: the same
 * spec and seed give the same bytes, while two datasets that share a seed
 * but not their columns no longer share streams (issue 14: patient names
 * equal to players' names row for row). FNV-1a over UTF-16 units, then mixed.
 */
export function nameSalt(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return mixSeed(h >>> 0, 0x5a17);
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
