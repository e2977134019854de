/**
 * The version of the rules a spec is validated by (spec/schema.ts, validate.ts,
 * dates.ts, dependencies.ts and the catalog). The schema cache stamps each spec
 * it stores with it, and skips validating a stamped spec again on a hit (which
 * would load zod, most of a cached run's start-up). Bump it whenever those rules
 * change; test/spec-rules.test.ts fails until you do.
 */
export const SPEC_RULES_VERSION = "spec-rules-9";
