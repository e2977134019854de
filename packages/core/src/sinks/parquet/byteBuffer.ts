/**
 * A growable byte buffer that the Parquet writer reuses for every page and
 * row group: appends little-endian numbers, varints and UTF-8 without a
 * per-value allocation. `length` is how much of `bytes` is in use.
 */
const LENGTH_GAP = "\0\0\0\0";

export class ByteBuffer {
  bytes: Buffer;
  /** A view of `bytes` for unchecked little-endian writes after `ensure` (replaced when the buffer grows). */
  view: DataView;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.bytes = Buffer.allocUnsafe(capacity);
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
  }

  reset(): void {
    this.length = 0;
  }

  /** Room for `extra` more bytes; grows by doubling (the old content kept). */
  ensure(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < needed) capacity *= 2;
    const grown = Buffer.allocUnsafe(capacity);
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
    this.view = new DataView(grown.buffer, grown.byteOffset, grown.length);
  }

  u8(value: number): void {
    this.ensure(1);
    this.bytes[this.length++] = value;
  }

  u32(value: number): void {
    this.ensure(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  i32(value: number): void {
    this.ensure(4);
    this.view.setInt32(this.length, value, true);
    this.length += 4;
  }

  /** A signed 64-bit integer from a safe integer, without a BigInt. */
  i64(value: number): void {
    this.ensure(8);
    const high = Math.floor(value / 4294967296);
    this.view.setUint32(this.length, value - high * 4294967296, true);
    this.view.setInt32(this.length + 4, high, true);
    this.length += 8;
  }

  f64(value: number): void {
    this.ensure(8);
    this.view.setFloat64(this.length, value, true);
    this.length += 8;
  }

  /** Unsigned LEB128, for any safe integer (arithmetic, not bit operators, above 2^31). */
  varint(value: number): void {
    this.ensure(10);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.bytes[this.length++] = value;
  }

  append(source: Uint8Array, start = 0, end = source.length): void {
    this.ensure(end - start);
    this.bytes.set(start === 0 && end === source.length ? source : source.subarray(start, end), this.length);
    this.length += end - start;
  }

  /**
   * Texts as Parquet PLAIN byte arrays, each a 4-byte length and its UTF-8
   * bytes. One native join and one native UTF-8 write for all of them (a
   * 4-char gap before each text is where its length goes), then the lengths
   * patched in: per value work in JavaScript is one number written. Lone
   * surrogates become U+FFFD, as with TextEncoder.
   */
  lengthPrefixedTexts(texts: readonly string[]): void {
    if (texts.length === 0) return;
    const joined = LENGTH_GAP + texts.join(LENGTH_GAP);
    this.ensure(joined.length * 3);
    const start = this.length;
    const written = this.bytes.write(joined, start, "utf8");
    const view = this.view;
    let at = start;
    // As many bytes as UTF-16 units only when every char is ASCII: then each length is the text's length.
    if (written === joined.length)
      for (let i = 0; i < texts.length; i++) {
        const n = texts[i]!.length;
        view.setUint32(at, n, true);
        at += 4 + n;
      }
    else
      for (let i = 0; i < texts.length; i++) {
        const n = Buffer.byteLength(texts[i]!, "utf8");
        view.setUint32(at, n, true);
        at += 4 + n;
      }
    this.length = start + written;
  }

  /** Overwrites 4 bytes at `at` (a length written once it is known). */
  setU32(at: number, value: number): void {
    this.view.setUint32(at, value, true);
  }

  /** A copy of what is in use: the buffer itself is overwritten by the next use. */
  copy(): Buffer {
    return Buffer.from(this.bytes.subarray(0, this.length));
  }
}
