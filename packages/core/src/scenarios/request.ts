import type { DatasetSpec } from "../spec/schema.js";
import { SCENARIO_KINDS, type ScenarioKind } from "./kinds.js";
import { SynthdataError } from "../errors.js";

/**
 * Reads a door's scenario list ("leak,drift", ["paradox"]): each a known kind,
 * in the spec's order of kinds, without repeats. Unknown names are the
 * caller's to fix.
 */
export function checkScenarioNames(names: unknown): ScenarioKind[] {
  const list = typeof names === "string" ? names.split(",") : Array.isArray(names) ? names : [names];
  const kinds = new Set<ScenarioKind>();
  for (const raw of list) {
    const name = typeof raw === "string" ? raw.trim().toLowerCase() : raw;
    if (name === "") continue;
    if (typeof name !== "string" || !(SCENARIO_KINDS as readonly string[]).includes(name)) {
      throw new SynthdataError("INVALID_ARGUMENT", `unknown scenario ${JSON.stringify(raw)}; choose from ${SCENARIO_KINDS.join(", ")}`);
    }
    kinds.add(name as ScenarioKind);
  }
  return SCENARIO_KINDS.filter((k) => kinds.has(k));
}

/** The spec with these scenarios added (with their defaults), keeping any it has already; still to be validated. */
export function withScenarios(spec: DatasetSpec, kinds: readonly ScenarioKind[]): DatasetSpec {
  const have = new Set((spec.scenario ?? []).map((s) => s.kind));
  const added = kinds.filter((k) => !have.has(k)).map((kind) => ({ kind }));
  return added.length === 0 ? spec : { ...spec, scenario: [...(spec.scenario ?? []), ...added] };
}
