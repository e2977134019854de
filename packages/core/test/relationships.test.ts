import { describe, expect, it } from "vitest";
import { parseSpec } from "@synthdata/core";
import { describeRelationships } from "../src/card/relationships.js";
import { spec } from "./helpers.js";

describe("relationships in words", () => {
  it("reads effects, derived columns and missingness as sentences", () => {
    const lines = describeRelationships(
      parseSpec(
        spec([
          { name: "first", kind: "faker", method: "person.firstName" },
          { name: "last", kind: "faker", method: "person.lastName" },
          { name: "email", kind: "derived", rule: "email", from: ["first", "last"] },
          { name: "tenure_months", kind: "integer", min: 1, max: 72 },
          { name: "plan", kind: "category", values: ["basic", "pro"] },
          { name: "age", kind: "integer", min: 18, max: 80 },
          { name: "income", kind: "number", min: 1000, max: 9000, missing: { rate: 0.1, when: [{ column: "age", weight: -1 }] } },
          { name: "ordered", kind: "date", from: "2024-01-01", to: "2024-12-31" },
          { name: "shipped", kind: "date", from: "2024-01-01", to: "2024-12-31", after: { column: "ordered", minDays: 1, maxDays: 5 } },
          { name: "churned", kind: "boolean", effects: [{ column: "tenure_months", weight: -1.2 }, { column: "plan", value: "basic", weight: 0.8 }] },
        ]),
      ),
    );
    expect(lines).toContain("churned is more likely when plan is basic and tenure_months is low (moderate)");
    // The date link is a relation between columns, kept apart from effects (card/relations.ts).
    expect(lines.some((l) => l.includes("shipped"))).toBe(false);
    expect(lines).toContain("email is built from first and last of the same row");
    expect(lines).toContain("income is missing more often when age is low");
  });
});
