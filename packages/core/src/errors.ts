import { escapeControlCharacters } from "./displayText.js";

/**
 * The one error family of core. Every door maps `code` to its medium
 * (CLI exit code, MCP `isError`, HTTP status, VS Code notification).
 */
export const ERROR_CODES = [
  /** The DatasetSpec failed validation; `issues` names column and field. */
  "INVALID_SPEC",
  /** The description holds no dataset we can build (gibberish, a poem request). */
  "UNINTERPRETABLE_DESCRIPTION",
  /** An option passed by the caller (rows, seed, path, planner) is out of range. */
  "INVALID_ARGUMENT",
  /** A unique column cannot hold as many distinct values as rows were asked for. */
  "UNIQUE_EXHAUSTED",
  /** The output path is outside the folder this door may write to. */
  "PATH_NOT_ALLOWED",
  /** The output file exists and overwriting was not asked for. */
  "OUTPUT_EXISTS",
  /** Generation was cancelled (signal aborted); nothing was written. */
  "CANCELLED",
  /** Reading or writing a file failed. */
  "IO_ERROR",
  /** An optional dependency the request needs (better-sqlite3 for the sqlite format) is not installed; the message names the install command. */
  "DEPENDENCY_MISSING",
  /** OpenAI rejected the key (401/403). */
  "OPENAI_AUTH",
  /** OpenAI kept answering 429 after the SDK's retries. */
  "OPENAI_RATE_LIMIT",
  /** OpenAI answered 5xx, or could not be reached. */
  "OPENAI_UNAVAILABLE",
  /** The OpenAI request took longer than the configured timeout. */
  "OPENAI_TIMEOUT",
  /** The model refused, was cut off, or answered something that is not a spec. */
  "OPENAI_BAD_RESPONSE",
  /** No OpenAI key is configured but the OpenAI planner was asked for. */
  "OPENAI_NOT_CONFIGURED",
  /** The host's model (MCP sampling, VS Code's language models) failed, timed out or refused; the door falls back to offline. */
  "HOST_MODEL_FAILED",
  /** The schema cache could not be locked or written. */
  "CACHE_ERROR",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem found in a spec: which column, which field, what to do. */
export interface SpecIssue {
  /** Column name, or undefined for dataset-level fields. */
  column?: string;
  /** Dotted path of the field inside the column or the spec, e.g. `weights` or `after.column`. */
  field: string;
  message: string;
}

export class SynthdataError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly SpecIssue[];
  /** Safe, key-free extra data (request id, status) for logs and tool results. */
  readonly data: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { issues?: SpecIssue[]; data?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    // Messages carry user text (column names, values, a server's answer): no raw control characters.
    super(escapeControlCharacters(message, { keepNewlines: true }), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "SynthdataError";
    this.code = code;
    this.issues = options.issues ?? [];
    this.data = options.data;
  }
}

export function isSynthdataError(error: unknown): error is SynthdataError {
  return error instanceof SynthdataError;
}

/** Errors the caller can fix by changing the input (CLI exit 2, HTTP 400, MCP isError with a hint). */
export function isInputError(error: unknown): boolean {
  return (
    isSynthdataError(error) &&
    (error.code === "INVALID_SPEC" ||
      error.code === "UNINTERPRETABLE_DESCRIPTION" ||
      error.code === "INVALID_ARGUMENT" ||
      error.code === "UNIQUE_EXHAUSTED" ||
      error.code === "PATH_NOT_ALLOWED" ||
      error.code === "OUTPUT_EXISTS" ||
      error.code === "OPENAI_BAD_RESPONSE" ||
      error.code === "OPENAI_NOT_CONFIGURED" ||
      error.code === "OPENAI_AUTH" ||
      error.code === "DEPENDENCY_MISSING")
  );
}

/** Renders the issues of an INVALID_SPEC error one per line, `column.field: message`. */
export function formatIssues(issues: readonly SpecIssue[]): string {
  return issues
    .map((i) => escapeControlCharacters(`${i.column === undefined ? i.field : `column "${i.column}" ${i.field}`}: ${i.message}`))
    .join("\n");
}
