import type { Column, DatasetSpec, Effect } from "../spec/schema.js";

/**
 * The hidden relationships of a spec in plain words, e.g. "churned is more
 * likely when tenure_months is low and plan is basic": the answer key.
 */
export function describeRelationships(spec: DatasetSpec): string[] {
  const byName = new Map(spec.columns.map((c) => [c.name, c]));
  const lines: string[] = [];
  for (const column of spec.columns) {
    if ("effects" in column && column.effects && column.effects.length > 0) lines.push(...effectSentences(column, column.effects, byName));
    // Ordered pairs, bounds, formulas and conditional values are relations between columns: card/relations.ts.
    if (column.kind === "derived") lines.push(`${column.name} is built from ${joinAnd(column.from)} of the same row`);
    if (column.missing?.when?.length) {
      lines.push(`${column.name} is missing more often when ${joinAnd(column.missing.when.map((e) => condition(e, byName, e.weight > 0)))}`);
    }
  }
  return lines;
}

function effectSentences(column: Column, effects: Effect[], byName: Map<string, Column>): string[] {
  if (column.kind === "category") {
    const byOutcome = new Map<string, Effect[]>();
    for (const e of effects) byOutcome.set(e.outcome ?? "", [...(byOutcome.get(e.outcome ?? "") ?? []), e]);
    return [...byOutcome].map(([outcome, es]) => `${column.name} is more often "${outcome}" when ${joinAnd(es.map((e) => condition(e, byName, e.weight > 0)))}`);
  }
  const verb = column.kind === "boolean" ? ["more likely", "less likely"] : ["higher", "lower"];
  const up = effects.filter((e) => e.weight > 0);
  const down = effects.filter((e) => e.weight < 0);
  // State every effect so that it reads as "more likely when": a negative weight flips the condition.
  const all = [...up.map((e) => condition(e, byName, true)), ...down.map((e) => condition(e, byName, false))];
  return all.length > 0 ? [`${column.name} is ${verb[0]} when ${joinAnd(all)}${strength(effects)}`] : [];
}

/** "tenure_months is high", "plan is basic", "is_member is true", or their opposites. */
function condition(effect: Effect, byName: Map<string, Column>, positive: boolean): string {
  const gate = effect.within ? ` (only where ${effect.within.column} is ${effect.within.value})` : "";
  return `${sourceCondition(effect, byName, positive)}${gate}`;
}

function sourceCondition(effect: Effect, byName: Map<string, Column>, positive: boolean): string {
  const source = byName.get(effect.column);
  const at = effect.at !== undefined ? ` ${effect.at}` : " its centre";
  if (effect.shape === "threshold") return `${effect.column} is ${positive ? "at least" : "below"}${at} (a step)`;
  if (effect.shape === "u") return `${effect.column} is ${positive ? "far from" : "close to"}${at} (U-shaped)`;
  if (source?.kind === "category") return `${effect.column} is ${positive ? "" : "not "}${effect.value}`;
  if (source?.kind === "boolean") return `${effect.column} is ${positive ? "true" : "false"}`;
  return `${effect.column} is ${positive ? "high" : "low"}`;
}

function strength(effects: Effect[]): string {
  const max = Math.max(...effects.map((e) => Math.abs(e.weight)));
  return max >= 1.5 ? " (strong)" : max >= 0.6 ? " (moderate)" : " (weak)";
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
