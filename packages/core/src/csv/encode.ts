import { stringify } from "csv-stringify/sync";
import type { Block } from "../generate/types.js";
import type { DatasetSpec } from "../spec/schema.js";
import { BlockEncoder } from "./blockEncoder.js";
import { cellFormatter, neutraliseFormula, type CellFormatter } from "./cells.js";

/** RFC 4180 line ending. */
export const RECORD_DELIMITER = "\r\n";
/**
 * Quote a field holding a lone CR or LF too: csv-stringify leaves those bare once a record
 * delimiter is given, and Excel and pandas then read them as the end of a row.
 */
export const CSV_OPTIONS = { record_delimiter: RECORD_DELIMITER, eof: true, quote_record_delimiter: true } as const;

/**
 * Encodes blocks of one spec to CSV text (RFC 4180). Blocks go through the
 * column-at-a-time BlockEncoder (csv-stringify was a fifth of a run); the
 * header, once per file, stays with csv-stringify, and the encoder is tested
 * byte for byte against it.
 */
export class CsvEncoder {
  private readonly formatters: CellFormatter[];
  private readonly encoder: BlockEncoder;

  constructor(private readonly spec: DatasetSpec) {
    this.formatters = spec.columns.map(cellFormatter);
    this.encoder = new BlockEncoder(spec.columns);
  }

  /** The header row; names come from a model or a user too, so they are neutralised like text. */
  header(): string {
    return stringify([this.spec.columns.map((c) => neutraliseFormula(c.name))], CSV_OPTIONS);
  }

  block(block: Block): string {
    return this.encoder.encode(block);
  }

  /** The rows of a block as records of CSV cell text, for previews. */
  records(block: Block, limit = block.length): string[][] {
    const rows: string[][] = [];
    for (let r = 0; r < Math.min(limit, block.length); r++) rows.push(block.columns.map((col, c) => this.formatters[c]!(col[r]!)));
    return rows;
  }
}
