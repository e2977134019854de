import { describe, expect, it } from "vitest";
import { checkSpec } from "@synthdata/core";
import { spec } from "./helpers.js";

const base = [
  { name: "quantity", kind: "integer", min: 1, max: 10 },
  { name: "price", kind: "number", min: 1, max: 100 },
  { name: "plan", kind: "category", values: ["basic", "pro"] },
  { name: "active", kind: "boolean" },
  { name: "ship", kind: "date", from: "2024-01-01", to: "2024-12-31" },
  { name: "note", kind: "faker", method: "lorem.sentence" },
];

/** The issues of a spec made of the base columns plus `extra`, as "column field: message". */
function issues(...extra: unknown[]): string[] {
  const result = checkSpec(spec([...base, ...extra]));
  return result.issues.map((i) => `${i.column ?? "-"} ${i.field}: ${i.message}`);
}

describe("relation validation", () => {
  it("accepts a spec with every relation kind", () => {
    expect(
      issues(
        { name: "total", kind: "formula", expression: "quantity * price * (1 - 0.1) + normal(0, 1)" },
        { name: "discount", kind: "number", min: 0, max: 50, bounds: { atMost: ["total"] } },
        { name: "delivery", kind: "date", from: "2024-01-01", to: "2024-12-31", offset: { columns: ["ship"], direction: "after", gap: { min: 1, max: 7 } }, calendar: "weekdays" },
        { name: "fee", kind: "number", distribution: "normal", mean: 10, sd: 1, conditional: { column: "plan", cases: [{ value: "pro", mean: 20 }] } },
        { name: "tier", kind: "category", values: ["a", "b"], conditional: { column: "active", cases: [{ value: "true", weights: [1, 3] }] } },
        { name: "weekday", kind: "derived", rule: "weekday_name", from: ["ship"] },
        { name: "odd name", kind: "integer", min: 0, max: 3 },
        { name: "odd_sum", kind: "formula", expression: "`odd name` + 1" },
      ),
    ).toEqual([]);
  });

  it("names the column and the position of a bad formula", () => {
    expect(issues({ name: "t", kind: "formula", expression: "quantity * prize" })).toEqual([
      't expression: "prize" is not a column of this spec at position 12 of "quantity * prize"',
    ]);
    expect(issues({ name: "t", kind: "formula", expression: "quantity * (price" })[0]).toMatch(/^t expression: cannot read .*expected "\)" at position 18/);
    expect(issues({ name: "t", kind: "formula", expression: "round(price, 1, 2)" })[0]).toMatch(/round\(\) takes 1 to 2 arguments, not 3 at position 1/);
    expect(issues({ name: "t", kind: "formula", expression: "price + plan" })[0]).toMatch(/\+ needs numbers, not text at position 7/);
    expect(issues({ name: "t", kind: "formula", expression: "ship - ship" })[0]).toMatch(/use days\(a, b\)/);
    expect(issues({ name: "t", kind: "formula", expression: "price > 3", type: "number" })[0]).toMatch(/^t type: the expression gives a boolean but type is number/);
    expect(issues({ name: "t", kind: "formula", expression: "evil(price)" })[0]).toMatch(/unknown function evil\(\)/);
    expect(issues({ name: "t", kind: "formula", expression: "constructor(price)" })[0]).toMatch(/unknown function constructor\(\)/);
    expect(issues({ name: "t", kind: "formula", expression: "price = 3" })[0]).toMatch(/compare with ==/);
    expect(issues({ name: "t", kind: "formula", expression: "t + 1" })[0]).toMatch(/is this column itself/);
  });

  it("reports a cycle through formulas, naming the columns", () => {
    expect(
      issues({ name: "a", kind: "formula", expression: "b + 1" }, { name: "b", kind: "formula", expression: "a * 2" }),
    ).toEqual(["a expression: columns depend on each other in a cycle (a -> b -> a); remove one of these dependencies"]);
    expect(
      issues({ name: "a", kind: "formula", expression: "c + 1" }, { name: "c", kind: "number", min: 0, max: 9, bounds: { atMost: ["a"] } }),
    ).toEqual(["a expression: columns depend on each other in a cycle (a -> c -> a); remove one of these dependencies"]);
  });

  it("refuses bounds, offsets and conditions on the wrong columns", () => {
    expect(issues({ name: "d", kind: "number", min: 0, max: 9, bounds: { atMost: ["note"] } })).toEqual([
      'd bounds.atMost.0: "note" is a faker column; bounds of a number come from number or integer columns',
    ]);
    expect(issues({ name: "d", kind: "number", min: 0, max: 9, bounds: { atMost: ["nope"] } })).toEqual(['d bounds.atMost.0: refers to a column "nope" that the spec does not have']);
    expect(issues({ name: "d", kind: "date", from: "2024-01-01", to: "2024-12-31", offset: { columns: ["price"], direction: "after" } })[0]).toMatch(/^d offset.columns.0: "price" is a number column/);
    expect(issues({ name: "d", kind: "number", offset: { columns: ["price"], direction: "after" } })).toEqual(["d offset.gap.max: a uniform gap of a number needs max (the largest gap)"]);
    expect(issues({ name: "d", kind: "number", offset: { columns: ["price"], direction: "after", gap: { min: 5, max: 2 } } })).toEqual(["d offset.gap.max: max (2) is less than min (5)"]);
    expect(issues({ name: "d", kind: "date", from: "2024-01-01", to: "2024-12-31", after: { column: "ship" }, offset: { columns: ["ship"], direction: "after" } })[0]).toMatch(/either after or offset/);
    expect(issues({ name: "f", kind: "number", min: 0, max: 9, conditional: { column: "price", cases: [{ value: "1" }] } })[0]).toMatch(/conditional values follow a category or boolean column/);
    expect(issues({ name: "f", kind: "number", min: 0, max: 9, conditional: { column: "plan", cases: [{ value: "gold" }] } })[0]).toMatch(/"gold" is not one of plan's values/);
    expect(issues({ name: "f", kind: "category", values: ["a", "b"], conditional: { column: "plan", cases: [{ value: "pro", weights: [1] }] } })[0]).toMatch(/has 1 weights for 2 values/);
    expect(issues({ name: "w", kind: "derived", rule: "month_name", from: ["price"] })[0]).toMatch(/is read from a date or datetime/);
    expect(issues({ name: "c", kind: "date", from: "2024-01-06", to: "2024-01-07", calendar: "weekdays" })[0]).toMatch(/holds no weekday/);
  });
});
