import type { DatasetSpec, Scenario } from "../../spec/schema.js";
import type { ScenarioKind } from "../../scenarios/kinds.js";
import { rootScenarioIssues, scenarioIssues } from "../../scenarios/validate.js";
import { isMultiTable } from "../../tables/flatten.js";

/**
 * Teaching-scenario phrases ("with a data leak", "with drift", "harder:
 * non-linear", "imbalanced 5%", "simpson's paradox", "collinear"), read from
 * the whole description and cut out of it before mess and columns are read,
 * so "5%" is not a rate for an outcome and "leak" is not a column.
 */
interface Rule {
  kind: ScenarioKind;
  match: RegExp;
  /** The scenario's options read from the words. */
  read?: (m: RegExpExecArray) => Omit<Scenario, "kind">;
}

/** Words before a scenario phrase that belong to it ("with a", "and some", "plus"). */
const LEAD = String.raw`(?:\b(?:with|and|plus|including|include|has|have|showing|shows|exhibiting|illustrating|demonstrating)\s+)?(?:(?:a|an|some|one|the)\s+)?`;

const RULES: Rule[] = [
  // A pipe's leak is a column, not a data leak: "leak detected", "water leaks", "gas leak alarm".
  { kind: "leak", match: new RegExp(String.raw`${LEAD}(?<!\b(?:water|gas|oil|pipe|fuel|air|roof|refrigerant|memory)\s)\b(?:(?:data|target|label|feature) )?leak(?:age|y column|y feature|ing column|s)?\b(?!\s+(?:detected|detection|alerts?|alarms?|flag|sensors?|found|reported|repairs?|rate|volume|size|location|count|events?|test))`, "gi") },
  { kind: "confounder", match: new RegExp(String.raw`${LEAD}\b(?:confounders?|confounding(?: variables?| factors?)?)\b`, "gi") },
  { kind: "paradox", match: new RegExp(String.raw`${LEAD}\bsimpson'?s(?: paradox)?\b|${LEAD}\breversal paradox\b`, "gi") },
  { kind: "multicollinear", match: new RegExp(String.raw`${LEAD}\b(?:multi-?)?collinear(?:ity)?(?: features| columns)?\b|${LEAD}\bnear-?duplicate features\b`, "gi") },
  {
    kind: "nonlinear",
    match: new RegExp(String.raw`(?:\b(?:harder|hard mode)\s*[:,-]?\s*)?${LEAD}\b(?:(non-?linear(?:ity)?|u-?shaped?|threshold|interaction)(?: effects?| relations?(?:hips?)?| signal)?)\b`, "gi"),
    read: (m) => {
      const word = (m[1] ?? "").toLowerCase();
      return word.startsWith("threshold") ? { shape: "threshold" } : word.startsWith("interaction") ? { shape: "within" } : {};
    },
  },
  {
    kind: "imbalance",
    match: new RegExp(String.raw`${LEAD}\b(?:(?:class )?imbalance[d]?|imbalanced classes|rare positives)(?: (?:classes|target|labels))?(?:\s*(?:at|of|:|,)?\s*(?:about |around )?(\d+(?:\.\d+)?)\s*(?:%|percent\b)(?: positives?)?)?`, "gi"),
    read: (m) => (m[1] !== undefined ? { rate: Math.min(0.5, Math.max(0.001, Number(m[1]) / 100)) } : {}),
  },
  { kind: "drift", match: new RegExp(String.raw`${LEAD}\b(?:(?:data|covariate|distribution|concept) )?(?:drift|shift between train and test|distribution shift)\b`, "gi") },
];

export interface ScenarioRequest {
  text: string;
  scenario: Scenario[];
}

export function extractScenarios(description: string): ScenarioRequest {
  let text = description;
  const found = new Map<ScenarioKind, Scenario>();
  for (const rule of RULES) {
    text = text.replace(rule.match, (...args: unknown[]) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      if (!found.has(rule.kind)) found.set(rule.kind, { kind: rule.kind, ...(rule.read?.(m) ?? {}) });
      return " ";
    });
  }
  if (found.size === 0) return { text: description, scenario: [] };
  // Tidy what the cut leaves: doubled commas and spaces, a dangling "with" or "and".
  text = text
    .replace(/\s+([,;.])/g, "$1")
    .replace(/([,;])\s*(?=[,;.]|$)/g, "")
    .replace(/\b(?:with|and|plus)\s*(?=[,;.]|$)/gi, "")
    .replace(/\s{2,}/g, " ")
    .replace(/[\s,;:]+$/, "")
    .trim();
  return { text, scenario: [...found.values()] };
}

/** The spec with the scenarios that can be built on it (on the root table of several); each one that cannot is a warning saying why. */
export function applyScenarios(spec: DatasetSpec, scenario: Scenario[], warnings: string[]): DatasetSpec {
  const kept: Scenario[] = [];
  const check = isMultiTable(spec) ? rootScenarioIssues : scenarioIssues;
  for (const s of scenario) {
    const issues = check({ ...spec, scenario: [...kept, s] }).filter((i) => i.field.startsWith(`scenario.${kept.length}`));
    if (issues.length === 0) kept.push(s);
    else warnings.push(`the ${s.kind} scenario was left out: ${issues.map((i) => i.message.replace(/^[a-z]+: /, "")).join("; ")}`);
  }
  return kept.length > 0 ? { ...spec, scenario: kept } : spec;
}
