import { readEntities, type EntityPlan } from "./entities.js";
import { singularOf } from "./knowledge/entities/nouns.js";
import { wordsOf } from "./knowledge/index.js";
import { readNounEntities } from "./nounEntities.js";

/**
 * Sentences that give each table its columns: "breweries and their beers. each brewery has a
 * name, city and founded year; each beer has a style, abv and ibu". The description's splitter
 * reads "each brewery has a name", "city", "founded year" as three phrases; here the phrases
 * from one "each X has" to the next belong to X. What is left names the tables, which the
 * entity readers read as they would without the sentences. A column naming another table ("each
 * lesson has a teacher, a student") says how the two relate, not a column.
 */
export interface EntitySentence {
  /** The entity as the sentence names it, singular as written ("brewery", "fitness class"). */
  noun: string;
  /** Its column phrases, without their article ("name", "style (ipa, stout)"). */
  columns: string[];
}

/** "each beer has a style", "every lesson includes a date", "boats have a name": the noun, then the first column. */
const SENTENCE = /^(?:(?:each|every|any|one)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+(?:has|have|gets|includes|records|lists|holds|stores|comes with|is given)|([a-z][a-z-]*s)\s+(?:have|include|record|list|get|come with))\s+(.+)$/i;
/** Words that lead a column phrase in a sentence without naming it: "a name", "its city", "an average rating". */
const ARTICLE = /^(?:(?:a|an|the|its|their|his|her|one|some)\s+)+/i;
/** An outcome after the columns belongs to the description, not to a table's list ("whether a member quits"). */
const OUTCOME = /^(?:whether|if|flag|predict|some|a few|few|many|most|which)\b/i;

export function readSentences(phrases: string[]): { phrases: string[]; sentences: EntitySentence[] } {
  const rest: string[] = [];
  const sentences: EntitySentence[] = [];
  let current: EntitySentence | undefined;
  for (const phrase of phrases) {
    const said = SENTENCE.exec(phrase.trim());
    if (said) {
      // "each boat has ..." or "boats have ...": a plural with no "each" names the table too.
      current = { noun: (said[1] ?? said[2]!).toLowerCase(), columns: [] };
      sentences.push(current);
      current.columns.push(said[3]!.replace(ARTICLE, ""));
    } else if (current && !OUTCOME.test(phrase.trim())) current.columns.push(phrase.trim().replace(ARTICLE, ""));
    else rest.push(phrase);
  }
  return { phrases: rest, sentences };
}

/** The names a table answers to: its entity's names, its table name in words, their singulars. */
function namesOf(t: EntityPlan["tables"][number]): Set<string> {
  const table = t.entity.table.replace(/_/g, " ");
  return new Set([...t.entity.names, table, singularOf(table), ...t.entity.names.map((n) => singularOf(n))].map((n) => wordsOf(n).join(" ")));
}

/** Which reader's plan a description gets: the knowledge base's entities, or the nouns the description relates. */
export interface TablesReading {
  plan: EntityPlan;
  /** The tables are things the knowledge base lacks (nounEntities.ts): they take their domain from the subject. */
  nouns: boolean;
}

function choose(subject: string, phrases: string[], sentences: EntitySentence[] = []): TablesReading | undefined {
  const known = readEntities(subject, phrases);
  const nouns = readNounEntities(subject, phrases, sentences);
  // The description's own relations name more tables than the knowledge base found ("teams, their players and the matches they play").
  if (nouns && (!known || nouns.tables.length > known.tables.length)) return { plan: nouns, nouns: true };
  return known ? { plan: known, nouns: false } : undefined;
}

/**
 * The several tables a description names, or undefined for one table. With "each X has ..."
 * sentences, the rest of the description names the tables and each sentence lists its table's
 * columns; a sentence that names no table of the plan means the sentences were read wrong, and
 * the description is read as it is written.
 */
export function readTables(subject: string, phrases: string[]): TablesReading | undefined {
  const { phrases: rest, sentences } = readSentences(phrases);
  if (sentences.length > 0) {
    const reading = choose(subject, rest, sentences);
    if (reading && attachColumns(reading.plan, sentences)) return reading;
  }
  return choose(subject, phrases);
}

/** Each sentence's columns on its table; a column naming another table is its foreign key, already planned, and goes. */
function attachColumns(plan: EntityPlan, sentences: EntitySentence[]): boolean {
  const names = plan.tables.map(namesOf);
  const found = sentences.map((s) => names.findIndex((n) => n.has(wordsOf(s.noun).join(" "))));
  if (found.some((i) => i < 0)) return false;
  sentences.forEach((s, k) => {
    const t = plan.tables[found[k]!]!;
    const columns = s.columns.filter((c) => !names.some((n, i) => i !== found[k] && n.has(wordsOf(c).join(" "))));
    if (columns.length > 0) t.columns = [...(t.columns ?? []), ...columns];
  });
  return true;
}
