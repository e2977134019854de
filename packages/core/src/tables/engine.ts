import type { Faker } from "@faker-js/faker";
import { applyNulls, columnRandom } from "../generate/columnStream.js";
import { effectTerm, type EffectTerm, type SpecContext } from "../generate/effects.js";
import { compileSpec, DEFAULT_CHUNK_ROWS, fakerFor, generateChunk, shiftTestRows, UniqueGuard, type CompiledSpec } from "../generate/generator.js";
import { numericModel, type NumericModel } from "../generate/numeric.js";
import { mixSeed } from "../generate/random.js";
import type { Block, ChunkContext, Value } from "../generate/types.js";
import type { DatasetSpec } from "../spec/datasetSchema.js";
import type { Column } from "../spec/schema.js";
import { childCount, pickRow } from "./counts.js";
import type { FlatTable, RelationSlot } from "./flatten.js";
import { phaseAfterRollups } from "./phases.js";

/** Purpose word of a reference column's row picks (apart from its values stream). */
const PICKS = 0x91c5;
/** Dimension chunks kept while children look rows up in them. */
const DIMENSION_CACHE_CHUNKS = 256;

/** One table's rows of one root chunk: every column of its flat spec (hidden ones too). */
export interface TableBlock {
  readonly table: string;
  readonly block: Block;
  /** For a child table: the root row (within the root chunk) each row descends from; the split follows it. */
  readonly rootOf?: Int32Array;
}

interface Compiled {
  readonly flat: FlatTable;
  readonly compiled: CompiledSpec;
  readonly seed: number;
  readonly env: SpecContext;
  readonly phaseA: readonly number[];
  readonly phaseB: readonly number[];
  /** Children whose rows feed this table's rollups (made before phase B), then the rest. */
  readonly feeders: readonly string[];
  readonly others: readonly string[];
  readonly guard: UniqueGuard;
  readonly keyIndex: number;
}

/** The rows of a child table made for one chunk of parents, and the parent row of each. */
interface ChildRows {
  readonly block: Block;
  readonly parentOf: Int32Array;
}

/** A table's seed: the run's for the root (its bytes stay those of a one-table run), mixed with the name for the others. */
export function tableSeed(seed: number, table: string, root: boolean): number {
  if (root) return seed;
  let h = 0x811c9dc5;
  for (let i = 0; i < table.length; i++) h = Math.imul(h ^ table.charCodeAt(i), 0x01000193);
  return mixSeed(seed, h >>> 0, 0x7ab1e);
}

/**
 * Makes a dataset's related tables, one root chunk at a time: the root's rows,
 * then for each table below it the child rows of those parents (their count
 * drawn per parent row), each child table made with its parent's chunk, so
 * rollups need no second pass and memory stays that of one chunk of each
 * table. Tables of their own rows (products) are made by chunk on demand for
 * lookups and written apart. Chunks go in order (child row numbers run on from
 * the chunk before), so a run is one thread; the bytes depend only on the
 * spec, the seed and the row count.
 */
export class TableEngine {
  private readonly tables = new Map<string, Compiled>();
  private readonly dimensions = new Map<string, Dimension>();
  private readonly cursors = new Map<string, number>();
  private readonly countShift = new Map<string, EffectTerm | undefined>();

  private constructor(
    readonly flat: ReadonlyMap<string, FlatTable>,
    private readonly seed: number,
    private readonly faker: Faker | undefined,
    rootRows: number,
  ) {
    for (const [name, table] of flat) {
      const seedT = tableSeed(seed, name, table.node.root);
      if (table.node.rows !== undefined) this.dimensions.set(name, new Dimension(table, seedT, faker));
      else this.tables.set(name, compileTable(table, seedT, flat, faker, table.node.root ? rootRows : 0));
    }
    for (const [name, table] of flat) {
      const parent = table.node.parent;
      if (parent) this.countShift.set(name, effectTerm(parent.count.effects, this.tables.get(parent.table)!.env));
    }
  }

  /** `rootRows`: the root rows the run will make, when known (the root's unique columns size their tables once for them). */
  static async create(flat: ReadonlyMap<string, FlatTable>, seed: number, rootRows = 0): Promise<TableEngine> {
    let faker: Faker | undefined;
    for (const table of flat.values()) faker ??= await fakerFor(compileSpec(table.spec));
    return new TableEngine(flat, seed, faker, rootRows);
  }

  get root(): FlatTable {
    return [...this.flat.values()].find((t) => t.node.root)!;
  }

  /** The tables of their own rows, with their row counts. */
  get dimensionTables(): { name: string; rows: number }[] {
    return [...this.dimensions.values()].map((d) => ({ name: d.table.node.name, rows: d.rows }));
  }

  /** All blocks of a table of its own rows, in order. */
  *dimensionBlocks(name: string): Generator<Block> {
    const d = this.dimensions.get(name)!;
    for (let k = 0; k * DEFAULT_CHUNK_ROWS < d.rows; k++) yield d.chunk(k);
  }

  /** Root chunk k (of `rows` root rows) with every table below it: root first, then children depth-first. */
  rootChunk(k: number, rows: number): TableBlock[] {
    const root = this.tables.get(this.root.node.name)!;
    const start = k * DEFAULT_CHUNK_ROWS;
    const length = Math.max(0, Math.min(DEFAULT_CHUNK_ROWS, rows - start));
    const out: TableBlock[] = [];
    const block = this.makeTable(root, k, start, length, undefined, out);
    out.unshift({ table: root.flat.node.name, block });
    return out;
  }

  /** Makes a table's rows for one chunk (phase A, children feeding rollups, rollups and phase B, the other children). */
  private makeTable(t: Compiled, k: number, start: number, length: number, parent: { table: Compiled; block: Block; parentOf: Int32Array } | undefined, out: TableBlock[], rootOf?: Int32Array): Block {
    const columns: (Value[] | undefined)[] = new Array(t.compiled.generators.length);
    const ctx: ChunkContext = { seed: t.seed, chunk: k, start, length, columns, faker: this.faker };
    const picks = new Map<string, Int32Array>();
    for (const [i, slot] of t.flat.slots) {
      if (slot.kind === "reference") columns[i] = this.referenceValues(t, i, slot, ctx, parent, picks);
    }
    for (const [i, slot] of t.flat.slots) {
      if (slot.kind === "lookup") columns[i] = this.lookupValues(slot, ctx, parent, picks.get(slot.reference.name)!);
    }
    this.fill(t, ctx, t.phaseA);
    const block: Block = { index: k, start, length, columns: columns as Value[][] };
    const children = new Map<string, ChildRows>();
    for (const name of t.feeders) children.set(name, this.makeChildren(name, t, block, k, out, rootOf));
    for (const [i, slot] of t.flat.slots) {
      if (slot.kind === "rollup") columns[i] = rollupValues(slot.column, this.tables.get(slot.column.table)!, children.get(slot.column.table)!, length);
    }
    this.fill(t, ctx, t.phaseB);
    t.guard.apply(block);
    for (const name of t.others) this.makeChildren(name, t, block, k, out, rootOf);
    return block;
  }

  private fill(t: Compiled, ctx: ChunkContext, order: readonly number[]): void {
    for (const i of order) {
      if (ctx.columns[i] !== undefined) continue;
      const g = t.compiled.generators[i]!;
      const values = g.fill(ctx);
      applyNulls(values, g.column.nullRate ?? 0, ctx, g.salt);
      // A drift (the root's scenario): its feature moves on the test rows before the columns that read it are drawn.
      if (t.compiled.drift?.index === i) shiftTestRows(values, t.compiled.drift, ctx.seed, ctx.start);
      ctx.columns[i] = values;
    }
  }

  /** A child table's rows for a chunk of parents: a count per parent row, then the rows made like any table's. */
  private makeChildren(name: string, parent: Compiled, parentBlock: Block, k: number, out: TableBlock[], parentRootOf: Int32Array | undefined): ChildRows {
    const t = this.tables.get(name)!;
    const count = t.flat.node.parent!.count;
    const shifts = new Float64Array(parentBlock.length);
    const shift = this.countShift.get(name);
    if (shift) shift({ seed: parent.seed, chunk: k, start: parentBlock.start, length: parentBlock.length, columns: parentBlock.columns, faker: this.faker }, shifts);
    const counts = new Int32Array(parentBlock.length);
    let total = 0;
    for (let i = 0; i < parentBlock.length; i++) total += counts[i] = childCount(count, t.seed, parentBlock.start + i, shifts[i]!);
    const parentOf = new Int32Array(total);
    for (let i = 0, r = 0; i < parentBlock.length; i++) for (let j = 0; j < counts[i]!; j++) parentOf[r++] = i;
    const start = this.cursors.get(name) ?? 0;
    this.cursors.set(name, start + total);
    const rootOf = parentRootOf ? parentOf.map((p) => parentRootOf[p]!) : parentOf;
    const block = this.makeTable(t, k, start, total, { table: parent, block: parentBlock, parentOf }, out, rootOf);
    out.push({ table: name, block, rootOf });
    return { block, parentOf };
  }

  private referenceValues(t: Compiled, i: number, slot: Extract<RelationSlot, { kind: "reference" }>, ctx: ChunkContext, parent: { table: Compiled; block: Block; parentOf: Int32Array } | undefined, picks: Map<string, Int32Array>): Value[] {
    const out = new Array<Value>(ctx.length);
    if (slot.parent && parent) {
      const keys = parent.block.columns[parent.table.keyIndex]!;
      for (let r = 0; r < ctx.length; r++) out[r] = keys[parent.parentOf[r]!]!;
      picks.set(slot.column.name, parent.parentOf);
      return out;
    }
    const d = this.dimensions.get(slot.column.table)!;
    const rng = columnRandom(ctx, mixSeed(t.compiled.generators[i]!.salt, PICKS));
    const rows = new Int32Array(ctx.length);
    for (let r = 0; r < ctx.length; r++) {
      rows[r] = pickRow(rng, d.rows, slot.column.popularity, slot.column.skew);
      out[r] = d.value(d.keyIndex, rows[r]!);
    }
    picks.set(slot.column.name, rows);
    return out;
  }

  private lookupValues(slot: Extract<RelationSlot, { kind: "lookup" }>, ctx: ChunkContext, parent: { table: Compiled; block: Block } | undefined, rows: Int32Array): Value[] {
    const out = new Array<Value>(ctx.length);
    const d = this.dimensions.get(slot.reference.table);
    if (d) {
      const source = d.indexOf(slot.column.column);
      for (let r = 0; r < ctx.length; r++) out[r] = d.value(source, rows[r]!);
      return out;
    }
    const source = parent!.table.flat.spec.columns.findIndex((c) => c.name === slot.column.column);
    const values = parent!.block.columns[source]!;
    for (let r = 0; r < ctx.length; r++) out[r] = values[rows[r]!]!;
    return out;
  }
}

function compileTable(flat: FlatTable, seed: number, all: ReadonlyMap<string, FlatTable>, faker: Faker | undefined, rows: number): Compiled {
  const compiled = compileSpec(flat.spec);
  const after = phaseAfterRollups(flat);
  const feeders = new Set(flat.node.rollups.map((r) => r.table));
  const children = [...all.values()].filter((c) => c.node.parent?.table === flat.node.name).map((c) => c.node.name);
  return {
    flat,
    compiled,
    seed,
    env: specContext(flat.spec),
    phaseA: compiled.order.filter((i) => !after.has(i)),
    phaseB: compiled.order.filter((i) => after.has(i)),
    feeders: children.filter((c) => feeders.has(c)),
    others: children.filter((c) => !feeders.has(c)),
    guard: new UniqueGuard(compiled, seed, faker, rows),
    keyIndex: flat.key ? flat.spec.columns.findIndex((c) => c.name === flat.key) : -1,
  };
}

function specContext(spec: DatasetSpec): SpecContext {
  const models = new Map<number, NumericModel>();
  spec.columns.forEach((c: Column, i) => {
    if (c.kind === "integer" || c.kind === "number") models.set(i, numericModel(c));
  });
  return { spec, byName: new Map(spec.columns.map((c, i) => [c.name, i])), models };
}

/** A rollup per parent row over its child rows' values, on the clean values (mess comes after). */
function rollupValues(rollup: FlatTable["node"]["rollups"][number], child: Compiled, rows: ChildRows, parents: number): Value[] {
  const out = new Array<Value>(parents).fill(null);
  const n = new Int32Array(parents);
  const acc = new Float64Array(parents);
  const source = rollup.column ? rows.block.columns[child.flat.spec.columns.findIndex((c) => c.name === rollup.column)]! : undefined;
  const fn = rollup.function;
  if (fn === "min") acc.fill(Infinity);
  if (fn === "max") acc.fill(-Infinity);
  for (let r = 0; r < rows.parentOf.length; r++) {
    const p = rows.parentOf[r]!;
    if (fn === "count") {
      n[p]!++;
      continue;
    }
    const v = source![r];
    if (typeof v !== "number") continue;
    n[p]!++;
    if (fn === "sum" || fn === "mean") acc[p]! += v;
    else if (fn === "min") acc[p] = Math.min(acc[p]!, v);
    else acc[p] = Math.max(acc[p]!, v);
  }
  for (let p = 0; p < parents; p++) {
    if (fn === "count") out[p] = n[p]!;
    else if (fn === "sum") out[p] = roundTo(acc[p]!, rollup.decimals ?? 6);
    else if (n[p]! === 0) out[p] = null;
    else if (fn === "mean") out[p] = roundTo(acc[p]! / n[p]!, rollup.decimals ?? 2);
    else out[p] = acc[p]!;
  }
  return out;
}

/** Rounds at `decimals` digits (sums of cents stay exact to the cent: the error of a float sum is far below it). */
function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/**
 * A table of its own rows (products), made chunk by chunk as lookups need its
 * rows and kept in a small cache: never held whole.
 */
class Dimension {
  readonly rows: number;
  readonly keyIndex: number;
  private readonly compiled: CompiledSpec;
  /**
   * The cached chunks by index, evicted by the clock (second-chance) rule: a
   * hit only marks its chunk used, and a miss sweeps the ring for one not used
   * since the hand last passed. As good as least-recently-used for Zipf picks,
   * without an LRU map reordered on every switch between chunks.
   */
  private readonly cache = new Map<number, CachedChunk>();
  private readonly ring: CachedChunk[] = [];
  private hand = 0;
  /** Zipf picks hit the same few chunks: the last one is checked before the map. */
  private last: CachedChunk | undefined;

  constructor(
    readonly table: FlatTable,
    private readonly seed: number,
    private readonly faker: Faker | undefined,
  ) {
    this.rows = table.node.rows!;
    this.compiled = compileSpec(table.spec);
    this.keyIndex = table.key ? table.spec.columns.findIndex((c) => c.name === table.key) : -1;
  }

  indexOf(column: string): number {
    return this.table.spec.columns.findIndex((c) => c.name === column);
  }

  value(column: number, row: number): Value {
    const k = Math.floor(row / DEFAULT_CHUNK_ROWS);
    let entry = this.last;
    if (entry?.k !== k) this.last = entry = this.cache.get(k) ?? this.load(k);
    entry.used = true;
    return entry.block.columns[column]![row - k * DEFAULT_CHUNK_ROWS]!;
  }

  /** Chunk k for writing: from the cache if lookups made it, else made and not kept (writing goes through every chunk once). */
  chunk(k: number): Block {
    return this.cache.get(k)?.block ?? this.make(k);
  }

  private load(k: number): CachedChunk {
    const entry: CachedChunk = { k, block: this.make(k), used: false };
    if (this.ring.length < DIMENSION_CACHE_CHUNKS) this.ring.push(entry);
    else {
      while (this.ring[this.hand]!.used) {
        this.ring[this.hand]!.used = false;
        this.hand = (this.hand + 1) % DIMENSION_CACHE_CHUNKS;
      }
      this.cache.delete(this.ring[this.hand]!.k);
      this.ring[this.hand] = entry;
      this.hand = (this.hand + 1) % DIMENSION_CACHE_CHUNKS;
    }
    this.cache.set(k, entry);
    return entry;
  }

  /** Chunk k, from (seed, k) alone: the same whether written or looked up (its unique columns are unique by construction: validation). */
  private make(k: number): Block {
    return generateChunk(this.compiled, this.seed, k, DEFAULT_CHUNK_ROWS, this.rows, this.faker);
  }
}

interface CachedChunk {
  readonly k: number;
  readonly block: Block;
  used: boolean;
}
