import type { CompiledSpec } from "./generator.js";
import type { Block } from "./types.js";

/**
 * The generator's side channel for a target: what each row's draw of the target was made from
 * (see ColumnGenerator.truth), for the card's ceiling and for grading. It is computed from the
 * block's clean values, before any mess, and never reaches a data file.
 */
export interface TargetTruth {
  /** The target's index in the spec's columns. */
  readonly index: number;
  /** Numbers per row: 1 (probability of true, or expected value), or the category's value count. */
  readonly stride: number;
  /** For the block's rows `rows` (0-based, in that order; stride numbers each); call it on the clean block, before mess. */
  of(block: Block, rows: readonly number[]): Float64Array;
}

/** The truth of `target` in a compiled spec run with `seed`, or undefined when it has none (no effects, or a kind without one). */
export function targetTruth(compiled: CompiledSpec, target: string, seed: number): TargetTruth | undefined {
  const g = compiled.generators.find((c) => c.column.name === target);
  if (!g?.truth) return undefined;
  const column = g.column;
  if (!("effects" in column) || !column.effects?.length) return undefined;
  const truth = g.truth.bind(g);
  return {
    index: g.index,
    stride: column.kind === "category" ? column.values.length : 1,
    of: (block, rows) => truth({ seed, chunk: block.index, start: block.start, length: block.length, columns: block.columns, faker: undefined }, rows),
  };
}
