import { formatIssues, isInputError, isSynthdataError, redactSecrets } from "@synthdata/core";

/** What went wrong, in the words each medium needs: a code, an actionable message, an HTTP status. */
export interface Failure {
  code: string;
  message: string;
  status: number;
  /** True when the caller can fix it by changing the input. */
  input: boolean;
}

const STATUS: Record<string, number> = {
  PATH_NOT_ALLOWED: 403,
  OUTPUT_EXISTS: 409,
  UNIQUE_EXHAUSTED: 422,
  OPENAI_AUTH: 502,
  OPENAI_RATE_LIMIT: 503,
  OPENAI_UNAVAILABLE: 502,
  OPENAI_TIMEOUT: 504,
  OPENAI_BAD_RESPONSE: 502,
  OPENAI_NOT_CONFIGURED: 503,
  CANCELLED: 499,
  // The server was installed without the optional engine this format needs (better-sqlite3).
  DEPENDENCY_MISSING: 501,
};

export function describeFailure(error: unknown): Failure {
  if (isSynthdataError(error)) {
    // Core's INVALID_SPEC message already lists its issues; add them only where it does not.
    const listed = formatIssues(error.issues);
    const issues = error.issues.length && !error.message.includes(listed) ? `\n${listed}` : "";
    const input = isInputError(error);
    return { code: error.code, message: redact(`${error.message}${issues}`), status: STATUS[error.code] ?? (input ? 400 : 500), input };
  }
  // Not one of ours: keep the text short and say where to look.
  const message = error instanceof Error ? error.message : String(error);
  return { code: "INTERNAL", message: redact(`internal error: ${message} (details are in the server log)`), status: 500, input: false };
}

/** A key must never reach a result, whatever a dependency put in its message. */
export function redact(text: string): string {
  return redactSecrets(text, process.env["OPENAI_API_KEY"], "[redacted]");
}
