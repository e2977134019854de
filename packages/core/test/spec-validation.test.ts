import { describe, expect, it } from "vitest";
import { SynthdataError, checkSpec, parseSpec } from "@synthdata/core";
import { spec } from "./helpers.js";

function issuesOf(input: unknown) {
  const result = checkSpec(input);
  expect(result.spec).toBeUndefined();
  return result.issues;
}

describe("DatasetSpec validation", () => {
  it("accepts a spec using every column kind", () => {
    const ok = parseSpec(
      spec([
        { name: "id", kind: "id", format: "uuid" },
        { name: "seq", kind: "id", format: "sequence", prefix: "C-", start: 100 },
        { name: "code", kind: "id", format: "pattern", pattern: "??-####", unique: true },
        { name: "first", kind: "faker", method: "person.firstName", args: { sex: "female" } },
        { name: "last", kind: "faker", method: "person.lastName" },
        { name: "full", kind: "derived", rule: "full_name", from: ["first", "last"] },
        { name: "email", kind: "derived", rule: "email", from: ["first", "last"], unique: true },
        { name: "plan", kind: "category", values: ["basic", "pro"], weights: [3, 1] },
        { name: "age", kind: "integer", distribution: "normal", mean: 40, sd: 10, min: 18, max: 90 },
        { name: "spend", kind: "number", distribution: "lognormal", mean: 100, sd: 50, decimals: 2, nullRate: 0.1 },
        { name: "visits", kind: "integer", distribution: "poisson", mean: 3 },
        { name: "wait", kind: "number", distribution: "exponential", mean: 5 },
        { name: "signup", kind: "date", from: "2020-01-01", to: "2024-12-31" },
        { name: "last_login", kind: "datetime", from: "2024-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z", after: { column: "signup", minDays: 0, maxDays: 400 } },
        { name: "churned", kind: "boolean", probability: 0.2, effects: [{ column: "age", weight: -0.5 }, { column: "plan", value: "basic", weight: 1 }] },
      ]),
    );
    expect(ok.columns).toHaveLength(15);
  });

  const cases: [string, unknown[], { column: string; field: string; message: RegExp }][] = [
    ["an unknown faker method", [{ name: "x", kind: "faker", method: "person.fulName" }], { column: "x", field: "method", message: /not in the faker catalog; did you mean "person.fullName"/ }],
    ["bad faker arguments", [{ name: "x", kind: "faker", method: "person.firstName", args: { sex: "robot" } }], { column: "x", field: "args", message: /sex/ }],
    ["weights that do not match values", [{ name: "plan", kind: "category", values: ["a", "b", "c"], weights: [1, 2] }], { column: "plan", field: "weights", message: /2 weights for 3 values/ }],
    ["min > max", [{ name: "age", kind: "integer", min: 90, max: 18 }], { column: "age", field: "min", message: /min \(90\) is greater than max \(18\)/ }],
    ["a reference to a missing column", [{ name: "t", kind: "boolean", effects: [{ column: "nope", weight: 1 }] }], { column: "t", field: "effects.0.column", message: /refers to a column "nope"/ }],
    ["a date after a missing column", [{ name: "d", kind: "date", from: "2020-01-01", to: "2021-01-01", after: { column: "start" } }], { column: "d", field: "after.column", message: /"start"/ }],
    ["a derived column from a missing column", [{ name: "e", kind: "derived", rule: "email", from: ["first", "last"] }], { column: "e", field: "from.0", message: /"first"/ }],
    ["an unknown kind", [{ name: "k", kind: "blob" }], { column: "k", field: "kind", message: /kind must be one of/ }],
    ["an unknown field", [{ name: "k", kind: "boolean", probabilty: 0.3 }], { column: "k", field: "kind", message: /unknown field\(s\) probabilty/ }],
    ["a category effect value not in the source", [
      { name: "plan", kind: "category", values: ["basic", "pro"] },
      { name: "t", kind: "boolean", effects: [{ column: "plan", value: "gold", weight: 1 }] },
    ], { column: "t", field: "effects.0.value", message: /"gold" is not one of plan's values/ }],
    ["an effect from a text column", [
      { name: "city", kind: "faker", method: "location.city" },
      { name: "t", kind: "boolean", effects: [{ column: "city", weight: 1 }] },
    ], { column: "t", field: "effects.0.column", message: /faker column/ }],
    ["a date range backwards", [{ name: "d", kind: "date", from: "2024-01-01", to: "2020-01-01" }], { column: "d", field: "from", message: /after to/ }],
    ["a pattern id without a pattern", [{ name: "p", kind: "id", format: "pattern" }], { column: "p", field: "pattern", message: /needs a pattern/ }],
    ["a lognormal without a mean", [{ name: "n", kind: "number", distribution: "lognormal" }], { column: "n", field: "mean", message: /needs a mean/ }],
    ["duplicate names", [{ name: "a", kind: "boolean" }, { name: "a", kind: "boolean" }], { column: "a", field: "name", message: /names must be distinct/ }],
  ];

  it.each(cases)("rejects %s, naming the column and field", (_label, columns, expected) => {
    const issues = issuesOf(spec(columns));
    expect(issues).toContainEqual(expect.objectContaining({ column: expected.column, field: expected.field, message: expect.stringMatching(expected.message) }));
  });

  it("rejects a dependency cycle and names the columns on it", () => {
    const issues = issuesOf(
      spec([
        { name: "a", kind: "integer", min: 0, max: 10, effects: [{ column: "b", weight: 1 }] },
        { name: "b", kind: "integer", min: 0, max: 10, effects: [{ column: "c", weight: 1 }] },
        { name: "c", kind: "boolean", effects: [{ column: "a", weight: 1 }] },
      ]),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/cycle \(a -> b -> c -> a\)/);
  });

  it("throws a SynthdataError with code INVALID_SPEC and a readable message", () => {
    try {
      parseSpec(spec([{ name: "age", kind: "integer", min: 5, max: 1 }]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SynthdataError);
      expect((error as SynthdataError).code).toBe("INVALID_SPEC");
      expect((error as SynthdataError).message).toContain('column "age" min: min (5) is greater than max (1)');
    }
  });

  it("rejects a spec with no columns and one that is not an object", () => {
    expect(issuesOf(spec([]))[0]).toMatchObject({ field: "columns" });
    expect(issuesOf("hello")[0]).toMatchObject({ field: "spec" });
  });
});
