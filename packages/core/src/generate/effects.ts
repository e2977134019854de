import type { ColumnKind, DatasetSpec, Effect } from "../spec/schema.js";
import type { NumericModel } from "./numeric.js";
import type { ChunkContext, Value } from "./types.js";

/** Adds the effects on a column to `out`, per row of the chunk. */
export type EffectTerm = (ctx: ChunkContext, out: Float64Array) => void;

/** What compiling a column needs to know about the others of its spec. */
export interface SpecContext {
  readonly spec: DatasetSpec;
  readonly byName: Map<string, number>;
  readonly models: Map<number, NumericModel>;
}

/**
 * The shift one effect adds for a source value (before any `within` gate): a
 * numeric source standardised by its model (a line, a step at `at`, or a U
 * around `at`), a boolean when true, a category when it equals `value`. The
 * generator and the mess (missing `when`) both read effects through this.
 */
export function effectShift(effect: Effect, sourceKind: ColumnKind, model: NumericModel | undefined): (v: Value) => number {
  const w = effect.weight;
  if (model) {
    const shape = effect.shape ?? "linear";
    if (shape === "linear") return (v: Value) => (typeof v === "number" ? w * model.standardize(v) : 0);
    const at = effect.at ?? model.center;
    if (shape === "threshold") return (v: Value) => (typeof v === "number" && v >= at ? w : 0);
    // Less 1, so a U centred on the mean of a normal source leaves the average shift near zero.
    return (v: Value) => {
      if (typeof v !== "number") return 0;
      const z = (v - at) / model.scale;
      return w * (z * z - 1);
    };
  }
  if (sourceKind === "boolean") return (v: Value) => (v === true ? w : 0);
  const match = effect.value;
  return (v: Value) => (v === match ? w : 0);
}

/** Sum of the effects on a column, per row of the chunk; undefined when there are none. */
export function effectTerm(effects: Effect[] | undefined, env: SpecContext): EffectTerm | undefined {
  if (!effects || effects.length === 0) return undefined;
  const parts = effects.map((effect) => {
    const source = env.byName.get(effect.column)!;
    const f = effectShift(effect, env.spec.columns[source]!.kind, env.models.get(source));
    const gate = effect.within ? { index: env.byName.get(effect.within.column)!, value: effect.within.value } : undefined;
    return { source, f, gate };
  });
  return (ctx, out) => {
    for (const { source, f, gate } of parts) {
      const values = ctx.columns[source]!;
      if (gate) {
        const by = ctx.columns[gate.index]!;
        for (let i = 0; i < ctx.length; i++) if (caseKey(by[i]) === gate.value) out[i]! += f(values[i]!);
        continue;
      }
      for (let i = 0; i < ctx.length; i++) out[i]! += f(values[i]!);
    }
  };
}

/** The key a conditional case is written as for a source value: booleans as "true"/"false". */
export function caseKey(v: Value | undefined): string | undefined {
  return v === null || v === undefined ? undefined : String(v);
}
