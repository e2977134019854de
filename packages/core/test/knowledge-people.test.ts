import { describe, expect, it } from "vitest";
import { parseSpec } from "@synthdata/core";
import { clinicalTrials } from "../src/planners/offline/knowledge/domains/clinical-trials.js";
import { educationAdmissions } from "../src/planners/offline/knowledge/domains/education-admissions.js";
import { education } from "../src/planners/offline/knowledge/domains/education.js";
import { gaming } from "../src/planners/offline/knowledge/domains/gaming.js";
import { healthcareCare } from "../src/planners/offline/knowledge/domains/healthcare-care.js";
import { healthcareConditions } from "../src/planners/offline/knowledge/domains/healthcare-conditions.js";
import { healthcareEmergency } from "../src/planners/offline/knowledge/domains/healthcare-emergency.js";
import { healthcareVitals } from "../src/planners/offline/knowledge/domains/healthcare-vitals.js";
import { hr } from "../src/planners/offline/knowledge/domains/hr.js";
import { marketingEmailLeads } from "../src/planners/offline/knowledge/domains/marketing-email-leads.js";
import { marketing } from "../src/planners/offline/knowledge/domains/marketing.js";
import { media } from "../src/planners/offline/knowledge/domains/media.js";
import { music } from "../src/planners/offline/knowledge/domains/music.js";
import { publicHealth } from "../src/planners/offline/knowledge/domains/public-health.js";
import { socialMedia } from "../src/planners/offline/knowledge/domains/social-media.js";
import { sportsMatches } from "../src/planners/offline/knowledge/domains/sports-matches.js";
import { sports } from "../src/planners/offline/knowledge/domains/sports.js";
import type { Concept } from "../src/planners/offline/knowledge/types.js";

/**
 * Rules the people-domain modules keep beyond well-formedness: every outcome is learnable
 * from at least three usual drivers; an outcome never carries a formula (a target cannot be
 * a formula column, and an invalid spec makes the planner drop every relation); outcomes
 * carry a source; each category driver names one of its concept's values.
 */
const modules = [healthcareVitals, healthcareCare, healthcareEmergency, healthcareConditions, clinicalTrials, publicHealth, education, educationAdmissions, hr, sports, sportsMatches, gaming, socialMedia, marketing, marketingEmailLeads, media, music];
const concepts: Concept[] = modules.flatMap((m) => m.concepts);

describe("people-domain knowledge", () => {
  it("has at least 300 concepts", () => {
    expect(concepts.length).toBeGreaterThanOrEqual(300);
  });

  it("gives every outcome three or more drivers and no formula", () => {
    for (const c of concepts.filter((x) => x.outcome)) {
      expect(c.drivers?.length ?? 0, c.id).toBeGreaterThanOrEqual(3);
      expect((c.relations ?? []).some((r) => r.kind === "formula"), `${c.id} is an outcome with a formula`).toBe(false);
    }
  });

  it("states the public source of every outcome's base rate or range", () => {
    for (const c of concepts) if (c.outcome) expect(c.source, c.id).toBeTruthy();
  });

  it("names only existing values in category drivers", () => {
    const byId = new Map(concepts.map((c) => [c.id, c]));
    for (const c of concepts) {
      for (const d of c.drivers ?? []) {
        const driver = byId.get(d.concept);
        if (d.value === undefined || driver?.shape.kind !== "category") continue;
        // Drivers may list the spellings users type for a value (drug/experimental for Treatment); one must be the concept's own.
        const own = (c.drivers ?? []).filter((x) => x.concept === d.concept && x.value !== undefined && Math.sign(x.weight) === Math.sign(d.weight));
        const values = driver.shape.values.map((v) => v.toLowerCase());
        expect(own.some((x) => values.includes(x.value!.toLowerCase())), `${c.id} <- ${d.concept}=${d.value}`).toBe(true);
      }
    }
  });

  it("keeps the real scales of well-known measures", () => {
    const shape = (id: string) => concepts.find((c) => c.id === id)!.shape as { min?: number; max?: number; values?: string[] };
    expect([shape("gre_total").min, shape("gre_total").max]).toEqual([260, 340]);
    expect([shape("toefl_score").min, shape("toefl_score").max]).toEqual([40, 120]);
    expect([shape("apgar_5min").min, shape("apgar_5min").max]).toEqual([0, 10]);
    expect([shape("triage_level").min, shape("triage_level").max]).toEqual([1, 5]);
    expect([shape("sat_total").min, shape("sat_total").max]).toEqual([400, 1600]);
    expect(shape("nba_team").values).toHaveLength(30);
    expect(shape("nfl_team").values).toHaveLength(32);
    expect(shape("soccer_club").values).toHaveLength(20);
    expect(shape("ielts_band").values!.every((v) => Number(v) * 2 === Math.round(Number(v) * 2))).toBe(true);
  });

  it("gives triage level 1 the most urgent meaning: a higher level lowers admission", () => {
    const admitted = concepts.find((c) => c.id === "er_admitted")!;
    expect(admitted.drivers!.find((d) => d.concept === "triage_level")!.weight).toBeLessThan(0);
    const diabetes = concepts.find((c) => c.id === "diabetes")!;
    expect(diabetes.drivers!.find((d) => d.concept === "glucose")!.weight).toBeGreaterThan(0);
  });

  it("makes every unit shape a valid column too", () => {
    for (const c of concepts) for (const u of c.units ?? []) expect(() => parseSpec({ title: "u", domain: "testing", columns: [{ name: c.id, ...u.shape }] }), c.id).not.toThrow();
  });
});
