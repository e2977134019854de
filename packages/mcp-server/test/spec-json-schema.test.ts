import { createRequire } from "node:module";
import { parseSpec, specJsonSchema, specJsonSchemaOutline } from "@synthdata/core";
import { describe, expect, it } from "vitest";

// Ajv's 2020-12 build, as installed for the SDK (it validates tool schemas with Ajv): an
// independent reading of the schemas we generate.
const sdkRequire = createRequire(createRequire(import.meta.url).resolve("@modelcontextprotocol/sdk/package.json"));
const { Ajv2020 } = sdkRequire("ajv/dist/2020") as { Ajv2020: new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } } };

const VALID = [
  {
    title: "Customers",
    domain: "retail",
    target: "churned",
    columns: [
      { name: "customer_id", kind: "id", format: "sequence", prefix: "C-" },
      { name: "plan", kind: "category", values: ["basic", "pro"], weights: [3, 1] },
      { name: "tenure_months", kind: "integer", distribution: "exponential", mean: 18, min: 0, max: 120 },
      { name: "signup", kind: "date", from: "2023-01-01", to: "2024-12-31" },
      { name: "churned", kind: "boolean", rate: 0.2, effects: [{ column: "tenure_months", weight: -1.2 }, { column: "plan", value: "basic", weight: 0.7 }] },
    ],
  },
  {
    title: "Orders",
    domain: "e-commerce",
    difficulty: 0.3,
    duplicates: { exact: 0.01 },
    columns: [
      { name: "first_name", kind: "faker", method: "person.firstName" },
      { name: "last_name", kind: "faker", method: "person.lastName" },
      { name: "email", kind: "derived", rule: "email", from: ["first_name", "last_name"], unique: true },
      { name: "price", kind: "number", distribution: "lognormal", mean: 40, sd: 20, min: 1, max: 500, decimals: 2, nullRate: 0.05 },
      { name: "ordered_at", kind: "datetime", from: "2024-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
      { name: "shipped_at", kind: "datetime", from: "2024-01-01T00:00:00Z", to: "2025-01-31T23:59:59Z", after: { column: "ordered_at", minDays: 1, maxDays: 7 } },
    ],
  },
];

describe("the spec's JSON Schema (2020-12, from the zod schema)", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const full = ajv.compile(specJsonSchema());
  const outline = ajv.compile(specJsonSchemaOutline());

  it("accepts specs the validator accepts, in full and in outline", () => {
    for (const spec of VALID) {
      expect(() => parseSpec(spec)).not.toThrow();
      expect(full(spec), JSON.stringify(full.errors)).toBe(true);
      expect(outline(spec), JSON.stringify(outline.errors)).toBe(true);
    }
  });

  it("refuses what the validator refuses by shape: a missing title, an unknown kind, a field too long, an extra key", () => {
    const base = VALID[0]!;
    const bad = [
      { ...base, title: undefined },
      { ...base, columns: [{ name: "x", kind: "nonsense" }] },
      { ...base, title: "t".repeat(121) },
      { ...base, extra: 1 },
      { ...base, columns: [] },
    ].map((s) => JSON.parse(JSON.stringify(s)) as object);
    for (const spec of bad) {
      expect(() => parseSpec(spec)).toThrow();
      expect(full(spec)).toBe(false);
      expect(outline(spec)).toBe(false);
    }
  });
});
