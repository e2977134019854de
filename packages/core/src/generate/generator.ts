import type { Faker } from "@faker-js/faker";
import { SynthdataError } from "../errors.js";
import { generationOrder } from "../spec/dependencies.js";
import type { DatasetSpec } from "../spec/schema.js";
import { applyNulls, compileColumns, type ColumnGenerator } from "./columns.js";
import { createFaker, loadFaker } from "./faker.js";
import { numericModel } from "./numeric.js";
import { SeenValues } from "./seenValues.js";
import { driftOf } from "../scenarios/expand.js";
import { driftTestRows } from "../split/testRows.js";
import type { Block, ChunkContext, Value } from "./types.js";

/**
 * Rows per chunk. Small enough that a chunk's values and text die young (4096-row
 * chunks were promoted to the old generation and peak RSS crept up with the row
 * count), large enough that per-chunk costs (seeding, a worker message) vanish.
 */
export const DEFAULT_CHUNK_ROWS = 1024;
/** Redraws tried for one colliding value of a unique column before giving up. */
const MAX_REDRAWS = 30;

/** A validated spec compiled for generation: column generators in dependency order. */
export interface CompiledSpec {
  readonly spec: DatasetSpec;
  readonly generators: readonly ColumnGenerator[];
  readonly order: readonly number[];
  /** A column calls faker itself: generation needs `fakerFor(compiled)` (which loads faker). */
  readonly usesFaker: boolean;
  /** A drift scenario: this column moves by `amount` on the test rows (split/testRows.ts) before its dependants are drawn. */
  readonly drift?: { index: number; amount: number; factor: number; train: number };
}

/** Compiles a spec that has passed `parseSpec`. */
export function compileSpec(spec: DatasetSpec): CompiledSpec {
  const order = generationOrder(spec.columns);
  if ("cycle" in order) throw new SynthdataError("INVALID_SPEC", `columns depend on each other in a cycle: ${order.cycle.join(" -> ")}`);
  const generators = compileColumns(spec);
  const drift = compileDrift(spec);
  return { spec, generators, order: order.order, usesFaker: generators.some((g) => g.usesFaker), ...(drift ? { drift } : {}) };
}

/** The drift of an expanded spec as the generator applies it: the shift in the column's own units, on its grid. */
function compileDrift(spec: DatasetSpec): CompiledSpec["drift"] {
  const drift = driftOf(spec);
  const index = drift ? spec.columns.findIndex((c) => c.name === drift.column) : -1;
  const column = spec.columns[index];
  // A pilot (prepare.ts) may leave the drifted column out.
  if (!drift || !column || (column.kind !== "integer" && column.kind !== "number")) return undefined;
  const factor = 10 ** (column.kind === "number" ? (column.decimals ?? 2) : 0);
  return { index, amount: Math.round(drift.shift * numericModel(column).scale * factor) / factor, factor, train: drift.train };
}

/** The Faker a run of this spec passes to `generateChunk`: loaded and made only when a column calls faker. */
export async function fakerFor(compiled: CompiledSpec): Promise<Faker | undefined> {
  if (!compiled.usesFaker) return undefined;
  await loadFaker();
  return createFaker();
}

/**
 * Chunk k of a run, made from (seed, k) alone: the basis for parallel
 * generation. Unique columns are not yet de-duplicated across chunks (see
 * UniqueGuard), so only they may differ from the final output.
 */
export function generateChunk(
  compiled: CompiledSpec,
  seed: number,
  k: number,
  chunkRows: number,
  totalRows: number,
  faker: Faker | undefined = compiled.usesFaker ? createFaker() : undefined,
): Block {
  const start = k * chunkRows;
  const length = Math.max(0, Math.min(chunkRows, totalRows - start));
  const columns: (Value[] | undefined)[] = new Array(compiled.generators.length);
  const ctx: ChunkContext = { seed, chunk: k, start, length, columns, faker };
  for (const i of compiled.order) {
    const g = compiled.generators[i]!;
    const values = g.fill(ctx);
    applyNulls(values, g.column.nullRate ?? 0, ctx, g.salt);
    if (compiled.drift?.index === i) shiftTestRows(values, compiled.drift, seed, start);
    columns[i] = values;
  }
  return { index: k, start, length, columns: columns as Value[][] };
}

/** Moves the drifted column on the chunk's test rows, before any column that reads it is drawn. */
export function shiftTestRows(values: Value[], drift: NonNullable<CompiledSpec["drift"]>, seed: number, start: number): void {
  const test = driftTestRows(seed, start, values.length, drift.train);
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (test[r] && typeof v === "number") values[r] = Math.round((v + drift.amount) * drift.factor) / drift.factor;
  }
}

/**
 * Whether chunks of this spec can be made apart (in worker threads): not when
 * a unique column is kept unique by UniqueGuard, which must see chunks in order.
 */
export function canParallelise(compiled: CompiledSpec): boolean {
  return !compiled.generators.some((g) => g.column.unique && !g.uniqueByConstruction);
}

/** Checks, before any row is made, that unique columns have room for the rows asked for. */
export function checkUniqueCapacity(compiled: CompiledSpec, rows: number): void {
  for (const g of compiled.generators) {
    if (!g.column.unique) continue;
    const expected = rows * (1 - (g.column.nullRate ?? 0));
    if (g.capacity < expected) {
      throw new SynthdataError(
        "UNIQUE_EXHAUSTED",
        `column "${g.column.name}" is unique but can only hold ${g.capacity} distinct values, and ${rows} rows were asked for; ask for fewer rows, widen its range or values, or drop "unique"`,
        { data: { column: g.column.name, capacity: g.capacity, rows } },
      );
    }
  }
}

/**
 * Keeps unique columns unique across chunks, applied to chunks in order. A
 * value already seen is redrawn from a stream of (seed, row, attempt), so the
 * result depends only on the seed, never on how chunks were scheduled.
 */
export class UniqueGuard {
  /** Per guarded column, the values written so far (as fingerprints: 11-21 bytes a value, off the heap). */
  private readonly seen: Map<number, SeenValues>;
  /** `rows`: the rows the run will make, when known (its tables are then made at their final size). */
  constructor(
    private readonly compiled: CompiledSpec,
    private readonly seed: number,
    private readonly faker: Faker | undefined,
    rows = 0,
  ) {
    this.seen = new Map(compiled.generators.filter((g) => g.column.unique && !g.uniqueByConstruction).map((g) => [g.index, new SeenValues(rows)]));
  }

  get active(): boolean {
    return this.seen.size > 0;
  }

  apply(block: Block): void {
    for (const [index, seen] of this.seen) {
      const g = this.compiled.generators[index]!;
      const values = block.columns[index]!;
      for (let i = 0; i < block.length; i++) {
        let v: Value = values[i]!;
        if (v === null) continue;
        let attempt = 0;
        while (seen.has(v)) {
          if (g.probe && attempt >= MAX_REDRAWS) {
            v = this.walk(g, block.start + i, seen);
            break;
          }
          if (!g.redraw || ++attempt > MAX_REDRAWS) {
            throw new SynthdataError(
              "UNIQUE_EXHAUSTED",
              `column "${g.column.name}" ran out of distinct values at row ${block.start + i + 1}; ask for fewer rows, choose a method with more variety, or drop "unique"`,
              { data: { column: g.column.name, row: block.start + i + 1 } },
            );
          }
          const sources = block.columns.map((c) => c[i]);
          v = g.redraw(block.start + i, attempt, { seed: this.seed, faker: this.faker, sources });
          if (v === null) break;
        }
        values[i] = v;
        if (v !== null) seen.add(v);
      }
    }
  }

  private walk(g: ColumnGenerator, row: number, seen: SeenValues): Value {
    for (let k = 0; k < g.capacity; k++) {
      const candidate = g.probe!(row, k, this.seed);
      if (!seen.has(candidate)) return candidate;
    }
    throw new SynthdataError("UNIQUE_EXHAUSTED", `column "${g.column.name}" has no distinct values left at row ${row + 1}; widen its range or ask for fewer rows`, {
      data: { column: g.column.name, row: row + 1 },
    });
  }
}

export interface BlockOptions {
  rows: number;
  seed: number;
  chunkRows?: number;
  signal?: AbortSignal;
}

/** All blocks of a run in order, unique columns guarded; checks the signal between chunks. */
export async function* generateBlocks(compiled: CompiledSpec, options: BlockOptions): AsyncGenerator<Block> {
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  checkUniqueCapacity(compiled, options.rows);
  const faker = await fakerFor(compiled);
  const guard = new UniqueGuard(compiled, options.seed, faker, options.rows);
  const chunks = Math.ceil(options.rows / chunkRows);
  for (let k = 0; k < chunks; k++) {
    throwIfAborted(options.signal);
    const block = generateChunk(compiled, options.seed, k, chunkRows, options.rows, faker);
    guard.apply(block);
    yield block;
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SynthdataError("CANCELLED", "generation was cancelled; no file was written");
}
