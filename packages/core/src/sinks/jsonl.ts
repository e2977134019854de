/**
 * JSON Lines text for whole blocks: one object per row, keys in spec order,
 * typed values (numbers, booleans, ISO 8601 date strings, null for an empty
 * cell). Text is not given CSV's formula-injection `'` prefix: JSON is read by
 * programs, not spreadsheets, and the value should be the value.
 */
import type { Block, Value } from "../generate/types.js";
import type { DatasetSpec } from "../spec/schema.js";
import { storedType, type StoredType } from "./storedTypes.js";

type JsonCell = (value: Value) => string;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoDateTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

function jsonCell(type: StoredType): JsonCell {
  switch (type) {
    case "int64":
    case "double":
      // JSON has no NaN or Infinity; an injected text value keeps its text.
      return (v) => (typeof v === "number" ? (Number.isFinite(v) ? String(v) : "null") : v === null || v === undefined ? "null" : JSON.stringify(v));
    case "boolean":
      return (v) => (v === null || v === undefined ? "null" : typeof v === "boolean" ? (v ? "true" : "false") : JSON.stringify(v));
    case "date":
      return (v) => (typeof v === "number" ? `"${isoDate(v)}"` : "null");
    case "timestamp":
      return (v) => (typeof v === "number" ? `"${isoDateTime(v)}"` : "null");
    case "string":
      return (v) => (v === null || v === undefined ? "null" : JSON.stringify(typeof v === "string" ? v : String(v)));
  }
}

export class JsonlEncoder {
  private readonly cells: JsonCell[];
  private readonly keys: string[];

  constructor(spec: DatasetSpec) {
    this.cells = spec.columns.map((c) => jsonCell(storedType(c)));
    // `{"name":` and `,"name":` once per run, not per row.
    this.keys = spec.columns.map((c, i) => `${i === 0 ? "{" : ","}${JSON.stringify(c.name)}:`);
  }

  encode(block: Block): string {
    const width = this.cells.length;
    let out = "";
    for (let r = 0; r < block.length; r++) {
      for (let c = 0; c < width; c++) out += this.keys[c]! + this.cells[c]!(block.columns[c]![r]!);
      out += "}\n";
    }
    return out;
  }
}
