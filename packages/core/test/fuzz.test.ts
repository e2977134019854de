import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FAKER_CATALOG, SynthdataError, checkSpec, generateDataset, planOffline, ERROR_CODES } from "@synthdata/core";
import { csvText, parseCsv, tempDir } from "./helpers.js";

/**
 * Property-based fuzz: random specs (valid and not) and random descriptions
 * go through validation, planning and generation. Every input must either
 * give a valid CSV or fail with a typed SynthdataError: never another
 * exception, a hang or a partial file. Fixed seeds keep CI reproducible.
 */
const methods = [...FAKER_CATALOG.keys()];
const NAMES = ["id", "name", "email", "age", "income", "city", "plan", "signup", "score", "label", "first", "last"];
const hostile = ["=1+2", "+cmd", "-3", "@SUM(A1)", "\tx", "\rx", 'a"b', "a,b", "a\nb", "é日本", "__proto__", "constructor", "{{person.firstName}}", "", " x", "helpers.fake", "person.constructor", -1, 1e308, NaN, Infinity, null, true, [], {}];
const rate = (max: number) => fc.integer({ min: 0, max: 1000 }).map((k) => (k / 1000) * max);
const word = fc.constantFrom("a", "b", "basic", "pro", "=x", 'q"t', "x,y", "é", "line\nbreak", "@me");
const date = fc.integer({ min: 0, max: 60_000 }).map((d) => new Date(Date.UTC(1950, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** A column that validates most of the time: fields in range, references to earlier columns (no cycles). */
function column(own: string, earlier: string[]): fc.Arbitrary<Record<string, unknown>> {
  const ref = earlier.length ? fc.constantFrom(...earlier) : fc.constant("nowhere");
  const effects = earlier.length ? maybe(fc.array(fc.record({ column: ref, weight: fc.integer({ min: -50, max: 50 }).map((k) => k / 10) }), { maxLength: 2 })) : fc.constant(undefined);
  const common = { name: fc.constant(own), nullRate: maybe(rate(0.5)), unique: maybe(fc.boolean()), missing: maybe(fc.record({ rate: rate(0.5) })) };
  return fc.oneof(
    fc.record({ ...common, kind: fc.constant("faker"), method: fc.constantFrom(...methods), typoRate: maybe(rate(0.2)) }, { requiredKeys: ["name", "kind", "method"] }),
    fc.record({ ...common, kind: fc.constant("category"), values: fc.uniqueArray(word, { minLength: 1, maxLength: 5 }), labelNoise: maybe(rate(0.3)) }, { requiredKeys: ["name", "kind", "values"] }),
    fc.record(
      { ...common, kind: fc.constantFrom("integer", "number"), distribution: maybe(fc.constantFrom("uniform", "normal", "lognormal", "exponential", "poisson")), mean: maybe(fc.integer({ min: 1, max: 500 })), sd: maybe(fc.integer({ min: 1, max: 100 })), min: fc.integer({ min: -100, max: 100 }), max: fc.integer({ min: 100, max: 100_000 }), effects, outliers: maybe(fc.record({ rate: rate(0.2) })) },
      { requiredKeys: ["name", "kind", "min", "max"] },
    ),
    fc.record({ ...common, kind: fc.constantFrom("date", "datetime"), from: date, to: date }, { requiredKeys: ["name", "kind", "from", "to"] }),
    fc.record({ ...common, kind: fc.constant("boolean"), probability: maybe(rate(1)), rate: maybe(fc.integer({ min: 1, max: 90 }).map((k) => k / 100)), effects, labelNoise: maybe(rate(0.3)) }, { requiredKeys: ["name", "kind"] }),
    fc.record({ ...common, kind: fc.constant("id"), format: fc.constantFrom("uuid", "sequence", "pattern"), pattern: fc.constantFrom("??-####", "***", "#"), prefix: maybe(word) }, { requiredKeys: ["name", "kind", "format", "pattern"] }).map((c) => (c["format"] === "pattern" ? c : { ...c, pattern: undefined })),
    fc.record({ ...common, kind: fc.constant("derived"), rule: fc.constantFrom("email", "username"), from: fc.subarray(earlier.length ? earlier : ["nowhere"], { minLength: 1, maxLength: 1 }) }, { requiredKeys: ["name", "kind", "rule", "from"] }),
  );
}

/** Sets one field somewhere in the spec to a hostile value (a third of the time), to probe validation. */
function mutate(spec: Record<string, unknown>, pick: number, field: string, value: unknown): Record<string, unknown> {
  const columns = spec["columns"] as Record<string, unknown>[];
  if (pick % 4 === 0) return { ...spec, [field]: value };
  const i = pick % columns.length;
  return { ...spec, columns: columns.map((c, j) => (j === i ? { ...c, [field]: value } : c)) };
}

/** Built once per column count: arbitraries are costly to construct, cheap to draw from. */
const specOf = (n: number) => {
  const names = NAMES.slice(0, n);
  return fc
    .record(
      {
        title: fc.oneof(word, fc.constant("Fuzz data")),
        domain: fc.constantFrom("finance", "healthcare", "testing"),
        columns: fc.tuple(...names.map((name, i) => column(name, names.slice(0, i)))),
        target: maybe(fc.constantFrom(...names)),
        difficulty: maybe(rate(1)),
        duplicates: maybe(fc.record({ exact: maybe(rate(0.3)), near: maybe(rate(0.3)) })),
      },
      { requiredKeys: ["title", "domain", "columns"] },
    )
    .map((s) => JSON.parse(JSON.stringify(s)) as Record<string, unknown>);
};
const validSpec = fc.oneof(...[1, 2, 3, 4, 5, 6].map(specOf));

const FIELDS = ["name", "kind", "method", "values", "weights", "min", "max", "mean", "sd", "from", "to", "format", "rule", "effects", "nullRate", "unique", "title", "columns", "target", "probability", "decimals", "after", "extra"];
const specArb = fc.oneof(
  { arbitrary: validSpec, weight: 2 },
  { arbitrary: fc.tuple(validSpec, fc.nat(), fc.constantFrom(...FIELDS), fc.constantFrom(...hostile)).map(([s, pick, field, value]) => mutate(s, pick, field, value)), weight: 1 },
);

function expectTyped(error: unknown): void {
  if (!(error instanceof SynthdataError)) throw error;
  expect(ERROR_CODES).toContain(error.code);
  expect(error.message.length).toBeGreaterThan(10);
}

describe("fuzz: random specs and descriptions", () => {
  it("validates and generates 10,000 random specs: a valid CSV or a typed error, never a crash", async () => {
    let valid = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(specArb, fc.integer({ min: 1, max: 40 }), fc.nat(), async (input, rows, seed) => {
        const checked = checkSpec(input);
        if (!checked.spec) {
          rejected++;
          expect(checked.issues.length).toBeGreaterThan(0);
          return;
        }
        try {
          const records = parseCsv(await csvText(checked.spec, rows, seed));
          expect(records).toHaveLength(rows);
          valid++;
        } catch (error) {
          expectTyped(error);
        }
      }),
      { numRuns: 10_000, seed: 20261126 },
    );
    // The generator must see real work, not only rejections.
    expect(valid).toBeGreaterThan(1500);
    expect(rejected).toBeGreaterThan(1500);
  }, 240_000);

  it("plans 2,000 random descriptions: a spec that validates or a typed error", async () => {
    const words = fc.constantFrom("customers", "with", "name", "email", "age", "and", "whether", "churned", "between", "1", "-", "5", "rating", "(a/b/c)", "5%", "fraud", "missing", "poem", "asdf", "__proto__", "=cmd", "{{x}}");
    const description = fc.oneof(fc.string({ minLength: 1, maxLength: 200 }), fc.array(words, { minLength: 1, maxLength: 25 }).map((w) => w.join(" ")));
    await fc.assert(
      fc.asyncProperty(description, async (text) => {
        try {
          const { spec } = await planOffline(text);
          expect(checkSpec(spec).spec).toBeDefined();
        } catch (error) {
          expectTyped(error);
        }
      }),
      { numRuns: 2_000, seed: 7 },
    );
  }, 120_000);

  it("through generateDataset, leaves either whole files or none (300 runs)", async () => {
    const dir = await tempDir();
    let i = 0;
    await fc.assert(
      fc.asyncProperty(specArb, fc.integer({ min: 1, max: 60 }), async (input, rows) => {
        const out = join(dir, `run-${i++}.csv`);
        try {
          const result = await generateDataset({ spec: input }, { outPath: out, rows, seed: 1 });
          expect(parseCsv(await readFile(result.files.csv, "utf8"))).toHaveLength(rows);
          expect(JSON.parse(await readFile(result.files.cardJson!, "utf8")).reproduce.rows).toBe(rows);
        } catch (error) {
          expectTyped(error);
          expect((await readdir(dir)).filter((f) => f.startsWith(`run-${i - 1}.`))).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 99 },
    );
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 180_000);
});
