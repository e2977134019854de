import { STREAMABLE_FORMATS, dataExtension, type OutputFormat } from "@synthdata/core";

/** The media type of each output format, as REST sends it and resources/list names it. */
export const FORMAT_MEDIA_TYPES: Readonly<Record<OutputFormat, string>> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
  parquet: "application/vnd.apache.parquet",
  sqlite: "application/vnd.sqlite3",
};

/** The media type (without parameters) of a data file other than CSV, by its extension; undefined otherwise. */
export function dataMediaType(file: string): string | undefined {
  const format = dataExtension(file)?.format;
  return format && format !== "csv" ? FORMAT_MEDIA_TYPES[format].split(";")[0] : undefined;
}

/** Media types of the formats that are whole binary files (not streamed text): read as base64 blobs. */
export const BINARY_MEDIA_TYPES: ReadonlySet<string> = new Set(
  (Object.keys(FORMAT_MEDIA_TYPES) as OutputFormat[]).filter((f) => !STREAMABLE_FORMATS.includes(f)).map((f) => FORMAT_MEDIA_TYPES[f]),
);
