import { beforeAll, describe, expect, it } from "vitest";
import { FAKER_CATALOG, checkSpec, compileSpec, generateChunk, parseSpec } from "@synthdata/core";
import { spec } from "./helpers.js";
import { loadFaker } from "../src/generate/faker.js";

beforeAll(loadFaker);

describe("faker catalog", () => {
  it.each([42, 1337, 1211])("runs every entry on the installed faker (seed %i)", (seed) => {
    const columns = [...FAKER_CATALOG.keys()].map((method, i) => ({ name: `c${i}`, kind: "faker", method }));
    const compiled = compileSpec(parseSpec(spec(columns)));
    const block = generateChunk(compiled, seed, 0, 20, 20);
    block.columns.forEach((values, i) => {
      const entry = [...FAKER_CATALOG.values()][i]!;
      for (const v of values) {
        expect(typeof v).toBe(entry.returns);
        if (typeof v === "string") expect(v.length).toBeGreaterThan(0);
      }
      // Twenty draws of a method should not all be the same value.
      if (!["person.sex"].includes(entry.id)) expect(new Set(values).size, entry.id).toBeGreaterThan(1);
    });
  });

  it("gives every entry a description", () => {
    for (const entry of FAKER_CATALOG.values()) expect(entry.description.length, entry.id).toBeGreaterThan(3);
  });

  it.each(["constructor", "__proto__", "person.constructor", "person.toString", "constructor.constructor", "helpers.fake", "a.b.c", "", "person", "person.__proto__", "hasOwnProperty"])(
    "rejects %j without invoking anything",
    (method) => {
      const result = checkSpec(spec([{ name: "x", kind: "faker", method }]));
      expect(result.spec).toBeUndefined();
      expect(result.issues[0]).toMatchObject({ column: "x", field: "method" });
    },
  );

  it.each([
    ["person.firstName", { sex: "robot" }, /sex must be one of female, male/],
    ["lorem.words", { count: 0 }, /count must be a whole number from 1 to 20/],
    ["lorem.words", { count: 2.5 }, /count must be a whole number/],
    ["lorem.words", { sex: "female" }, /sex is not an argument of lorem.words \(it takes count\)/],
    ["person.jobTitle", { count: 3 }, /count is not an argument of person.jobTitle \(it takes none\)/],
    ["person.firstName", { __proto__: 1, constructor: 1 }, /constructor is not an argument/],
  ])("rejects arguments %s does not take: %j", (method, args, message) => {
    const result = checkSpec(spec([{ name: "x", kind: "faker", method, args }]));
    expect(result.spec).toBeUndefined();
    expect(result.issues.find((i) => i.field === "args")?.message).toMatch(message);
  });

  it("accepts the arguments a method takes", () => {
    expect(checkSpec(spec([{ name: "x", kind: "faker", method: "lorem.words", args: { count: 20 } }, { name: "y", kind: "faker", method: "person.fullName", args: { sex: "female" } }])).issues).toEqual([]);
  });

  it("leaves Object.prototype untouched when columns are named __proto__ or constructor", async () => {
    const s = parseSpec(spec([{ name: "__proto__", kind: "faker", method: "person.firstName" }, { name: "constructor", kind: "integer", min: 1, max: 2 }, { name: "polluted", kind: "boolean" }]));
    generateChunk(compileSpec(s), 1, 0, 10, 10);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });
});
