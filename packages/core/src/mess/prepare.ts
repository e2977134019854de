import { compileSpec, generateChunk } from "../generate/generator.js";
import { columnDependencies } from "../spec/dependencies.js";
import type { Column, DatasetSpec } from "../spec/schema.js";
import { targetColumn } from "../card/signal.js";

const PILOT_ROWS = 50_000;
const PILOT_SEED = 0x9e3779b9;

/**
 * The spec the generator runs: the target's effects scaled by `difficulty`,
 * and boolean columns with a wanted `rate` given the base probability that
 * yields that share of true once their effects are applied.
 */
export function prepareGenerationSpec(spec: DatasetSpec): DatasetSpec {
  let columns = spec.columns;
  const target = targetColumn(spec);
  const difficulty = spec.difficulty ?? 0;
  if (target && difficulty > 0 && "effects" in target && target.effects) {
    const scale = 1 - difficulty;
    columns = columns.map((c) =>
      c.name === target.name && "effects" in c && c.effects ? ({ ...c, effects: c.effects.map((e) => ({ ...e, weight: e.weight * scale })) } as Column) : c,
    );
  }
  const prepared: DatasetSpec = { ...spec, columns };
  for (const column of prepared.columns) {
    if (column.kind === "boolean" && column.rate !== undefined) {
      const probability = calibrate(prepared, column.name, column.rate);
      prepared.columns = prepared.columns.map((c) => (c.name === column.name ? { ...c, probability } : c));
    }
  }
  return prepared;
}

/**
 * Finds the base probability for which `name` comes out true in `rate` of the
 * rows, by bisection on a pilot sample of the column and what it depends on.
 * The pilot's random draws stay the same between tries, so the share of true
 * only grows with the probability and the search converges.
 */
function calibrate(spec: DatasetSpec, name: string, rate: number): number {
  const column = spec.columns.find((c) => c.name === name)!;
  if (column.kind !== "boolean" || !column.effects?.length) return rate;
  const needed = ancestors(spec, name);
  const pilotColumns = spec.columns.filter((c) => needed.has(c.name)).map((c) => ({ ...c, unique: false }) as Column);
  const t = pilotColumns.findIndex((c) => c.name === name);
  const share = (logit: number) => {
    const probability = 1 / (1 + Math.exp(-logit));
    const pilot = { ...spec, columns: pilotColumns.map((c, i) => (i === t ? { ...c, probability, nullRate: 0 } : c)) } as DatasetSpec;
    const values = generateChunk(compileSpec(pilot), PILOT_SEED, 0, PILOT_ROWS, PILOT_ROWS).columns[t]!;
    return values.filter((v) => v === true).length / values.length;
  };
  let lo = -15;
  let hi = 15;
  for (let i = 0; i < 18; i++) {
    const mid = (lo + hi) / 2;
    if (share(mid) < rate) lo = mid;
    else hi = mid;
  }
  const p = 1 / (1 + Math.exp(-(lo + hi) / 2));
  return Math.min(1, Math.max(0, Math.round(p * 1e6) / 1e6));
}

/** The column and every column it reads, directly or not. */
function ancestors(spec: DatasetSpec, name: string): Set<string> {
  const byName = new Map(spec.columns.map((c) => [c.name, c]));
  const seen = new Set<string>();
  const visit = (n: string) => {
    if (seen.has(n)) return;
    seen.add(n);
    const c = byName.get(n);
    if (c) columnDependencies(c).forEach(visit);
  };
  visit(name);
  return seen;
}
