import { SynthdataError } from "../../errors.js";
import type { Column, DatasetSpec } from "../../spec/schema.js";
import { parseSpec } from "../../spec/validate.js";
import type { PlanResult } from "../planner.js";
import { describeShape, planColumn, type PlannedColumn } from "./columns.js";
import { readPhrase } from "./facts.js";
import { detectDomain, knowledgeIndex } from "./knowledge/index.js";
import { matchConcept } from "./match.js";
import { applyMess, extractMess, findColumn, type MessRequest } from "./mess.js";
import { applyScenarios, extractScenarios } from "./scenarios.js";
import { columnNameFrom, predictedIn, splitDescription } from "./phrases.js";
import { applyLinks } from "./links.js";
import { priceByItem } from "./itemPrice.js";
import { linkPrePost } from "./prePost.js";
import { linkOrderedPairs, linkYearsToAge } from "./orderPairs.js";
import { linkTotals } from "./totals.js";
import { linkTiers } from "./tiers.js";
import { applyChildren } from "./children.js";
import { applyRelations } from "./relations.js";
import { readTables } from "./sentences.js";
import { linkNames, untitledNames } from "./names.js";
import { planTables } from "./tableSpec.js";
import { targetEffects } from "./targets.js";

const EXAMPLE =
  'Describe the rows and list the columns, for example: "customers with name, email, age, city and whether they churned", or name a domain such as "a healthcare dataset"';
const UNINTERPRETABLE = `could not find a dataset in this description. ${EXAMPLE}`;

/** Requests for something other than a table ("write me a poem", "what's the weather"). */
const NOT_A_DATASET = /^(please\s+)?(write|tell|explain|translate|summari[sz]e|compose|draw|sing|say|what|what's|who|why|how|when|where|can you|could you|would you|hi|hello|hey|thanks|thank you)\b/i;
const DATASET_WORDS = /\b(data ?set|data|table|csv|rows?|columns?|records?|fields?|spreadsheet|features?|with)\b/i;

/** The reader's first steps: scenario phrases first ("imbalanced 5%" is not a rate for an outcome, "a data leak" not a column), then mess, then the phrases. */
function readParts(original: string) {
  const asked = extractScenarios(original);
  const { text, mess } = extractMess(asked.text);
  return { asked, text, mess, ...splitDescription(text) };
}

/**
 * Whether the reader finds several related tables in the description, as planOffline
 * would plan them ("customers, their orders and products"). The LLM planners ask for
 * the tables part of their wire only then, to keep the request small.
 */
export function namesSeveralTables(description: string): boolean {
  const { subject, phrases } = readParts(description.replace(/\s+/g, " ").trim());
  return readTables(subject, phrases) !== undefined;
}

/**
 * The offline planner: the reader (phrases.ts, facts.ts) splits the description and
 * reads each phrase; the knowledge base (knowledge/) says what each column is
 * (match.ts); relations and the target's drivers come from the same concepts.
 * Every phrase becomes a column or a warning that names it.
 */
export function planOffline(description: string): PlanResult {
  const warnings: string[] = [];
  const original = description.replace(/\s+/g, " ").trim();
  if (original.length === 0) throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", `the description is empty. ${EXAMPLE}`);
  if (NOT_A_DATASET.test(original) && !DATASET_WORDS.test(original)) {
    throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", `this reads like a request for something other than a dataset ("${original.slice(0, 60)}"). ${EXAMPLE}`);
  }
  const { asked, text, mess, subject, phrases } = readParts(original);
  const domain = detectDomain(text, subject) ?? voteDomain(phrases);
  // "customers, their orders and products": several related tables (entities.ts, nounEntities.ts, sentences.ts, tableSpec.ts).
  const tables = readTables(subject, phrases);
  if (tables) {
    // Things the knowledge base lacks take their domain from the subject ("a gym", "music festival data"), not from a word of a table ("classes").
    const tablesDomain = tables.nouns ? detectDomain(subject, subject)?.domain : domain?.domain;
    const planned = planTables(tables.plan, { original, subject, domain: tablesDomain, mess });
    // Teaching scenarios work on the root table (where the target is); one that cannot is a warning.
    const spec = asked.scenario.length > 0 ? parseSpec(applyScenarios(planned.spec, asked.scenario, warnings)) : planned.spec;
    return { ...planned, spec, warnings: [...planned.warnings, ...warnings] };
  }

  // "a healthcare dataset", "some finance data": a domain and no columns.
  // "hospital patients", "gym members": only the rows, named by a short plural, in a domain with usual columns.
  const onlyRows = subject === "" && phrases.length === 1 && domain?.defaults !== undefined && ROWS_ONLY.test(phrases[0]!.trim());
  const onlyDomain = onlyRows || (subject === "" && phrases.length === 1 && domain !== undefined && /\b(data ?set|data|table|csv|records|spreadsheet|sample)\b/i.test(phrases[0]!));
  // "what drives a low csat?": a question naming the target, not a column.
  const question = phrases.map((p) => ASKED_TARGET.exec(p.trim())?.[1]).find((w) => w !== undefined);
  const listed = question === undefined ? phrases : phrases.filter((p) => !ASKED_TARGET.test(p.trim()));
  let planned = onlyDomain ? { items: [], recognised: 0 } : planPhrases(listed, domain?.domain, warnings, false, subject);
  if (question !== undefined && planned.items.length > 0) askedTarget(planned.items, question, domain?.domain);
  if (planned.recognised === 0 && domain?.defaults) {
    warnings.length = 0;
    planned = planPhrases(domain.defaults, domain.domain, warnings, true);
    warnings.push(`no columns were listed, so the usual ${domain.domain} columns were used; list the columns you want to choose them yourself`);
  }
  if (planned.recognised === 0) throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", UNINTERPRETABLE);

  const items = planned.items;
  priceByItem(items);
  const target = chooseTarget(items, subject, mess, warnings, domain?.domain);
  applyRelations(items, target);
  applyLinks(items, target);
  applyChildren(items, subject, target);
  linkOrderedPairs(items, target);
  linkTotals(items, target);
  linkTiers(items, target);
  if (target) {
    const unsigned: string[] = [];
    const effects = targetEffects(target, items, unsigned);
    if (effects.length > 0) target.column = { ...target.column, effects } as Column;
    if (unsigned.length > 0) warnings.push(`${target.column.name} was made more likely with more ${unsigned.join(" and ")}: nothing says which way they act on it; give an effect in the spec (e.g. {"column": "${unsigned[0]}", "weight": -0.8}) to turn one around`);
  }
  linkPrePost(items);
  linkYearsToAge(items, target);
  const columns = items.map((p) => p.column);
  untitledNames(columns, items.map((p) => p.facts.phrase), subject);
  linkNames(columns);

  const build = (cols: Column[]): DatasetSpec => ({
    version: 1,
    title: titleFrom(subject, domain?.domain, cols),
    domain: domain?.domain ?? "general",
    description: original.slice(0, 2000),
    columns: cols,
    ...(target ? { target: target.column.name } : {}),
  });
  const withScenarios = (built: DatasetSpec) => (asked.scenario.length > 0 ? applyScenarios(built, asked.scenario, warnings) : built);
  let spec = withScenarios(applyMess(build(columns), mess, warnings));
  try {
    return { spec: parseSpec(spec), warnings };
  } catch (error) {
    // A relation the knowledge base suggested does not fit this dataset: keep the columns, drop the relations.
    spec = withScenarios(applyMess(build(columns.map(withoutRelations)), mess, warnings));
    warnings.push(`some relations between columns were left out: ${error instanceof Error ? error.message.split("\n").slice(1, 3).join("; ").trim() : String(error)}`);
    return { spec: parseSpec(spec), warnings };
  }
}

/** "what drives a low csat?", "which factors predict churn": the words after the verb name the target. */
const ASKED_TARGET = /^(?:so\s+)?(?:what|which(?:\s+\w+)?)\s+(?:drives|affects|predicts|influences|determines|causes|explains|impacts)\s+(?:an?\s+|the\s+)?(?:(?:low|high|lower|higher|poor|good|bad)\s+)?(.+?)\s*\??$/i;

/** The column a question names becomes the target; one not listed is added as a yes/no ("what drives churn?"). */
function askedTarget(items: PlannedColumn[], words: string, domain: string | undefined): void {
  const found = findColumn(items.map((p) => p.column), words);
  const item = found ? items.find((p) => p.column === found) : undefined;
  if (item) {
    item.outcomeRank = 5;
    return;
  }
  const made = planColumn(`whether ${words}`, domain);
  made.column = { ...made.column, name: uniqueName(made.column.name, new Set(items.map((p) => p.column.name))) };
  made.outcomeRank = 5;
  items.push(made);
}

/** One to three words ending in a plural noun, nothing else: what the rows are ("hospital patients"), not a column. */
const ROWS_ONLY = /^(?:[a-z-]+\s){0,2}[a-z-]{3,}(?<!s)s$/i;

/** With no domain words, the domain most of the phrases' concepts are filed under ("Channel, Spend, ROAS" is marketing). */
function voteDomain(phrases: string[]) {
  const votes = new Map<string, number>();
  for (const phrase of phrases) {
    const facts = readPhrase(phrase);
    const concept = matchConcept(facts.words, undefined)?.concept;
    for (const d of concept?.domains ?? []) votes.set(d, (votes.get(d) ?? 0) + 1);
  }
  const [best, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (best === undefined || count! < 2) return undefined;
  return knowledgeIndex().domains.find((m) => m.domain === best && m.defaults) ?? knowledgeIndex().domains.find((m) => m.domain === best);
}

function withoutRelations(c: Column): Column {
  const { offset: _o, bounds: _b, conditional: _c, sentimentFrom: _s, topicFrom: _t, mentionFrom: _m, ...rest } = c as Column & Record<string, unknown>;
  if (rest.kind === "formula") return { name: rest.name, kind: "number", distribution: "lognormal", mean: 100, sd: 80, min: 0, decimals: 2 };
  return rest as Column;
}

function planPhrases(phrases: string[], domain: string | undefined, warnings: string[], fromDefaults: boolean, subject = "") {
  const items: PlannedColumn[] = [];
  const used = new Set<string>();
  let recognised = 0;
  for (const phrase of phrases) {
    const item = planColumn(phrase, domain, subject);
    if (item.facts.text === "" && !item.facts.values && !item.facts.range && !item.concept) {
      if (!fromDefaults) warnings.push(`ignored "${phrase}": no column name in it; name the column`);
      continue;
    }
    item.column = { ...item.column, name: uniqueName(item.column.name, used) };
    if (item.known) recognised++;
    else if (!fromDefaults) warnings.push(`guessed: ${item.column.name}, check it (read "${phrase}" as ${describeShape(item.column)}; give values in parentheses or a range to change that)`);
    items.push(item);
  }
  return { items, recognised };
}

/**
 * The column to predict: the phrase that asks for it most strongly ("whether ...",
 * "(target)", then a yes/no outcome the knowledge base knows, then a numeric one such
 * as sale price, then a yes/no by its form "had X", "X?"); the last of equals. Else one
 * named by "predict X" / "X prediction" in the subject, or made for a stated rate ("2% fraud").
 */
function chooseTarget(items: PlannedColumn[], subject: string, mess: MessRequest, warnings: string[], domain?: string): PlannedColumn | undefined {
  const columns = items.map((p) => p.column);
  let target: PlannedColumn | undefined;
  // "I'm trying to predict the monthly premium ...": a listed column the user says they predict is the target.
  const said = predictedIn(subject);
  const saidColumn = said ? findColumn(columns, said) : undefined;
  if (saidColumn && saidColumn.name === columnNameFrom(said!) && ["boolean", "integer", "number", "category"].includes(saidColumn.kind)) target = items.find((p) => p.column === saidColumn);
  if (!target) for (const p of items) if (p.outcomeRank > 0 && (!target || p.outcomeRank >= target.outcomeRank)) target = p;
  if (!target) {
    // "predict hotel cancellations from ...": the subject names the target.
    if (said && !columns.some((c) => c.name === columnNameFrom(said))) {
      const made = planColumn(`whether ${said}`, domain);
      if (made.column.kind === "boolean" || made.concept?.outcome) {
        made.column = { ...made.column, name: uniqueName(made.column.name, new Set(columns.map((c) => c.name))) };
        items.push(made);
        target = made;
      }
    }
  }
  if (!target) {
    const named = /\b([a-z]+(?: [a-z]+)?) (?:prediction|classification|detection|forecast(?:ing)?)\b|\bpredict(?:ing)? (?:whether |if |the )?([a-z]+(?: [a-z]+)?)/i.exec(subject);
    const found = named ? findColumn(columns, (named[1] ?? named[2])!.replace(/^(loan|credit|customer|patient|student)\s+/i, "")) : undefined;
    if (found && ["boolean", "integer", "number", "category"].includes(found.kind)) target = items.find((p) => p.column === found);
  }
  if (!target) {
    // "churn is more likely on basic plans": the subject of a relationship in words is the outcome.
    for (const r of mess.relationships) {
      const word = /^([a-z]+(?: [a-z]+)?) (?:is|are|gets?) (?:more|less) /i.exec(r)?.[1];
      if (!word || findColumn(columns, word)) continue;
      target = planColumn(`whether ${word}`, domain);
      target.column = { ...target.column, name: uniqueName(columnNameFrom(word), new Set(columns.map((c) => c.name))) };
      items.push(target);
      break;
    }
  }
  if (!target) {
    const outcomeRate = mess.rates.find((r) => !/^(missing|outliers?)$/.test(r.word));
    if (outcomeRate) {
      const word = outcomeRate.word.replace(/^(is|was)\s+/, "");
      target = planColumn(`whether ${word}`, domain);
      target.column = { ...target.column, kind: "boolean", name: uniqueName(columnNameFrom(word), new Set(columns.map((c) => c.name))) } as Column;
      items.push(target);
    }
  }
  if (!target) {
    for (const r of mess.rates) warnings.push(`"${Math.round(r.rate * 1000) / 10}% ${r.word}" names no column of the dataset; add it as a column, e.g. "and whether it is ${r.word}"`);
    return undefined;
  }
  if (target.column.kind === "boolean") {
    const stated = target.facts.rate ?? rateFor(target.column.name, mess, warnings);
    const rate = stated ?? target.column.probability ?? 0.3;
    target.column = { ...target.column, probability: rate, rate };
  }
  return target;
}

/** The share of true asked for this target, flipped when the words are its opposite ("no-show rate 20%" for showed_up). */
function rateFor(target: string, mess: MessRequest, warnings: string[]): number | undefined {
  const stem = (w: string) => w.toLowerCase().replace(/[^a-z]/g, "").slice(0, 5);
  const targetWords = target.split("_").map(stem);
  const negated = (w: string) => /^(no|non|not|un)[\s-]?/.test(w.toLowerCase());
  const stated =
    mess.rates.find((r) => r.word.toLowerCase().split(/[\s-]+/).some((w) => w.length > 2 && targetWords.includes(stem(w)))) ??
    (mess.rates.length === 1 ? mess.rates[0] : undefined);
  if (!stated) return undefined;
  let rate = stated.rate;
  const opposite = negated(stated.word) !== /^(no|not|non|un)_/.test(target) && (negated(stated.word) || !targetWords.includes(stem(stated.word.replace(/^(no|not|non|un)[\s-]?/i, ""))));
  if (opposite && negated(stated.word)) rate = 1 - rate;
  if (rate <= 0 || rate >= 1) {
    warnings.push(`a rate of ${Math.round(stated.rate * 100)}% for ${target} was clamped to between 0.1% and 99.9%`);
    rate = Math.min(0.999, Math.max(0.001, rate));
  }
  return Math.round(rate * 1000) / 1000;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let i = 2; used.has(candidate); i++) candidate = `${name}_${i}`;
  used.add(candidate);
  return candidate;
}

function titleFrom(subject: string, domainSubject: string | undefined, columns: Column[]): string {
  const cleaned = subject
    .replace(/^(?:(?:can|could|would) you\s+)?(please\s+)?(generate|create|make|give me|build|i need|i want|simulate)\s+(?:me\s+|us\s+)?/i, "")
    .replace(/^(a|an|the|some)\s+/i, "")
    .replace(/^(?:data|records|rows|info|information)\s+(?:on|about|of|for)\s+/i, "")
    .replace(/[?!.]+$/, "")
    .replace(/[:;,.]?\s*(?:i'?m|i am|we'?re|we are|i|we)\s+(?:(?:am|are)\s+)?(?:trying|want|wanting|need|would like|looking|hoping|planning)\b.*$/i, "")
    .replace(/,\s*(?:(?:one|a|an|each|every)\s+(?:row|record|line|entry)|per\s)[^,]*/gi, "")
    .replace(/\b(synthetic|fake|sample|mock)\s+/gi, "")
    .replace(/\b(dataset|data set|table|csv)\s*(of|for|about)?\s*/gi, "")
    .replace(/^\d[\d,]*\s+(rows?|records?|entries)?\s*(of\s+)?/i, "")
    .replace(/[\s,:;]+$/, "")
    .trim();
  const title = cleaned || (domainSubject ? `${domainSubject} records` : undefined) || `Dataset of ${columns.map((c) => c.name).slice(0, 3).join(", ")}`;
  return (title.charAt(0).toUpperCase() + title.slice(1)).slice(0, 120);
}
