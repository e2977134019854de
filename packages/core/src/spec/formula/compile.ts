import { FAKER_REF_DATE } from "../../generate/faker.js";
import type { FormulaNode } from "./parse.js";

/** A formula's value while it is worked out: NaN marks an undefined result (division by zero, sqrt of a negative). */
export type FormulaValue = number | boolean | string | null;

/** Where a formula's random terms come from: the column's stream when generating, the terms' centre or ends when the card checks. */
export interface FormulaNoise {
  draw(kind: "normal" | "uniform", a: number, b: number): number;
}

/** A compiled formula: the value for row i of the columns at hand. */
export type FormulaEval = (columns: readonly (readonly unknown[] | undefined)[], i: number, noise: FormulaNoise) => FormulaValue;

const DAY = 86_400_000;
const REF = new Date(FAKER_REF_DATE);
const REF_Y = REF.getUTCFullYear();
const REF_M = REF.getUTCMonth();
const REF_D = REF.getUTCDate();

type Fn = (args: FormulaValue[], noise: FormulaNoise) => FormulaValue;
const num = (v: FormulaValue | undefined) => v as number;

/** Whole years from a date of birth to the reference date (2025-01-01, faker's), as a person would say their age. */
export function ageAt(birth: number): number {
  const d = new Date(birth);
  const before = d.getUTCMonth() > REF_M || (d.getUTCMonth() === REF_M && d.getUTCDate() > REF_D);
  return REF_Y - d.getUTCFullYear() - (before ? 1 : 0);
}

const FNS: Readonly<Record<string, Fn>> = nullPrototype<Fn>({
  round: ([x, d]) => {
    const f = 10 ** Math.max(0, Math.min(10, Math.round(d === undefined ? 0 : num(d))));
    return Math.round(num(x) * f) / f;
  },
  floor: ([x]) => Math.floor(num(x)),
  ceil: ([x]) => Math.ceil(num(x)),
  abs: ([x]) => Math.abs(num(x)),
  sqrt: ([x]) => (num(x) < 0 ? NaN : Math.sqrt(num(x))),
  log: ([x]) => (num(x) <= 0 ? NaN : Math.log(num(x))),
  exp: ([x]) => Math.exp(num(x)),
  pow: ([x, y]) => Math.pow(num(x), num(y)),
  clamp: ([x, lo, hi]) => Math.min(num(hi), Math.max(num(lo), num(x))),
  min: (xs) => Math.min(...(xs as number[])),
  max: (xs) => Math.max(...(xs as number[])),
  normal: ([m, s], noise) => noise.draw("normal", num(m), Math.abs(num(s))),
  uniform: ([a, b], noise) => noise.draw("uniform", num(a), num(b)),
  days: ([a, b]) => (num(b) - num(a)) / DAY,
  hours: ([a, b]) => (num(b) - num(a)) / 3_600_000,
  age: ([d]) => ageAt(num(d)),
  year: ([d]) => new Date(num(d)).getUTCFullYear(),
  month: ([d]) => new Date(num(d)).getUTCMonth() + 1,
  day: ([d]) => new Date(num(d)).getUTCDate(),
  weekday: ([d]) => ((new Date(num(d)).getUTCDay() + 6) % 7) + 1,
  hour: ([d]) => new Date(num(d)).getUTCHours(),
  addDays: ([d, n]) => num(d) + num(n) * DAY,
  birthdate: ([a], noise) => {
    // Born in the year-long window that gives exactly this age at the reference date.
    const age = Math.floor(num(a));
    const first = Date.UTC(REF_Y - age - 1, REF_M, REF_D) / DAY + 1;
    const last = Date.UTC(REF_Y - age, REF_M, REF_D) / DAY;
    return Math.min(last, Math.floor(noise.draw("uniform", first, last + 1))) * DAY;
  },
});

const isBad = (v: FormulaValue) => v === null || (typeof v === "number" && Number.isNaN(v));

/**
 * Compiles a checked formula into a closure, once per run. A missing operand
 * makes the value missing (null); undefined arithmetic makes it NaN, which the
 * column writes as an empty cell and the card counts.
 */
export function compileFormula(ast: FormulaNode, indexOf: (name: string) => number): FormulaEval {
  const build = (n: FormulaNode): FormulaEval => {
    switch (n.type) {
      case "number":
      case "string":
      case "boolean": {
        const v = n.value;
        return () => v;
      }
      case "column": {
        const c = indexOf(n.name);
        return (cols, i) => {
          const v = cols[c]?.[i];
          return v === undefined ? null : (v as FormulaValue);
        };
      }
      case "unary": {
        const arg = build(n.arg);
        if (n.op === "-")
          return (cols, i, noise) => {
            const v = arg(cols, i, noise);
            return v === null ? null : -num(v);
          };
        return (cols, i, noise) => {
          const v = arg(cols, i, noise);
          return isBad(v) ? v : !v;
        };
      }
      case "binary":
        return binary(n.op, build(n.left), build(n.right));
      case "call": {
        const args = n.args.map(build);
        const fn = FNS[n.fn]!;
        if (n.fn === "if") {
          const [c, a, b] = args as [FormulaEval, FormulaEval, FormulaEval];
          return (cols, i, noise) => {
            const v = c(cols, i, noise);
            return isBad(v) ? v : v ? a(cols, i, noise) : b(cols, i, noise);
          };
        }
        return (cols, i, noise) => {
          const values = new Array<FormulaValue>(args.length);
          for (let j = 0; j < args.length; j++) {
            const v = args[j]!(cols, i, noise);
            if (isBad(v)) return v;
            values[j] = v;
          }
          return fn(values, noise);
        };
      }
    }
  };
  return build(ast);
}

function binary(op: string, l: FormulaEval, r: FormulaEval): FormulaEval {
  if (op === "and" || op === "or") {
    const want = op === "or";
    return (cols, i, noise) => {
      const a = l(cols, i, noise);
      if (isBad(a)) return a;
      if (a === want) return want; // short-circuit, as a reader expects
      const b = r(cols, i, noise);
      return isBad(b) ? b : b === true;
    };
  }
  const apply = OPS[op]!;
  return (cols, i, noise) => {
    const a = l(cols, i, noise);
    if (isBad(a)) return a;
    const b = r(cols, i, noise);
    if (isBad(b)) return b;
    return apply(a!, b!);
  };
}

type Op = (a: FormulaValue & {}, b: FormulaValue & {}) => FormulaValue;
const OPS: Readonly<Record<string, Op>> = nullPrototype<Op>({
  "+": (a, b) => num(a) + num(b),
  "-": (a, b) => num(a) - num(b),
  "*": (a, b) => num(a) * num(b),
  "/": (a, b) => (num(b) === 0 ? NaN : num(a) / num(b)),
  "%": (a, b) => (num(b) === 0 ? NaN : num(a) % num(b)),
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "==": (a, b) => a === b,
  "!=": (a, b) => a !== b,
});

/** A table keyed by names from user text: no prototype, so "constructor" or "__proto__" is not a function. */
function nullPrototype<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
