import { SynthdataError } from "../../errors.js";
import type { Column, DatasetSpec } from "../../spec/schema.js";
import { parseSpec } from "../../spec/validate.js";
import type { PlanResult, Planner } from "../planner.js";
import { detectDomain } from "./domains.js";
import { lookupShape, type ColumnShape, type PhraseFacts } from "./lexicon.js";
import { columnNameFrom, splitDescription } from "./phrases.js";
import { OUTCOME_WORDS, outcomeProfile, targetEffects } from "./targets.js";

export const OFFLINE_PLANNER_VERSION = "offline-1";

const UNINTERPRETABLE =
  'could not find a dataset in this description. Describe the rows and list the columns, for example: "customers with name, email, age, city and whether they churned", or name a domain such as "a healthcare dataset"';

/** Words that describe a column but should not end up in its name. */
const FILLER = /\b(whether|if|the|a|an|of|each|their|its|his|her|per|in (?:dollars|usd|euros?)|as a|value|values|column|field|between|from|to|with)\b/g;

/** A planner that needs no key and no network: lexicon, stated ranges and lists, domain defaults. */
export const offlinePlanner: Planner = {
  name: "offline",
  fingerprint: OFFLINE_PLANNER_VERSION,
  async plan(description: string): Promise<PlanResult> {
    return planOffline(description);
  },
};

export function planOffline(description: string): PlanResult {
  const warnings: string[] = [];
  const text = description.replace(/\s+/g, " ").trim();
  if (text.length === 0) throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", `the description is empty; ${UNINTERPRETABLE.replace(/^could not find a dataset in this description\. /, "")}`);
  const { subject, phrases } = splitDescription(text);
  const domain = detectDomain(text);

  const columns: Column[] = [];
  const targets: string[] = [];
  const rates = new Map<string, number>();
  let recognised = 0;
  const usedNames = new Set<string>();

  const addPhrase = (phrase: string, fromDefaults: boolean) => {
    const facts = phraseFacts(phrase);
    const isTarget = /^(whether|if)\b/i.test(phrase) || OUTCOME_WORDS.test(facts.text);
    let name = columnNameFrom(facts.text.replace(FILLER, " "));
    let shape: ColumnShape | undefined;
    if (isTarget) {
      name = targetName(facts.text);
      shape = { kind: "boolean", probability: rateFor(phrase, name) };
      targets.push(uniqueName(name, usedNames));
      name = targets[targets.length - 1]!;
      rates.set(name, 1);
      recognised++;
    } else {
      shape = lookupShape(facts);
      if (shape) recognised++;
      else if (looksLikeColumn(facts.text)) {
        shape = { kind: "category", values: ["low", "medium", "high"], weights: [30, 50, 20] };
        if (!fromDefaults) warnings.push(`did not recognise "${phrase}"; made it a low/medium/high category. Say what it is (a number with a range, or values in parentheses) to change that`);
      } else return;
      name = uniqueName(name, usedNames);
    }
    columns.push({ name, ...shape } as Column);
  };

  for (const phrase of phrases) addPhrase(phrase, false);
  if (recognised === 0 && domain) {
    columns.length = 0;
    warnings.length = 0;
    usedNames.clear();
    targets.length = 0;
    recognised = 0;
    for (const phrase of domain.defaults) addPhrase(phrase, true);
    warnings.push(`no columns were listed, so the usual ${domain.name} columns were used; list the columns you want to choose them yourself`);
  }
  if (recognised === 0) throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", UNINTERPRETABLE);

  linkNames(columns);
  for (const target of targets) {
    const column = columns.find((c) => c.name === target)!;
    if (column.kind !== "boolean") continue;
    const features = columns.filter((c) => c.name !== target && !targets.includes(c.name) && !(c.kind === "id") && !c.unique);
    const effects = targetEffects(target, features);
    if (effects.length > 0) column.effects = effects;
  }

  const spec: DatasetSpec = {
    version: 1,
    title: titleFrom(subject, domain?.subject, columns),
    domain: domain?.name ?? "general",
    description: text.slice(0, 2000),
    columns,
  };
  return { spec: parseSpec(spec), warnings };
}

export function phraseFacts(phrase: string): PhraseFacts {
  let text = phrase.toLowerCase();
  let values: string[] | undefined;
  const listed = /\(([^)]*)\)|\[([^\]]*)\]|:\s*(.+)$/.exec(phrase);
  if (listed) {
    const inner = (listed[1] ?? listed[2] ?? listed[3] ?? "").trim();
    const parts = inner.split(/\s*(?:\/|\||,|\bor\b|\band\b)\s*/i).map((s) => s.trim()).filter(Boolean);
    if (parts.length >= 2 && !parts.every((p) => /^-?[\d.,]+[kKmM%]?$/.test(p))) {
      values = parts;
      text = text.replace(listed[0].toLowerCase(), " ");
    }
  }
  if (!values) {
    const either = /(?:^|\s)([a-z][\w-]*)\s+or\s+([a-z][\w-]*)$/i.exec(phrase);
    if (either && !/^(whether|if)\b/i.test(phrase)) {
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
  text = text.replace(/\s+/g, " ").trim();
  return { text, ...(range ? { range } : {}), ...(values ? { values } : {}) };
}

function targetName(text: string): string {
  const outcome = OUTCOME_WORDS.exec(text);
  if (outcome) return columnNameFrom(outcome[0].replace(/^is /, "is_"));
  const words = text.replace(/^(whether|if)\s+/, "").replace(FILLER, " ").trim().split(/\s+/);
  return columnNameFrom(words.slice(-2).join(" "));
}

function rateFor(phrase: string, name: string): number {
  const stated = /(\d+(?:\.\d+)?)\s*%/.exec(phrase);
  if (stated) return Math.min(0.99, Math.max(0.01, Number(stated[1]) / 100));
  return outcomeProfile(name).rate;
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
    .replace(/^(please\s+)?(generate|create|make|give me|build|i need|i want)\s+/i, "")
    .replace(/^(a|an|the|some)\s+/i, "")
    .replace(/\b(dataset|data set|table|csv)\s*(of|for|about)?\s*/gi, "")
    .replace(/^\d[\d,]*\s+/, "")
    .trim();
  const title = cleaned || domainSubject || `Dataset of ${columns.map((c) => c.name).slice(0, 3).join(", ")}`;
  return (title.charAt(0).toUpperCase() + title.slice(1)).slice(0, 120);
}
