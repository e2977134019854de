/**
 * Parquet through hyparquet-writer (pure JavaScript, loaded only for this
 * format). Typed columns: int64, double, boolean, date (days, DATE), timestamp
 * (milliseconds, TIMESTAMP_MILLIS, UTC) and UTF-8 strings, every column
 * OPTIONAL so nulls are nulls; snappy pages. Chunks are gathered into row
 * groups of ROW_GROUP_ROWS rows, and each group's bytes go to the staged file
 * as soon as it is encoded, so memory holds one group, not the file.
 */
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import type { Value } from "../generate/types.js";
import type { StagedFile } from "../output/stagedFile.js";
import type { DatasetSpec } from "../spec/schema.js";
import type { ChunkData, DatasetSink } from "./sink.js";
import { storedTypes, type StoredType } from "./storedTypes.js";

/** 64 chunks of 1024 rows: groups large enough for good compression and few enough for a small footer. */
export const ROW_GROUP_ROWS = 65_536;
const DAY_MS = 86_400_000;

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]["schema"][number];
type Cell = bigint | number | boolean | string | null;

function schemaElement(name: string, type: StoredType): SchemaElement {
  const base = { name, repetition_type: "OPTIONAL" as const };
  switch (type) {
    case "int64":
      return { ...base, type: "INT64" };
    case "double":
      return { ...base, type: "DOUBLE" };
    case "boolean":
      return { ...base, type: "BOOLEAN" };
    case "date":
      return { ...base, type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" } };
    case "timestamp":
      return { ...base, type: "INT64", converted_type: "TIMESTAMP_MILLIS", logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" } };
    case "string":
      return { ...base, type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } };
  }
}

/** Value -> what hyparquet-writer encodes for the stored type; anything that does not fit is null (never a wrong value). */
function converter(type: StoredType): (v: Value) => Cell {
  switch (type) {
    case "int64":
      return (v) => (typeof v === "number" && Number.isSafeInteger(v) ? BigInt(v) : null);
    case "double":
      return (v) => (typeof v === "number" ? v : null);
    case "boolean":
      return (v) => (typeof v === "boolean" ? v : null);
    case "date":
      return (v) => (typeof v === "number" ? Math.floor(v / DAY_MS) : null);
    case "timestamp":
      return (v) => (typeof v === "number" ? BigInt(v) : null);
    case "string":
      return (v) => (v === null || v === undefined ? null : typeof v === "string" ? v : String(v));
  }
}

/**
 * Text of one row group as UTF-8 views into one buffer. hyparquet-writer
 * otherwise runs TextEncoder once per value, which with the garbage it leaves
 * was most of a Parquet run's time; one Buffer.from per column is a fraction.
 */
function utf8Views(values: Cell[]): (Uint8Array | null)[] {
  const present: string[] = [];
  for (const v of values) if (v !== null) present.push(v as string);
  const joined = present.join("");
  const bytes = Buffer.from(joined);
  // All ASCII (as many bytes as UTF-16 units, the usual case): each value's length is its byte length.
  const ascii = bytes.length === joined.length;
  const out: (Uint8Array | null)[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      out[i] = null;
      continue;
    }
    const n = ascii ? (v as string).length : Buffer.byteLength(v as string);
    out[i] = bytes.subarray(at, at + n);
    at += n;
  }
  return out;
}

/** hyparquet-writer's ByteWriter whose bytes go to the staged file after each row group, then the buffer is reused. */
class StagedFileWriter extends ByteWriter {
  constructor(private readonly file: StagedFile) {
    super(1 << 20);
  }

  flush(): Promise<void> {
    // One copy: the buffer is overwritten by the next group while the stream may still hold the chunk.
    const bytes = Buffer.from(new Uint8Array(this.buffer, 0, this.index));
    this.index = 0;
    return this.file.write(bytes);
  }

  override finish(): Promise<void> {
    return this.flush();
  }
}

export class ParquetSink implements DatasetSink {
  private readonly pending: Cell[][];
  private pendingRows = 0;

  private constructor(
    private readonly file: StagedFile,
    private readonly writer: ParquetWriter,
    private readonly names: string[],
    private readonly convert: ((v: Value) => Cell)[],
    /** Text columns that are not categories: written PLAIN from pre-encoded bytes (a dictionary of unique names or ids never pays). */
    private readonly plainText: boolean[],
  ) {
    this.pending = names.map(() => []);
  }

  static async open(file: StagedFile, spec: DatasetSpec): Promise<ParquetSink> {
    const types = storedTypes(spec);
    const schema: SchemaElement[] = [{ name: "root", num_children: spec.columns.length }, ...spec.columns.map((c, i) => schemaElement(c.name, types[i]!))];
    const writer = new ParquetWriter({ writer: new StagedFileWriter(file), schema, codec: "SNAPPY", createdBy: "synthdata" });
    const plainText = spec.columns.map((c, i) => types[i] === "string" && c.kind !== "category");
    return new ParquetSink(file, writer, spec.columns.map((c) => c.name), types.map(converter), plainText);
  }

  async write(data: ChunkData, rows: number): Promise<void> {
    if (typeof data === "string") throw new TypeError("the Parquet sink takes column chunks");
    for (let c = 0; c < this.names.length; c++) {
      const out = this.pending[c]!;
      const values = data[c]!;
      const convert = this.convert[c]!;
      for (let r = 0; r < rows; r++) out.push(convert(values[r] ?? null));
    }
    this.pendingRows += rows;
    if (this.pendingRows >= ROW_GROUP_ROWS) await this.flushGroup();
  }

  async end(): Promise<void> {
    if (this.pendingRows > 0) await this.flushGroup();
    await this.writer.finish();
  }

  async cancel(): Promise<void> {
    for (let c = 0; c < this.pending.length; c++) this.pending[c] = [];
  }

  get bytes(): number {
    return this.file.bytes;
  }

  private async flushGroup(): Promise<void> {
    const columnData = this.names.map((name, c) =>
      this.plainText[c]
        ? // Statistics of raw bytes would be byte order, not text order: left out for these columns.
          { name, data: utf8Views(this.pending[c]!), encoding: "PLAIN" as const, statistics: false }
        : { name, data: this.pending[c]! },
    );
    await this.writer.write({ columnData, rowGroupSize: this.pendingRows });
    for (let c = 0; c < this.pending.length; c++) this.pending[c] = [];
    this.pendingRows = 0;
  }
}
