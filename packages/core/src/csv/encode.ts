import { stringify } from "csv-stringify/sync";
import type { Block } from "../generate/types.js";
import type { DatasetSpec } from "../spec/schema.js";
import { cellFormatter, neutraliseFormula, type CellFormatter } from "./cells.js";

/** RFC 4180 line ending. */
export const RECORD_DELIMITER = "\r\n";
const OPTIONS = { record_delimiter: RECORD_DELIMITER, eof: true } as const;

/** Encodes blocks of one spec to CSV text (RFC 4180 via csv-stringify). */
export class CsvEncoder {
  private readonly formatters: CellFormatter[];

  constructor(private readonly spec: DatasetSpec) {
    this.formatters = spec.columns.map(cellFormatter);
  }

  /** The header row; names come from a model or a user too, so they are neutralised like text. */
  header(): string {
    return stringify([this.spec.columns.map((c) => neutraliseFormula(c.name))], OPTIONS);
  }

  block(block: Block): string {
    const rows = new Array<string[]>(block.length);
    const cols = block.columns;
    for (let r = 0; r < block.length; r++) {
      const row = new Array<string>(cols.length);
      for (let c = 0; c < cols.length; c++) row[c] = this.formatters[c]!(cols[c]![r]!);
      rows[r] = row;
    }
    return stringify(rows, OPTIONS);
  }

  /** The rows of a block as records of CSV cell text, for previews. */
  records(block: Block, limit = block.length): string[][] {
    const rows: string[][] = [];
    for (let r = 0; r < Math.min(limit, block.length); r++) rows.push(block.columns.map((col, c) => this.formatters[c]!(col[r]!)));
    return rows;
  }
}
