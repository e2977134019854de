import type { Column, Effect } from "../../spec/schema.js";
import type { PlannedColumn } from "./columns.js";
import { knowledgeIndex } from "./knowledge/index.js";
import type { Concept } from "./knowledge/types.js";

/** A feature stands for a driver when it is that concept or shares a name with it ("tenure" in telecom and in general). */
function standsFor(feature: Concept | undefined, driverId: string): boolean {
  if (!feature) return false;
  if (feature.id === driverId) return true;
  const driver = knowledgeIndex().byId.get(driverId);
  return driver !== undefined && driver.names.some((n) => feature.names.includes(n));
}

/** Kinds a driver can be read from (effects need a value in the row before the target). */
const SOURCE_KINDS = new Set(["integer", "number", "boolean", "category"]);

/**
 * The effects that make a target learnable, from its concept's `drivers` in the
 * knowledge base (signs as a domain expert expects: glucose raises diabetes, credit
 * score lowers default). When the dataset has fewer than two of them, plain numeric or
 * yes/no features the knowledge base knows fill in with a moderate positive weight,
 * strongest known concepts first; never a sign from a column's position.
 */
export function targetEffects(target: PlannedColumn, items: PlannedColumn[]): Effect[] {
  const column = target.column;
  if (!["boolean", "integer", "number", "category"].includes(column.kind)) return [];
  const outcome = column.kind === "category" ? categoryOutcome(column.values) : undefined;
  const features = items.filter((p) => p !== target && SOURCE_KINDS.has(p.column.kind) && !p.column.unique && !refersTo(p.column, column.name, items));
  const effects: Effect[] = [];
  const used = new Set<string>();
  // Outcomes that share a name with the target ("churn" in general and in telecom) pool their drivers.
  const kin = target.concept ? [...knowledgeIndex().byId.values()].filter((c) => c !== target.concept && c.outcome && c.drivers && c.names.some((n) => target.concept!.names.includes(n))) : [];
  for (const driver of [...(target.concept?.drivers ?? []), ...kin.flatMap((c) => c.drivers!)]) {
    const feature =
      features.find((p) => p.concept?.id === driver.concept && !used.has(p.column.name)) ??
      features.find((p) => !used.has(p.column.name) && standsFor(p.concept, driver.concept));
    if (!feature) continue;
    const f = feature.column;
    let value: string | undefined;
    if (f.kind === "category") {
      if (driver.value === undefined) continue;
      value = f.values.find((v) => v.toLowerCase() === driver.value!.toLowerCase());
      if (value === undefined) continue;
    }
    used.add(f.name);
    effects.push({ column: f.name, weight: driver.weight, ...(value !== undefined ? { value } : {}), ...(outcome !== undefined ? { outcome } : {}) });
  }
  if (effects.length < 2) {
    const fill = features
      .filter((p) => !used.has(p.column.name) && (p.column.kind === "integer" || p.column.kind === "number" || p.column.kind === "boolean"))
      .sort((a, b) => Number(b.known) - Number(a.known))
      .slice(0, 3 - effects.length);
    for (const p of fill) effects.push({ column: p.column.name, weight: 0.8, ...(outcome !== undefined ? { outcome } : {}) });
  }
  return effects.slice(0, 8);
}

/** The column reads `name` (directly or through the columns it reads): an effect from it would be a cycle. */
function refersTo(column: Column, name: string, items: PlannedColumn[], seen = new Set<string>()): boolean {
  if (seen.has(column.name)) return false;
  seen.add(column.name);
  const c = column as Column & Record<string, unknown>;
  const refs = [
    ...((c.offset as { columns?: string[] } | undefined)?.columns ?? []),
    ...((c.bounds as { atLeast?: string[] } | undefined)?.atLeast ?? []),
    ...((c.bounds as { atMost?: string[] } | undefined)?.atMost ?? []),
    ...[(c.conditional as { column?: string } | undefined)?.column, c.sentimentFrom, c.topicFrom, c.mentionFrom].filter((x): x is string => typeof x === "string"),
    ...((c.effects as { column: string }[] | undefined) ?? []).map((e) => e.column),
    ...(c.kind === "formula" ? items.map((p) => p.column.name).filter((n) => new RegExp(`\\b${n.replace(/[^\w]/g, "")}\\b`).test(c.expression as string)) : []),
  ];
  return refs.some((r) => r === name || refersTo(items.find((p) => p.column.name === r)?.column ?? column, name, items, seen));
}

/** The category value a risk-like target's effects favour: "high" for risk, "yes" for yes/no. */
function categoryOutcome(values: string[]): string {
  const bad = values.findIndex((v) => /^(high|very high|yes|true|positive|severe|critical|1)$/i.test(v));
  return bad >= 0 ? values[bad]! : values[values.length - 1]!;
}

export type { Column };
