import { SynthdataError } from "../../errors.js";
import type { Column, DatasetSpec } from "../../spec/schema.js";
import { parseSpec } from "../../spec/validate.js";
import type { PlanResult } from "../planner.js";
import { detectDomain } from "./domains.js";
import { findShape, type ColumnShape, type PhraseFacts } from "./lexicon.js";
import { applyMess, extractMess, findColumn, type MessRequest } from "./mess.js";
import { columnNameFrom, splitDescription } from "./phrases.js";
import { OUTCOME_WORDS, outcomeProfile, targetEffects } from "./targets.js";


const EXAMPLE =
  'Describe the rows and list the columns, for example: "customers with name, email, age, city and whether they churned", or name a domain such as "a healthcare dataset"';
const UNINTERPRETABLE = `could not find a dataset in this description. ${EXAMPLE}`;

/** Requests for something other than a table ("write me a poem", "what's the weather"). */
const NOT_A_DATASET = /^(please\s+)?(write|tell|explain|translate|summari[sz]e|compose|draw|sing|say|what|what's|who|why|how|when|where|can you|could you|would you|hi|hello|hey|thanks|thank you)\b/i;
const DATASET_WORDS = /\b(data ?set|data|table|csv|rows?|columns?|records?|fields?|spreadsheet|features?|with)\b/i;

/** Units that may follow "in" at the end of a column phrase: "wait time in days" -> wait_time_days. */
const UNITS = "days|hours|minutes|mins|seconds|secs|weeks|months|years|cm|mm|meters|metres|km|miles|kg|g|grams|lbs|pounds|mg|ml|usd|dollars|euros?|eur|gbp|percent|kwh|celsius|fahrenheit|square meters|square metres|square feet";

interface Planned {
  column: Column;
  /** A "whether ..." phrase or an outcome word ("churn", "exited"): may become the target. */
  outcome: boolean;
}

export function planOffline(description: string): PlanResult {
  const warnings: string[] = [];
  const original = description.replace(/\s+/g, " ").trim();
  if (original.length === 0) throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", `the description is empty. ${EXAMPLE}`);
  if (NOT_A_DATASET.test(original) && !DATASET_WORDS.test(original)) {
    throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", `this reads like a request for something other than a dataset ("${original.slice(0, 60)}"). ${EXAMPLE}`);
  }
  const { text, mess } = extractMess(original);
  const { subject, phrases } = splitDescription(text);
  const domain = detectDomain(text, subject);

  // "a healthcare dataset", "some finance data": a domain and no columns.
  const onlyDomain = subject === "" && phrases.length === 1 && domain !== undefined && /\b(data ?set|data|table|csv|records|spreadsheet|sample)\b/i.test(phrases[0]!);
  let planned = onlyDomain ? { items: [], recognised: 0 } : planPhrases(phrases, domain?.name, warnings, false);
  if (planned.recognised === 0 && domain) {
    warnings.length = 0;
    planned = planPhrases(domain.defaults, domain.name, warnings, true);
    warnings.push(`no columns were listed, so the usual ${domain.name} columns were used; list the columns you want to choose them yourself`);
  }
  if (planned.recognised === 0) throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", UNINTERPRETABLE);

  const target = chooseTarget(planned.items, subject, mess, warnings);
  const columns = planned.items.map((p) => p.column);
  linkNames(columns);
  if (target) {
    const index = columns.findIndex((c) => c.name === target.name);
    const features = columns.filter((c) => c.name !== target.name && c.kind !== "id" && !c.unique && c.kind !== "derived" && c.kind !== "faker");
    const effects = targetEffects(target, features);
    columns[index] = { ...columns[index]!, ...(effects.length > 0 ? { effects } : {}) } as Column;
  }

  let spec: DatasetSpec = {
    version: 1,
    title: titleFrom(subject, domain?.subject, columns),
    domain: domain?.name ?? "general",
    description: original.slice(0, 2000),
    columns,
    ...(target ? { target: target.name } : {}),
  };
  spec = applyMess(spec, mess, warnings);
  return { spec: parseSpec(spec), warnings };
}

function planPhrases(phrases: string[], domain: string | undefined, warnings: string[], fromDefaults: boolean) {
  const items: Planned[] = [];
  const used = new Set<string>();
  let recognised = 0;
  for (const phrase of phrases) {
    const facts = phraseFacts(phrase, domain);
    const isWhether = /^(whether|if)\b/i.test(phrase);
    const outcome = isWhether || (facts.text.split(" ").length <= 5 && OUTCOME_WORDS.test(facts.text));
    // "remote or onsite" leaves no words once its values are read: name it after the values.
    let name = isWhether ? outcomeName(facts.text) : facts.text === "" && facts.values ? columnNameFrom(facts.values.join(" or ")) : nameFrom(facts.text);
    const found = findShape(facts);
    let shape: ColumnShape | undefined = found?.shape;
    const known = found !== undefined && found.source !== "grammar";
    if (outcome) {
      const keep =
        !isWhether &&
        shape !== undefined &&
        ((shape.kind === "category" && (facts.values !== undefined || /risk|level|grade|result|outcome/.test(facts.text))) ||
          ((shape.kind === "integer" || shape.kind === "number") && /final|grade|score|mark|result/.test(facts.text)));
      if (!keep) shape = { kind: "boolean", probability: outcomeProfile(name).rate };
      recognised++;
    } else if (shape) {
      if (known) recognised++;
      else if (!fromDefaults) warnings.push(`guessed that "${phrase}" is a ${shape.kind === "boolean" ? "yes/no flag" : "count"}; give a range or values in parentheses to change that`);
    } else if (looksLikeColumn(facts.text)) {
      shape = { kind: "category", values: ["low", "medium", "high"], weights: [30, 50, 20] };
      if (!fromDefaults) warnings.push(`did not recognise "${phrase}"; made it a low/medium/high category. Say what it is (a number with a range, or values in parentheses) to change that`);
    } else continue;
    name = uniqueName(name, used);
    items.push({ column: { name, ...shape } as Column, outcome });
  }
  return { items, recognised };
}

/**
 * The column to predict: the last "whether ..." phrase or outcome word, else a
 * column named after "X prediction" / "predict X" in the subject, else one
 * made for a stated rate ("2% fraud"). Boolean targets get the class rate.
 */
function chooseTarget(items: Planned[], subject: string, mess: MessRequest, warnings: string[]): Column | undefined {
  const columns = items.map((p) => p.column);
  let target = [...items].reverse().find((p) => p.outcome)?.column;
  if (!target) {
    const named = /\b([a-z]+(?: [a-z]+)?) (?:prediction|classification|detection|forecast(?:ing)?)\b|\bpredict(?:ing)? (?:whether |if |the )?([a-z]+(?: [a-z]+)?)/i.exec(subject);
    const found = named ? findColumn(columns, (named[1] ?? named[2])!.replace(/^(loan|credit|customer|patient|student)\s+/i, "")) : undefined;
    if (found && found.kind !== "id" && found.kind !== "faker" && found.kind !== "derived" && found.kind !== "date" && found.kind !== "datetime") target = found;
  }
  if (!target) {
    // "churn is more likely on basic plans": the subject of a relationship in words is the outcome.
    for (const r of mess.relationships) {
      const word = /^([a-z]+(?: [a-z]+)?) (?:is|are|gets?) (?:more|less) /i.exec(r)?.[1];
      if (!word || findColumn(columns, word)) continue;
      const column: Column = { name: uniqueName(columnNameFrom(word), new Set(columns.map((c) => c.name))), kind: "boolean", probability: 0.3 };
      items.push({ column, outcome: true });
      target = column;
      break;
    }
  }
  if (!target) {
    const outcomeRate = mess.rates.find((r) => OUTCOME_WORDS.test(r.word.toLowerCase()));
    if (outcomeRate) {
      const name = uniqueName(columnNameFrom(outcomeRate.word.replace(/^(is|was)\s+/, "")), new Set(columns.map((c) => c.name)));
      const column: Column = { name, kind: "boolean", probability: outcomeRate.rate };
      items.push({ column, outcome: true });
      target = column;
    }
  }
  if (!target) {
    for (const r of mess.rates) warnings.push(`"${Math.round(r.rate * 1000) / 10}% ${r.word}" names no column of the dataset; add it as a column, e.g. "and whether it is ${r.word}"`);
    return undefined;
  }
  const index = items.findIndex((p) => p.column.name === target!.name);
  if (target.kind === "boolean") {
    const stated = rateFor(target.name, mess, warnings);
    const rate = stated ?? outcomeProfile(target.name).rate;
    target = { ...target, probability: rate, rate };
  }
  items[index] = { column: target, outcome: true };
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

export function phraseFacts(phrase: string, domain?: string): PhraseFacts {
  let text = phrase.toLowerCase();
  let values: string[] | undefined;
  const listed = /\(([^)]*)\)|\[([^\]]*)\]|:\s*(.+)$/.exec(phrase);
  if (listed) {
    const inner = (listed[1] ?? listed[2] ?? listed[3] ?? "").trim();
    const parts = inner.split(/\s*(?:\/|\||,|;|\bor\b|\band\b)\s*/i).map((s) => s.trim()).filter(Boolean);
    if (parts.length >= 2 && !parts.every((p) => /^-?[\d.,]+[kKmM%]?$/.test(p))) {
      values = [...new Set(parts)];
      text = text.replace(listed[0].toLowerCase(), " ");
    } else if (parts.length === 1 && !/\d/.test(parts[0]!) && listed[1] !== undefined) {
      // "(usd)", "(optional)": a note, not values
      text = text.replace(listed[0].toLowerCase(), " ");
    }
  }
  if (!values) {
    const either = /(?:^|\s)([a-z][\w-]*)\s+or\s+([a-z][\w-]*)$/i.exec(phrase);
    if (either && !/^(whether|if)\b/i.test(phrase) && !/\bor not$/i.test(phrase)) {
      values = [either[1]!, either[2]!];
      text = text.slice(0, text.length - either[0].length);
    }
  }
  let range: PhraseFacts["range"];
  const r = /(\$|€|£)?(-?\d[\d,]*(?:\.\d+)?)([km%])?\s*-\s*(\$|€|£)?(-?\d[\d,]*(?:\.\d+)?)([km%])?/i.exec(text);
  if (r) {
    const scale = (s: string | undefined) => (s?.toLowerCase() === "k" ? 1e3 : s?.toLowerCase() === "m" ? 1e6 : 1);
    let min = Number(r[2]!.replace(/,/g, "")) * scale(r[3] ?? r[6]);
    const max = Number(r[5]!.replace(/,/g, "")) * scale(r[6]);
    if (min > max) min = max;
    range = { min, max, percent: (r[3] ?? r[6]) === "%" };
    text = text.replace(r[0], " ");
  }
  text = text.replace(/[$€£]/g, " ").replace(/\s+/g, " ").trim();
  return { text, ...(range ? { range } : {}), ...(values ? { values } : {}), ...(domain ? { domain } : {}) };
}

/** Column name for a feature phrase: articles and "in <unit>" dropped, other words kept ("length_of_stay"). */
function nameFrom(text: string): string {
  const t = text
    .replace(/^(the|a|an|each|their|its|his|her|our|your|some)\s+/, "")
    .replace(/\b(column|field)\b/g, " ")
    .replace(new RegExp(`\\s+(in|as)\\s+(${UNITS})\\b`, "g"), " $2")
    .replace(/\s+(within|over|during)\s+.*$/, "");
  return columnNameFrom(t);
}

const PRONOUNS = /^(they|he|she|it|we|you|i|them|this|that|one)\s+/;
const ARTICLES = /^(the|a|an|their|his|her|its|each|this|that)\s+/;
const AUX = /\b(was|were|is|are|has|have|had|did|does|do|will|would|got|gets|get|became|becomes|ever)\b\s*/;

/**
 * Name of a "whether ..." column: the predicate without its subject, auxiliary
 * or time frame. "whether the patient was readmitted within 30 days" ->
 * readmitted, "whether they have diabetes" -> diabetes, "whether it went viral" -> went_viral.
 */
function outcomeName(text: string): string {
  let t = text.replace(/^(whether|if)\s+(or not\s+)?/, "").replace(/\s+or not$/, "");
  t = t.replace(/\s+(within|in|after|before|during|over|by)\s+(the\s+)?(next|first|last|\d+|a|one|two|three|six|twelve)\b.*$/, "");
  const aux = AUX.exec(t);
  if (aux && aux.index > 0 && t.slice(0, aux.index).trim().split(" ").length <= 3) t = t.slice(aux.index + aux[0].length);
  else if (PRONOUNS.test(t)) t = t.replace(PRONOUNS, "");
  else if (ARTICLES.test(t) && t.split(" ").length > 2) t = t.replace(/^(\S+)\s+(\S+)\s+/, "");
  t = t.replace(/^(was|were|is|are|has|have|had|did|does|do|will|would)\s+/, "").replace(/\b(the|a|an)\b/g, " ").trim();
  return columnNameFrom(t || text);
}

function looksLikeColumn(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^[a-z][a-z0-9'-]*$/.test(w)) && words.some((w) => w.length >= 3);
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let i = 2; used.has(candidate); i++) candidate = `${name}_${i}`;
  used.add(candidate);
  return candidate;
}

/** Makes emails and usernames match the row's name columns. */
function linkNames(columns: Column[]): void {
  const first = columns.find((c) => c.kind === "faker" && c.method === "person.firstName");
  const last = columns.find((c) => c.kind === "faker" && c.method === "person.lastName");
  const full = columns.find((c) => c.kind === "faker" && c.method === "person.fullName");
  const from = first && last ? [first.name, last.name] : full ? [full.name] : undefined;
  if (!from) return;
  columns.forEach((c, i) => {
    if (c.kind !== "faker") return;
    const rule = c.method === "internet.email" ? "email" : c.method === "internet.username" ? "username" : undefined;
    if (rule) columns[i] = { name: c.name, kind: "derived", rule, from, ...(c.unique ? { unique: true } : {}) };
  });
}

function titleFrom(subject: string, domainSubject: string | undefined, columns: Column[]): string {
  const cleaned = subject
    .replace(/^(please\s+)?(generate|create|make|give me|build|i need|i want|simulate)\s+/i, "")
    .replace(/^(a|an|the|some)\s+/i, "")
    .replace(/\b(synthetic|fake|sample|mock)\s+/gi, "")
    .replace(/\b(dataset|data set|table|csv)\s*(of|for|about)?\s*/gi, "")
    .replace(/^\d[\d,]*\s+(rows?|records?|entries)?\s*(of\s+)?/i, "")
    .replace(/[\s,:;]+$/, "")
    .trim();
  const title = cleaned || domainSubject || `Dataset of ${columns.map((c) => c.name).slice(0, 3).join(", ")}`;
  return (title.charAt(0).toUpperCase() + title.slice(1)).slice(0, 120);
}
