/**
 * Parquet, written by synthdata's own encoder (sinks/parquet/: no
 * dependency). Typed columns: int64, double, boolean, date (days, DATE),
 * timestamp (milliseconds, TIMESTAMP_MILLIS, UTC) and UTF-8 strings, every
 * column OPTIONAL so nulls are nulls; format v1 data pages, Snappy. Chunks
 * are gathered into row groups of ROW_GROUP_ROWS rows, one data page per
 * column per group (categories with a dictionary page before it), and each
 * group's bytes go to the staged file as soon as it is encoded, so memory
 * holds one group, not the file.
 *
 * Speed is the point of writing it here: hyparquet-writer (used before)
 * converted every value to a BigInt or an object, ran TextEncoder per
 * string and compressed at ~23 MB/s, 5x the time of a CSV run. This one
 * encodes each chunk as it arrives, from the generator's arrays as they are,
 * into buffers reused for every row group (docs/formats.md has the figures).
 */
import type { StagedFile } from "../output/stagedFile.js";
import type { DatasetSpec } from "../spec/schema.js";
import { ByteBuffer } from "./parquet/byteBuffer.js";
import { ColumnEncoder, PageWriter } from "./parquet/columnChunk.js";
import { MAGIC, writeFooter, type RowGroupMeta } from "./parquet/footer.js";
import type { ChunkData, DatasetSink } from "./sink.js";
import { storedTypes, type StoredType } from "./storedTypes.js";

/** 64 chunks of 1024 rows: groups large enough for good compression and few enough for a small footer. */
export const ROW_GROUP_ROWS = 65_536;

export class ParquetSink implements DatasetSink {
  private groupRows = 0;
  private offset = 0;
  private readonly groups: RowGroupMeta[] = [];
  private readonly out = new ByteBuffer(1 << 22);
  private readonly pages = new PageWriter();
  /** The last group's write, awaited only before the next one: the group is MBs, so waiting for the disk at once would stall generation. */
  private inFlight: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: StagedFile,
    private readonly names: string[],
    private readonly types: StoredType[],
    private readonly columns: ColumnEncoder[],
  ) {}

  static async open(file: StagedFile, spec: DatasetSpec): Promise<ParquetSink> {
    const types = storedTypes(spec);
    // Category columns get a dictionary per row group (their few values repeat); other text is PLAIN (unique names or ids never pay for one).
    const columns = spec.columns.map((c, i) => new ColumnEncoder(types[i]!, c.kind === "category"));
    const sink = new ParquetSink(
      file,
      spec.columns.map((c) => c.name),
      types,
      columns,
    );
    await sink.put(MAGIC);
    return sink;
  }

  async write(data: ChunkData, rows: number): Promise<void> {
    if (typeof data === "string") throw new TypeError("the Parquet sink takes column chunks");
    if (rows === 0) return;
    for (let c = 0; c < this.columns.length; c++) this.columns[c]!.add(data[c]!, rows);
    this.groupRows += rows;
    if (this.groupRows >= ROW_GROUP_ROWS) await this.flushGroup();
  }

  async end(): Promise<void> {
    if (this.groupRows > 0) await this.flushGroup();
    this.out.reset();
    writeFooter(this.out, { names: this.names, types: this.types, groups: this.groups, createdBy: "synthdata" });
    await this.put(this.out.copy());
    await this.inFlight;
  }

  async cancel(): Promise<void> {
    await this.inFlight.catch(() => undefined);
  }

  get bytes(): number {
    return this.file.bytes;
  }

  private async flushGroup(): Promise<void> {
    const out = this.out;
    out.reset();
    const columns = this.columns.map((column) => column.flush(out, this.offset + out.length, this.pages));
    this.groups.push({ rows: this.groupRows, fileOffset: this.offset, columns });
    this.groupRows = 0;
    // One copy: the buffer is overwritten by the next group while the stream may still hold these bytes.
    await this.put(out.copy());
  }

  private async put(bytes: Uint8Array): Promise<void> {
    await this.inFlight;
    this.offset += bytes.length;
    const written = this.file.write(bytes);
    // Handled when awaited (next put, end or cancel); this only keeps a failure meanwhile from counting as unhandled.
    written.catch(() => undefined);
    this.inFlight = written;
  }
}
