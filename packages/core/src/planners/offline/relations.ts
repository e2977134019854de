import type { Column } from "../../spec/schema.js";
import type { PlannedColumn } from "./columns.js";
import { knowledgeIndex } from "./knowledge/index.js";
import type { ConceptRelation } from "./knowledge/types.js";

/**
 * Turns each concept relation of the knowledge base into spec fields when every concept
 * it names is a column of the dataset (concept ids become those columns' names):
 * delivery after ship, high at least open and close, total = qty x unit price, city by
 * state, review tone from the rating. A column the user gave a range or values keeps them.
 */
export function applyRelations(items: PlannedColumn[], target?: PlannedColumn): void {
  const byConcept = new Map<string, PlannedColumn>();
  for (const p of items) if (p.concept && !byConcept.has(p.concept.id)) byConcept.set(p.concept.id, p);
  // A concept named in a relation may be a column of another module's concept with the same name
  // ("start date" in general and in marketing).
  const kb = knowledgeIndex();
  for (const r of items.flatMap((p) => p.concept?.relations ?? [])) {
    for (const id of referenced(r)) {
      if (byConcept.has(id)) continue;
      const names = kb.byId.get(id)?.names ?? [];
      const same = items.find((p) => p.concept && p.concept.names.some((n) => names.includes(n)));
      if (same) byConcept.set(id, same);
    }
  }
  const nameOf = (id: string) => byConcept.get(id)?.column.name;
  for (const item of items) {
    // The first applicable relation of each kind wins, except offsets, which add up: delivery
    // after order and after ship is after the later of the two, with the gap of the last.
    const done = new Set<string>();
    const offsets = (item.concept?.relations ?? []).filter((r): r is Extract<ConceptRelation, { kind: "offset" }> => r.kind === "offset" && r.of.every((id) => nameOf(id) !== undefined && byConcept.get(id) !== item));
    const merged: ConceptRelation[] =
      offsets.length > 1 ? [{ ...offsets[offsets.length - 1]!, of: [...new Set(offsets.flatMap((r) => r.of))] }] : offsets;
    const relations = [...merged, ...(item.concept?.relations ?? []).filter((r) => r.kind !== "offset")];
    for (const relation of relations) {
      // The target keeps its own values (a target cannot be a formula); its effects make it learnable.
      if (done.has(relation.kind) || (item === target && relation.kind === "formula")) continue;
      const refs = referenced(relation);
      if (refs.length === 0 || refs.some((id) => nameOf(id) === undefined || byConcept.get(id) === item)) continue;
      const next = apply(item, relation, (id) => byConcept.get(id)!);
      if (next) {
        item.column = next;
        done.add(relation.kind);
      }
    }
  }
}

export function referenced(r: ConceptRelation): string[] {
  switch (r.kind) {
    case "offset":
      return r.of;
    case "bounds":
      return [...(r.atLeast ?? []), ...(r.atMost ?? [])];
    case "formula":
      return [...r.expression.matchAll(/\{([a-z0-9_]+)\}/g)].map((m) => m[1]!);
    case "conditional":
    case "conditionalWeights":
      return [r.on];
    case "text":
      return [r.sentimentFrom, r.topicFrom, r.mentionFrom].filter((x): x is string => x !== undefined);
  }
}

const valueOf = (column: Column, wanted: string): string | undefined => {
  if (column.kind === "boolean") return wanted === "true" || wanted === "false" ? wanted : undefined;
  if (column.kind !== "category") return undefined;
  const w = wanted.toLowerCase();
  // "entire home/apt" for the knowledge base's "Entire home": the same value with a qualifier.
  return column.values.find((v) => v.toLowerCase() === w) ?? column.values.find((v) => v.toLowerCase().startsWith(`${w} `) || v.toLowerCase().startsWith(`${w}/`));
};

function apply(item: PlannedColumn, r: ConceptRelation, other: (id: string) => PlannedColumn): Column | undefined {
  const c = item.column;
  const stated = item.facts.range !== undefined || item.facts.values !== undefined;
  const name = (id: string) => other(id).column.name;
  switch (r.kind) {
    case "offset": {
      const kinds = other(r.of[0]!).column.kind;
      const comparable = c.kind === "date" || c.kind === "datetime" ? kinds === "date" || kinds === "datetime" : (c.kind === "integer" || c.kind === "number") && (kinds === "integer" || kinds === "number");
      if (!comparable || !("from" in c || "distribution" in c || c.kind === "integer" || c.kind === "number")) return undefined;
      const { after: _after, ...rest } = c as Column & { after?: unknown };
      return { ...rest, offset: { columns: r.of.map(name), direction: r.direction, ...(r.gap ? { gap: r.gap } : {}), ...(r.unit ? { unit: r.unit } : {}) } } as Column;
    }
    case "bounds": {
      if (c.kind !== "integer" && c.kind !== "number" && c.kind !== "date" && c.kind !== "datetime") return undefined;
      const numeric = (id: string) => ["integer", "number", "formula"].includes(other(id).column.kind) || (c.kind === "date" || c.kind === "datetime");
      if (![...(r.atLeast ?? []), ...(r.atMost ?? [])].every(numeric)) return undefined;
      return { ...c, bounds: { ...(r.atLeast ? { atLeast: r.atLeast.map(name) } : {}), ...(r.atMost ? { atMost: r.atMost.map(name) } : {}) } } as Column;
    }
    case "formula": {
      if (stated) return undefined;
      // A comparison with a category's value uses the value as the column spells it ("entire home" for "Entire home").
      const spelled = r.expression.replace(/\{([a-z0-9_]+)\}\s*(==|!=)\s*"([^"]*)"/g, (m, id: string, op: string, v: string) => {
        const actual = valueOf(other(id).column, v);
        return actual === undefined ? m : `{${id}} ${op} ${JSON.stringify(actual)}`;
      });
      const expression = spelled.replace(/\{([a-z0-9_]+)\}/g, (_, id: string) => name(id));
      return {
        name: c.name,
        kind: "formula",
        expression,
        ...(r.type ? { type: r.type } : {}),
        ...(r.decimals !== undefined ? { decimals: r.decimals } : {}),
        ...(r.min !== undefined ? { min: r.min } : {}),
        ...(r.max !== undefined ? { max: r.max } : {}),
      };
    }
    case "conditional": {
      if ((c.kind !== "integer" && c.kind !== "number") || stated) return undefined;
      const on = other(r.on).column;
      const cases = r.cases.flatMap((k) => {
        const value = valueOf(on, k.value);
        return value === undefined ? [] : [{ ...k, value }];
      });
      return cases.length === 0 ? undefined : ({ ...c, conditional: { column: on.name, cases } } as Column);
    }
    case "conditionalWeights": {
      if (c.kind !== "category" || stated) return undefined;
      const on = other(r.on).column;
      const cases = r.cases.flatMap((k) => {
        const value = valueOf(on, k.value);
        return value === undefined || k.weights.length !== c.values.length ? [] : [{ value, weights: k.weights }];
      });
      return cases.length === 0 ? undefined : { ...c, conditional: { column: on.name, cases } };
    }
    case "text": {
      if (c.kind !== "text") return undefined;
      return {
        ...c,
        ...(r.sentimentFrom ? { sentimentFrom: name(r.sentimentFrom) } : {}),
        ...(r.topicFrom ? { topicFrom: name(r.topicFrom) } : {}),
        ...(r.mentionFrom ? { mentionFrom: name(r.mentionFrom) } : {}),
      };
    }
  }
}
