import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvEncoder, neutraliseFormula, parseSpec, type Block, type Value } from "@synthdata/core";
import { CSV_OPTIONS } from "../src/csv/encode.js";
import { parseCsv, spec } from "./helpers.js";

/** The reference: csv-stringify over the encoder's cell text (cells.ts formatters), as before issue 6, lone CR/LF quoted. */
const reference = (encoder: CsvEncoder, block: Block) => stringify(encoder.records(block), CSV_OPTIONS);

const testSpec = parseSpec(
  spec([
    { name: "text", kind: "faker", method: "person.fullName" },
    { name: "num", kind: "faker", method: "location.latitude" },
    { name: "cat", kind: "category", values: ["a", "b"] },
    { name: "int", kind: "integer", min: -1000, max: 1000 },
    { name: "price", kind: "number", distribution: "normal", mean: 10, sd: 50, decimals: 2 },
    { name: "flag", kind: "boolean" },
    { name: "day", kind: "date", from: "1950-01-01", to: "2060-12-31" },
    { name: "at", kind: "datetime", from: "1950-01-01", to: "2060-12-31" },
    { name: "seq", kind: "id", format: "sequence" },
    { name: "email", kind: "derived", rule: "email", from: ["text"] },
  ]),
);

const HOSTILE = ["", " ", '"', '""', ",", "a,b", 'say "hi"', "line\nbreak", "cr\rlf", "\r\n", "=SUM(A1:A2)", "+1", "-2", "@cmd", "\tTab", "\rCR", "\nLF", "'quoted", "ümlaut", "日本語", "emoji 🎉", "=\"x\",\r\n", "\uFF1Dwide", ";"];

const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ maxLength: 12 }));
const DAY = 86_400_000;
const cell: Record<string, fc.Arbitrary<Value>> = {
  text,
  num: fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer()),
  cat: text,
  // Mess injection may put text into a numeric column: it must be quoted like any text.
  int: fc.oneof(fc.integer(), text),
  price: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), text),
  flag: fc.boolean(),
  day: fc.integer({ min: -7000, max: 40000 }).map((d) => d * DAY),
  at: fc.integer({ min: -2e8, max: 2e9 }).map((s) => s * 1000),
  seq: fc.oneof(fc.integer({ min: 1, max: 1e9 }), text),
  email: text,
};

const names = testSpec.columns.map((c) => c.name);
const blockArb = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc
    .tuple(...names.map((name) => fc.array(fc.option(cell[name]!, { nil: null, freq: 6 }), { minLength: n, maxLength: n })))
    .map((columns): Block => ({ index: 0, start: 0, length: n, columns })),
);

describe("block encoder", () => {
  it("writes random and hostile blocks byte for byte as csv-stringify does", () => {
    const encoder = new CsvEncoder(testSpec);
    fc.assert(
      fc.property(blockArb, (block) => {
        expect(encoder.block(block)).toBe(reference(encoder, block));
      }),
      { numRuns: 400 },
    );
  });

  it("neutralises formulas exactly as neutraliseFormula does and round-trips through a strict parser", () => {
    const encoder = new CsvEncoder(testSpec);
    const columns = names.map((name) => (name === "text" || name === "cat" || name === "email" ? HOSTILE : HOSTILE.map(() => null)));
    const block: Block = { index: 0, start: 0, length: HOSTILE.length, columns };
    const csv = encoder.header() + encoder.block(block);
    expect(encoder.block(block)).toBe(reference(encoder, block));
    const rows = parseCsv(csv);
    expect(rows.map((r) => r["text"])).toEqual(HOSTILE.map(neutraliseFormula));
    expect(rows.map((r) => r["int"])).toEqual(HOSTILE.map(() => ""));
  });

  it("writes nulls empty, booleans true/false and dates as ISO 8601", () => {
    const encoder = new CsvEncoder(testSpec);
    const at = Date.UTC(2024, 1, 29, 13, 5, 9);
    const values: Value[] = ["Ann", 1.5, "a", -3, 2.25, true, Date.UTC(2024, 1, 29), at, 7, null];
    const block: Block = { index: 0, start: 0, length: 1, columns: values.map((v) => [v]) };
    expect(encoder.block(block)).toBe("Ann,1.5,a,-3,2.25,true,2024-02-29,2024-02-29T13:05:09Z,7,\r\n");
  });
});
