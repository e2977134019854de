import type { Faker } from "@faker-js/faker";
import { argIssues, getCatalogEntry } from "../catalog/catalog.js";
import { SynthdataError } from "../errors.js";
import type { Column, DatasetSpec, Effect } from "../spec/schema.js";
import { parseSpecDate } from "../spec/dates.js";
import { dateCapacity, numberCapacity } from "./capacity.js";
import { fastEmailFromName, fastFakerMethod, fastUsernameFromName } from "./fastFaker.js";
import { numericModel, type NumericModel } from "./numeric.js";
import { Random } from "./random.js";
import { seasonalWeight } from "./seasonality.js";
import { textGenerator } from "./text/index.js";
import type { ChunkContext, Value } from "./types.js";

/** Stream purposes, so the values and the null mask of a column never share draws. */
const VALUES = 0;
const NULLS = 1;
const DAY_MS = 86_400_000;

/** How one column is made, compiled once per run. */
export interface ColumnGenerator {
  readonly index: number;
  readonly column: Column;
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

export function columnRandom(ctx: { seed: number; chunk: number }, index: number, purpose = VALUES): Random {
  return Random.for(ctx.seed, ctx.chunk, index, purpose);
}

/** Draws a null mask for the chunk from its own stream and applies it in place. */
export function applyNulls(values: Value[], nullRate: number, ctx: ChunkContext, index: number): void {
  if (!(nullRate > 0)) return;
  const rng = columnRandom(ctx, index, NULLS);
  for (let i = 0; i < values.length; i++) if (rng.next() < nullRate) values[i] = null;
}

export function compileColumns(spec: DatasetSpec): ColumnGenerator[] {
  const byName = new Map(spec.columns.map((c, i) => [c.name, i]));
  const models = new Map<number, NumericModel>();
  spec.columns.forEach((c, i) => {
    if (c.kind === "integer" || c.kind === "number") models.set(i, numericModel(c));
  });
  const compiler = new Compiler(spec, byName, models);
  return spec.columns.map((c, i) => compiler.compile(c, i));
}

type EffectTerm = (ctx: ChunkContext, out: Float64Array) => void;

class Compiler {
  constructor(
    private readonly spec: DatasetSpec,
    private readonly byName: Map<string, number>,
    private readonly models: Map<number, NumericModel>,
  ) {}

  compile(column: Column, index: number): ColumnGenerator {
    const base = { index, column, capacity: Infinity, uniqueByConstruction: false };
    switch (column.kind) {
      case "faker": {
        // Specs are validated before they get here; this keeps an unchecked one from reaching faker.
        const entry = getCatalogEntry(column.method);
        const issues = entry ? argIssues(entry, column.args) : [`"${column.method}" is not in the faker catalog`];
        if (!entry || issues.length > 0) throw new SynthdataError("INVALID_SPEC", `column "${column.name}": ${issues.join("; ")}`);
        const args = column.args ?? {};
        const fast = fastFakerMethod(column.method, args);
        if (fast) {
          // Compiled closure over faker's definitions, drawing from the column's own seeded stream.
          return {
            ...base,
            fill: (ctx) => {
              const rng = columnRandom(ctx, index);
              const out = new Array<Value>(ctx.length);
              for (let i = 0; i < ctx.length; i++) out[i] = fast(rng);
              return out;
            },
            redraw: (row, attempt, r) => fast(Random.for(r.seed, row, index, attempt, 7)),
          };
        }
        const one = (faker: Faker) => entry.run(faker, args);
        return {
          ...base,
          usesFaker: true,
          fill: (ctx) => {
            const faker = ctx.faker!;
            faker.seed([ctx.seed, ctx.chunk, index, VALUES]);
            const out = new Array<Value>(ctx.length);
            for (let i = 0; i < ctx.length; i++) out[i] = one(faker);
            return out;
          },
          redraw: (row, attempt, r) => {
            r.faker!.seed([r.seed, row, index, attempt, 7]);
            return one(r.faker!);
          },
        };
      }
      case "category":
        return this.category(column, index, base);
      case "integer":
      case "number": {
        const model = this.models.get(index)!;
        const shift = this.effectTerm(column.effects);
        const capacity = column.kind === "integer" ? model.hi - model.lo + 1 : numberCapacity(model, column.decimals ?? 2);
        const factor = 10 ** (column.kind === "number" ? (column.decimals ?? 2) : 0);
        const first = Math.round(model.lo * factor);
        return {
          ...base,
          capacity,
          fill: (ctx) => {
            const rng = columnRandom(ctx, index);
            const shifts = new Float64Array(ctx.length);
            shift?.(ctx, shifts);
            const out = new Array<Value>(ctx.length);
            for (let i = 0; i < ctx.length; i++) out[i] = model.draw(rng, shifts[i]!);
            return out;
          },
          redraw: (row, attempt, r) => model.draw(Random.for(r.seed, row, index, attempt, 7), 0),
          ...(Number.isFinite(capacity)
            ? {
                // Near a full range random redraws rarely hit the last free values: walk the range (whole
                // numbers, or the grid of the decimals) from a seeded start.
                probe: (row: number, k: number, seed: number) => (first + ((Random.for(seed, row, index, 9).int(Math.min(capacity, 2 ** 32)) + k) % capacity)) / factor,
              }
            : {}),
        };
      }
      case "boolean": {
        const p = Math.min(1 - 1e-9, Math.max(1e-9, column.probability ?? 0.5));
        const baseLogit = Math.log(p / (1 - p));
        const shift = this.effectTerm(column.effects);
        return {
          ...base,
          capacity: 2,
          fill: (ctx) => {
            const rng = columnRandom(ctx, index);
            const shifts = new Float64Array(ctx.length);
            shift?.(ctx, shifts);
            const out = new Array<Value>(ctx.length);
            for (let i = 0; i < ctx.length; i++) out[i] = rng.next() < 1 / (1 + Math.exp(-(baseLogit + shifts[i]!)));
            return out;
          },
        };
      }
      case "date":
      case "datetime": {
        const unit = column.kind === "date" ? DAY_MS : 1000;
        const from = Math.floor(parseSpecDate(column.from) / unit);
        const to = Math.floor(parseSpecDate(column.to) / unit);
        const after = column.after;
        const source = after ? this.byName.get(after.column)! : -1;
        const minDays = after?.minDays ?? 0;
        const maxDays = Math.max(minDays, after?.maxDays ?? 30);
        const span = to - from + 1;
        const weight = seasonalWeight(column.seasonality);
        const drawOne = (rng: Random, sourceValue: Value | undefined): Value => {
          if (after) {
            if (typeof sourceValue !== "number") return null;
            const offset = (minDays + rng.next() * (maxDays - minDays)) * DAY_MS;
            return Math.floor((sourceValue + offset) / unit) * unit;
          }
          if (weight) {
            // Rejection sampling; the weights' floor keeps the expected number of tries small.
            for (let tries = 0; tries < 64; tries++) {
              const candidate = (from + rng.int(span)) * unit;
              if (rng.next() < weight(candidate)) return candidate;
            }
          }
          return (from + rng.int(span)) * unit;
        };
        const capacity = after ? Infinity : dateCapacity(column, from, to);
        return {
          ...base,
          capacity,
          // As for integers: once random redraws keep colliding, walk the range from a seeded start.
          ...(after
            ? {}
            : { probe: (row: number, k: number, seed: number) => (from + ((Random.for(seed, row, index, 9).int(Math.min(span, 2 ** 32)) + k) % span)) * unit }),
          fill: (ctx) => {
            const rng = columnRandom(ctx, index);
            const src = after ? ctx.columns[source]! : undefined;
            const out = new Array<Value>(ctx.length);
            for (let i = 0; i < ctx.length; i++) out[i] = drawOne(rng, src?.[i]);
            return out;
          },
          redraw: (row, attempt, r) => drawOne(Random.for(r.seed, row, index, attempt, 7), after ? r.sources[source] : undefined),
        };
      }
      case "id":
        return this.id(column, index, base);
      case "derived":
        return this.derived(column, index, base);
      case "text":
        return { ...base, ...textGenerator(column, index, this.spec.columns, this.byName) };
      case "formula":
        // Contract commit: the generators for these kinds land with the relations work (issue 13).
        throw new SynthdataError("INVALID_SPEC", `column "${column.name}": ${column.kind} columns are not generated yet`);
    }
  }

  private category(column: Extract<Column, { kind: "category" }>, index: number, base: Omit<ColumnGenerator, "fill">): ColumnGenerator {
    const values = column.values;
    const n = values.length;
    const weights = normaliseWeights(column.weights ?? values.map(() => 1));
    const logWeights = weights.map((w) => (w > 0 ? Math.log(w) : -Infinity));
    const terms = values.map((v) => this.effectTerm((column.effects ?? []).filter((e) => e.outcome === v)));
    const capacity = n;
    if (column.unique) {
      // Unique categories are a permutation of the values over the run, by construction.
      return {
        ...base,
        capacity,
        uniqueByConstruction: true,
        fill: (ctx) => {
          const perm = affinePermutation(n, ctx.seed, index);
          const out = new Array<Value>(ctx.length);
          for (let i = 0; i < ctx.length; i++) out[i] = values[perm(ctx.start + i)]!;
          return out;
        },
      };
    }
    const total = weights.reduce((a, b) => a + b, 0);
    const cumulative = weights.map(
      (
        (sum) => (w: number) =>
          (sum += w / total)
      )(0),
    );
    const hasEffects = terms.some((t) => t !== undefined);
    return {
      ...base,
      capacity,
      fill: (ctx) => {
        const rng = columnRandom(ctx, index);
        const out = new Array<Value>(ctx.length);
        if (!hasEffects) {
          for (let i = 0; i < ctx.length; i++) {
            const u = rng.next();
            let j = 0;
            while (j < n - 1 && u >= cumulative[j]!) j++;
            out[i] = values[j]!;
          }
          return out;
        }
        const shifts = terms.map((t) => {
          const s = new Float64Array(ctx.length);
          t?.(ctx, s);
          return s;
        });
        const probs = new Float64Array(n);
        for (let i = 0; i < ctx.length; i++) {
          let max = -Infinity;
          for (let j = 0; j < n; j++) {
            probs[j] = logWeights[j]! + shifts[j]![i]!;
            if (probs[j]! > max) max = probs[j]!;
          }
          let sum = 0;
          for (let j = 0; j < n; j++) sum += probs[j] = Math.exp(probs[j]! - max);
          let u = rng.next() * sum;
          let j = 0;
          while (j < n - 1 && (u -= probs[j]!) >= 0) j++;
          out[i] = values[j]!;
        }
        return out;
      },
    };
  }

  private id(column: Extract<Column, { kind: "id" }>, index: number, base: Omit<ColumnGenerator, "fill">): ColumnGenerator {
    if (column.format === "sequence") {
      const first = column.start ?? 1;
      const prefix = column.prefix ?? "";
      return {
        ...base,
        uniqueByConstruction: true,
        fill: (ctx) => Array.from({ length: ctx.length }, (_, i) => (prefix ? `${prefix}${first + ctx.start + i}` : first + ctx.start + i)),
      };
    }
    if (column.format === "uuid") {
      return {
        ...base,
        uniqueByConstruction: true, // 122 random bits: a collision is not a practical concern
        fill: (ctx) => {
          const rng = columnRandom(ctx, index);
          const out = new Array<Value>(ctx.length);
          for (let i = 0; i < ctx.length; i++) out[i] = uuidV4(rng);
          return out;
        },
      };
    }
    const slots = parsePattern(`${column.prefix ?? ""}${column.pattern!}`);
    const space = slots.reduce((acc, s) => (typeof s === "number" ? acc * BigInt(s) : acc), 1n);
    const capacity = space > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(space);
    if (column.unique) {
      return {
        ...base,
        capacity,
        uniqueByConstruction: true,
        fill: (ctx) => {
          const perm = bigAffinePermutation(space, ctx.seed, index);
          return Array.from({ length: ctx.length }, (_, i) => renderPattern(slots, perm(BigInt(ctx.start + i))));
        },
      };
    }
    return {
      ...base,
      capacity,
      fill: (ctx) => {
        const rng = columnRandom(ctx, index);
        return Array.from({ length: ctx.length }, () => slots.map((s) => (typeof s === "number" ? PATTERN_ALPHABET[s]![rng.int(s)] : s)).join(""));
      },
    };
  }

  private derived(column: Extract<Column, { kind: "derived" }>, index: number, base: Omit<ColumnGenerator, "fill">): ColumnGenerator {
    const sources = column.from.map((name) => this.byName.get(name)!);
    const make = (rng: Random, parts: Value[]): Value => {
      for (const p of parts) if (p === null || p === undefined) return null;
      if (column.rule === "full_name") return parts.map(String).join(" ");
      const [firstName, lastName] = parts.length === 1 ? splitName(String(parts[0])) : [String(parts[0]), String(parts[1])];
      return column.rule === "email" ? fastEmailFromName(rng, firstName, lastName) : fastUsernameFromName(rng, firstName, lastName);
    };
    return {
      ...base,
      fill: (ctx) => {
        const rng = columnRandom(ctx, index);
        const cols = sources.map((s) => ctx.columns[s]!);
        const parts = new Array<Value>(cols.length);
        const out = new Array<Value>(ctx.length);
        for (let i = 0; i < ctx.length; i++) {
          for (let j = 0; j < cols.length; j++) parts[j] = cols[j]![i]!;
          out[i] = make(rng, parts);
        }
        return out;
      },
      redraw: (row, attempt, r) => {
        const value = make(
          Random.for(r.seed, row, index, attempt, 7),
          sources.map((s) => r.sources[s] ?? null),
        );
        if (typeof value !== "string" || attempt < 5) return value;
        // Names repeat in large datasets; after a few redraws, a number keeps the address unique.
        const suffix = String(row + attempt);
        const at = value.indexOf("@");
        return at > 0 ? `${value.slice(0, at)}${suffix}${value.slice(at)}` : `${value}${suffix}`;
      },
    };
  }

  /** Sum of the effects on a column, per row of the chunk; undefined when there are none. */
  private effectTerm(effects: Effect[] | undefined): EffectTerm | undefined {
    if (!effects || effects.length === 0) return undefined;
    const parts = effects.map((effect) => {
      const source = this.byName.get(effect.column)!;
      const kind = this.spec.columns[source]!.kind;
      const model = this.models.get(source);
      const w = effect.weight;
      if (model) return { source, f: (v: Value) => (typeof v === "number" ? (w * (v - model.center)) / model.scale : 0) };
      if (kind === "boolean") return { source, f: (v: Value) => (v === true ? w : 0) };
      const match = effect.value;
      return { source, f: (v: Value) => (v === match ? w : 0) };
    });
    return (ctx, out) => {
      for (const { source, f } of parts) {
        const values = ctx.columns[source]!;
        for (let i = 0; i < ctx.length; i++) out[i]! += f(values[i]!);
      }
    };
  }
}

/**
 * Weights scaled so the largest is 1 before anything is summed: [1e308, 1e308,
 * 1e308] would sum to Infinity and make every share 0 (one value, always).
 * Relative sizes are unchanged; validation has made sure one is above 0.
 */
export function normaliseWeights(weights: readonly number[]): number[] {
  const max = weights.reduce((m, w) => (w > m ? w : m), 0);
  return max > 0 ? weights.map((w) => w / max) : weights.map(() => 1);
}

/** Titles faker puts around full names; an email is built from the name itself. */
const NAME_AFFIXES = /^(mr|mrs|ms|miss|dr|prof|mx|jr|sr|md|phd|dds|dvm|ii|iii|iv|v|i)\.?$/i;

function splitName(full: string): [string, string] {
  const words = full.trim().split(/\s+/);
  const parts = words.filter((w) => !NAME_AFFIXES.test(w));
  if (parts.length === 0) parts.push(...words);
  return [parts[0] ?? full, parts.length > 1 ? parts[parts.length - 1]! : ""];
}

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function hex8(n: number): string {
  return HEX_BYTE[n >>> 24]! + HEX_BYTE[(n >>> 16) & 255]! + HEX_BYTE[(n >>> 8) & 255]! + HEX_BYTE[n & 255]!;
}

/** A version 4 UUID from four 32-bit draws (version nibble 4, variant 8..b), as lowercase hex. */
export function uuidV4(rng: Random): string {
  const a = hex8(rng.nextUint32());
  const b = hex8(rng.nextUint32());
  const c = hex8(rng.nextUint32());
  const d = hex8(rng.nextUint32());
  const variant = "89ab"[parseInt(c[0]!, 16) & 3]!;
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

const PATTERN_ALPHABET: Record<number, string> = {
  10: "0123456789",
  26: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  36: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
};

/** A pattern as literal strings and slot radixes (10 digit, 26 letter, 36 either). */
function parsePattern(pattern: string): (string | number)[] {
  return [...pattern].map((ch) => (ch === "#" ? 10 : ch === "?" ? 26 : ch === "*" ? 36 : ch));
}

function renderPattern(slots: (string | number)[], n: bigint): string {
  const out = new Array<string>(slots.length);
  for (let i = slots.length - 1; i >= 0; i--) {
    const s = slots[i]!;
    if (typeof s === "string") out[i] = s;
    else {
      out[i] = PATTERN_ALPHABET[s]![Number(n % BigInt(s))]!;
      n /= BigInt(s);
    }
  }
  return out.join("");
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** i -> (a*i + b) mod n with gcd(a, n) = 1: a bijection on [0, n) that looks shuffled. */
function bigAffinePermutation(n: bigint, seed: number, index: number): (i: bigint) => bigint {
  const rng = Random.for(seed, index, 0x5eed);
  const rand = () => (BigInt(rng.nextUint32()) << 32n) | BigInt(rng.nextUint32());
  let a = (rand() % n) | 1n;
  while (gcd(a, n) !== 1n) a = (a + 1n) % n || 1n;
  const b = rand() % n;
  return (i) => (a * i + b) % n;
}

function affinePermutation(n: number, seed: number, index: number): (i: number) => number {
  const p = bigAffinePermutation(BigInt(n), seed, index);
  return (i) => Number(p(BigInt(i)));
}

