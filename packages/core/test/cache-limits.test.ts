import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSpec, planOffline } from "@synthdata/core";
import { withinSpecLimits } from "../src/cache/limits.js";

/**
 * The limits the cache's fast path checks without the validator must never be
 * stricter than the validator (else good entries lose the fast path) and must
 * catch what a planted entry uses to hurt (huge strings, mismatched weights).
 */
const fixture = JSON.parse(readFileSync(new URL("./fixtures/planner-cases.json", import.meta.url), "utf8")) as { cases: { description: string }[] };
const long = (n: number, ch = "a") => ch.repeat(n);

/** A spec at the validator's size limits everywhere the limits look. */
function largest(): Record<string, unknown> {
  const values = Array.from({ length: 200 }, (_, i) => `${i}`.padEnd(200, "v"));
  const columns: Record<string, unknown>[] = [
    { name: long(64, "c"), kind: "category", description: long(300), values, weights: values.map((_, i) => i + 1) },
    {
      name: "plan",
      kind: "category",
      values: ["a", "b"],
      conditional: { column: long(64, "c"), cases: values.map((value) => ({ value, weights: [1, 2] })) },
    },
    { name: "code", kind: "id", format: "pattern", prefix: long(20, "P"), pattern: long(40, "#"), unique: true },
  ];
  for (let i = columns.length; i < 200; i++) columns.push({ name: `n${i}`, kind: "integer", min: -1e300, max: 1e300, effects: [{ column: "plan", value: long(200, "a"), weight: 1 }] });
  return { title: long(120, "T"), domain: long(60, "d"), description: long(2000), columns };
}

describe("the cache's structural limits", () => {
  it("pass every spec the offline planner makes for the fixture descriptions", () => {
    for (const { description } of fixture.cases) expect(withinSpecLimits(planOffline(description).spec), description).toBe(true);
  });

  it("pass a spec at the validator's size limits", () => {
    const spec = largest();
    // Only the structure matters here: semantic checks (the effect's value) are the validator's.
    (spec["columns"] as Record<string, unknown>[]).slice(3).forEach((c) => ((c["effects"] as Record<string, unknown>[])[0]!["value"] = "a"));
    expect(() => parseSpec(spec)).not.toThrow();
    expect(withinSpecLimits(spec)).toBe(true);
  });

  it("refuse what a planted entry would use", () => {
    const base = { title: "t", domain: "d" };
    const bad: unknown[] = [
      { ...base, columns: [{ name: "id", kind: "id", format: "pattern", pattern: long(100_000, "#") }] },
      { ...base, columns: [{ name: "p", kind: "category", values: ["a", "b", "c"], weights: [1, 2] }] },
      { ...base, columns: [{ name: "p", kind: "category", values: ["a"], weights: [0] }] },
      { ...base, columns: Array.from({ length: 201 }, (_, i) => ({ name: `c${i}`, kind: "boolean" })) },
      { ...base, columns: [{ name: long(65), kind: "boolean" }] },
      { ...base, columns: [{ name: "x", kind: "eval" }] },
      { ...base, columns: [{ name: "x", kind: "boolean" }, { name: "x", kind: "boolean" }] },
      { ...base, columns: [{ name: "x", kind: "category", values: Array.from({ length: 10_000 }, (_, i) => `${i}`) }] },
      { ...base, columns: [{ name: "x", kind: "integer", min: 1, max: Infinity }] },
      { ...base, description: long(1_000_000), columns: [{ name: "x", kind: "boolean" }] },
      "not a spec",
    ];
    for (const spec of bad) expect(withinSpecLimits(spec)).toBe(false);
  });
});
