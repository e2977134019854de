import type { Column } from "../spec/schema.js";
import { TableEngine } from "./engine.js";
import { withSpec, type FlatTable } from "./flatten.js";

/** A fixed pilot seed: a rollup's scale is a property of the spec, the same for every run's seed. */
const PILOT_SEED = 0x51ab7e;
/** Root rows the pilot makes (one chunk, with every table below it). */
const PILOT_ROWS = 1024;

/**
 * Gives each rollup placeholder the centre and spread its values have, from a
 * pilot chunk of the dataset: a column whose effects read a rollup ("churn is
 * likelier when order_count is low") is then shifted per standard deviation of
 * the real counts or sums, as effects from any numeric column are.
 */
export async function calibrateRollups(flat: Map<string, FlatTable>): Promise<Map<string, FlatTable>> {
  if (![...flat.values()].some((t) => [...t.slots.values()].some((s) => s.kind === "rollup"))) return flat;
  const engine = await TableEngine.create(flat, PILOT_SEED, PILOT_ROWS);
  const values = new Map<string, number[][]>();
  for (const { table, block } of engine.rootChunk(0, PILOT_ROWS)) {
    const t = flat.get(table)!;
    const at = values.get(table) ?? [];
    for (const [i, slot] of t.slots) {
      if (slot.kind !== "rollup") continue;
      const list = (at[i] ??= []);
      for (const v of block.columns[i]!) if (typeof v === "number") list.push(v);
    }
    values.set(table, at);
  }
  const out = new Map<string, FlatTable>();
  for (const [name, t] of flat) {
    const columns = [...t.spec.columns];
    for (const [i, slot] of t.slots) {
      if (slot.kind !== "rollup") continue;
      const c = columns[i]!;
      if (c.kind !== "integer" && c.kind !== "number") continue;
      const list = values.get(name)?.[i] ?? [];
      const mean = list.length ? list.reduce((s, v) => s + v, 0) / list.length : 0;
      const sd = list.length > 1 ? Math.sqrt(list.reduce((s, v) => s + (v - mean) ** 2, 0) / (list.length - 1)) : 0;
      columns[i] = { ...c, distribution: "normal", mean: round(mean), sd: round(sd) || 1 } as Column;
    }
    out.set(name, withSpec(t, { ...t.spec, columns }));
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
