import { KNOWLEDGE } from "./domains/index.js";
import type { Concept, ConceptLink, DomainKnowledge, DomainName } from "./types.js";

/**
 * The knowledge base, indexed for the reader: concepts by every name (as word
 * sequences), the words it knows (for typo repair), the words that name each
 * domain. Built once, on the first plan (the planner's code and data load only when
 * a description is planned).
 */
export interface KnowledgeIndex {
  byId: Map<string, Concept>;
  /** "birth weight" -> the concepts with that name. */
  byName: Map<string, Concept[]>;
  /** Longest name, in words. */
  longest: number;
  /** Every word of every name and unit, for typo repair. */
  words: Set<string>;
  /** Unit words of numeric unit shapes ("gb", "kw", "kg", "degrees"): a phrase with one measures something. */
  unitWords: Set<string>;
  /** Delete-one variants of known words (and the words themselves) -> the words: one-edit typo lookup, built on the first unknown word. */
  deletes: Map<string, string[]> | undefined;
  domains: DomainKnowledge[];
  /** Known relations between concepts, from every module. */
  links: ConceptLink[];
  /** Domain words as regular expressions (whole words), per domain module. */
  domainWords: { domain: DomainName; module: DomainKnowledge; pattern: RegExp }[];
}

let index: KnowledgeIndex | undefined;

/** Words as the reader sees them: lower case, CamelCase and snake_case split, symbols that carry meaning kept. */
export function wordsOf(text: string): string[] {
  return (
    text
      // CamelCase splits ("HasCrCard"), but not a unit whose first letter is a lone lower-case prefix ("kW", "kWh", "mAh").
      .replace(/([a-z0-9])([A-Z])/g, (m, a: string, b: string, at: number, all: string) => (/[a-z]/.test(a) && (at === 0 || !/[A-Za-z0-9]/.test(all[at - 1]!)) ? m : `${a} ${b}`))
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .match(/°[cf]\b|[a-z0-9]+(?:'[a-z]+)?|%|\$|€|£|#/g) ?? []
  ).map((w) => w.replace(/'s$/, ""));
}

/**
 * A column's concept stands for a concept of a driver or link when it is that concept, shares
 * a name with it ("tenure" in telecom and in general), or is a narrower kind of it ("employee
 * age" is an age).
 */
export function standsFor(feature: Concept | undefined, id: string, kb: KnowledgeIndex = knowledgeIndex(), depth = 0): boolean {
  if (!feature) return false;
  if (feature.id === id) return true;
  const other = kb.byId.get(id);
  if (other !== undefined && other.names.some((n) => feature.names.includes(n))) return true;
  return depth < 3 && (feature.broader ?? []).some((b) => standsFor(kb.byId.get(b), id, kb, depth + 1));
}

function deletesOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export function knowledgeIndex(): KnowledgeIndex {
  if (index) return index;
  const byId = new Map<string, Concept>();
  const byName = new Map<string, Concept[]>();
  const words = new Set<string>();
  const unitWords = new Set<string>();
  let longest = 1;
  for (const module of KNOWLEDGE) {
    for (const concept of module.concepts) {
      byId.set(concept.id, concept);
      for (const name of concept.names) {
        const ws = wordsOf(name);
        if (ws.length === 0) continue;
        const key = ws.join(" ");
        const list = byName.get(key) ?? [];
        if (!list.includes(concept)) list.push(concept);
        byName.set(key, list);
        longest = Math.max(longest, ws.length);
        for (const w of ws) words.add(w);
      }
      for (const unit of concept.units ?? []) {
        const numeric = unit.shape.kind === "number" || unit.shape.kind === "integer";
        for (const u of unit.words) {
          const ws = wordsOf(u);
          for (const w of ws) words.add(w);
          if (numeric && ws.length === 1 && !/^(per|in|a|an|the|of|%|\$)$/.test(ws[0]!)) unitWords.add(ws[0]!);
        }
      }
    }
    for (const w of module.words) for (const x of wordsOf(w)) words.add(x);
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const domainWords = KNOWLEDGE.filter((m) => m.words.length > 0).map((module) => ({
    domain: module.domain,
    module,
        // Longest first, so "library loans" is read whole rather than as "library".
    pattern: new RegExp(`\\b(?:${[...module.words].sort((a, b) => b.length - a.length).map((w) => escape(w.toLowerCase()).replace(/ /g, "[\\s-]+")).join("|")})\\b`, "gi"),
  }));
  index = { byId, byName, longest, words, unitWords, deletes: undefined, domains: [...KNOWLEDGE], links: KNOWLEDGE.flatMap((m) => m.links ?? []), domainWords };
  return index;
}

function deleteIndex(words: Set<string>): Map<string, string[]> {
  const deletes = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < 4 || /\d/.test(w)) continue;
    for (const v of [w, ...deletesOf(w)]) {
      const list = deletes.get(v);
      if (list) list.push(w);
      else deletes.set(v, [w]);
    }
  }
  return deletes;
}

/** Optimal string alignment distance <= 1 (one insertion, deletion, substitution or swap of neighbours). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The known word a typed word stands for, when it is unknown, at least 5 letters long
 * and within one edit of exactly one known word ("glucoes" -> glucose); else undefined.
 */
export function correctWord(word: string, kb: KnowledgeIndex = knowledgeIndex()): string | undefined {
  if (word.length < 5 || kb.words.has(word) || /\d/.test(word)) return undefined;
  const deletes = (kb.deletes ??= deleteIndex(kb.words));
  const found = new Set<string>();
  for (const v of [word, ...deletesOf(word)]) for (const w of deletes.get(v) ?? []) if (withinOneEdit(word, w)) found.add(w);
  // A plural or a participle of a known word is not a typo ("visits" for "visit"), nor is a
  // compound made by a letter in front of one ("iphone", "ozone", "ebook" are not "phone", "zone", "book").
  if ([...found].some((w) => word === `${w}s` || word === `${w}d` || (word.length === w.length + 1 && word.endsWith(w)))) return undefined;
  return found.size === 1 ? [...found][0] : undefined;
}

/** The domain whose words occur most often; words in the subject count twice. */
export function detectDomain(text: string, subject: string): DomainKnowledge | undefined {
  const kb = knowledgeIndex();
  const scores = new Map<DomainName, { score: number; module: DomainKnowledge; seen: Map<string, number> }>();
  for (const { domain, module, pattern } of kb.domainWords) {
    const entry = scores.get(domain) ?? { score: 0, module, seen: new Map<string, number>() };
    let found = false;
    // Each occurrence counts once per domain (several modules of a domain may list "loans"); a
    // domain phrase of several words ("library loans") says more than one word of another domain.
    for (const [where, source] of [["t", text], ["s", subject]] as const) {
      for (const m of source.matchAll(pattern)) {
        const key = `${where}${m.index}`;
        entry.seen.set(key, Math.max(entry.seen.get(key) ?? 0, m[0].trim().split(/\s+/).length));
        found = true;
      }
    }
    if (!found) continue;
    entry.score = [...entry.seen.values()].reduce((a, b) => a + b, 0);
    if (module.defaults && !entry.module.defaults) entry.module = module;
    scores.set(domain, entry);
  }
  let best: { score: number; module: DomainKnowledge; seen: Map<string, number> } | undefined;
  for (const entry of scores.values()) if (entry.module.domain !== "general" && (!best || entry.score > best.score)) best = entry;
  if (!best || best.module.defaults) return best?.module;
  // Defaults may sit in another module of the same domain (domain-defaults.ts).
  return kb.domains.find((m) => m.domain === best!.module.domain && m.defaults) ?? best.module;
}
