import type { Faker } from "@faker-js/faker";
import { argIssues, getCatalogEntry } from "../catalog/catalog.js";
import { SynthdataError } from "../errors.js";
import type { Column, DatasetSpec } from "../spec/schema.js";
import { REDRAW, VALUES, columnRandom, columnSalts, type ColumnGenerator, type GeneratorBase } from "./columnStream.js";
import { DAY_NAMES, MONTH_NAMES } from "./calendar.js";
import { dateGenerator } from "./dateColumn.js";
import { caseKey, effectTerm, type SpecContext } from "./effects.js";
import { formulaGenerator } from "./formulaColumn.js";
import { numberGenerator } from "./numberColumn.js";
import { fastEmailFromName, fastFakerMethod, fastUsernameFromName } from "./fastFaker.js";
import { numericModel, type NumericModel } from "./numeric.js";
import { mixSeed, Random } from "./random.js";
import { productName } from "./productNames.js";
import { textGenerator } from "./text/index.js";
import type { ChunkContext, Value } from "./types.js";

export { applyNulls, columnRandom, columnSalts, type ColumnGenerator } from "./columnStream.js";


export function compileColumns(spec: DatasetSpec): ColumnGenerator[] {
  const byName = new Map(spec.columns.map((c, i) => [c.name, i]));
  const models = new Map<number, NumericModel>();
  spec.columns.forEach((c, i) => {
    if (c.kind === "integer" || c.kind === "number") models.set(i, numericModel(c));
  });
  const compiler = new Compiler({ spec, byName, models });
  const salts = columnSalts(spec.columns);
  return spec.columns.map((c, i) => compiler.compile(c, i, salts[i]!));
}

class Compiler {
  private readonly byName: Map<string, number>;
  constructor(private readonly env: SpecContext) {
    this.byName = env.byName;
  }

  compile(column: Column, index: number, salt: number): ColumnGenerator {
    const base = { index, column, salt, capacity: Infinity, uniqueByConstruction: false };
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
              const rng = columnRandom(ctx, salt);
              const out = new Array<Value>(ctx.length);
              for (let i = 0; i < ctx.length; i++) out[i] = fast(rng);
              return out;
            },
            redraw: (row, attempt, r) => fast(Random.for(r.seed, row, salt, attempt, REDRAW)),
          };
        }
        const one = (faker: Faker) => entry.run(faker, args);
        return {
          ...base,
          usesFaker: true,
          fill: (ctx) => {
            const faker = ctx.faker!;
            faker.seed([ctx.seed, ctx.chunk, salt, VALUES]);
            const out = new Array<Value>(ctx.length);
            for (let i = 0; i < ctx.length; i++) out[i] = one(faker);
            return out;
          },
          redraw: (row, attempt, r) => {
            r.faker!.seed([r.seed, row, salt, attempt, REDRAW]);
            return one(r.faker!);
          },
        };
      }
      case "category":
        return this.category(column, index, base);
      case "integer":
      case "number":
        return numberGenerator(column, base, this.env);
      case "boolean": {
        const p = Math.min(1 - 1e-9, Math.max(1e-9, column.probability ?? 0.5));
        const baseLogit = Math.log(p / (1 - p));
        const shift = effectTerm(column.effects, this.env);
        return {
          ...base,
          capacity: 2,
          fill: (ctx) => {
            const rng = columnRandom(ctx, salt);
            const shifts = new Float64Array(ctx.length);
            shift?.(ctx, shifts);
            const out = new Array<Value>(ctx.length);
            for (let i = 0; i < ctx.length; i++) out[i] = rng.next() < 1 / (1 + Math.exp(-(baseLogit + shifts[i]!)));
            return out;
          },
          truth: (ctx, rows) => {
            const shifts = new Float64Array(ctx.length);
            shift?.(ctx, shifts);
            return Float64Array.from(rows, (r) => 1 / (1 + Math.exp(-(baseLogit + shifts[r]!))));
          },
        };
      }
      case "date":
      case "datetime":
        return dateGenerator(column, base, this.env);
      case "id":
        return this.id(column, index, base);
      case "derived":
        return this.derived(column, index, base);
      case "formula":
        return formulaGenerator(column, base, this.env);
      case "text":
        // Salted by the column's name like every other stream.
        return { ...base, ...textGenerator(column, base.salt, this.env.spec.columns, this.byName) };
    }
  }

  private category(column: Extract<Column, { kind: "category" }>, index: number, base: GeneratorBase): ColumnGenerator {
    const values = column.values;
    const n = values.length;
    const weights = normaliseWeights(column.weights ?? values.map(() => 1));
    const logWeights = weights.map((w) => (w > 0 ? Math.log(w) : -Infinity));
    const terms = values.map((v) => effectTerm((column.effects ?? []).filter((e) => e.outcome === v), this.env));
    const capacity = n;
    if (column.unique) {
      // Unique categories are a permutation of the values over the run, by construction.
      return {
        ...base,
        capacity,
        uniqueByConstruction: true,
        fill: (ctx) => {
          const perm = affinePermutation(n, ctx.seed, base.salt);
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
    // Weights chosen by another column's value (city by state): the log-weights of the row's case.
    const toLog = (ws: number[]) => ws.map((w) => (w > 0 ? Math.log(w) : -Infinity));
    const cases = new Map((column.conditional?.cases ?? []).map((c) => [c.value, toLog(c.weights)]));
    const by = column.conditional ? this.byName.get(column.conditional.column)! : -1;
    /** Row i's unnormalised value weights (its case's weights tilted by the effects) into `probs`; returns their sum. */
    const rowWeights = (ctx: ChunkContext) => {
      const shifts = terms.map((t) => {
        const s = new Float64Array(ctx.length);
        t?.(ctx, s);
        return s;
      });
      const source = by >= 0 ? ctx.columns[by]! : undefined;
      return (i: number, probs: Float64Array): number => {
        const row = (source && cases.get(caseKey(source[i]) ?? "")) || logWeights;
        let max = -Infinity;
        for (let j = 0; j < n; j++) {
          probs[j] = row[j]! + shifts[j]![i]!;
          if (probs[j]! > max) max = probs[j]!;
        }
        let sum = 0;
        for (let j = 0; j < n; j++) sum += probs[j] = Math.exp(probs[j]! - max);
        return sum;
      };
    };
    return {
      ...base,
      capacity,
      fill: (ctx) => {
        const rng = columnRandom(ctx, base.salt);
        const out = new Array<Value>(ctx.length);
        if (!hasEffects && by < 0) {
          for (let i = 0; i < ctx.length; i++) {
            const u = rng.next();
            let j = 0;
            while (j < n - 1 && u >= cumulative[j]!) j++;
            out[i] = values[j]!;
          }
          return out;
        }
        const weigh = rowWeights(ctx);
        const probs = new Float64Array(n);
        for (let i = 0; i < ctx.length; i++) {
          const sum = weigh(i, probs);
          let u = rng.next() * sum;
          let j = 0;
          while (j < n - 1 && (u -= probs[j]!) >= 0) j++;
          out[i] = values[j]!;
        }
        return out;
      },
      truth: (ctx, rows) => {
        const weigh = rowWeights(ctx);
        const probs = new Float64Array(n);
        const out = new Float64Array(rows.length * n);
        rows.forEach((r, i) => {
          const sum = weigh(r, probs);
          for (let j = 0; j < n; j++) out[i * n + j] = probs[j]! / sum;
        });
        return out;
      },
    };
  }

  private id(column: Extract<Column, { kind: "id" }>, index: number, base: GeneratorBase): ColumnGenerator {
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
          const rng = columnRandom(ctx, base.salt);
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
          const perm = feistelPermutation(space, ctx.seed, base.salt);
          return Array.from({ length: ctx.length }, (_, i) => renderPattern(slots, perm(BigInt(ctx.start + i))));
        },
      };
    }
    return {
      ...base,
      capacity,
      fill: (ctx) => {
        const rng = columnRandom(ctx, base.salt);
        return Array.from({ length: ctx.length }, () => slots.map((s) => (typeof s === "number" ? PATTERN_ALPHABET[s]![rng.int(s)] : s)).join(""));
      },
    };
  }

  private derived(column: Extract<Column, { kind: "derived" }>, index: number, base: GeneratorBase): ColumnGenerator {
    const sources = column.from.map((name) => this.byName.get(name)!);
    if (column.rule === "weekday_name" || column.rule === "month_name") {
      const names: readonly string[] = column.rule === "weekday_name" ? DAY_NAMES : MONTH_NAMES;
      const source = sources[0]!;
      const name = column.rule === "weekday_name" ? (t: number) => names[new Date(t).getUTCDay()]! : (t: number) => names[new Date(t).getUTCMonth()]!;
      return {
        ...base,
        capacity: names.length,
        fill: (ctx) => ctx.columns[source]!.slice(0, ctx.length).map((v) => (typeof v === "number" ? name(v) : null)),
      };
    }
    const make = (rng: Random, parts: Value[]): Value => {
      for (const p of parts) if (p === null || p === undefined) return null;
      if (column.rule === "product_name") return productName(rng, String(parts[0]));
      if (column.rule === "full_name") return parts.map(String).join(" ");
      const [firstName, lastName] = parts.length === 1 ? splitName(String(parts[0])) : [String(parts[0]), String(parts[1])];
      return column.rule === "email" ? fastEmailFromName(rng, firstName, lastName) : fastUsernameFromName(rng, firstName, lastName);
    };
    return {
      ...base,
      fill: (ctx) => {
        const rng = columnRandom(ctx, base.salt);
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
          Random.for(r.seed, row, base.salt, attempt, REDRAW),
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
function bigAffinePermutation(n: bigint, seed: number, salt: number): (i: bigint) => bigint {
  const rng = Random.for(seed, salt, 0x5eed);
  const rand = () => (BigInt(rng.nextUint32()) << 32n) | BigInt(rng.nextUint32());
  let a = (rand() % n) | 1n;
  while (gcd(a, n) !== 1n) a = (a + 1n) % n || 1n;
  const b = rand() % n;
  return (i) => (a * i + b) % n;
}

function affinePermutation(n: number, seed: number, salt: number): (i: number) => number {
  const p = bigAffinePermutation(BigInt(n), seed, salt);
  return (i) => Number(p(BigInt(i)));
}


/**
 * A seeded bijection on [0, n) that does not keep row order: a four-round Feistel network on the
 * smallest even bit width covering n, cycle-walked back into range. An affine map made ids an
 * arithmetic sequence (P-50754, P-51521, P-52288: +767 a row), so the id encoded the row (issue 19).
 */
function feistelPermutation(n: bigint, seed: number, salt: number): (i: bigint) => bigint {
  let bits = 2n;
  while (1n << bits < n) bits += 2n;
  const half = bits / 2n;
  const mask = (1n << half) - 1n;
  const keys = [0, 1, 2, 3].map((r) => mixSeed(seed, salt, 0xfe15, r));
  const round = (r: number, x: bigint): bigint => {
    const lo = Number(x & 0xffffffffn);
    const hi = Number((x >> 32n) & 0xffffffffn);
    const a = BigInt(mixSeed(keys[r]!, lo, hi));
    const b = BigInt(mixSeed(keys[r]!, hi, lo, 1));
    return ((a << 32n) | b) & mask;
  };
  const once = (x: bigint): bigint => {
    let left = x >> half;
    let right = x & mask;
    for (let r = 0; r < 4; r++) [left, right] = [right, left ^ round(r, right)];
    return (left << half) | right;
  };
  return (i) => {
    let x = once(i);
    while (x >= n) x = once(x);
    return x;
  };
}
