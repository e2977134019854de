import type { EntityKnowledge, EntityParent, EntityReference } from "./knowledge/entityTypes.js";
import { ENTITY_MODULES } from "./knowledge/entities/index.js";
import { singularOf } from "./knowledge/entities/nouns.js";
import { wordsOf } from "./knowledge/index.js";

/**
 * The reader's part for descriptions that name several related things ("customers,
 * orders and products", "patients, their visits and prescriptions"): which phrases
 * name entities the knowledge base knows (knowledge/entities/), and how those
 * entities hang together as tables: a root, children by their usual parent, tables
 * of their own rows that junctions reference. tableSpec.ts turns the result into a spec.
 */

/** One table to make: an entity, its parent edge (none for the root and tables of their own rows), what it references. */
export interface EntityTable {
  entity: EntityKnowledge;
  parent?: EntityParent | undefined;
  references: EntityReference[];
  /** A table of its own rows (products, books): referenced by index, made apart from the root. */
  own: boolean;
  /** Column phrases the user listed for it ("customers (name, email, age)"). */
  columns?: string[] | undefined;
  /** Added to join two tables the user named (order_items between orders and products). */
  added: boolean;
  /** Where the description names it (-1 when added): the title lists tables in this order. */
  mention: number;
}

/** Parent and reference edges for entities the knowledge base lacks. */
export interface Edges {
  parents: EntityParent[];
  references: EntityReference[];
}

export interface EntityPlan {
  root: EntityTable;
  /** Every table, the root first, then parents before their children. */
  tables: EntityTable[];
  /** Phrases that name no entity alone: outcomes ("some customers churn") and anything else. */
  rest: { phrase: string; entities: EntityKnowledge[] }[];
  warnings: string[];
}

/** Words that join entity names in a phrase without naming a column: "customers who place orders", "their visits". */
const FILLER = new Set(
  "a an the their its his her our your each every all some many several multiple of with who which that whose and or plus also as well per for to in on at by from them they has have having had place places placed make makes made write writes wrote take takes took get gets got hold holds receive receives borrow borrows borrowed enrol enroll enrols enrolls enrolled attend attends contain contains belong belongs leave leaves leaving give gives posted liked send sends sent booked".split(
    " ",
  ),
);

interface Index {
  byName: Map<string, EntityKnowledge[]>;
  longest: number;
  entities: Map<string, EntityKnowledge>;
  parents: EntityParent[];
  references: EntityReference[];
}

let index: Index | undefined;

function entityIndex(): Index {
  if (index) return index;
  const byName = new Map<string, EntityKnowledge[]>();
  const entities = new Map<string, EntityKnowledge>();
  let longest = 1;
  for (const module of ENTITY_MODULES) {
    for (const e of module.entities) {
      entities.set(e.id, e);
      for (const name of e.names) {
        const key = wordsOf(name).join(" ");
        const list = byName.get(key) ?? [];
        if (!list.includes(e)) list.push(e);
        byName.set(key, list);
        longest = Math.max(longest, key.split(" ").length);
      }
    }
  }
  index = { byName, longest, entities, parents: ENTITY_MODULES.flatMap((m) => m.parents), references: ENTITY_MODULES.flatMap((m) => m.references) };
  return index;
}

interface PhraseReading {
  phrase: string;
  /** Candidates per entity name found, in order. */
  names: EntityKnowledge[][];
  /** The words of each entity name found, as written ("appointments"). */
  spelled: string[];
  /** Every word is an entity name or a joining word. */
  whole: boolean;
  columns?: string[] | undefined;
}

/** "I need a dataset of", "generate tables for": a request, not an entity. */
const REQUEST = /^(?:please\s+)?(?:(?:i|we)\s+(?:need|want|would like)|give\s+me|generate|create|make|build|simulate)?\s*(?:a|an|some)?\s*(?:synthetic|fake|sample|mock|realistic)?\s*(?:data ?set|data|database|tables?|csv files?)\s+(?:of|for|about|with|on)\s+/i;

/**
 * The entity names in a phrase (longest first), and whether nothing else is in it. A
 * parenthesised list is its columns. `qualified`: up to two words may come before the first
 * name ("bank customers", "hotel guests"), as a subject says where the rows are from.
 */
function readEntityPhrase(phrase: string, qualified = false): PhraseReading {
  const kb = entityIndex();
  const listed = /^([^()]+?)\s*\(([^()]+)\)\s*$/.exec(phrase);
  const head = (listed ? listed[1]! : phrase).replace(REQUEST, "");
  const columns = listed ? listed[2]!.split(/\s*[,;]\s*|\s+and\s+/).map((c) => c.trim()).filter(Boolean) : undefined;
  const words = wordsOf(head);
  const names: EntityKnowledge[][] = [];
  const spelled: string[] = [];
  let whole = words.length > 0;
  for (let i = 0; i < words.length; ) {
    let found = false;
    for (let n = Math.min(kb.longest, words.length - i); n >= 1; n--) {
      const hit = kb.byName.get(words.slice(i, i + n).join(" "));
      if (hit) {
        names.push(hit);
        spelled.push(words.slice(i, i + n).join(" "));
        i += n;
        found = true;
        break;
      }
    }
    if (found) continue;
    if (!FILLER.has(words[i]!) && !(qualified && names.length === 0 && i < 2)) whole = false;
    i++;
  }
  return { phrase, names, spelled, whole: whole && names.length > 0, columns: listed && whole && names.length === 1 ? columns : undefined };
}

/** Words that lead a sentence about some of an entity's rows: "some customers churn", "flag patients who...", "predict which students...". */
const ABOUT = /^(?:(?:with|and|flag|mark|label|predict|predicting|identify|some|a few|few|many|most|several|which|whether|if|the|their|a|an|each|every|any)\s+)+/i;

/** "some customers churn": a lead word, then an entity name, then what happens to them. */
function aboutEntity(phrase: string): boolean {
  const lead = ABOUT.exec(phrase);
  if (!lead || /^(?:(?:the|their|a|an|each|every|any|with|and)\s+)+$/i.test(lead[0])) return false;
  const kb = entityIndex();
  const words = wordsOf(phrase.slice(lead[0].length));
  for (let n = Math.min(kb.longest, words.length - 1); n >= 1; n--) if (kb.byName.has(words.slice(0, n).join(" "))) return true;
  return false;
}

/**
 * The tables a description names, or undefined when it is a one-table description
 * (today's planner reads it): at least two phrases that are entity names alone
 * ("customers", "their orders", "order items (quantity, price)"), more of them than
 * other phrases, naming at least two entities that the knowledge base relates.
 */
export function readEntities(subject: string, phrases: string[]): EntityPlan | undefined {
  const readings = phrases.map((p, i) => readEntityPhrase(p, i === 0 && !subject));
  const subjectReading = subject ? readEntityPhrase(subject, true) : undefined;
  const whole = readings.filter((r) => r.whole);
  // Phrases about an entity ("some customers churn") do not argue against the tables; column phrases ("learner id") do.
  const others = readings.filter((r) => !r.whole && !aboutEntity(r.phrase)).length;
  const named = [...(subjectReading?.whole ? [subjectReading] : []), ...whole];
  const candidates = named.flatMap((r) => r.names);
  if (candidates.length < 2 || named.length <= others) return undefined;
  // One entity described by a list holding a column ("instagram posts with likes, comments and posted at"): the
  // entity names in that list are its counts, not tables.
  if (subjectReading?.whole && others > 0) return undefined;
  const chosen = chooseEntities(candidates);
  if (chosen.length < 2) return undefined;
  const columnsFor = new Map<string, string[]>();
  for (const r of named) {
    if (r.columns && r.names.length === 1) {
      const e = chosen.find((c) => r.names[0]!.includes(c));
      if (e) columnsFor.set(e.id, r.columns);
    }
  }
  const plan = arrange(chosen, columnsFor);
  if (!plan) return undefined;
  // The user's names for the tables: "appointments" where the knowledge base says visits.
  for (const t of plan.tables) {
    const r = named.find((x) => x.names.some((list) => list.includes(t.entity)));
    const said = r?.spelled[r.names.findIndex((list) => list.includes(t.entity))];
    if (said) t.entity = asNamed(t.entity, said);
  }
  const inPlan = (e: EntityKnowledge) => plan.tables.find((t) => t.entity.id === e.id)?.entity;
  const rest = readings.filter((r) => !r.whole).map((r) => ({ phrase: r.phrase, entities: r.names.map((list) => list.map(inPlan).find((e) => e !== undefined) ?? list[0]!) }));
  return { ...plan, rest };
}

/** One entity per name: where a name is ambiguous ("loans" of a library or of a bank), the one related to most of the others. */
/** The knowledge base relates the two (a parent edge or a reference either way). */
export function related(a: EntityKnowledge, b: EntityKnowledge): boolean {
  const kb = entityIndex();
  return kb.parents.some((p) => (p.child === a.id && p.parent === b.id) || (p.child === b.id && p.parent === a.id)) || kb.references.some((r) => (r.from === a.id && r.to === b.id) || (r.from === b.id && r.to === a.id));
}

function chooseEntities(candidates: EntityKnowledge[][]): EntityKnowledge[] {
  const chosen: EntityKnowledge[] = [];
  for (const list of candidates) {
    const others = candidates.filter((l) => l !== list).flat();
    const score = (e: EntityKnowledge) => others.filter((o) => related(e, o)).length;
    const best = [...list].sort((a, b) => score(b) - score(a))[0]!;
    if (!chosen.includes(best)) chosen.push(best);
  }
  return chosen;
}

/**
 * The tables as a tree: an entity with rows of its own that another named entity
 * references is such a table (posts that users like); every other entity hangs under its
 * first usual parent that was named; the root is the one left without a parent that
 * has the most tables under it. A table of its own rows that nothing named references
 * gets the knowledge base's junction to it (orders and products: order_items).
 */
export function arrange(named: EntityKnowledge[], columnsFor: Map<string, string[]>, extra?: Edges): Omit<EntityPlan, "rest"> | undefined {
  const index = entityIndex();
  // Edges the description states between entities the knowledge base lacks (nounEntities.ts) join its own.
  const kb = { parents: [...index.parents, ...(extra?.parents ?? [])], references: [...index.references, ...(extra?.references ?? [])], entities: new Map([...index.entities, ...named.map((e) => [e.id, e] as const)]) };
  const warnings: string[] = [];
  const present = [...named];
  const added = new Set<string>();
  const isOwn = (e: EntityKnowledge) => e.rows !== undefined && (present.some((o) => kb.references.some((r) => r.from === o.id && r.to === e.id)) || !kb.parents.some((p) => p.child === e.id && present.some((o) => o.id === p.parent && o.rows === undefined)));
  // A junction the user did not name, to reach a table of its own rows nothing named references.
  for (const e of named) {
    if (e.rows === undefined || present.some((o) => kb.references.some((r) => r.from === o.id && r.to === e.id))) continue;
    if (kb.parents.some((p) => p.child === e.id && present.some((o) => o.id === p.parent))) continue;
    const bridge = kb.references.find((r) => r.to === e.id && !present.some((o) => o.id === r.from) && kb.parents.some((p) => p.child === r.from && present.some((o) => o.id === p.parent && o.rows === undefined)));
    if (!bridge) continue;
    const junction = kb.entities.get(bridge.from)!;
    present.push(junction);
    added.add(junction.id);
  }
  const own = new Set(present.filter(isOwn).map((e) => e.id));
  const parentOf = new Map<string, EntityParent>();
  for (const e of present) {
    if (own.has(e.id)) continue;
    const edge = kb.parents.find((p) => p.child === e.id && p.parent !== e.id && present.some((o) => o.id === p.parent) && !own.has(p.parent));
    if (edge) parentOf.set(e.id, edge);
  }
  // Two entities that would each be the other's ancestor cannot happen with the knowledge as written; guard anyway.
  const below = (id: string): number => present.filter((o) => parentOf.get(o.id)?.parent === id).reduce((n, o) => n + 1 + below(o.id), 0);
  const roots = present.filter((e) => !own.has(e.id) && !parentOf.has(e.id));
  if (roots.length === 0) return undefined;
  const root = [...roots].sort((a, b) => below(b.id) - below(a.id))[0]!;
  const tree = new Set<string>([root.id]);
  const order: EntityKnowledge[] = [root];
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of present) {
      const edge = parentOf.get(e.id);
      if (!tree.has(e.id) && edge && tree.has(edge.parent)) {
        tree.add(e.id);
        order.push(e);
        grew = true;
      }
    }
  }
  const ownTables = present.filter((e) => own.has(e.id) && !tree.has(e.id));
  const inTree = [...order, ...ownTables];
  for (const e of present) {
    if (!inTree.includes(e)) warnings.push(`left out ${e.table}: the knowledge base does not say how it relates to ${root.table}; describe it as its own dataset, or as a table of ${root.table}`);
  }
  if (inTree.length < 2) return undefined;
  const references = (e: EntityKnowledge) => kb.references.filter((r) => r.from === e.id && ownTables.some((o) => o.id === r.to));
  const tables: EntityTable[] = [
    ...order.map((e) => ({ entity: e, parent: parentOf.get(e.id), references: references(e), own: false, columns: columnsFor.get(e.id), added: added.has(e.id), mention: named.indexOf(e) })),
    ...ownTables.map((e) => ({ entity: e, references: [], own: true, columns: columnsFor.get(e.id), added: false, mention: named.indexOf(e) })),
  ];
  for (const t of tables) {
    if (t.added) warnings.push(`added ${t.entity.table} to join ${t.parent?.parent ? kb.entities.get(t.parent.parent)!.table : root.table} to ${t.references.map((r) => kb.entities.get(r.to)!.table).join(" and ")}; name the table you want between them to choose it`);
  }
  return { root: tables[0]!, tables, warnings };
}

/** The entity under the name the user gave it, when that is another plural than its table's ("appointments" for visits). */
export function asNamed(e: EntityKnowledge, said: string): EntityKnowledge {
  const table = said.replace(/[ -]+/g, "_");
  if (table === e.table || !/[^s]s$/.test(said) || /_/.test(e.table) !== /_/.test(table)) return e;
  const one = singularOf(said);
  // Its columns that carry the old name carry the user's: an appointment's date, not a visit's.
  const was = e.key.name.replace(/_id$/, "");
  const now = one.replace(/[ -]+/g, "_");
  const columns = e.columns.map((c) => (c.startsWith(`${was.replace(/_/g, " ")} `) ? `${one}${c.slice(was.length)}` : c));
  const date = e.date?.startsWith(`${was}_`) ? `${now}${e.date.slice(was.length)}` : e.date;
  return { ...e, table, key: { ...e.key, name: `${now}_id` }, names: [...new Set([...e.names, said])], columns, ...(date ? { date } : {}) };
}

/** The knowledge base's entity with this name (its words), if any. */
export function entityNamed(name: string): EntityKnowledge | undefined {
  return entityIndex().byName.get(wordsOf(name).join(" "))?.[0];
}

/** The entity knowledge by id (for tableSpec.ts). */
export function entityById(id: string): EntityKnowledge | undefined {
  return entityIndex().entities.get(id);
}
