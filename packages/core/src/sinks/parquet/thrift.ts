/**
 * The Thrift compact protocol, as far as Parquet's page headers and footer
 * need it: structs of i32, i64, bool, binary, lists and nested structs.
 * Field ids are written as deltas from the previous field of the same struct,
 * so fields must be written in ascending id order.
 */
import type { ByteBuffer } from "./byteBuffer.js";

const BOOL_TRUE = 1;
const BOOL_FALSE = 2;
const I16 = 4;
const I32 = 5;
const I64 = 6;
const BINARY = 8;
const LIST = 9;
const STRUCT = 12;

/** ZigZag for any safe integer (arithmetic, so values beyond 32 bits stay exact). */
const zigzag = (value: number) => (value >= 0 ? value * 2 : -value * 2 - 1);

export class ThriftWriter {
  private lastId = 0;
  private readonly outer: number[] = [];

  constructor(readonly out: ByteBuffer) {}

  private field(id: number, type: number): void {
    const delta = id - this.lastId;
    if (delta > 0 && delta <= 15) this.out.u8((delta << 4) | type);
    else {
      this.out.u8(type);
      this.out.varint(zigzag(id));
    }
    this.lastId = id;
  }

  i16(id: number, value: number): void {
    this.field(id, I16);
    this.out.varint(zigzag(value));
  }

  i32(id: number, value: number): void {
    this.field(id, I32);
    this.out.varint(zigzag(value));
  }

  i64(id: number, value: number): void {
    this.field(id, I64);
    this.out.varint(zigzag(value));
  }

  bool(id: number, value: boolean): void {
    this.field(id, value ? BOOL_TRUE : BOOL_FALSE);
  }

  binary(id: number, value: Uint8Array): void {
    this.field(id, BINARY);
    this.out.varint(value.length);
    this.out.append(value);
  }

  string(id: number, value: string): void {
    this.binary(id, Buffer.from(value, "utf8"));
  }

  /** A nested struct whose fields `body` writes. */
  struct(id: number, body: () => void): void {
    this.field(id, STRUCT);
    this.fields(body);
  }

  listI32(id: number, values: readonly number[]): void {
    this.listHeader(id, I32, values.length);
    for (const v of values) this.out.varint(zigzag(v));
  }

  listStrings(id: number, values: readonly string[]): void {
    this.listHeader(id, BINARY, values.length);
    for (const v of values) {
      const bytes = Buffer.from(v, "utf8");
      this.out.varint(bytes.length);
      this.out.append(bytes);
    }
  }

  listStructs<T>(id: number, items: readonly T[], body: (item: T) => void): void {
    this.listHeader(id, STRUCT, items.length);
    for (const item of items) this.fields(() => body(item));
  }

  /** A top-level struct (a page header, the file metadata): its fields, then the stop byte. */
  message(body: () => void): void {
    this.fields(body);
  }

  private fields(body: () => void): void {
    this.outer.push(this.lastId);
    this.lastId = 0;
    body();
    this.out.u8(0);
    this.lastId = this.outer.pop()!;
  }

  private listHeader(id: number, type: number, size: number): void {
    this.field(id, LIST);
    if (size < 15) this.out.u8((size << 4) | type);
    else {
      this.out.u8(0xf0 | type);
      this.out.varint(size);
    }
  }
}
