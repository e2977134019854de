import { SynthdataError } from "../errors.js";

/**
 * The formats a run can write. Kept free of any writer's code so doors can
 * parse `--format` and infer it from a file name without loading one.
 */
export const OUTPUT_FORMATS = ["csv", "jsonl", "parquet", "sqlite"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The extension a new file of each format gets; the first of EXTENSIONS for it. */
export const FORMAT_EXTENSION: Readonly<Record<OutputFormat, string>> = { csv: ".csv", jsonl: ".jsonl", parquet: ".parquet", sqlite: ".sqlite" };

/** Extensions that name a format (lower case). `.db` is what most SQLite tools write. */
const EXTENSIONS: ReadonlyMap<string, OutputFormat> = new Map([
  [".csv", "csv"],
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".parquet", "parquet"],
  [".sqlite", "sqlite"],
  [".sqlite3", "sqlite"],
  [".db", "sqlite"],
]);

/** Formats that can stream to stdout or an HTTP body as they are made (row-oriented text). */
export const STREAMABLE_FORMATS: readonly OutputFormat[] = ["csv", "jsonl"];

export function isOutputFormat(value: unknown): value is OutputFormat {
  return typeof value === "string" && (OUTPUT_FORMATS as readonly string[]).includes(value);
}

export function checkFormat(value: unknown): OutputFormat {
  if (isOutputFormat(value)) return value;
  throw new SynthdataError("INVALID_ARGUMENT", `format must be one of ${OUTPUT_FORMATS.join(", ")}, got ${JSON.stringify(value)}`);
}

/** The extension of `name` that names a format (`.parquet`), with its format; undefined for any other name. */
export function dataExtension(name: string): { ext: string; format: OutputFormat } | undefined {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const ext = name.slice(dot);
  const format = EXTENSIONS.get(ext.toLowerCase());
  return format ? { ext, format } : undefined;
}

/**
 * The format of a run: the one asked for, else the one `path`'s extension
 * names, else CSV. Asked for one and named another (`--format parquet --out
 * x.csv`) is an error rather than a file whose name lies about its bytes.
 */
export function resolveFormat(asked: unknown, path?: string): OutputFormat {
  const format = asked === undefined || asked === null ? undefined : checkFormat(asked);
  const named = path === undefined ? undefined : dataExtension(path.replace(/^.*[\\/]/, ""))?.format;
  if (format && named && format !== named) {
    throw new SynthdataError(
      "INVALID_ARGUMENT",
      `${path} names a ${named} file but the format asked for is ${format}; end the name in ${FORMAT_EXTENSION[format]} or leave the format out`,
    );
  }
  return format ?? named ?? "csv";
}

/** `name` with its format extension (if any) replaced by `format`'s: `customers.csv` -> `customers.parquet`. */
export function withFormatExtension(name: string, format: OutputFormat): string {
  const found = dataExtension(name);
  return `${found ? name.slice(0, -found.ext.length) : name}${FORMAT_EXTENSION[format]}`;
}
