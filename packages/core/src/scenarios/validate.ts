import { targetColumn } from "../card/signal.js";
import type { SpecIssue } from "../errors.js";
import type { DatasetSpec, Scenario } from "../spec/schema.js";
import type { ScenarioKind } from "./kinds.js";
import { featureOf, groupColumn, isFeature } from "./pick.js";

/** Scenarios that tilt or copy the target, so the spec needs one. */
const NEEDS_TARGET = new Set<ScenarioKind>(["leak", "confounder", "paradox", "nonlinear", "imbalance"]);
/** Scenarios that add effects on the target: a boolean or numeric one (a category's effects need an outcome per value). */
const TILTS_TARGET = new Set<ScenarioKind>(["confounder", "paradox", "nonlinear"]);
/** Scenarios that work on an existing numeric feature. */
const USES_FEATURE = new Set<ScenarioKind>(["confounder", "multicollinear", "nonlinear", "drift"]);

/**
 * A spec of several tables: its scenarios work on the root table (where the
 * target is), on the root's own columns. A reference, lookup or rollup
 * (order_count) cannot be a scenario's feature: its values come from the
 * related rows, so shifting, copying or bending it would break its agreement
 * with them (an order count that no longer counts the orders).
 */
export function rootScenarioIssues(spec: DatasetSpec): SpecIssue[] {
  if (!spec.scenario?.length) return [];
  const relation = new Map<string, string>([
    ...(spec.references ?? []).map((r) => [r.name, `a reference to ${r.table}`] as const),
    ...(spec.lookups ?? []).map((l) => [l.name, `a lookup through ${l.reference}`] as const),
    ...(spec.rollups ?? []).map((r) => [r.name, `a rollup of ${r.table} (${r.function})`] as const),
  ]);
  const root = spec.table ?? "root";
  const named = spec.scenario.flatMap((s, i) =>
    s.column !== undefined && relation.has(s.column)
      ? [{ field: `scenario.${i}.column`, message: `${s.kind}: "${s.column}" is ${relation.get(s.column)}, made from the related rows: a scenario that moved or copied it would break its agreement with them; name one of the ${root} table's own integer or number columns (or add one)` }]
      : [],
  );
  return named.length > 0 ? named : scenarioIssues(spec, root);
}

/** What is wrong with a spec's scenarios, each naming the scenario and field; `root`: the spec is that root table's own columns. */
export function scenarioIssues(spec: DatasetSpec, root?: string): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const seen = new Set<ScenarioKind>();
  const target = targetColumn(spec);
  (spec.scenario ?? []).forEach((scenario, i) => {
    const add = (field: string, message: string) => issues.push({ field: `scenario.${i}${field ? `.${field}` : ""}`, message: `${scenario.kind}: ${message}` });
    if (seen.has(scenario.kind)) add("kind", "asked for twice; keep one");
    seen.add(scenario.kind);
    for (const field of misplacedFields(scenario)) add(field, `${field} does not apply to this scenario; remove it`);
    if (NEEDS_TARGET.has(scenario.kind) && !target) add("", "needs a target column: set target to the column a model should predict");
    if (target && scenario.kind === "imbalance" && target.kind !== "boolean") add("", `needs a boolean target (yes/no); "${target.name}" is ${target.kind}`);
    if (target && TILTS_TARGET.has(scenario.kind) && target.kind === "category") add("", `needs a boolean or numeric target; "${target.name}" is a category`);
    if (USES_FEATURE.has(scenario.kind)) {
      if (scenario.column !== undefined) {
        const named = spec.columns.find((c) => c.name === scenario.column);
        if (!named) add("column", `names a column "${scenario.column}" that the spec does not have`);
        else if (!isFeature(named)) {
          const what = "offset" in named && named.offset ? "placed by an offset" : `a ${named.kind} column`;
          add("column", `"${scenario.column}" is ${what}; name an integer or number column drawn from its own distribution`);
        }
        else if (named.name === target?.name) add("column", `"${scenario.column}" is the target; name a feature`);
      } else if (!featureOf(spec, scenario)) add("column", root ? `needs an integer or number feature among the ${root} table's own columns, and it has none besides the target (its rollups, such as counts of child rows, are made from the related rows and cannot be moved by a scenario); add one` : "needs an integer or number feature, and the spec has none besides the target; add one");
    }
    if (scenario.kind === "nonlinear" && scenario.shape === "within" && !groupColumn(spec)) add("shape", "within needs a category or boolean column (other than the target) to be the group; add one");
  });
  return issues;
}

function misplacedFields(scenario: Scenario): string[] {
  const allowed: Record<ScenarioKind, string[]> = {
    leak: [],
    confounder: ["column"],
    paradox: [],
    multicollinear: ["column"],
    nonlinear: ["column", "shape"],
    imbalance: ["rate"],
    drift: ["column", "shift", "train"],
  };
  return (["column", "rate", "shift", "shape", "train"] as const).filter((f) => scenario[f] !== undefined && !allowed[scenario.kind].includes(f));
}
