import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SPEC_RULES_VERSION } from "../src/spec/rules.js";

// The schema cache trusts a spec stamped with SPEC_RULES_VERSION without validating it again.
// So a change to any file that decides validity must come with a new version: this test
// records the files' hash for the current version and fails when they change without a bump.
const RULE_FILES = [
  "spec/schema.ts",
  "spec/validate.ts",
  "spec/dates.ts",
  "spec/dependencies.ts",
  "catalog/catalog.ts",
  "spec/relations.ts",
  "spec/validateRelations.ts",
  "spec/formula/parse.ts",
  "spec/formula/check.ts",
  "spec/textColumn.ts",
  "spec/sentimentWords.ts",
  "spec/datasetSchema.ts",
  "tables/flatten.ts",
  "tables/validate.ts",
  "tables/phases.ts",
  "scenarios/kinds.ts",
  "scenarios/validate.ts",
  "scenarios/pick.ts",
];
const RECORDED = { version: "spec-rules-9", sources: "bff3723c5d5364ef21ca96c3f978d52944932f23e3b03e0fd6e8e58c49caba43" };

describe("spec rules version", () => {
  it("changes whenever the files that decide a spec's validity change", () => {
    const hash = createHash("sha256");
    for (const file of RULE_FILES) hash.update(readFileSync(new URL(`../src/${file}`, import.meta.url), "utf8").replace(/\r\n/g, "\n"));
    const sources = hash.digest("hex");
    const advice = `the validation rules changed: bump SPEC_RULES_VERSION in src/spec/rules.ts, then set RECORDED in this test to { version: "<new version>", sources: "${sources}" }`;
    expect({ version: SPEC_RULES_VERSION, sources }, advice).toEqual(RECORDED);
  });
});
