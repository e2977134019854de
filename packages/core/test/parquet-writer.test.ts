/**
 * synthdata's own Parquet encoder, checked by readers that had no part in
 * writing it: its Snappy against hyparquet's decompressor on inputs that reach
 * every branch (literals of each length form, short and long copies, 64 KiB
 * fragment edges, incompressible bytes), and whole files read back by
 * hyparquet: non-ASCII text, mostly-null columns, statistics, and the same
 * bytes for any worker count. (formats-readback.test.ts compares every format
 * with the CSV at 100k rows.)
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parquetMetadata, parquetReadObjects, snappyUncompress } from "hyparquet";
import { describe, expect, it } from "vitest";
import { generateDataset, neutraliseFormula, type DatasetSpec } from "@synthdata/core";
import { ByteBuffer } from "../src/sinks/parquet/byteBuffer.js";
import { snappyCompress } from "../src/sinks/parquet/snappy.js";
import { parseCsv, tempDir } from "./helpers.js";

/** A small deterministic generator for test bytes (xorshift32). */
function bytesFrom(seed: number, n: number, alphabet = 256): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) % alphabet;
  }
  return out;
}

function roundTrip(input: Uint8Array): { output: Uint8Array; compressed: number } {
  const buffer = new ByteBuffer(16);
  buffer.u8(0xaa); // compressing must append after what is there
  snappyCompress(input, 0, input.length, buffer);
  const compressed = buffer.bytes.subarray(1, buffer.length);
  // Snappy's preamble: the uncompressed length as a varint.
  let length = 0;
  let shift = 0;
  let at = 0;
  for (;;) {
    const b = compressed[at++]!;
    length += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) break;
  }
  expect(length).toBe(input.length);
  const output = new Uint8Array(input.length);
  snappyUncompress(compressed, output);
  return { output, compressed: compressed.length };
}

describe("Snappy compression", () => {
  const text = new TextEncoder().encode("id,name,email\n" + Array.from({ length: 4000 }, (_, i) => `${i},Name ${i % 97},user${i % 389}@example.com\n`).join(""));
  const cases: [string, Uint8Array][] = [
    ["empty", new Uint8Array(0)],
    ["one byte", new Uint8Array([7])],
    ["shorter than a hashed fragment", bytesFrom(1, 16)],
    ["just long enough to hash", new Uint8Array(17).fill(3)],
    ["incompressible, several fragments", bytesFrom(2, 200_000)],
    ["a long run (copies longer than 64)", new Uint8Array(300_000).fill(0x41)],
    ["repeated text", text],
    ["few symbols (many short copies)", bytesFrom(3, 150_000, 4)],
    ["exactly one fragment", bytesFrom(4, 65_536, 16)],
    ["one byte past a fragment", bytesFrom(5, 65_537, 16)],
    ["a literal of 61 to 255 bytes then a copy", new Uint8Array([...bytesFrom(6, 200), ...bytesFrom(6, 200)])],
    ["a literal over 255 bytes then a far copy", new Uint8Array([...bytesFrom(7, 3000), ...bytesFrom(7, 3000)])],
  ];
  it.each(cases)("round-trips %s through an independent decompressor", (_, input) => {
    const { output } = roundTrip(input);
    expect(Buffer.from(output).equals(Buffer.from(input))).toBe(true);
  });

  it("compresses repetitive data and stays within the worst-case bound on random data", () => {
    expect(roundTrip(text).compressed).toBeLessThan(text.length / 3);
    expect(roundTrip(new Uint8Array(300_000)).compressed).toBeLessThan(16_000);
    const random = bytesFrom(8, 100_000);
    expect(roundTrip(random).compressed).toBeLessThanOrEqual(32 + random.length + random.length / 6);
  });
});

const SPEC = {
  title: "Encoder check",
  domain: "testing",
  columns: [
    { name: "id", kind: "id", format: "sequence" },
    { name: "city", kind: "category", values: ["Zürich", "São Paulo", "東京", "Kraków", "emoji 😀", "plain"], nullRate: 0.1 },
    { name: "name", kind: "faker", method: "person.fullName", nullRate: 0.5 },
    { name: "score", kind: "integer", min: -50, max: 50, nullRate: 0.95 },
    { name: "ratio", kind: "number", min: -1, max: 1, decimals: 3 },
    { name: "joined", kind: "datetime", from: "2023-01-01", to: "2023-12-31" },
    { name: "flag", kind: "boolean", probability: 0.5, nullRate: 0.3 },
  ],
} as DatasetSpec;

describe("Parquet files", () => {
  it("hold non-ASCII text, mostly-null columns and their statistics as the CSV of the same run has them", async () => {
    const dir = await tempDir();
    const rows = 70_000; // a full row group and a short one
    const csv = parseCsv(await readFile((await generateDataset({ spec: SPEC }, { rows, seed: 3, workers: 1, outPath: join(dir, "e.csv"), card: false })).path, "utf8"));
    const parquet = await generateDataset({ spec: SPEC }, { rows, seed: 3, workers: 1, outPath: join(dir, "e.parquet"), card: false });
    const buffer = new Uint8Array(await readFile(parquet.path)).buffer;
    const read = await parquetReadObjects({ file: buffer });
    expect(read).toHaveLength(rows);
    const cell = (v: unknown) => (v === null ? "" : v instanceof Date ? `${v.toISOString().slice(0, 19)}Z` : typeof v === "bigint" ? String(v) : typeof v === "string" ? neutraliseFormula(v) : String(v));
    let mismatched = 0;
    for (let r = 0; r < rows; r++) for (const c of SPEC.columns) if (cell(read[r]![c.name]) !== csv[r]![c.name]) mismatched++;
    expect(mismatched).toBe(0);
    expect(new Set(read.map((r) => r.city))).toEqual(new Set(["Zürich", "São Paulo", "東京", "Kraków", "emoji 😀", "plain", null]));

    const meta = parquetMetadata(buffer);
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([65_536, rows - 65_536]);
    const first = meta.row_groups[0]!.columns.map((c) => c.meta_data!);
    const groupRows = read.slice(0, 65_536);
    const nulls = (name: string) => groupRows.filter((r) => r[name] === null).length;
    // Null counts and bounds as the rows have them; categories with a dictionary page, other text PLAIN.
    expect(first.map((m) => Number(m.statistics!.null_count))).toEqual(SPEC.columns.map((c) => nulls(c.name)));
    const scores = groupRows.map((r) => r.score).filter((v) => v !== null).map(Number);
    expect(first[3]!.statistics).toMatchObject({ min_value: BigInt(Math.min(...scores)), max_value: BigInt(Math.max(...scores)) });
    expect(first[0]!.statistics).toMatchObject({ min_value: 1n, max_value: 65_536n });
    expect(first[1]!.encodings).toContain("RLE_DICTIONARY");
    expect(first[1]!.dictionary_page_offset).toBeDefined();
    expect(first[2]!.encodings).not.toContain("RLE_DICTIONARY");
    expect(first.every((m) => m.codec === "SNAPPY")).toBe(true);
  }, 120_000);

  it("are the same bytes with 1 and 3 workers, and for a split's files", async () => {
    const dir = await tempDir();
    const options = { rows: 40_000, seed: 9, card: false, split: { train: 0.75 } } as const;
    const one = await generateDataset({ spec: SPEC }, { ...options, workers: 1, outPath: join(dir, "one.parquet") });
    const three = await generateDataset({ spec: SPEC }, { ...options, workers: 3, outPath: join(dir, "three.parquet") });
    for (const key of ["csv", "train", "test"] as const) {
      const a = await readFile(one.files[key]!);
      expect(a.equals(await readFile(three.files[key]!))).toBe(true);
    }
    const count = async (path: string) => (await parquetReadObjects({ file: new Uint8Array(await readFile(path)).buffer })).length;
    expect((await count(one.files.train!)) + (await count(one.files.test!))).toBe(options.rows);
  }, 120_000);
});
