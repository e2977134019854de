import { correctWord, knowledgeIndex } from "./knowledge/index.js";
import type { Concept, ConceptShape } from "./knowledge/types.js";

/**
 * Finding the concept a phrase names, in the knowledge base only. A phrase's words are
 * matched against every concept name as whole words; among the matches:
 *   1. one not filed only under other domains than the description's (unless its name has 2+ words),
 *   2. then one that starts before the first preposition ("hours volunteered per month" is
 *      about hours; "length of stay" spans the "of" and is one name),
 *   3. then the longest name ("fasting glucose" over "glucose"; a unit it ends in does not count),
 *   4. then one not filed only under other domains, then a specific concept over a generic head word ("glucose level" is glucose,
 *      "customer age" an age, "scholarship holder" a yes/no),
 *   5. then a noun over a trailing participle ("price paid" is a price),
 *   6. then, for names of 2+ words, one of the description's domain ("package weight lbs"),
 *      then the rightmost (English puts the head noun last: "prescription date"),
 *   7. then a concept filed under the description's domain over one for any domain.
 * Words after "per" are a unit ("posts per month"), never the concept; two words in the
 * other order count too ("filed claim" for "claim filed"), and so does a name completed by
 * a noun of the subject ("patients: weight" is a patient weight).
 * An unknown word of 5+ letters within one edit of exactly one known word is read as it.
 */
export interface ConceptMatch {
  concept: Concept;
  /** Word positions [start, end) of the name in the phrase. */
  start: number;
  end: number;
  /** Typed word -> the known word it was read as. */
  corrected: Map<string, string>;
}

const PREPOSITIONS = new Set(["of", "at", "on", "per", "in", "for", "from", "by", "with", "within", "since", "during", "over", "after", "before"]);

export function matchConcept(words: string[], domain: string | undefined, context: string[] = []): ConceptMatch | undefined {
  const kb = knowledgeIndex();
  const corrected = new Map<string, string>();
  const fixed = words.map((w) => {
    // An unknown plural of a known word is that word ("cancellations").
    if (!kb.words.has(w) && w.length > 4 && w.endsWith("s") && kb.words.has(w.slice(0, -1))) return w.slice(0, -1);
    const c = correctWord(w, kb);
    if (c) corrected.set(w, c);
    return c ?? w;
  });
  const headEnd = fixed.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const head = headEnd < 0 ? fixed.length : headEnd;
  let best: { match: ConceptMatch; score: number[] } | undefined;
  for (let start = 0; start < fixed.length; start++) {
    if (start > 0 && (fixed[start - 1] === "per" || (fixed[start - 1] === "a" && start > 1 && fixed[start - 2] !== "of"))) continue;
    for (let len = Math.min(kb.longest, fixed.length - start); len >= 1; len--) {
      const words = fixed.slice(start, start + len);
      const names = len === 2 ? [words.join(" "), `${words[1]} ${words[0]}`] : [words.join(" ")];
      names.forEach((key, swapped) => {
        for (const concept of kb.byName.get(key) ?? (key.length > 4 && key.endsWith("s") ? kb.byName.get(key.slice(0, -1)) : undefined) ?? []) {
          const inDomain = concept.domains === undefined ? 1 : domain !== undefined && concept.domains.includes(domain as never) ? 2 : 0;
          const participle = len === 1 && start > 0 && /^(\w{3,}ed|paid|made|done|sold|won|lost)$/.test(words[0]!) ? 0 : 1;
          const score = [inDomain > 0 || len >= 2 ? 1 : 0, start < head ? 1 : 0, namedLength(words, kb.unitWords) - swapped * 0.5, len >= 2 && inDomain === 0 ? 0 : 1, concept.generic ? 0 : 1, participle, len >= 2 ? inDomain : 0, start, inDomain];
          if (!best || better(score, best.score)) best = { match: { concept, start, end: start + len, corrected }, score };
        }
      });
    }
  }
  // The subject's nouns may complete a name: "weight" among "pet owners: ..." is "pet weight".
  for (const c of context) {
    for (let len = 1; len < Math.min(kb.longest, fixed.length + 1); len++) {
      const remaining = fixed.slice(len).join(" ");
      for (const concept of kb.byName.get(`${c} ${fixed.slice(0, len).join(" ")}`) ?? []) {
        // Only when it names the whole phrase, or the rest is one of its units.
        if (remaining !== "" && !(concept.units ?? []).some((u) => u.words.includes(remaining))) continue;
        const inDomain = concept.domains === undefined ? 1 : domain !== undefined && concept.domains.includes(domain as never) ? 2 : 0;
        // Not into another domain's name: "coffee shop sales" with "price" is no house's "sale price".
        if (domain !== undefined && inDomain === 0) continue;
        // Completed by the subject ("laptop" + "weight kg"), a name says more than a plain one of the same length.
        const score = [1, 1, len + 1.25, 1, concept.generic ? 0 : 1, 1, inDomain, 0, inDomain];
        if (!best || better(score, best.score)) best = { match: { concept, start: 0, end: len, corrected }, score };
      }
    }
  }
  if (!best) return undefined;
  // Only the corrections inside the chosen name were used.
  const used = new Set(fixed.slice(best.match.start, best.match.end));
  for (const [typed, known] of corrected) if (!used.has(known)) corrected.delete(typed);
  return best.match;
}

/** A name's length without the unit it ends in: "distance in km" names no more than "distance" ("route distance in km" is a route distance). */
function namedLength(words: string[], unitWords: Set<string>): number {
  let n = words.length;
  while (n > 2 && unitWords.has(words[n - 1]!)) n--;
  return n < words.length && words[n - 1] === "in" ? n - 1 : words.length;
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** The concept's shape for the units the phrase states ("in grams", "(F)", "per week", "in USD", "%"). */
export function shapeForUnits(concept: Concept, words: string[]): { shape: ConceptShape; unit?: string } {
  const joined = ` ${words.join(" ")} `;
  for (const unit of concept.units ?? []) {
    for (const w of unit.words) {
      const u = w.toLowerCase().trim();
      if (u !== "" && joined.includes(` ${u} `)) return { shape: unit.shape, unit: u };
      // "m/s" is read from a phrase as "m per s" (facts.ts): the knowledge base's "m/s" says the same.
      const per = u.replace(/\s*\/\s*/g, " per ");
      if (per !== u && joined.includes(` ${per} `)) return { shape: unit.shape, unit: u.replace(/\//g, "_per_") };
    }
  }
  return { shape: concept.shape };
}
