import type { Block, Value } from "../generate/types.js";
import { numericModel, type NumericModel } from "../generate/numeric.js";
import { columnSalts } from "../generate/columnStream.js";
import { caseKey, effectShift } from "../generate/effects.js";
import { Random } from "../generate/random.js";
import type { Column, DatasetSpec, Effect } from "../spec/schema.js";
import { addTypo } from "./typo.js";

/** Cells of one column changed by each kind of mess. */
export interface ColumnMess {
  missing: number;
  outliers: number;
  typos: number;
  labelFlips: number;
}

/**
 * How much mess went into a run, per column and for rows: the answer key.
 * Keyed by column name in a Map: a column named `__proto__` or `constructor`
 * must stay a key, never reach Object.prototype (Maps also survive the trip
 * from a worker thread, where a null-prototype object would not).
 */
export interface MessCounts {
  columns: Map<string, ColumnMess>;
  exactDuplicates: number;
  nearDuplicates: number;
}

/** Stream purposes for mess, apart from the generator's own streams. */
const MESS = 0x3e55;
const LABELS = 1;
const OUTLIERS = 2;
const TYPOS = 3;
const MISSING = 4;
const DUPLICATES = 5;

export function emptyColumnMess(): ColumnMess {
  return { missing: 0, outliers: 0, typos: 0, labelFlips: 0 };
}

/** True when a spec asks for any mess at all. */
export function hasMess(spec: DatasetSpec): boolean {
  return (
    (spec.duplicates?.exact ?? 0) > 0 ||
    (spec.duplicates?.near ?? 0) > 0 ||
    spec.columns.some(
      (c) =>
        (c.missing?.rate ?? 0) > 0 ||
        ("outliers" in c && (c.outliers?.rate ?? 0) > 0) ||
        ("typoRate" in c && (c.typoRate ?? 0) > 0) ||
        ("labelNoise" in c && (c.labelNoise ?? 0) > 0),
    )
  );
}

/**
 * Adds the mess a spec asks for to each block, after generation: the clean
 * values drive the relationships, the mess sits on top like measurement
 * error. Seeded per (seed, chunk), so it is as reproducible as the data.
 */
export class MessInjector {
  readonly counts: MessCounts;
  private readonly models = new Map<number, NumericModel>();
  private readonly index: Map<string, number>;
  /** Each column's streams are salted by its name (and the spec's names), as the generator's are. */
  private readonly salts: number[];

  constructor(
    private readonly spec: DatasetSpec,
    private readonly seed: number,
  ) {
    this.index = new Map(spec.columns.map((c, i) => [c.name, i]));
    this.salts = columnSalts(spec.columns);
    spec.columns.forEach((c, i) => {
      if (c.kind === "integer" || c.kind === "number") this.models.set(i, numericModel(c));
    });
    this.counts = {
      columns: new Map(spec.columns.map((c) => [c.name, emptyColumnMess()])),
      exactDuplicates: 0,
      nearDuplicates: 0,
    };
  }

  /** `onCopy(to, from)` hears of each duplicated row, so what rides beside the block (the target's truth) can follow. */
  apply(block: Block, onCopy?: (to: number, from: number) => void): void {
    // Missing values may depend on other columns: read those before anything is changed.
    const clean = block.columns.map((c) => c.slice());
    this.spec.columns.forEach((column, i) => {
      const values = block.columns[i]!;
      const counts = this.counts.columns.get(column.name)!;
      const salt = this.salts[i]!;
      const rng = (purpose: number) => Random.for(this.seed, block.index, salt, MESS, purpose);
      if ("labelNoise" in column && (column.labelNoise ?? 0) > 0) counts.labelFlips += this.flipLabels(column, values, column.labelNoise!, rng(LABELS));
      if ((column.kind === "integer" || column.kind === "number") && !column.offset && column.outliers && column.outliers.rate > 0) counts.outliers += this.outliers(column, values, i, rng(OUTLIERS));
      if ((column.kind === "formula" || ((column.kind === "integer" || column.kind === "number") && column.offset)) && column.outliers && column.outliers.rate > 0) {
        counts.outliers += derivedOutliers(column, values, rng(OUTLIERS));
      }
      if ("typoRate" in column && (column.typoRate ?? 0) > 0) counts.typos += typos(values, column.typoRate!, rng(TYPOS));
      if (column.missing && column.missing.rate > 0) counts.missing += this.missing(column.missing.rate, column.missing.when ?? [], values, clean, rng(MISSING));
    });
    this.duplicates(block, onCopy);
  }

  private flipLabels(column: Column, values: Value[], rate: number, rng: Random): number {
    let flips = 0;
    for (let r = 0; r < values.length; r++) {
      const v = values[r];
      if (v === null || rng.next() >= rate) continue;
      if (column.kind === "boolean") values[r] = !v;
      else if (column.kind === "category" && column.values.length > 1) {
        const others = column.values.filter((x) => x !== v);
        values[r] = others[rng.int(others.length)]!;
      } else continue;
      flips++;
    }
    return flips;
  }

  private outliers(column: Extract<Column, { kind: "integer" | "number" }>, values: Value[], i: number, rng: Random): number {
    const model = this.models.get(i)!;
    const magnitude = column.outliers!.magnitude ?? 6;
    // Skewed or non-negative columns get outliers on the high side only (no negative incomes).
    const upOnly = column.distribution === "lognormal" || column.distribution === "exponential" || column.distribution === "poisson" || (column.min ?? -1) >= 0;
    const factor = 10 ** (column.kind === "number" ? (column.decimals ?? 2) : 0);
    let count = 0;
    for (let r = 0; r < values.length; r++) {
      if (typeof values[r] !== "number" || rng.next() >= column.outliers!.rate) continue;
      const sign = upOnly || rng.next() < 0.5 ? 1 : -1;
      const value = model.center + sign * magnitude * model.scale * (1 + rng.next() * 0.5);
      values[r] = Math.round(value * factor) / factor;
      count++;
    }
    return count;
  }

  private missing(rate: number, when: Effect[], values: Value[], clean: Value[][], rng: Random): number {
    const base = Math.log(rate / (1 - rate));
    const terms = when.map((e) => this.effectReader(e, clean));
    let count = 0;
    for (let r = 0; r < values.length; r++) {
      let logit = base;
      for (const term of terms) logit += term(r);
      if (values[r] !== null && rng.next() < 1 / (1 + Math.exp(-logit))) {
        values[r] = null;
        count++;
      }
    }
    return count;
  }

  /** An effect's contribution for row r, read from the clean values (the generator's own effect reading). */
  private effectReader(effect: Effect, clean: Value[][]): (r: number) => number {
    const source = this.index.get(effect.column)!;
    const values = clean[source]!;
    const f = effectShift(effect, this.spec.columns[source]!.kind, this.models.get(source));
    if (!effect.within) return (r) => f(values[r]!);
    const by = clean[this.index.get(effect.within.column)!]!;
    const value = effect.within.value;
    return (r) => (caseKey(by[r]) === value ? f(values[r]!) : 0);
  }

  /** Rows that repeat an earlier row of the same chunk, exactly or with one small change. */
  private duplicates(block: Block, onCopy: ((to: number, from: number) => void) | undefined): void {
    const exact = this.spec.duplicates?.exact ?? 0;
    const near = this.spec.duplicates?.near ?? 0;
    if (exact + near <= 0) return;
    const rng = Random.for(this.seed, block.index, -1, MESS, DUPLICATES);
    const columns = block.columns;
    const changeable = this.spec.columns.flatMap((c, i) => (c.kind !== "id" && c.kind !== "boolean" && c.kind !== "date" && c.kind !== "datetime" ? [i] : []));
    const ids = this.spec.columns.flatMap((c, i) => (c.kind === "id" ? [i] : []));
    for (let r = 1; r < block.length; r++) {
      const u = rng.next();
      if (u >= exact + near) continue;
      const from = rng.int(r);
      const isExact = u < exact || changeable.length === 0;
      onCopy?.(r, from);
      for (let c = 0; c < columns.length; c++) {
        // A near duplicate keeps its own id, as a record entered twice would.
        if (!isExact && ids.includes(c)) continue;
        columns[c]![r] = columns[c]![from]!;
      }
      if (isExact) {
        this.counts.exactDuplicates++;
        continue;
      }
      const c = changeable[rng.int(changeable.length)]!;
      const v = columns[c]![r];
      if (typeof v === "string") columns[c]![r] = addTypo(v, rng);
      else if (typeof v === "number") {
        const column = this.spec.columns[c]!;
        const factor = 10 ** (column.kind === "number" ? (column.decimals ?? 2) : 0);
        columns[c]![r] = Math.round(v * (1 + (rng.next() < 0.5 ? -1 : 1) * (0.01 + rng.next() * 0.04)) * factor) / factor;
      }
      this.counts.nearDuplicates++;
    }
  }
}

/**
 * Outliers on a formula's numbers, or on a number placed by an offset: their
 * spread is not known before the values exist, so it is measured on the
 * chunk's own clean values (the same on any thread, since a chunk is made
 * from (seed, k) alone).
 */
function derivedOutliers(column: Extract<Column, { kind: "formula" | "integer" | "number" }>, values: Value[], rng: Random): number {
  const xs = values.filter((v): v is number => typeof v === "number");
  if (xs.length < 2) return 0;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const scale = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) || Math.abs(mean) || 1;
  const magnitude = column.outliers!.magnitude ?? 6;
  const upOnly = (column.min ?? -1) >= 0 || xs.every((x) => x >= 0);
  const decimals = column.kind === "integer" || (column.kind === "formula" && column.type === "integer") ? 0 : "decimals" in column ? (column.decimals ?? 2) : 2;
  const factor = 10 ** decimals;
  let count = 0;
  for (let r = 0; r < values.length; r++) {
    if (typeof values[r] !== "number" || rng.next() >= column.outliers!.rate) continue;
    const sign = upOnly || rng.next() < 0.5 ? 1 : -1;
    values[r] = Math.round((mean + sign * magnitude * scale * (1 + rng.next() * 0.5)) * factor) / factor;
    count++;
  }
  return count;
}

function typos(values: Value[], rate: number, rng: Random): number {
  let count = 0;
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (typeof v !== "string" || rng.next() >= rate) continue;
    const changed = addTypo(v, rng);
    if (changed !== v) {
      values[r] = changed;
      count++;
    }
  }
  return count;
}
