import type { Column, DatasetSpec } from "../../spec/schema.js";

/**
 * Scoring of planner answers against hand-written expectations
 * (packages/core/test/fixtures/planner-cases.json). Shared by
 * scripts/eval-planner.mjs and the planner tests so both count the same way.
 */
export interface PlannerCase {
  id: string;
  domain: string;
  description: string;
  /** One entry per expected column: the names that count for it. */
  columns: string[][];
  /** Per expected column, the kind a user would accept (see KIND_CLASSES). */
  kinds?: string[];
  /** Accepted names of the column to predict, when the description names one. */
  target?: string[];
}

/** What each fixture kind accepts: a boolean may also be a two-value category ("yes/no"). */
const KIND_CLASSES: Record<string, (c: Column) => boolean> = {
  num: (c) => c.kind === "integer" || c.kind === "number" || (c.kind === "formula" && (c.type === undefined || c.type === "number" || c.type === "integer")),
  date: (c) => c.kind === "date" || c.kind === "datetime" || (c.kind === "formula" && (c.type === "date" || c.type === "datetime")),
  bool: (c) => c.kind === "boolean" || (c.kind === "category" && c.values.length === 2),
  id: (c) => c.kind === "id" || c.kind === "faker",
  cat: (c) => c.kind === "category" || c.kind === "faker",
  text: (c) => c.kind === "faker" || c.kind === "derived" || c.kind === "category" || c.kind === "id" || c.kind === "text",
};

export function kindAccepts(kind: string, column: Column): boolean {
  const accepts = Object.hasOwn(KIND_CLASSES, kind) ? KIND_CLASSES[kind] : undefined;
  if (!accepts) throw new Error(`unknown fixture kind "${kind}"; use one of ${Object.keys(KIND_CLASSES).join(", ")}`);
  return accepts(column);
}

export interface CaseScore {
  id: string;
  domain: string;
  found: number;
  expected: number;
  recall: number;
  /** Expected columns found with an acceptable kind. */
  typed: number;
  missing: string[];
  /** Found, but with a kind a user would not accept: "name (kind)". */
  wrongKind: string[];
  /** undefined when the case names no target. */
  targetHit: boolean | undefined;
  error?: string;
}

const tokens = (name: string) => name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** `have` counts for `want` when equal, or when want's words appear in order, adjacent, inside have ("customer_email" for "email"). */
export function nameMatches(have: string, want: string): boolean {
  const h = tokens(have);
  const w = tokens(want);
  if (w.length === 0 || w.length > h.length) return false;
  for (let i = 0; i + w.length <= h.length; i++) if (w.every((t, j) => h[i + j] === t)) return true;
  return false;
}

/**
 * Matches expected columns to planned columns one to one: exact names first,
 * then containment, so "customer_name" and "name" are not both claimed by one column.
 */
export function scoreSpec(spec: DatasetSpec, c: PlannerCase): CaseScore {
  const available = new Set(spec.columns.map((col) => col.name));
  const hit = new Array<boolean>(c.columns.length).fill(false);
  const matched = new Array<Column | undefined>(c.columns.length);
  for (const exact of [true, false]) {
    c.columns.forEach((accepted, i) => {
      if (hit[i]) return;
      const match = [...available].find((have) => accepted.some((want) => (exact ? have === want : nameMatches(have, want))));
      if (match !== undefined) {
        hit[i] = true;
        matched[i] = spec.columns.find((col) => col.name === match);
        available.delete(match);
      }
    });
  }
  const found = hit.filter(Boolean).length;
  const wrongKind: string[] = [];
  let typed = 0;
  matched.forEach((col, i) => {
    if (!col) return;
    const kind = c.kinds?.[i];
    if (kind === undefined || kindAccepts(kind, col)) typed++;
    else wrongKind.push(`${col.name} (${col.kind}, want ${kind})`);
  });
  const targetHit = c.target ? spec.target !== undefined && c.target.some((want) => spec.target === want || nameMatches(spec.target!, want)) : undefined;
  return {
    id: c.id,
    domain: c.domain,
    found,
    expected: c.columns.length,
    recall: c.columns.length === 0 ? 1 : found / c.columns.length,
    typed,
    missing: c.columns.filter((_, i) => !hit[i]).map((names) => names[0]!),
    wrongKind,
    targetHit,
  };
}

export interface EvaluationSummary {
  cases: CaseScore[];
  /** Expected columns found over expected columns, across all cases. */
  recall: number;
  /** Expected columns found with an acceptable kind, over expected columns. */
  typedRecall: number;
  found: number;
  expected: number;
  byDomain: Record<string, { found: number; typed: number; expected: number; recall: number; typedRecall: number; targets: number; targetHits: number }>;
  targets: number;
  targetHits: number;
}

/** Runs `plan` on every case; a thrown error scores the case 0. */
export function evaluateCases(cases: PlannerCase[], plan: (description: string) => DatasetSpec): EvaluationSummary {
  const scores = cases.map((c) => {
    try {
      return scoreSpec(plan(c.description), c);
    } catch (error) {
      return {
        id: c.id,
        domain: c.domain,
        found: 0,
        expected: c.columns.length,
        recall: 0,
        typed: 0,
        missing: c.columns.map((n) => n[0]!),
        wrongKind: [],
        targetHit: c.target ? false : undefined,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  });
  // Keyed by fixture text: a null prototype keeps a domain named "__proto__" a plain key.
  const byDomain: EvaluationSummary["byDomain"] = Object.create(null) as EvaluationSummary["byDomain"];
  for (const s of scores) {
    const d = (byDomain[s.domain] ??= { found: 0, typed: 0, expected: 0, recall: 0, typedRecall: 0, targets: 0, targetHits: 0 });
    d.found += s.found;
    d.typed += s.typed;
    d.expected += s.expected;
    if (s.targetHit !== undefined) {
      d.targets++;
      if (s.targetHit) d.targetHits++;
    }
  }
  for (const d of Object.values(byDomain)) {
    d.recall = d.expected === 0 ? 1 : d.found / d.expected;
    d.typedRecall = d.expected === 0 ? 1 : d.typed / d.expected;
  }
  const found = scores.reduce((a, s) => a + s.found, 0);
  const typed = scores.reduce((a, s) => a + s.typed, 0);
  const expected = scores.reduce((a, s) => a + s.expected, 0);
  const targets = scores.filter((s) => s.targetHit !== undefined).length;
  const targetHits = scores.filter((s) => s.targetHit === true).length;
  return {
    cases: scores,
    recall: expected === 0 ? 1 : found / expected,
    typedRecall: expected === 0 ? 1 : typed / expected,
    found,
    expected,
    byDomain,
    targets,
    targetHits,
  };
}
