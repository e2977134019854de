import { describe, expect, it } from "vitest";
import { planOffline, type DatasetSpec } from "@synthdata/core";
import { auc, bools, generateRecords, nums } from "./helpers.js";

// A driver the knowledge base does not sign gets the sign its words mean, never "+ whatever it is".
type Effects = { effects?: { column: string; weight: number }[] };
const effectsOf = (spec: DatasetSpec) => (spec.columns.find((c) => c.name === spec.target) as Effects | undefined)?.effects ?? [];
const effectOn = (spec: DatasetSpec, column: string) => effectsOf(spec).find((e) => e.column === column)?.weight;

describe("offline planner: the sign of a guessed driver", () => {
  it("lowers a favourable outcome with friction and raises it with what favours it", async () => {
    const { spec } = planOffline("vacation rentals: nightly rate, cleaning fee, guest rating, and whether it was booked this weekend");
    expect(effectOn(spec, "cleaning_fee")).toBeLessThan(0);
    expect(effectOn(spec, "guest_rating")).toBeGreaterThan(0);
    const rows = await generateRecords(spec, 4000, 12);
    expect(auc(nums(rows, "cleaning_fee"), bools(rows, spec.target!))).toBeLessThan(0.5);
    expect(auc(nums(rows, "guest_rating"), bools(rows, spec.target!))).toBeGreaterThan(0.5);
  });

  it("raises an adverse outcome with friction and lowers it with engagement", () => {
    const { spec } = planOffline("podcast app users with buffering errors, episodes finished, app rating and whether they unsubscribed");
    expect(effectOn(spec, "buffering_errors")).toBeGreaterThan(0);
    expect(effectOn(spec, "app_rating")).toBeLessThan(0);
  });

  it("reads child rows of activity as keeping the root row, and child rows of friction as losing it", () => {
    const loans = planOffline("a tool library with members and their borrowings; some members stop using it");
    const complaints = planOffline("tenants and their maintenance complaints; some tenants move out");
    const sign = (r: ReturnType<typeof planOffline>) => effectsOf(r.spec)[0]?.weight ?? 0;
    if (loans.spec.tables && loans.spec.target) expect(sign(loans)).toBeLessThan(0);
    if (complaints.spec.tables && complaints.spec.target) expect(sign(complaints)).toBeGreaterThan(0);
    expect(loans.warnings.some((w) => /more likely with fewer/.test(w)) || !loans.spec.tables).toBe(true);
  });
});
