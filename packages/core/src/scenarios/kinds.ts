/**
 * Teaching scenarios (scenarios/expand.ts rewrites each into ordinary columns
 * and effects before generation). Kept apart from the zod schema so doors and
 * the generator can name them without loading the validator.
 */
export const SCENARIO_KINDS = ["leak", "confounder", "paradox", "multicollinear", "nonlinear", "imbalance", "drift"] as const;

export type ScenarioKind = (typeof SCENARIO_KINDS)[number];
