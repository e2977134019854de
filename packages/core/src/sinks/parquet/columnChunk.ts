/**
 * One column of a Parquet file, encoded chunk by chunk as the chunks arrive
 * (so the generator's arrays are let go at once, not held for a row group)
 * into buffers reused for every row group: RLE definition levels, PLAIN
 * values or dictionary indexes, and the statistics. At the end of a row group
 * `flush` appends the column chunk: a dictionary page (categories) and one
 * data page (format v1), Snappy-compressed, with their headers.
 */
import type { Value } from "../../generate/types.js";
import type { StoredType } from "../storedTypes.js";
import { ByteBuffer } from "./byteBuffer.js";
import { snappyCompress } from "./snappy.js";
import { ThriftWriter } from "./thrift.js";

const DAY_MS = 86_400_000;

/** Parquet's enums, as far as they are written here. */
const Encoding = { PLAIN: 0, RLE: 3, RLE_DICTIONARY: 8 } as const;
const PageType = { DATA_PAGE: 0, DICTIONARY_PAGE: 2 } as const;

/** What the footer records about a written column chunk. */
export interface ColumnChunkMeta {
  /** Offset in the file of the chunk's first page. */
  fileOffset: number;
  dataPageOffset: number;
  dictionaryPageOffset: number | undefined;
  encodings: number[];
  numValues: number;
  compressedSize: number;
  uncompressedSize: number;
  nullCount: number;
  /** PLAIN bytes of the least and greatest value, when there are any and the type's order is kept here. */
  min: Uint8Array | undefined;
  max: Uint8Array | undefined;
}

/** The page and compression buffers, one set for all columns. */
export class PageWriter {
  private readonly page = new ByteBuffer(1 << 20);
  private readonly compressed = new ByteBuffer(1 << 20);

  /**
   * Appends one page to `out`: its header, then the Snappy-compressed body
   * (a data page's body starts with the 4-byte length of its levels and the
   * levels). Returns the uncompressed size with the header.
   */
  write(out: ByteBuffer, type: number, numValues: number, encoding: number, levels: ByteBuffer | undefined, values: ByteBuffer): number {
    const page = this.page;
    page.reset();
    if (levels) {
      page.u32(levels.length);
      page.append(levels.bytes, 0, levels.length);
    }
    page.append(values.bytes, 0, values.length);
    this.compressed.reset();
    snappyCompress(page.bytes, 0, page.length, this.compressed);
    const headerStart = out.length;
    const t = new ThriftWriter(out);
    t.message(() => {
      t.i32(1, type);
      t.i32(2, page.length);
      t.i32(3, this.compressed.length);
      if (type === PageType.DATA_PAGE)
        t.struct(5, () => {
          t.i32(1, numValues);
          t.i32(2, encoding);
          t.i32(3, Encoding.RLE);
          t.i32(4, Encoding.RLE);
        });
      else
        t.struct(7, () => {
          t.i32(1, numValues);
          t.i32(2, encoding);
        });
    });
    const headerSize = out.length - headerStart;
    out.append(this.compressed.bytes, 0, this.compressed.length);
    return headerSize + page.length;
  }
}

export class ColumnEncoder {
  private readonly levelBytes = new ByteBuffer(1 << 12);
  private readonly levels = new LevelRuns(this.levelBytes);
  private readonly values = new ByteBuffer(1 << 16);
  private readonly texts: string[] = [];
  private rows = 0;
  private min = Infinity;
  private max = -Infinity;
  private bitByte = 0;
  private bitCount = 0;
  /** Category columns: the group's distinct values in first-seen order, and each present value's index. */
  private dictionary: { ids: Map<string, number>; entries: string[]; indexes: Int32Array; count: number } | undefined;

  constructor(
    private readonly type: StoredType,
    private readonly useDictionary: boolean,
  ) {
    this.startGroup();
  }

  /** Takes the first `rows` values of one chunk's column. */
  add(chunk: readonly Value[], rows: number): void {
    this.rows += rows;
    const levels = this.levels;
    const out = this.values;
    switch (this.type) {
      case "string":
        if (this.dictionary) this.addToDictionary(chunk, rows);
        else {
          const texts = this.texts;
          texts.length = 0;
          for (let r = 0; r < rows; r++) {
            const v = chunk[r];
            if (v === null || v === undefined) levels.add(0);
            else {
              levels.add(1);
              texts.push(typeof v === "string" ? v : String(v));
            }
          }
          out.lengthPrefixedTexts(texts);
          texts.length = 0;
        }
        return;
      case "boolean":
        this.addBooleans(chunk, rows);
        return;
    }
    out.ensure(rows * 8);
    const view = out.view;
    let at = out.length;
    let min = this.min;
    let max = this.max;
    for (let r = 0; r < rows; r++) {
      const v = chunk[r];
      // Anything that does not fit the stored type is null, never a wrong value.
      if (typeof v !== "number" || (this.type === "int64" ? !Number.isSafeInteger(v) : this.type !== "double" && !Number.isFinite(v))) {
        levels.add(0);
        continue;
      }
      levels.add(1);
      let x = v;
      switch (this.type) {
        case "double":
          view.setFloat64(at, v, true);
          at += 8;
          break;
        case "date":
          x = Math.floor(v / DAY_MS);
          view.setInt32(at, x, true);
          at += 4;
          break;
        default: {
          // int64 and timestamp (milliseconds): two 32-bit halves, no BigInt.
          x = Math.floor(v);
          const high = Math.floor(x / 4294967296);
          view.setUint32(at, x - high * 4294967296, true);
          view.setInt32(at + 4, high, true);
          at += 8;
        }
      }
      // NaN is left out of the bounds (Parquet's rule); comparisons with it are false.
      if (x < min) min = x;
      if (x > max) max = x;
    }
    out.length = at;
    this.min = min;
    this.max = max;
  }

  /** Appends this column's chunk for the row group so far to `out` (byte 0 of `out` at `fileOffset`), then starts the next group. */
  flush(out: ByteBuffer, fileOffset: number, pages: PageWriter): ColumnChunkMeta {
    const start = out.length;
    const offset = () => fileOffset + out.length - start;
    this.levels.end();
    let uncompressedSize = 0;
    let dictionaryPageOffset: number | undefined;
    let bounds: { min: Uint8Array | undefined; max: Uint8Array | undefined } = { min: undefined, max: undefined };
    const dict = this.dictionary;
    if (dict) {
      dictionaryPageOffset = offset();
      this.values.reset();
      this.values.lengthPrefixedTexts(dict.entries);
      uncompressedSize += pages.write(out, PageType.DICTIONARY_PAGE, dict.entries.length, Encoding.PLAIN, undefined, this.values);
      this.values.reset();
      writeIndexes(this.values, dict.indexes, dict.count, dict.entries.length);
      bounds = textBounds(dict.entries);
    } else {
      if (this.type === "boolean" && this.bitCount > 0) this.values.u8(this.bitByte);
      if (this.type !== "string" && this.min <= this.max) bounds = this.bounds();
    }
    const dataPageOffset = offset();
    uncompressedSize += pages.write(out, PageType.DATA_PAGE, this.rows, dict ? Encoding.RLE_DICTIONARY : Encoding.PLAIN, this.levelBytes, this.values);
    const meta: ColumnChunkMeta = {
      fileOffset: dictionaryPageOffset ?? dataPageOffset,
      dataPageOffset,
      dictionaryPageOffset,
      encodings: dict ? [Encoding.PLAIN, Encoding.RLE, Encoding.RLE_DICTIONARY] : [Encoding.PLAIN, Encoding.RLE],
      numValues: this.rows,
      compressedSize: out.length - start,
      uncompressedSize,
      nullCount: this.levels.zeros,
      ...bounds,
    };
    this.startGroup();
    return meta;
  }

  private startGroup(): void {
    this.levelBytes.reset();
    this.levels.zeros = 0;
    this.values.reset();
    this.rows = 0;
    this.min = Infinity;
    this.max = -Infinity;
    this.bitByte = 0;
    this.bitCount = 0;
    if (this.useDictionary && this.type === "string") {
      const indexes = this.dictionary?.indexes ?? new Int32Array(1 << 16);
      this.dictionary = { ids: new Map(), entries: [], indexes, count: 0 };
    } else this.dictionary = undefined;
  }

  /** PLAIN booleans: one bit each, least significant first, packed across chunks. */
  private addBooleans(chunk: readonly Value[], rows: number): void {
    for (let r = 0; r < rows; r++) {
      const v = chunk[r];
      if (typeof v !== "boolean") {
        this.levels.add(0);
        continue;
      }
      this.levels.add(1);
      const x = v ? 1 : 0;
      if (x < this.min) this.min = x;
      if (x > this.max) this.max = x;
      this.bitByte |= x << this.bitCount;
      if (++this.bitCount === 8) {
        this.values.u8(this.bitByte);
        this.bitByte = 0;
        this.bitCount = 0;
      }
    }
  }

  private addToDictionary(chunk: readonly Value[], rows: number): void {
    const dict = this.dictionary!;
    if (dict.indexes.length < dict.count + rows) {
      const grown = new Int32Array(Math.max(dict.indexes.length * 2, dict.count + rows));
      grown.set(dict.indexes.subarray(0, dict.count));
      dict.indexes = grown;
    }
    for (let r = 0; r < rows; r++) {
      const cell = chunk[r];
      if (cell === null || cell === undefined) {
        this.levels.add(0);
        continue;
      }
      const text = typeof cell === "string" ? cell : String(cell);
      let id = dict.ids.get(text);
      // Bounded: a category has at most 200 values, and typos add at most one variant per row.
      if (id === undefined) {
        id = dict.entries.length;
        dict.ids.set(text, id);
        dict.entries.push(text);
      }
      this.levels.add(1);
      dict.indexes[dict.count++] = id;
    }
  }

  /** The bounds as PLAIN bytes of the physical type; for doubles -0 as the least and +0 as the greatest. */
  private bounds(): { min: Uint8Array; max: Uint8Array } {
    let { min, max } = this;
    if (this.type === "double") {
      if (min === 0) min = -0;
      if (max === 0) max = 0;
    }
    return { min: plainValue(this.type, min), max: plainValue(this.type, max) };
  }
}

function plainValue(type: StoredType, v: number): Uint8Array {
  const b = new ByteBuffer(8);
  if (type === "boolean") b.u8(v);
  else if (type === "date") b.i32(v);
  else if (type === "double") b.f64(v);
  else b.i64(v);
  return b.copy();
}

/**
 * Definition levels (0 null, 1 present; bit width 1) as RLE runs of the
 * RLE/bit-packed hybrid: a column without nulls is a single run of a few
 * bytes, so an OPTIONAL column costs next to nothing over a REQUIRED one.
 */
class LevelRuns {
  private value = -1;
  private count = 0;
  zeros = 0;

  constructor(private readonly out: ByteBuffer) {}

  add(level: number): void {
    if (level === this.value) {
      this.count++;
      return;
    }
    this.flush();
    this.value = level;
    this.count = 1;
  }

  end(): void {
    this.flush();
    this.value = -1;
  }

  private flush(): void {
    if (this.count === 0) return;
    if (this.value === 0) this.zeros += this.count;
    this.out.varint(this.count * 2);
    this.out.u8(this.value);
    this.count = 0;
  }
}

/** RLE_DICTIONARY data: the bit width, then every index bit-packed in groups of 8 (one hybrid run). */
function writeIndexes(out: ByteBuffer, indexes: Int32Array, count: number, dictionarySize: number): void {
  const width = Math.max(1, Math.ceil(Math.log2(dictionarySize)));
  out.u8(width);
  if (count === 0) return;
  const groups = Math.ceil(count / 8);
  out.varint(groups * 2 + 1);
  out.ensure(groups * width);
  const bytes = out.bytes;
  let at = out.length;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < groups * 8; i++) {
    acc |= (i < count ? indexes[i]! : 0) << bits;
    bits += width;
    while (bits >= 8) {
      bytes[at++] = acc & 0xff;
      acc >>>= 8;
      bits -= 8;
    }
  }
  out.length = at;
}

/** Least and greatest text in UTF-8 byte order (the order of Parquet's BYTE_ARRAY statistics). */
function textBounds(entries: readonly string[]): { min: Uint8Array | undefined; max: Uint8Array | undefined } {
  let min: Buffer | undefined;
  let max: Buffer | undefined;
  for (const e of entries) {
    const b = Buffer.from(e, "utf8");
    if (!min || Buffer.compare(b, min) < 0) min = b;
    if (!max || Buffer.compare(b, max) > 0) max = b;
  }
  return { min, max };
}
