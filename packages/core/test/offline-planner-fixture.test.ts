import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SynthdataError, parseSpec, planOffline } from "@synthdata/core";
import { evaluateCases, type PlannerCase } from "../src/planners/offline/evaluation.js";
import { generateRecords } from "./helpers.js";

interface Fixture {
  threshold: number;
  typedThreshold: number;
  cases: PlannerCase[];
  notDatasets: string[];
}

const fixture = JSON.parse(readFileSync(new URL("./fixtures/planner-cases.json", import.meta.url), "utf8")) as Fixture;

describe("offline planner on the description fixture", () => {
  it("has at least 45 varied cases across the five domains and beyond", () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(45);
    const domains = new Set(fixture.cases.map((c) => c.domain));
    for (const d of ["e-commerce", "healthcare", "finance", "education", "social media", "other"]) expect(domains).toContain(d);
    for (const c of fixture.cases) if (c.kinds) expect(c.kinds).toHaveLength(c.columns.length);
  });

  it("finds the expected columns, with usable kinds, and the expected targets", () => {
    const summary = evaluateCases(fixture.cases, (d) => planOffline(d).spec);
    const failures = summary.cases.filter((s) => s.error).map((s) => `${s.id}: ${s.error}`);
    expect(failures).toEqual([]);
    expect(summary.recall).toBeGreaterThanOrEqual(fixture.threshold);
    expect(summary.typedRecall).toBeGreaterThanOrEqual(fixture.typedThreshold);
    expect(summary.targetHits / summary.targets).toBeGreaterThanOrEqual(0.8);
    for (const d of ["e-commerce", "healthcare", "finance", "education", "social media", "other"]) {
      expect(summary.byDomain[d]!.recall, d).toBeGreaterThanOrEqual(0.85);
    }
  });

  it("plans every case into a valid spec that generates 200 rows", async () => {
    for (const c of fixture.cases) {
      const { spec } = planOffline(c.description);
      expect(() => parseSpec(JSON.parse(JSON.stringify(spec))), c.id).not.toThrow();
      const rows = await generateRecords(spec, 200, 7);
      expect(rows, c.id).toHaveLength(200);
      expect(Object.keys(rows[0]!), c.id).toEqual(spec.columns.map((col) => col.name));
    }
  });

  it("refuses every non-dataset with UNINTERPRETABLE_DESCRIPTION and an example of what works", () => {
    for (const d of fixture.notDatasets) {
      let error: unknown;
      try {
        planOffline(d);
      } catch (e) {
        error = e;
      }
      expect(error, d).toBeInstanceOf(SynthdataError);
      expect((error as SynthdataError).code, d).toBe("UNINTERPRETABLE_DESCRIPTION");
      expect((error as SynthdataError).message, d).toMatch(/for example/);
    }
  });
});
