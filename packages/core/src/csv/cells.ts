import { getCatalogEntry } from "../catalog/catalog.js";
import { valueKind } from "../spec/relations.js";
import type { Column } from "../spec/schema.js";
import type { Value } from "../generate/types.js";

/**
 * Prefixes a text cell that a spreadsheet would run as a formula with `'`:
 * one starting with = + - @ tab CR or LF (OWASP CSV injection). By character
 * code, since the block encoder calls it for every text cell.
 */
export function neutraliseFormula(text: string): string {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 || c === 10 ? `'${text}` : text;
}

/** Turns a cell into its CSV text: nulls empty, booleans true/false, dates ISO 8601, text neutralised. */
export type CellFormatter = (value: Value) => string;

export function cellFormatter(column: Column): CellFormatter {
  switch (valueKind(column)) {
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
      return column.kind === "faker" && getCatalogEntry(column.method)?.returns === "number" ? numeric : text;
    default:
      return text;
  }
}

const numeric: CellFormatter = (v) => (v === null ? "" : String(v));
const text: CellFormatter = (v) => (v === null ? "" : typeof v === "string" ? neutraliseFormula(v) : String(v));
