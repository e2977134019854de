import { compileFormula, type FormulaNoise } from "../spec/formula/compile.js";
import { parseFormula } from "../spec/formula/parse.js";
import type { FormulaColumn } from "../spec/schema.js";
import { columnRandom, type ColumnGenerator, type GeneratorBase } from "./columnStream.js";
import type { SpecContext } from "./effects.js";
import type { Random } from "./random.js";
import type { Value } from "./types.js";

const DAY_MS = 86_400_000;

/** A formula's result as the column writes it: rounded, clamped, on its date grid; NaN (division by zero) becomes an empty cell. */
export function formulaFinisher(column: FormulaColumn): (v: number | boolean | string | null) => Value {
  const type = column.type ?? "number";
  const lo = column.min ?? -Infinity;
  const hi = column.max ?? Infinity;
  switch (type) {
    case "boolean":
      return (v) => (typeof v === "boolean" ? v : null);
    case "date":
    case "datetime": {
      const res = type === "date" ? DAY_MS : 1000;
      return (v) => (typeof v === "number" && Number.isFinite(v) ? Math.floor(v / res) * res : null);
    }
    default: {
      const factor = 10 ** (type === "integer" ? 0 : (column.decimals ?? 2));
      return (v) => {
        if (typeof v !== "number" || !Number.isFinite(v)) return null;
        return Math.round(Math.min(hi, Math.max(lo, v)) * factor) / factor;
      };
    }
  }
}

/** The column's own stream as a formula's noise (normal, uniform, birthdate). */
export class StreamNoise implements FormulaNoise {
  constructor(public rng: Random) {}
  draw(kind: "normal" | "uniform", a: number, b: number): number {
    return kind === "normal" ? a + b * this.rng.normal() : a + this.rng.next() * (b - a);
  }
}

/** A formula column: its expression, parsed and checked at validation, compiled once per run. */
export function formulaGenerator(column: FormulaColumn, base: GeneratorBase, env: SpecContext): ColumnGenerator {
  const evaluate = compileFormula(parseFormula(column.expression), (name) => env.byName.get(name)!);
  const finish = formulaFinisher(column);
  return {
    ...base,
    fill: (ctx) => {
      const noise = new StreamNoise(columnRandom(ctx, base.salt));
      const out = new Array<Value>(ctx.length);
      for (let i = 0; i < ctx.length; i++) out[i] = finish(evaluate(ctx.columns, i, noise));
      return out;
    },
  };
}
