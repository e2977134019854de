import { correctWord, knowledgeIndex } from "./knowledge/index.js";
import type { Concept, ConceptShape } from "./knowledge/types.js";

/**
 * Finding the concept a phrase names, in the knowledge base only. A phrase's words are
 * matched against every concept name as whole words; among the matches:
 *   1. one that starts before the first preposition ("hours volunteered per month" is
 *      about hours; "length of stay" spans the "of" and is one name),
 *   2. then the longest name ("fasting glucose" over "glucose"),
 *   3. then a specific concept over a generic head word ("glucose level" is glucose,
 *      "customer age" an age, "scholarship holder" a yes/no),
 *   4. then a concept filed under the description's domain over one for any domain,
 *      over one for another domain,
 *   5. then the rightmost (English puts the head noun last: "patient age").
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

export function matchConcept(words: string[], domain: string | undefined): ConceptMatch | undefined {
  const kb = knowledgeIndex();
  const corrected = new Map<string, string>();
  const fixed = words.map((w) => {
    const c = correctWord(w, kb);
    if (c) corrected.set(w, c);
    return c ?? w;
  });
  const headEnd = fixed.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const head = headEnd < 0 ? fixed.length : headEnd;
  let best: { match: ConceptMatch; score: number[] } | undefined;
  for (let start = 0; start < fixed.length; start++) {
    for (let len = Math.min(kb.longest, fixed.length - start); len >= 1; len--) {
      const concepts = kb.byName.get(fixed.slice(start, start + len).join(" "));
      if (!concepts) continue;
      for (const concept of concepts) {
        const inDomain = concept.domains === undefined ? 1 : domain !== undefined && concept.domains.includes(domain as never) ? 2 : 0;
        const score = [start < head ? 1 : 0, len, concept.generic ? 0 : 1, inDomain, start];
        if (!best || better(score, best.score)) best = { match: { concept, start, end: start + len, corrected }, score };
      }
    }
  }
  if (!best) return undefined;
  // Only the corrections inside the chosen name were used.
  const used = new Set(fixed.slice(best.match.start, best.match.end));
  for (const [typed, known] of corrected) if (!used.has(known)) corrected.delete(typed);
  return best.match;
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
    }
  }
  return { shape: concept.shape };
}
