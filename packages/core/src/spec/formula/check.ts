import type { FormulaNode } from "./parse.js";

/** What a formula value is: numbers, booleans, dates (whole days), datetimes, and text (only to compare). */
export type FormulaType = "number" | "boolean" | "date" | "datetime" | "text";

/** A type problem in a formula, with the position of the part that is wrong. */
export interface FormulaIssue {
  message: string;
  pos: number;
}

type Sig = { args: number | [number, number]; check: (types: FormulaType[], pos: number[]) => FormulaType | FormulaIssue };

const isDate = (t: FormulaType) => t === "date" || t === "datetime";
const want = (what: string, types: FormulaType[], pos: number[], ok: (t: FormulaType) => boolean, fn: string): FormulaIssue | undefined => {
  const i = types.findIndex((t) => !ok(t));
  return i < 0 ? undefined : { message: `${fn}() needs ${what} as argument ${i + 1}, not ${article(types[i]!)}`, pos: pos[i]! };
};
const numeric = (fn: string, result: FormulaType = "number"): Sig["check"] => (types, pos) => want("a number", types, pos, (t) => t === "number", fn) ?? result;
const dated = (fn: string): Sig["check"] => (types, pos) => want("a date or datetime", types, pos, isDate, fn) ?? "number";

/** Every function of the language: arity and the type it returns for its argument types. */
export const FUNCTIONS: Readonly<Record<string, Sig>> = nullPrototype<Sig>({
  round: { args: [1, 2], check: numeric("round") },
  floor: { args: 1, check: numeric("floor") },
  ceil: { args: 1, check: numeric("ceil") },
  abs: { args: 1, check: numeric("abs") },
  sqrt: { args: 1, check: numeric("sqrt") },
  log: { args: 1, check: numeric("log") },
  exp: { args: 1, check: numeric("exp") },
  pow: { args: 2, check: numeric("pow") },
  clamp: { args: 3, check: numeric("clamp") },
  normal: { args: 2, check: numeric("normal") },
  uniform: { args: 2, check: numeric("uniform") },
  birthdate: { args: 1, check: numeric("birthdate", "date") },
  min: { args: [2, 8], check: extreme("min") },
  max: { args: [2, 8], check: extreme("max") },
  days: { args: 2, check: dated("days") },
  hours: { args: 2, check: dated("hours") },
  age: { args: 1, check: dated("age") },
  year: { args: 1, check: dated("year") },
  month: { args: 1, check: dated("month") },
  day: { args: 1, check: dated("day") },
  weekday: { args: 1, check: dated("weekday") },
  hour: { args: 1, check: dated("hour") },
  addDays: {
    args: 2,
    check: (types, pos) =>
      (!isDate(types[0]!) ? { message: `addDays() needs a date or datetime as argument 1, not ${article(types[0]!)}`, pos: pos[0]! } : undefined) ??
      (types[1] !== "number" ? { message: `addDays() needs a number of days as argument 2, not ${article(types[1]!)}`, pos: pos[1]! } : undefined) ??
      types[0]!,
  },
  if: {
    args: 3,
    check: (types, pos) => {
      if (types[0] !== "boolean") return { message: `if() needs a condition (a comparison or a boolean) as argument 1, not ${article(types[0]!)}`, pos: pos[0]! };
      const joined = join(types[1]!, types[2]!);
      return joined ?? { message: `if() gives ${article(types[1]!)} in one branch and ${article(types[2]!)} in the other; give both the same type`, pos: pos[2]! };
    },
  },
});

/** Functions whose value is a random draw: the noise of a formula (the card measures "within noise" against them). */
export const RANDOM_FUNCTIONS = new Set(["normal", "uniform", "birthdate"]);

function extreme(fn: string): Sig["check"] {
  return (types, pos) => {
    let acc: FormulaType | undefined = types[0];
    if (acc !== "number" && !isDate(acc!)) return { message: `${fn}() compares numbers or dates, not ${article(acc!)}`, pos: pos[0]! };
    for (let i = 1; i < types.length; i++) {
      const next = join(acc!, types[i]!);
      if (!next) return { message: `${fn}() mixes ${article(acc!)} with ${article(types[i]!)}`, pos: pos[i]! };
      acc = next;
    }
    return acc!;
  };
}

/** The common type of two values, when they are the same kind (a date and a datetime make a datetime). */
function join(a: FormulaType, b: FormulaType): FormulaType | undefined {
  if (a === b) return a;
  if (isDate(a) && isDate(b)) return "datetime";
  return undefined;
}

function article(t: FormulaType): string {
  return t === "text" ? "text" : t === "number" ? "a number" : t === "boolean" ? "a boolean" : `a ${t}`;
}

/**
 * The type of a formula given the types of the columns it reads, or the first
 * problem: an unknown column or function, a wrong argument count or type.
 */
export function formulaType(ast: FormulaNode, columnType: (name: string) => FormulaType | string | undefined): FormulaType | FormulaIssue {
  const visit = (n: FormulaNode): FormulaType => {
    switch (n.type) {
      case "number":
        return "number";
      case "string":
        return "text";
      case "boolean":
        return "boolean";
      case "column": {
        const t = columnType(n.name);
        if (t === undefined) throw issue(`"${n.name}" is not a column of this spec`, n.pos);
        if (!["number", "boolean", "date", "datetime", "text"].includes(t)) throw issue(`"${n.name}" ${t}`, n.pos);
        return t as FormulaType;
      }
      case "unary": {
        const t = visit(n.arg);
        if (n.op === "-" && t !== "number") throw issue(`minus needs a number, not ${article(t)}`, n.pos);
        if (n.op === "not" && t !== "boolean") throw issue(`not needs a boolean, not ${article(t)}`, n.pos);
        return t;
      }
      case "binary": {
        const l = visit(n.left);
        const r = visit(n.right);
        switch (n.op) {
          case "and":
          case "or":
            if (l !== "boolean" || r !== "boolean") throw issue(`${n.op} joins booleans (comparisons), not ${article(l !== "boolean" ? l : r)}`, n.pos);
            return "boolean";
          case "==":
          case "!=":
            if (!join(l, r)) throw issue(`cannot compare ${article(l)} with ${article(r)}`, n.pos);
            return "boolean";
          case "<":
          case "<=":
          case ">":
          case ">=":
            if (!join(l, r) || l === "boolean" || l === "text") throw issue(`${n.op} compares numbers or dates, not ${article(l)} and ${article(r)}`, n.pos);
            return "boolean";
          default:
            if (l !== "number" || r !== "number") {
              const dates = isDate(l) || isDate(r);
              const hint = dates ? (n.op === "-" ? " (use days(a, b) or hours(a, b) for a date difference)" : n.op === "+" ? " (use addDays(date, n))" : "") : "";
              throw issue(`${n.op} needs numbers, not ${article(l !== "number" ? l : r)}${hint}`, n.pos);
            }
            return "number";
        }
      }
      case "call": {
        const sig = FUNCTIONS[n.fn];
        if (!sig) throw issue(`unknown function ${n.fn}() (known: ${Object.keys(FUNCTIONS).join(", ")})`, n.pos);
        const [lo, hi] = typeof sig.args === "number" ? [sig.args, sig.args] : sig.args;
        if (n.args.length < lo || n.args.length > hi) {
          throw issue(`${n.fn}() takes ${lo === hi ? lo : `${lo} to ${hi}`} argument${hi === 1 ? "" : "s"}, not ${n.args.length}`, n.pos);
        }
        const types = n.args.map(visit);
        const result = sig.check(
          types,
          n.args.map((a) => a.pos),
        );
        if (typeof result !== "string") throw result;
        return result;
      }
    }
  };
  try {
    return visit(ast);
  } catch (error) {
    if (isIssue(error)) return error;
    throw error;
  }
}

function issue(message: string, pos: number): FormulaIssue {
  return { message, pos };
}

function isIssue(e: unknown): e is FormulaIssue {
  return typeof e === "object" && e !== null && "pos" in e && "message" in e && !(e instanceof Error);
}

/** How many random draws a formula makes at most per row. */
export function randomCalls(ast: FormulaNode): number {
  switch (ast.type) {
    case "unary":
      return randomCalls(ast.arg);
    case "binary":
      return randomCalls(ast.left) + randomCalls(ast.right);
    case "call":
      return (RANDOM_FUNCTIONS.has(ast.fn) ? 1 : 0) + ast.args.reduce((a, n) => a + randomCalls(n), 0);
    default:
      return 0;
  }
}

/** A table keyed by names from user text: no prototype, so "constructor" or "__proto__" is not a function. */
function nullPrototype<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
