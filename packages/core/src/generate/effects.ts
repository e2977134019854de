import type { DatasetSpec, Effect } from "../spec/schema.js";
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

/** Sum of the effects on a column, per row of the chunk; undefined when there are none. */
export function effectTerm(effects: Effect[] | undefined, env: SpecContext): EffectTerm | undefined {
  if (!effects || effects.length === 0) return undefined;
  const parts = effects.map((effect) => {
    const source = env.byName.get(effect.column)!;
    const kind = env.spec.columns[source]!.kind;
    const model = env.models.get(source);
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

/** The key a conditional case is written as for a source value: booleans as "true"/"false". */
export function caseKey(v: Value | undefined): string | undefined {
  return v === null || v === undefined ? undefined : String(v);
}
