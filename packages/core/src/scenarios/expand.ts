import { targetColumn } from "../card/signal.js";
import type { BooleanColumn, CategoryColumn, Column, DatasetSpec, Effect, FormulaColumn, NumberColumn, Scenario } from "../spec/schema.js";
import { SCENARIO_KINDS, type ScenarioKind } from "./kinds.js";
import { measureScenario, type MeasureSample, type ScenarioMeasure } from "./measure.js";
import { balancePoint, featureOf, featureScale, freeName, groupColumn, roundTo, type NumericFeature } from "./pick.js";

/** Share of rows in the training file a drift's test rows are counted from, when neither the scenario nor the run says. */
export const DEFAULT_DRIFT_TRAIN = 0.8;
/** Positive rate of an imbalance scenario that states none. */
export const DEFAULT_IMBALANCE_RATE = 0.05;
/** A drift moves the test rows' feature by this many of its sds, when the scenario states no shift. */
export const DEFAULT_DRIFT_SHIFT = 1;

/** The strengths a scenario builds in: log-odds on a boolean target, sds on a numeric one. */
const CONFOUNDER_ON_FEATURE = 1.2;
const CONFOUNDER_ON_TARGET = 1.2;
/** Simpson's paradox: within a group the feature raises the target; the groups' own effects outweigh it. */
const PARADOX_MEANS = [20, 50, 80] as const;
const PARADOX_SD = 8;
const PARADOX_FEATURE = 0.8;
const PARADOX_GROUP = 5;
const U_WEIGHT = 1.2;
const THRESHOLD_WEIGHT = 2.5;
const WITHIN_WEIGHT = 2;
/** A multicollinear copy's noise, in sds of the feature it copies (correlation about 0.99). */
const COPY_NOISE = 0.15;

export interface ExpandOptions {
  /** The run's split (share of training rows): a drift's test rows are the split's test rows. */
  train?: number | undefined;
}

/** One scenario as built: what the answer key says about it. */
export interface ScenarioNote {
  kind: ScenarioKind;
  text: string;
  /** What the card measures on the rows to back the text (scenarios/measure.ts). */
  measure: ScenarioMeasure;
}

interface Expansion {
  spec: DatasetSpec;
  notes: ScenarioNote[];
}

/**
 * Rewrites a spec's teaching scenarios into ordinary columns, effects and
 * options (a leaky column, a confounder, groups that reverse a relation, a
 * near-copy, a bent effect, a positive rate), before `prepareGenerationSpec`.
 * The scenarios stay in the spec, each with the column it works on filled in:
 * a drift is carried out by the generator (test rows shifted) and the split
 * (the same test rows). A spec without scenarios comes back as it is.
 */
export function expandScenarios(spec: DatasetSpec, options: ExpandOptions = {}): DatasetSpec {
  return expansion(spec, options).spec;
}

/** What the card's answer key says about each scenario of the spec, as built. */
export function scenarioNotes(spec: DatasetSpec, options: ExpandOptions = {}): ScenarioNote[] {
  return expansion(spec, options).notes;
}

/** The drift scenario of an expanded spec, with its column, shift and train share filled in. */
export function driftOf(spec: DatasetSpec): (Scenario & { column: string; shift: number; train: number }) | undefined {
  const drift = spec.scenario?.find((s) => s.kind === "drift");
  return drift?.column !== undefined && drift.shift !== undefined && drift.train !== undefined ? (drift as Scenario & { column: string; shift: number; train: number }) : undefined;
}

/** The answer key's lines: each scenario's note, with its figures measured on the card's sample rows. */
export function scenarioLines(spec: DatasetSpec, options: ExpandOptions, sample: MeasureSample): string[] {
  return scenarioNotes(spec, options).map((n) => {
    const measured = measureScenario(n.measure, sample);
    return measured ? `${n.text} ${measured}` : n.text;
  });
}

function expansion(spec: DatasetSpec, options: ExpandOptions): Expansion {
  if (!spec.scenario || spec.scenario.length === 0) return { spec, notes: [] };
  // Features are picked on the spec as written, so one scenario's new columns never become another's feature.
  const original = spec;
  let columns: Column[] = [...spec.columns];
  const taken = new Set(columns.map((c) => c.name));
  const notes: ScenarioNote[] = [];
  const resolved: Scenario[] = [];
  const target = targetColumn(original);
  const byKind = [...spec.scenario].sort((a, b) => SCENARIO_KINDS.indexOf(a.kind) - SCENARIO_KINDS.indexOf(b.kind));
  const edit = (name: string, change: (c: Column) => Column) => (columns = columns.map((c) => (c.name === name ? change(c) : c)));
  const insertAfter = (name: string, added: Column) => {
    const at = columns.findIndex((c) => c.name === name);
    columns.splice(at + 1, 0, added);
  };
  const addEffect = (name: string, effect: Effect) => edit(name, (c) => ({ ...c, effects: [...("effects" in c ? (c.effects ?? []) : []), effect] }) as Column);
  const note = (kind: ScenarioKind, text: string, measure: ScenarioMeasure) => notes.push({ kind, text, measure });

  for (const scenario of byKind) {
    const feature = featureOf(original, scenario);
    switch (scenario.kind) {
      case "leak": {
        const t = target!;
        const name = freeName(taken, "followup_score");
        insertAfter(t.name, leakColumn(name, t));
        resolved.push(scenario);
        note("leak", leakNote(name, t), { kind: "leak", column: name, target: t.name });
        break;
      }
      case "confounder": {
        const f = feature!;
        const t = target!;
        const name = freeName(taken, "background_factor");
        const at = columns.findIndex((c) => c.name === f.name);
        columns.splice(at, 0, { name, kind: "number", description: "drives both a feature and the target (a confounder)", distribution: "normal", mean: 50, sd: 10, decimals: 1 });
        addEffect(f.name, { column: name, weight: CONFOUNDER_ON_FEATURE });
        addEffect(t.name, { column: name, weight: CONFOUNDER_ON_TARGET });
        resolved.push({ ...scenario, column: f.name });
        const own = ("effects" in t ? (t.effects ?? []) : []).find((e) => e.column === f.name && !e.within)?.weight ?? 0;
        // The confounder raises both, so it pushes the raw link up: it overstates a positive effect and hides a negative one.
        const bias = own > 0 ? `has an effect of its own too (up), but its raw link to ${t.name} overstates it` : own < 0 ? `has an effect of its own too (down), but its raw link to ${t.name} understates it (and can even look positive)` : `has no effect of its own on ${t.name}: their correlation comes only through ${name}`;
        note(
          "confounder",
          `confounder: ${name} drives both ${f.name} (+${CONFOUNDER_ON_FEATURE} sd of ${f.name} per sd) and ${t.name} (+${CONFOUNDER_ON_TARGET} ${unit(t)} per sd). ${f.name} ${bias}. A careful learner includes ${name} (or controls for it) before reading ${f.name}'s coefficient as a cause.`,
          { kind: "confounder", feature: f.name, confounder: name, target: t.name },
        );
        break;
      }
      case "paradox": {
        const t = target!;
        const group = freeName(taken, "group");
        const x = freeName(taken, "exposure");
        const values = ["A", "B", "C"];
        const g: CategoryColumn = { name: group, kind: "category", description: "the groups within which the exposure's effect reverses", values };
        const exposure: NumberColumn = {
          name: x,
          kind: "number",
          description: "higher in some groups than others",
          distribution: "normal",
          mean: 50,
          sd: PARADOX_SD,
          min: 0,
          max: 100,
          decimals: 1,
          conditional: { column: group, cases: values.map((value, i) => ({ value, mean: PARADOX_MEANS[i]! })) },
        };
        columns.push(g, exposure);
        addEffect(t.name, { column: x, weight: PARADOX_FEATURE });
        addEffect(t.name, { column: group, value: "A", weight: PARADOX_GROUP });
        addEffect(t.name, { column: group, value: "C", weight: -PARADOX_GROUP });
        resolved.push(scenario);
        note(
          "paradox",
          `Simpson's paradox: over all rows, higher ${x} goes with ${lower(t)} ${t.name}; within each ${group} (A, B, C) higher ${x} goes with ${higher(t)} ${t.name} (+${PARADOX_FEATURE} ${unit(t)} per ${PARADOX_SD} of ${x}). ${group} sets both: its mean ${x} is ${PARADOX_MEANS.join(", ")}, and ${t.name} is ${PARADOX_GROUP} ${unit(t)} up in A and down in C. A careful learner splits by ${group} (or includes it) before reading the sign of ${x}.`,
          { kind: "paradox", exposure: x, group, target: t.name },
        );
        break;
      }
      case "multicollinear": {
        const f = feature!;
        const { scale } = featureScale(f);
        const noise = roundTo(COPY_NOISE * scale, 4) || 0.01;
        const name = freeName(taken, `${f.name}_v2`);
        const copy: FormulaColumn = {
          name,
          kind: "formula",
          description: `a second measurement of ${f.name}`,
          expression: `${quote(f.name)} + normal(0, ${noise})`,
          type: "number",
          decimals: f.kind === "number" ? (f.decimals ?? 2) : 1,
        };
        insertAfter(f.name, copy);
        resolved.push({ ...scenario, column: f.name });
        note(
          "multicollinear",
          `multicollinear: ${name} is ${f.name} plus noise (sd ${noise}, about ${COPY_NOISE} of ${f.name}'s spread), so the two correlate above 0.98. A linear model splits their weight unpredictably (large coefficients of opposite sign that change from sample to sample); a careful learner keeps one of them, combines them, or regularises.`,
          { kind: "multicollinear", column: f.name, copy: name },
        );
        break;
      }
      case "nonlinear": {
        const f = feature!;
        const t = target!;
        const shape = scenario.shape ?? "u";
        // A U bottoms out where a straight line finds nothing; a threshold and a group's effect sit at the centre.
        const at = roundTo(shape === "u" ? balancePoint(f) : featureScale(f).center, 2);
        const existing = "effects" in t ? (t.effects ?? []) : [];
        const sign = Math.sign(existing.find((e) => e.column === f.name)?.weight ?? 1) || 1;
        let effect: Effect;
        let text: string;
        let measure: ScenarioMeasure;
        if (shape === "u") {
          effect = { column: f.name, weight: U_WEIGHT, shape: "u", at };
          measure = { kind: "u", feature: f.name, target: t.name, at };
          text = `${t.name} depends on ${f.name} in a U shape around ${at}: both low and high values raise it (${U_WEIGHT} ${unit(t)} times the squared distance in sds, less 1). A straight line through ${f.name} finds almost nothing; a careful learner plots ${t.name} against ${f.name} and uses a squared term, bins, or a model that bends (trees).`;
        } else if (shape === "threshold") {
          effect = { column: f.name, weight: sign * THRESHOLD_WEIGHT, shape: "threshold", at };
          measure = { kind: "threshold", feature: f.name, target: t.name, at };
          text = `${t.name} jumps by ${sign * THRESHOLD_WEIGHT} ${unit(t)} once ${f.name} reaches ${at}, and does not change with ${f.name} on either side (a threshold). A careful learner sees the step in a plot and uses a cut-point or a tree rather than a slope.`;
        } else {
          const g = groupColumn(original)!;
          const value = g.kind === "category" ? g.values[0]! : "true";
          effect = { column: f.name, weight: sign * WITHIN_WEIGHT, within: { column: g.name, value } };
          measure = { kind: "within", feature: f.name, target: t.name, group: g.name, value };
          text = `${f.name} moves ${t.name} (${sign * WITHIN_WEIGHT} ${unit(t)} per sd) only where ${g.name} is ${value}, and not at all elsewhere (an interaction). A careful learner fits ${f.name} by ${g.name} (an interaction term, or a tree) instead of one slope for all rows.`;
        }
        // The feature's straight-line effect (if any) gives way to the bent one.
        edit(t.name, (c) => ({ ...c, effects: [...existing.filter((e) => e.column !== f.name), effect] }) as Column);
        resolved.push({ ...scenario, column: f.name, shape });
        note("nonlinear", `non-linear: ${text}`, measure);
        break;
      }
      case "imbalance": {
        const t = target as BooleanColumn;
        const rate = scenario.rate ?? DEFAULT_IMBALANCE_RATE;
        edit(t.name, (c) => ({ ...c, rate }) as Column);
        resolved.push({ ...scenario, rate });
        note(
          "imbalance",
          `imbalance: only ${roundTo(rate * 100, 2)}% of rows have ${t.name} true. Always answering false is ${roundTo((1 - rate) * 100, 2)}% accurate and useless; a careful learner reads AUC, precision and recall (or a cost), keeps the split stratified, and considers class weights.`,
          { kind: "imbalance", target: t.name },
        );
        break;
      }
      case "drift": {
        const f = feature!;
        const shift = scenario.shift ?? DEFAULT_DRIFT_SHIFT;
        const train = options.train ?? scenario.train ?? DEFAULT_DRIFT_TRAIN;
        const { scale } = featureScale(f);
        resolved.push({ ...scenario, column: f.name, shift, train });
        note(
          "drift",
          `drift: the test rows (${roundTo((1 - train) * 100, 2)}% of rows, chosen at random and not by class) come from a shifted population: ${f.name} is ${Math.abs(shift)} sd (${shift >= 0 ? "+" : "-"}${roundTo(Math.abs(shift * scale), 2)}) ${shift >= 0 ? "higher" : "lower"} there, moved before the target was drawn, so the target follows the moved values by the same rules. A careful learner compares the train and test distributions of each feature before trusting a test score, and expects a model to extrapolate badly where test rows lie outside the training range.`,
          { kind: "drift", feature: f.name },
        );
        break;
      }
    }
  }
  return { spec: { ...spec, columns, scenario: resolved }, notes };
}

/** The leaky column: a near-copy of the target, as if recorded after the outcome was known. */
function leakColumn(name: string, t: Column): Column {
  const description = `recorded after ${t.name} was known`;
  if (t.kind === "boolean") return { name, kind: "formula", description, expression: `if(${quote(t.name)}, normal(3, 1), normal(0, 1))`, type: "number", decimals: 2 };
  if (t.kind === "category") {
    // The value as entered later: the target's own value 92% of the time.
    const n = t.values.length;
    const other = n > 1 ? roundTo(0.08 / (n - 1), 6) : 0;
    return {
      name,
      kind: "category",
      description,
      values: [...t.values],
      conditional: { column: t.name, cases: t.values.map((value, i) => ({ value, weights: t.values.map((_, j) => (i === j ? 0.92 : other)) })) },
    };
  }
  const { scale } = featureScale(t as NumericFeature);
  return {
    name,
    kind: "formula",
    description,
    expression: `${quote(t.name)} + normal(0, ${roundTo(0.1 * scale, 4) || 0.01})`,
    type: "number",
    decimals: t.kind === "number" ? (t.decimals ?? 2) : 1,
  };
}

function leakNote(name: string, t: Column): string {
  const how =
    t.kind === "boolean"
      ? `it is if(${t.name}, normal(3, 1), normal(0, 1)), so alone it separates the classes almost perfectly (AUC about 0.98)`
      : t.kind === "category"
        ? `it repeats ${t.name}'s value in 92% of rows`
        : `it is ${t.name} plus small noise (correlation about 0.99)`;
  return `leak: ${name} is recorded after the outcome: ${how}. A careful learner is suspicious of one feature that is too good to be true, asks when it was recorded, and drops it; a model that keeps it scores high here (even above the best possible score from the true probabilities, itself the sign of a leak) and fails in use.`;
}

/** A column name as a formula reads it. */
function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !["and", "or", "not", "true", "false"].includes(name) ? name : `\`${name}\``;
}

const unit = (t: Column) => (t.kind === "boolean" || t.kind === "category" ? "log-odds" : "sd");
const higher = (t: Column) => (t.kind === "boolean" ? "more rows with" : "higher");
const lower = (t: Column) => (t.kind === "boolean" ? "fewer rows with" : "lower");
