import { describe, expect, it } from "vitest";
import { parseSpec } from "@synthdata/core";
import { KNOWLEDGE } from "../src/planners/offline/knowledge/domains/index.js";
import { KNOWN_DOMAINS, type Concept, type ConceptRelation } from "../src/planners/offline/knowledge/types.js";

/** The knowledge base is data reviewed like code: every concept must be well-formed and every shape a valid column. */
const concepts: Concept[] = KNOWLEDGE.flatMap((d) => d.concepts);
const ids = new Set(concepts.map((c) => c.id));

function asSpec(id: string, shape: unknown): unknown {
  return { title: "Concept check", domain: "testing", columns: [{ name: id, ...(shape as object) }] };
}

function referencedIds(r: ConceptRelation): string[] {
  switch (r.kind) {
    case "offset":
      return r.of;
    case "bounds":
      return [...(r.atLeast ?? []), ...(r.atMost ?? [])];
    case "formula":
      return [...r.expression.matchAll(/\{([a-z0-9_]+)\}/g)].map((m) => m[1]!);
    case "conditional":
    case "conditionalWeights":
      return [r.on];
    case "text":
      return [r.sentimentFrom, r.topicFrom, r.mentionFrom].filter((x): x is string => x !== undefined);
  }
}

describe("concept knowledge base", () => {
  it("has unique snake_case ids and lower-case names", () => {
    const seen = new Set<string>();
    for (const c of concepts) {
      expect(c.id, c.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(seen.has(c.id), `duplicate id ${c.id}`).toBe(false);
      seen.add(c.id);
      expect(c.names.length, c.id).toBeGreaterThan(0);
      for (const n of c.names) expect(n, `${c.id}: "${n}"`).toBe(n.toLowerCase().trim());
    }
  });

  it("files every domain module and concept under a known domain", () => {
    const known = new Set<string>(KNOWN_DOMAINS);
    for (const d of KNOWLEDGE) {
      expect(known.has(d.domain), d.domain).toBe(true);
      for (const c of d.concepts) for (const dom of c.domains ?? []) expect(known.has(dom), `${c.id}: ${dom}`).toBe(true);
    }
  });

  it("gives shapes (and unit shapes) that validate as one-column specs", () => {
    for (const c of concepts) {
      expect(() => parseSpec(asSpec(c.id, c.shape)), c.id).not.toThrow();
      for (const u of c.units ?? []) expect(() => parseSpec(asSpec(c.id, u.shape)), `${c.id} in ${u.words[0]}`).not.toThrow();
    }
  });

  it("refers only to concepts that exist", () => {
    for (const c of concepts) {
      for (const r of c.relations ?? []) for (const ref of referencedIds(r)) expect(ids.has(ref), `${c.id} ${r.kind} -> ${ref}`).toBe(true);
      for (const d of c.drivers ?? []) expect(ids.has(d.concept), `${c.id} driver -> ${d.concept}`).toBe(true);
    }
  });

  it("gives driver weights within the spec's effect bounds", () => {
    for (const c of concepts) for (const d of c.drivers ?? []) expect(Math.abs(d.weight), `${c.id} <- ${d.concept}`).toBeLessThanOrEqual(10);
  });

  it("links and broader concepts name concepts that exist, with weights within the effect bounds", () => {
    for (const d of KNOWLEDGE) {
      for (const l of d.links ?? []) {
        expect(ids.has(l.from), `${d.domain} link from ${l.from}`).toBe(true);
        expect(ids.has(l.to), `${d.domain} link to ${l.to}`).toBe(true);
        expect(l.from === l.to, `${l.from} links to itself`).toBe(false);
        expect(Math.abs(l.weight), `${l.from} -> ${l.to}`).toBeLessThanOrEqual(10);
      }
    }
    for (const c of concepts) for (const b of c.broader ?? []) expect(ids.has(b), `${c.id} broader ${b}`).toBe(true);
  });
});
