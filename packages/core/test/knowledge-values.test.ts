import { describe, expect, it } from "vitest";
import { KNOWLEDGE } from "../src/planners/offline/knowledge/domains/index.js";
import type { Concept, ConceptShape } from "../src/planners/offline/knowledge/types.js";

/**
 * What knowledge-base.test.ts cannot see from one concept alone: a value named in a
 * driver or a conditional case must be a value the other concept can take, and a
 * category's per-case weights must match its values; otherwise the planner builds an
 * effect or case that never fires (or a spec that fails validation).
 */
const concepts: Concept[] = KNOWLEDGE.flatMap((d) => d.concepts);
const byId = new Map(concepts.map((c) => [c.id, c]));

/** The values a concept's column can take, when it has a fixed set (category or boolean). */
function valuesOf(shape: ConceptShape): string[] | undefined {
  if (shape.kind === "category") return shape.values;
  if (shape.kind === "boolean") return ["true", "false"];
  return undefined;
}

describe("knowledge base values", () => {
  it("names only values a category driver can take", () => {
    for (const c of concepts) {
      for (const d of c.drivers ?? []) {
        const source = byId.get(d.concept);
        if (!source) continue;
        if (source.shape.kind !== "category") {
          expect(d.value, `${c.id} <- ${d.concept}: value only for category drivers`).toBeUndefined();
          continue;
        }
        // Extra entries may name the values a user lists instead ("drug vs placebo"), but each driver
        // concept must have at least one entry on a value of its own vocabulary.
        const values = (c.drivers ?? []).filter((x) => x.concept === d.concept).map((x) => x.value);
        expect(values.some((v) => v !== undefined && source.shape.kind === "category" && source.shape.values.includes(v)), `${c.id} <- ${d.concept}=${values.join("/")}`).toBe(true);
      }
    }
  });

  it("gives conditional cases that fit the other concept's values, and weights as long as the values", () => {
    for (const c of concepts) {
      for (const r of c.relations ?? []) {
        if (r.kind !== "conditional" && r.kind !== "conditionalWeights") continue;
        const on = byId.get(r.on);
        const values = on ? valuesOf(on.shape) : undefined;
        expect(values, `${c.id} conditional on ${r.on}: needs a category or boolean`).toBeDefined();
        // Extra cases may serve vocabularies users list themselves ("free / pro"); at least one must fit the default one.
        expect(
          r.cases.some((k) => values?.includes(k.value)),
          `${c.id} conditional on ${r.on}: no case among ${values?.join(", ")}`,
        ).toBe(true);
        if (r.kind === "conditionalWeights") {
          expect(c.shape.kind, c.id).toBe("category");
          const n = c.shape.kind === "category" ? c.shape.values.length : 0;
          for (const k of r.cases) expect(k.weights.length, `${c.id} case ${k.value}`).toBe(n);
        }
      }
    }
  });

  it("marks every outcome with at least three drivers", () => {
    for (const c of concepts) if (c.outcome) expect((c.drivers ?? []).length, c.id).toBeGreaterThanOrEqual(3);
  });
});
