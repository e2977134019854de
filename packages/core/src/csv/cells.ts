import { getCatalogEntry } from "../catalog/catalog.js";
import type { Column } from "../spec/schema.js";
import type { Value } from "../generate/types.js";

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Prefixes a text cell that a spreadsheet would run as a formula with `'`. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Turns a cell into its CSV text: nulls empty, booleans true/false, dates ISO 8601, text neutralised. */
export type CellFormatter = (value: Value) => string;

export function cellFormatter(column: Column): CellFormatter {
  switch (column.kind) {
    case "date":
      return (v) => (typeof v === "number" ? new Date(v).toISOString().slice(0, 10) : "");
    case "datetime":
      return (v) => (typeof v === "number" ? `${new Date(v).toISOString().slice(0, 19)}Z` : "");
    case "integer":
    case "number":
      return numeric;
    case "boolean":
      return (v) => (v === null ? "" : v ? "true" : "false");
    case "faker":
      return getCatalogEntry(column.method)?.returns === "number" ? numeric : text;
    default:
      return text;
  }
}

const numeric: CellFormatter = (v) => (v === null ? "" : String(v));
const text: CellFormatter = (v) => (v === null ? "" : typeof v === "string" ? neutraliseFormula(v) : String(v));
