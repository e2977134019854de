/**
 * The one interface a run writes its chunks to, whatever the format. The
 * pipeline encodes each chunk once, on the thread that made it, into the
 * sink's `ChunkData` (text for CSV and JSON Lines, typed columns for Parquet
 * and SQLite); the sink puts that into its staged file. The Parquet encoder
 * and the SQLite writer (better-sqlite3, native) are imported only when their
 * format is asked for.
 */
import type { Block, Value } from "../generate/types.js";
import { CsvEncoder } from "../csv/encode.js";
import type { StagedFile } from "../output/stagedFile.js";
import type { DatasetSpec } from "../spec/schema.js";
import type { OutputFormat } from "./formats.js";
import { JsonlEncoder } from "./jsonl.js";

/** A chunk as its sink takes it: text rows (CSV, JSON Lines) or the block's columns (typed formats). */
export type ChunkData = string | Value[][];

export interface DatasetSink {
  /** Takes one chunk of `rows` rows, in run order. */
  write(data: ChunkData, rows: number): Promise<void>;
  /** After the last chunk: writes what the format keeps for the end (a Parquet footer) and lets go of the file. */
  end(): Promise<void>;
  /** After a failure or a cancellation: lets go of the file without finishing it (the set then removes it). */
  cancel(): Promise<void>;
  /** Bytes in the file once ended. */
  readonly bytes: number;
}

export interface SinkOptions {
  /** CSV only: a UTF-8 byte order mark before the header. */
  bom?: boolean | undefined;
}

/** Turns a finished block into its sink's ChunkData; plain, so it runs on any worker thread. */
export interface ChunkEncoder {
  encode(block: Block): ChunkData;
}

export function chunkEncoder(format: OutputFormat, spec: DatasetSpec): ChunkEncoder {
  switch (format) {
    case "csv": {
      const csv = new CsvEncoder(spec);
      return { encode: (block) => csv.block(block) };
    }
    case "jsonl": {
      const jsonl = new JsonlEncoder(spec);
      return { encode: (block) => jsonl.encode(block) };
    }
    case "parquet":
    case "sqlite":
      // The columns as they are; converting them is the writer's part (and needs its library).
      return { encode: (block) => block.columns.map((c) => (c.length === block.length ? c : c.slice(0, block.length))) };
  }
}

/** Text formats: the chunk's text goes straight into the file (CSV after its header). */
class TextSink implements DatasetSink {
  constructor(private readonly file: StagedFile) {}

  async write(data: ChunkData): Promise<void> {
    if (typeof data !== "string") throw new TypeError("a text sink takes text chunks");
    if (data.length > 0) await this.file.write(data);
  }

  async end(): Promise<void> {}

  async cancel(): Promise<void> {}

  get bytes(): number {
    return this.file.bytes;
  }
}

/** Opens the sink for `format` on a staged file; the OutputSet still owns the file and places it. */
export async function openSink(format: OutputFormat, file: StagedFile, spec: DatasetSpec, options: SinkOptions = {}): Promise<DatasetSink> {
  switch (format) {
    case "csv": {
      const sink = new TextSink(file);
      await file.write(`${options.bom ? "\uFEFF" : ""}${new CsvEncoder(spec).header()}`);
      return sink;
    }
    case "jsonl":
      return new TextSink(file);
    case "parquet": {
      const { ParquetSink } = await import("./parquet.js");
      return ParquetSink.open(file, spec);
    }
    case "sqlite": {
      const { SqliteSink } = await import("./sqlite.js");
      return SqliteSink.open(file, spec);
    }
  }
}
