import { getCatalogEntry } from "../catalog/catalog.js";
import type { Column, DatasetSpec } from "../spec/schema.js";
import type { OutputFormat } from "./formats.js";

/**
 * What a column is stored as in a typed format (Parquet, JSON Lines, SQLite):
 * decided from the spec alone, before any row, so every chunk and every file
 * of a run agree. CSV has no types; its cells are text.
 */
export type StoredType = "int64" | "double" | "boolean" | "date" | "timestamp" | "string";

export function storedType(column: Column): StoredType {
  switch (column.kind) {
    case "integer":
      return "int64";
    case "number":
      return "double";
    case "boolean":
      return "boolean";
    case "date":
      return "date";
    case "datetime":
      return "timestamp";
    case "id":
      // A plain sequence is a number (1, 2, 3); with a prefix, a pattern or a uuid it is text.
      return column.format === "sequence" && !column.prefix ? "int64" : "string";
    case "formula":
      switch (column.type ?? "number") {
        case "integer":
          return "int64";
        case "boolean":
          return "boolean";
        case "date":
          return "date";
        case "datetime":
          return "timestamp";
        default:
          return "double";
      }
    case "faker":
      // A typo turns a number into text, so a faker number with typos is stored as text.
      return getCatalogEntry(column.method)?.returns === "number" && !(column.typoRate && column.typoRate > 0) ? "double" : "string";
    default:
      return "string";
  }
}

export const storedTypes = (spec: DatasetSpec): StoredType[] => spec.columns.map(storedType);

/**
 * The column that can be a primary key: an id (or another unique column) that
 * is never empty. None when the spec's mess makes duplicate rows, or empties
 * that column, since a key would then reject the data the spec asked for.
 */
export function primaryKeyColumn(spec: DatasetSpec): string | undefined {
  if ((spec.duplicates?.exact ?? 0) + (spec.duplicates?.near ?? 0) > 0) return undefined;
  const keyable = (c: Column) => !((c.nullRate ?? 0) > 0) && !((c.missing?.rate ?? 0) > 0);
  const id = spec.columns.find((c) => c.kind === "id" && (c.format !== "pattern" || c.unique) && keyable(c));
  return (id ?? spec.columns.find((c) => c.unique && keyable(c)))?.name;
}

/** What the card says about how the data is stored: the format, SQLite's table and key, and each column's stored type. */
export interface CardStorage {
  format: OutputFormat;
  /** sqlite: the table the rows are in. */
  table?: string;
  /** sqlite: the primary key column, when the spec has a unique id. */
  primaryKey?: string;
  /** For CSV, the type a reader should parse the text as (dates are ISO 8601). */
  columns: { name: string; type: StoredType }[];
}

export function cardStorage(format: OutputFormat, spec: DatasetSpec, table?: string): CardStorage {
  const types = storedTypes(spec);
  const key = format === "sqlite" ? primaryKeyColumn(spec) : undefined;
  return {
    format,
    ...(format === "sqlite" && table ? { table } : {}),
    ...(key ? { primaryKey: key } : {}),
    columns: spec.columns.map((c, i) => ({ name: c.name, type: types[i]! })),
  };
}
