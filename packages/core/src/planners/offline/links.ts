import type { Column, Effect } from "../../spec/schema.js";
import type { PlannedColumn } from "./columns.js";
import { knowledgeIndex, standsFor } from "./knowledge/index.js";
import type { Driver } from "./knowledge/types.js";

/** Kinds an effect can be read from (a value in the row before the column it tilts). */
export const SOURCE_KINDS = new Set(["integer", "number", "boolean", "category"]);

/**
 * The known relations between concepts that hold in this dataset, as effects on the columns
 * other than the target: a column whose concept has drivers (its own `drivers`, or `links` to
 * it) is tilted by the columns that stand for them, with the knowledge base's signs (distance
 * raises shipping cost, floor area raises kWh, minutes played raise goals), whether or not it
 * is the target. The target is left to targetEffects. A relation that would make a column
 * depend on itself (through other relations) is left out.
 */
export function applyLinks(items: PlannedColumn[], target?: PlannedColumn): void {
  for (const to of items) {
    if (to === target || !to.concept) continue;
    const c = to.column as Column & { effects?: Effect[]; offset?: unknown };
    if ((c.kind !== "integer" && c.kind !== "number" && c.kind !== "boolean") || c.offset !== undefined) continue;
    const drivers = [...(to.concept.drivers ?? []), ...linkedDrivers(to.concept.id)];
    if (drivers.length === 0) continue;
    const features = items.filter((p) => p !== to && isSource(p.column) && !refersTo(p.column, c.name, items));
    const effects = driverEffects(drivers, features, c.effects ?? []);
    if (effects.length > 0) to.column = { ...c, effects: [...(c.effects ?? []), ...effects] } as Column;
  }
}

/**
 * Effects for these drivers from the features that stand for them, the first of each driver's
 * column (several values of one category may each count: "ram 32" up, "ram 4" down).
 */
export function driverEffects(drivers: Driver[], features: PlannedColumn[], existing: Effect[] = [], outcome?: string): Effect[] {
  const kb = knowledgeIndex();
  const effects: Effect[] = [];
  const used = new Set<string>(existing.map((e) => (e.value === undefined ? e.column : `${e.column}=${e.value}`)));
  const free = (p: PlannedColumn) => p.column.kind === "category" || !used.has(p.column.name);
  for (const driver of drivers) {
    const feature = features.find((p) => p.concept?.id === driver.concept && free(p)) ?? features.find((p) => free(p) && standsFor(p.concept, driver.concept, kb));
    if (!feature) continue;
    const f = feature.column;
    let value: string | undefined;
    if (f.kind === "category") {
      if (driver.value === undefined) continue;
      value = f.values.find((v) => v.toLowerCase() === driver.value!.toLowerCase());
      if (value === undefined || used.has(`${f.name}=${value}`)) continue;
      used.add(`${f.name}=${value}`);
    } else used.add(f.name);
    effects.push({ column: f.name, weight: driver.weight, ...(value !== undefined ? { value } : {}), ...(outcome !== undefined ? { outcome } : {}) });
  }
  return effects;
}

/** The links to a concept, read as its drivers (for a target). */
export function linkedDrivers(conceptId: string | undefined): Driver[] {
  if (conceptId === undefined) return [];
  const kb = knowledgeIndex();
  const concept = kb.byId.get(conceptId);
  return kb.links
    .filter((l) => l.to === conceptId || (concept !== undefined && standsFor(concept, l.to, kb)))
    .map((l) => ({ concept: l.from, weight: l.weight, ...(l.value !== undefined ? { value: l.value } : {}) }));
}

function isSource(column: Column): boolean {
  return SOURCE_KINDS.has(column.kind) && !(column as { unique?: boolean }).unique;
}

/** The column reads `name` (directly or through the columns it reads): an effect from it would be a cycle. */
export function refersTo(column: Column, name: string, items: PlannedColumn[], seen = new Set<string>()): boolean {
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
    ...(c.kind === "derived" ? ((c.from as string[] | undefined) ?? []) : []),
  ];
  return refs.some((r) => r === name || refersTo(items.find((p) => p.column.name === r)?.column ?? column, name, items, seen));
}
