import { arrange, entityNamed, related, type Edges, type EntityPlan } from "./entities.js";
import type { EntityKnowledge, EntityParent } from "./knowledge/entityTypes.js";
import { EVENT_NOUNS, isEventNoun, isPersonNoun, singularOf, thingLabel } from "./knowledge/entities/nouns.js";
import { wordsOf } from "./knowledge/index.js";
import { matchConcept } from "./match.js";
import type { EntitySentence } from "./sentences.js";

/**
 * Several tables of things the entity knowledge does not hold, read from how the description
 * relates them: "a gym with members, fitness classes and bookings of members into classes",
 * "players and the matches they played", "landlords, their flats and tenants". Every part of
 * the description must be such a noun (a plural, not a column the knowledge base knows, no
 * numbers) or an outcome ("whether a player quits"), and at least one part must say how it
 * relates to another ("of members", "their", "they played"): else it stays one table.
 * A part naming others is their child (a junction when it names two: its parent the person,
 * a reference to the other); "their X" / "X they ..." is a child of the part before it.
 */

interface Part {
  text: string;
  /** The entity's plural words as the user wrote them ("fitness classes"). */
  head: string;
  /** Words after the head ("of members into classes"). */
  tail: string[];
  /** "their", "they", "them", "its": a child of the part before. */
  pronoun: boolean;
}

const LEAD = new Set("with and or also plus the a an some all each every many several various".split(" "));
const POSSESSIVE = new Set(["their", "its", "his", "her"]);
const PRONOUNS = new Set(["they", "them", "their", "it", "its"]);
/** Words that end an entity's name: "matches they played", "bookings of members", "tenants paying rent". */
const STOP = new Set("of they them who that which for on at by into in with from to per between among across against under over about during after before where whose we i you he she it sold bought made paid held given taken written won lost kept run".split(" "));
const OUTCOME = /^(?:with\s+|and\s+)?(?:whether|if|flag|predict|some|a few|few|many|most|which)\b/i;

const plural = (w: string) => w.length > 3 && /s$/.test(w) && !/(?:ss|us|is)$/.test(w);

/** `stops`: the nouns of the other parts, which end a head ("ratings users leave on recipes": ratings, left by users). */
function readPart(text: string, stops: ReadonlySet<string> = new Set()): Part | undefined {
  const words = wordsOf(text);
  let i = 0;
  let pronoun = false;
  while (i < words.length && (LEAD.has(words[i]!) || POSSESSIVE.has(words[i]!))) {
    if (POSSESSIVE.has(words[i]!)) pronoun = true;
    i++;
  }
  let j = i;
  // A verb ends it after its first word ("tenants paying rent"), not as its first ("feeding events").
  while (j < words.length && j - i < 3 && !STOP.has(words[j]!) && !(j > i && (/(?:ing|ed)$/.test(words[j]!) || stops.has(words[j]!)))) j++;
  const head = words.slice(i, j);
  if (head.length === 0 || !plural(head[head.length - 1]!) || head.some((w) => /\d/.test(w))) return undefined;
  const tail = words.slice(j);
  if (tail.some((w) => /\d/.test(w))) return undefined;
  return { text, head: head.join(" "), tail, pronoun: pronoun || tail.some((w) => PRONOUNS.has(w)) };
}

/** "and receptionists": a plural noun alone, no outcome in it (a table the description does not relate, not a yes/no). */
export function bareNoun(phrase: string): boolean {
  const part = OUTCOME.test(phrase) ? undefined : readPart(phrase);
  return part !== undefined && part.tail.length === 0;
}

/** A head the knowledge base reads as a column ("likes", "sales", "years of experience") is not an entity. */
function columnLike(head: string): boolean {
  // Only the listed event nouns: "-ings" words are as often columns ("ratings", "earnings").
  if (isPersonNoun(head) || EVENT_NOUNS.has(head)) return false;
  const match = matchConcept(wordsOf(head), undefined);
  return match !== undefined && match.concept.names.some((n) => wordsOf(n).join(" ") === head || wordsOf(n).join(" ") === singularOf(head));
}

/** The knowledge base's entity for a head (or its last word), kept only where it relates to another thing named: its columns fit that setting (hotel bookings, basketball players) and may not fit this one. */
function knownFor(head: string): EntityKnowledge | undefined {
  const words = head.split(" ");
  return entityNamed(head) ?? (words.length > 1 ? entityNamed(words[words.length - 1]!) : undefined);
}

function entityFor(part: Part, heads: string[], agents: ReadonlySet<string>): EntityKnowledge {
  const words = part.head.split(" ");
  const one = singularOf(part.head);
  const table = part.head.replace(/[ -]+/g, "_");
  const keyName = `${one.replace(/[ -]+/g, "_")}_id`;
  // The knowledge base's entity named by the head or its last word, under the user's name ("fitness classes", "appointments").
  const candidate = knownFor(part.head);
  const others = heads.filter((h) => h !== part.head).map(knownFor);
  const known = candidate && others.some((o) => o !== undefined && related(candidate, o)) ? candidate : undefined;
  if (known) return known.table === table ? known : { ...known, table, key: { ...known.key, name: keyName }, names: [...known.names, part.head, one] };
  const last = words[words.length - 1]!;
  const person = isPersonNoun(last, agents);
  const event = isEventNoun(last);
  return {
    id: `noun_${one.replace(/[ -]+/g, "_")}`,
    table,
    names: [part.head, one],
    domain: "general",
    key: { name: keyName, format: "sequence" },
    columns: person ? [`${one} name`] : event ? [`${one} date`] : [],
    ...(event ? { date: `${one.replace(/[ -]+/g, "_")}_date` } : {}),
    ...(person || event ? {} : { derived: [thingLabel(part.head, one)] }),
  };
}

/** The entity a word names among the parts (its plural or singular, or the last word of a longer head). */
function named(word: string, parts: { part: Part; entity: EntityKnowledge }[]): { part: Part; entity: EntityKnowledge } | undefined {
  return parts.find((p) => p.entity.names.includes(word) || p.part.head.split(" ").pop() === word || singularOf(p.part.head.split(" ").pop()!) === word);
}

/**
 * "recipes they post (title, cuisine, prep time)": the parenthesised list is the table's columns, and a
 * column may carry its own values ("track (ai, health, games)").
 */
function listedColumns(text: string): [string, string[]] | undefined {
  const open = text.indexOf("(");
  if (open <= 0 || !text.trimEnd().endsWith(")")) return undefined;
  const head = text.slice(0, open).trim();
  const inner = text.trimEnd().slice(open + 1, -1);
  const columns: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of inner) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (depth < 0) return undefined;
    if (depth === 0 && (ch === "," || ch === ";")) {
      columns.push(current);
      current = "";
    } else current += ch;
  }
  if (depth !== 0 || head === "") return undefined;
  columns.push(current);
  return [head, columns.flatMap((c) => (/\(/.test(c) ? [c] : c.split(/\s+and\s+/))).map((c) => c.trim()).filter(Boolean)];
}

export function readNounEntities(subject: string, phrases: string[], sentences: EntitySentence[] = []): EntityPlan | undefined {
  // "charity volunteers and the shifts they work": a subject that lists things is part of the list.
  const listed = /,|\band\b|\btheir\b/.test(subject) ? subject.split(/\s*,\s*|\s+and\s+/) : [];
  const texts: string[] = [];
  const outcomes: string[] = [];
  const columnsOf = new Map<string, string[]>();
  for (const text of [...listed, ...phrases]) {
    if (OUTCOME.test(text)) {
      outcomes.push(text);
      continue;
    }
    const list = listedColumns(text);
    texts.push(list ? list[0] : text);
    if (list) columnsOf.set(list[0], list[1]);
  }
  // A part whose head runs into another part's noun ends before it: "ratings users leave on recipes".
  const first = texts.map((t) => readPart(t));
  const stops = new Set(first.flatMap((p) => (p ? [p.head.split(" ").pop()!] : [])));
  const read: Part[] = [];
  for (const [i, text] of texts.entries()) {
    const part = first[i] ?? readPart(text, stops);
    if (!part) return undefined;
    read.push(part);
  }
  // "each lesson has a teacher, a student": the lesson names them, as "lessons of teachers and students" would.
  for (const s of sentences) {
    const owner = read.find((p) => p.head === s.noun || singularOf(p.head) === s.noun);
    for (const c of s.columns.map((x) => wordsOf(x).join(" "))) {
      if (owner && read.some((o) => o !== owner && (o.head === c || singularOf(o.head) === c))) owner.tail.push(c);
    }
  }
  // A head that reads as a column ("likes", "stages") is a thing only where another part names it ("performances of bands on stages").
  // So is one the knowledge base names that relates to another thing named ("movies and their ratings" stays one table).
  const mentions = new Set(read.flatMap((p) => p.tail));
  const heads = [...read.map((p) => p.head), ...read.flatMap((p) => p.tail.filter(plural))];
  const relatedKnown = (head: string) => {
    const e = knownFor(head);
    return e !== undefined && heads.some((h) => h !== head && knownFor(h) !== undefined && related(e, knownFor(h)!));
  };
  // ...or that the next part's "their" / "they" points back to ("airlines, their flights": airlines; "products and their prices" stays one table, as prices is a column).
  // ...or that names another part ("reviews of books").
  const antecedent = (i: number) => read[i + 1]?.pronoun === true;
  const namesAnother = (p: Part) => p.tail.some((w) => read.some((o) => o !== p && (o.head.split(" ").pop() === w || singularOf(o.head.split(" ").pop()!) === w)));
  if (read.some((p, i) => columnLike(p.head) && !mentions.has(p.head) && !mentions.has(singularOf(p.head)) && !relatedKnown(p.head) && !antecedent(i) && !namesAnother(p))) return undefined;
  // "by walkers": whoever does it is a person (or a business, named as one).
  const agents = new Set(read.flatMap((p) => p.tail.filter((w, i) => p.tail[i - 1] === "by" && plural(w))));
  const parts = read.map((part) => ({ part, entity: entityFor(part, heads, agents) }));
  if (parts.length < 2) return undefined;
  // Things named only in another part ("attendances of members at classes") are tables too.
  for (const { part } of [...parts]) {
    for (const w of part.tail) {
      if (named(w, parts) || !plural(w) || !(knownFor(w) || isPersonNoun(w, agents))) continue;
      const only: Part = { text: w, head: w, tail: [], pronoun: false };
      parts.push({ part: only, entity: entityFor(only, heads, agents) });
    }
  }
  const edges: Edges = { parents: [], references: [] };
  let linked = false;
  parts.forEach(({ part, entity }, i) => {
    const mentioned = [...new Set(part.tail.map((w) => named(w, parts)).filter((p): p is NonNullable<typeof p> => p !== undefined && p.entity !== entity))];
    // A person it names is its parent (bookings of members into classes: members), the rest what it references.
    const people = mentioned.filter((m) => (m.entity.id.startsWith("noun_") ? isPersonNoun(m.part.head.split(" ").pop()!, agents) : m.entity.rows === undefined));
    const parent = people[0] ?? mentioned[0] ?? (part.pronoun && i > 0 ? parts[i - 1] : undefined);
    if (!parent) return;
    linked = true;
    edges.parents.push(edge(entity, parent.entity));
    for (const other of mentioned.filter((m) => m !== parent)) edges.references.push({ from: entity.id, to: other.entity.id, popularity: "zipf", skew: 0.6 });
  });
  // "landlords, their flats and tenants": a part with no word of how it relates follows the chain before it.
  parts.forEach(({ entity, part }, i) => {
    if (i < 2 || edges.parents.some((p) => p.child === entity.id) || edges.references.some((r) => r.to === entity.id) || part.pronoun) return;
    if (parts[i - 1]!.part.pronoun) edges.parents.push(edge(entity, parts[i - 1]!.entity));
  });
  if (!linked) return undefined;
  ownersReferenced(parts.map((p) => p.entity), edges);
  // What is referenced is a table of its own rows.
  const entities = parts.map((p) => p.entity).map((e) => (edges.references.some((r) => r.to === e.id) && e.rows === undefined ? { ...e, rows: 100 } : e));
  const columnsFor = new Map(parts.flatMap(({ part, entity }) => (columnsOf.has(part.text) ? [[entity.id, columnsOf.get(part.text)!] as const] : [])));
  const plan = arrange(entities, columnsFor, edges);
  if (!plan) return undefined;
  const rest = outcomes.map((phrase) => ({ phrase, entities: wordsOf(phrase).map((w) => plan.tables.find((t) => t.entity.names.includes(w))?.entity).filter((e): e is EntityKnowledge => e !== undefined) }));
  return { ...plan, rest };
}

function edge(child: EntityKnowledge, parent: EntityKnowledge): EntityParent {
  const count = { distribution: "poisson" as const, mean: 4, max: 30 };
  return { child: child.id, parent: parent.id, count, rollups: [{ name: `${child.key.name.replace(/_id$/, "")}_count`, function: "count", description: `${child.table.replace(/_/g, " ")} per ${parent.key.name.replace(/_id$/, "").replace(/_/g, " ")}` }] };
}

/**
 * "users, the recipes they post and ratings users leave on recipes": recipes belong to a user,
 * and ratings point at recipes, so recipes must be a table others can reference, which a child
 * table cannot be. The owner becomes the table of its own rows instead: recipes reference the
 * user who posted them, and rows of the owner that point at them (ratings) hang under them and
 * reference the owner. Every key still joins; only which table is made first changes.
 */
function ownersReferenced(entities: EntityKnowledge[], edges: Edges): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const x of entities) {
    const up = edges.parents.find((p) => p.child === x.id);
    if (!up || x.rows !== undefined || !edges.references.some((r) => r.to === x.id)) continue;
    // Only an owner at the top: a chain above it would lose its child.
    if (edges.parents.some((p) => p.child === up.parent) || edges.references.some((r) => r.to === up.parent)) continue;
    const owner = byId.get(up.parent)!;
    edges.parents.splice(edges.parents.indexOf(up), 1);
    edges.references.push({ from: x.id, to: owner.id, popularity: "zipf", skew: 0.6 });
    for (const p of [...edges.parents]) {
      const toX = edges.references.find((r) => r.from === p.child && r.to === x.id);
      if (p.parent !== owner.id || !toX) continue;
      edges.parents.splice(edges.parents.indexOf(p), 1, edge(byId.get(p.child)!, x));
      edges.references.splice(edges.references.indexOf(toX), 1, { ...toX, to: owner.id });
    }
  }
}
