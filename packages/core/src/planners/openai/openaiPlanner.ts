import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "openai";
import { redactSecrets } from "../../secrets.js";
import { SynthdataError } from "../../errors.js";
import type { PlanOptions, PlanResult, Planner } from "../planner.js";
import { PROMPT_VERSION } from "./prompt.js";
import { DESCRIBE_HINT, quote, specFromAnswer } from "../llm/answer.js";
import { WIRE_SCHEMA_NAME } from "./wireSchema.js";
import { planningRequest } from "./request.js";

export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
export const DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";
export const DEFAULT_OPENAI_TIMEOUT_MS = 20_000;
/** Every door answers within 30 s; the whole plan (retries included) must fit well inside that. */
export const MAX_OPENAI_TIMEOUT_MS = 25_000;
export const DEFAULT_OPENAI_MAX_RETRIES = 2;
/** Room for about 40 columns; a longer answer is cut off and reported (finish_reason "length"). */
export const OPENAI_MAX_OUTPUT_TOKENS = 4096;

export interface OpenAIPlannerOptions {
  apiKey: string;
  /** Any OpenAI-compatible server, e.g. http://localhost:11434/v1; default https://api.openai.com/v1. */
  baseURL?: string;
  /** Default gpt-4o-mini. The model must support json_schema structured outputs. */
  model?: string;
  /** Deadline for the whole plan, SDK retries included (default 20000, at most 25000). */
  timeoutMs?: number;
  /** Retries the SDK makes on 408/409/429/5xx and connection errors (default 2). */
  maxRetries?: number;
}

/** The request body of one plan; exported so tests and docs can measure it. */
export function buildChatRequest(description: string, model: string = DEFAULT_OPENAI_MODEL) {
  const request = planningRequest(description);
  return {
    model,
    temperature: 0.2,
    max_tokens: OPENAI_MAX_OUTPUT_TOKENS,
    messages: [
      { role: "system" as const, content: request.system },
      { role: "user" as const, content: request.user },
    ],
    response_format: {
      type: "json_schema" as const,
      json_schema: { name: WIRE_SCHEMA_NAME, strict: true, schema: request.schema },
    },
  };
}

/**
 * The planner that asks an OpenAI(-compatible) model for the spec: one chat
 * completion with a strict JSON schema per plan. The SDK retries 429/5xx and
 * connection failures itself (`maxRetries`); nothing here adds a retry or a
 * second call: a near-miss answer is repaired locally instead.
 */
export function createOpenAIPlanner(options: OpenAIPlannerOptions): Planner {
  const apiKey = options.apiKey;
  if (typeof apiKey !== "string" || apiKey.trim() === "") {
    throw new SynthdataError("OPENAI_NOT_CONFIGURED", "the OpenAI planner needs a key: set OPENAI_API_KEY, or use --planner offline");
  }
  const model = options.model?.trim() || DEFAULT_OPENAI_MODEL;
  const baseURL = options.baseURL?.trim() || DEFAULT_OPENAI_BASE_URL;
  const host = hostOf(baseURL);
  const timeoutMs = checkTimeout(options.timeoutMs);
  const maxRetries = checkRetries(options.maxRetries);

  return {
    name: "openai",
    fingerprint: `openai:${model}:${PROMPT_VERSION}`,
    async plan(description: string, planOptions: PlanOptions = {}): Promise<PlanResult> {
      const signal = planOptions.signal;
      if (signal?.aborted) throw cancelled();
      const attempts = { count: 0, lastStatus: undefined as number | undefined };
      const client = new OpenAI({
        apiKey,
        baseURL,
        // Explicit values, so the SDK reads nothing from process.env (OPENAI_ORG_ID, OPENAI_LOG ...).
        organization: null,
        project: null,
        webhookSecret: null,
        // The SDK's debug log prints whole requests; core never prints.
        logLevel: "off",
        timeout: timeoutMs,
        maxRetries,
        fetch: async (url: string | URL | Request, init?: RequestInit) => {
          attempts.count++;
          const response = await fetch(url, init);
          attempts.lastStatus = response.status;
          return response;
        },
      });

      // One deadline for the whole plan: the SDK's timeout is per attempt and its
      // back-off sleeps (Retry-After) ignore the signal, so the race below returns
      // on time even while the SDK still waits.
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const onAbort = () => controller.abort();
      signal?.addEventListener("abort", onAbort, { once: true });
      const stopped = new Promise<never>((_, reject) => {
        controller.signal.addEventListener("abort", () => reject(new APIUserAbortError()), { once: true });
      });
      const request = client.chat.completions.create(buildChatRequest(description, model), { signal: controller.signal });
      request.catch(() => undefined); // settled later by the SDK after a deadline; already reported.
      stopped.catch(() => undefined);

      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = await Promise.race([request, stopped]);
      } catch (error) {
        throw mapError(error, { host, model, timeoutMs, maxRetries, timedOut, cancelledByCaller: signal?.aborted === true, attempts, apiKey });
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      }
      return interpret(completion, apiKey);
    },
  };
}

/** Turns one completion into a spec, or the error that says what went wrong. */
function interpret(completion: OpenAI.Chat.Completions.ChatCompletion, apiKey: string): PlanResult {
  const requestId = (completion as { _request_id?: string | null })._request_id ?? undefined;
  const data = requestId ? { requestId } : {};
  const choice = completion.choices?.[0];
  if (!choice) throw new SynthdataError("OPENAI_BAD_RESPONSE", "the model's answer held no choice; try again, or use --planner offline", { data });
  const message = choice.message;
  if (message?.refusal) {
    throw new SynthdataError(
      "UNINTERPRETABLE_DESCRIPTION",
      `the model declined to plan this dataset (${quote(redactSecrets(message.refusal, apiKey))}); ${DESCRIBE_HINT}`,
      { data },
    );
  }
  if (choice.finish_reason === "length") {
    throw new SynthdataError(
      "OPENAI_BAD_RESPONSE",
      `the model's answer was cut off at its ${OPENAI_MAX_OUTPUT_TOKENS}-token limit before the spec was complete; ask for fewer columns (at most 40) or describe them more briefly`,
      { data },
    );
  }
  if (choice.finish_reason === "content_filter") {
    throw new SynthdataError(
      "OPENAI_BAD_RESPONSE",
      "OpenAI's content filter stopped the answer; reword the description (plain column names and value ranges), or use --planner offline",
      { data },
    );
  }
  const content = message?.content;
  if (typeof content !== "string" || content.trim() === "") {
    throw new SynthdataError("OPENAI_BAD_RESPONSE", "the model answered with no content; try again, or use --planner offline", { data });
  }
  return specFromAnswer(content, { redact: (text) => redactSecrets(text, apiKey), data });
}

interface ErrorContext {
  host: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  timedOut: boolean;
  cancelledByCaller: boolean;
  attempts: { count: number; lastStatus: number | undefined };
  apiKey: string;
}

/** SDK errors to SynthdataError codes. No message from the server is trusted to be key-free: all are redacted. */
function mapError(error: unknown, ctx: ErrorContext): SynthdataError {
  if (error instanceof SynthdataError) return error;
  const requestId = error instanceof APIError ? (error.requestID ?? undefined) : undefined;
  const status = error instanceof APIError ? error.status : undefined;
  const data: Record<string, unknown> = { attempts: ctx.attempts.count, ...(requestId ? { requestId } : {}), ...(status !== undefined ? { status } : {}) };
  const tries = `${ctx.attempts.count} attempt${ctx.attempts.count === 1 ? "" : "s"}`;
  const offline = "or use --planner offline";

  if (ctx.cancelledByCaller) return new SynthdataError("CANCELLED", "the OpenAI request was cancelled; no spec was made", { data });
  if (ctx.timedOut || error instanceof APIConnectionTimeoutError) {
    // The deadline may have cut off the SDK while it backed off from a 429 or a 5xx: say what the server last said.
    if (ctx.attempts.lastStatus === 429) return rateLimited(ctx, tries, data);
    if (ctx.attempts.lastStatus !== undefined && ctx.attempts.lastStatus >= 500) return unavailable(ctx.attempts.lastStatus, ctx, tries, data);
    return new SynthdataError(
      "OPENAI_TIMEOUT",
      `${ctx.host} did not answer within ${ctx.timeoutMs / 1000} s; try again, allow more time (timeoutMs, at most ${MAX_OPENAI_TIMEOUT_MS / 1000} s), ${offline}`,
      { data },
    );
  }
  if (error instanceof APIUserAbortError) return new SynthdataError("CANCELLED", "the OpenAI request was cancelled; no spec was made", { data });
  if (error instanceof AuthenticationError) {
    return new SynthdataError("OPENAI_AUTH", `the key was rejected by ${ctx.host} (401); set a valid OPENAI_API_KEY`, { data });
  }
  if (error instanceof PermissionDeniedError) {
    return new SynthdataError("OPENAI_AUTH", `the key may not use model "${ctx.model}" on ${ctx.host} (403); check the key's project and permissions, or choose another model`, { data });
  }
  if (error instanceof RateLimitError) return rateLimited(ctx, tries, data, (error as { code?: unknown }).code);
  if (error instanceof InternalServerError || (status !== undefined && status >= 500)) return unavailable(status ?? 500, ctx, tries, data);
  if (error instanceof NotFoundError) {
    return new SynthdataError(
      "OPENAI_UNAVAILABLE",
      `${ctx.host} has no model "${ctx.model}" or no chat completions endpoint (404); check the model option and OPENAI_BASE_URL (it usually ends in /v1)`,
      { data },
    );
  }
  if (error instanceof BadRequestError || error instanceof UnprocessableEntityError) {
    return new SynthdataError(
      "OPENAI_BAD_RESPONSE",
      `${ctx.host} rejected the request (${status}): ${serverMessage(error, ctx.apiKey)}; the model "${ctx.model}" must support json_schema structured outputs (gpt-4o-mini does)`,
      { data },
    );
  }
  if (error instanceof APIConnectionError) {
    return new SynthdataError("OPENAI_UNAVAILABLE", `cannot reach ${ctx.host}; check OPENAI_BASE_URL or your network, ${offline}`, { data });
  }
  if (error instanceof APIError) {
    return new SynthdataError("OPENAI_UNAVAILABLE", `${ctx.host} answered ${status ?? "an error"}: ${serverMessage(error, ctx.apiKey)}; try again, ${offline}`, { data });
  }
  const text = error instanceof Error ? error.message : String(error);
  return new SynthdataError("OPENAI_UNAVAILABLE", `the OpenAI request failed: ${redactSecrets(text, ctx.apiKey)}; try again, ${offline}`, { data });
}

function rateLimited(ctx: ErrorContext, tries: string, data: Record<string, unknown>, code?: unknown): SynthdataError {
  if (code === "insufficient_quota") {
    return new SynthdataError("OPENAI_RATE_LIMIT", `${ctx.host} says the key's quota is used up (429 insufficient_quota); add credit or use another key, or use --planner offline`, { data });
  }
  return new SynthdataError(
    "OPENAI_RATE_LIMIT",
    `${ctx.host} kept answering 429 (rate limit) after ${tries}; wait a minute and try again, or use --planner offline`,
    { data },
  );
}

function unavailable(status: number, ctx: ErrorContext, tries: string, data: Record<string, unknown>): SynthdataError {
  return new SynthdataError(
    "OPENAI_UNAVAILABLE",
    `${ctx.host} answered ${status} (server error) after ${tries}; try again later, or use --planner offline`,
    { data },
  );
}

/** The server's own words, redacted before they are shortened: a cut would leave part of an encoded key that no longer matches. */
function serverMessage(error: APIError, apiKey: string): string {
  const body = error.error as { message?: unknown } | undefined;
  const message = typeof body?.message === "string" ? body.message : error.message;
  return redactSecrets(message.slice(0, 20_000), apiKey).slice(0, 300);
}

function cancelled(): SynthdataError {
  return new SynthdataError("CANCELLED", "the OpenAI request was cancelled; no spec was made");
}

function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host;
  } catch {
    throw new SynthdataError("INVALID_ARGUMENT", `OPENAI_BASE_URL "${baseURL.slice(0, 200)}" is not a URL; use e.g. https://api.openai.com/v1`);
  }
}

function checkTimeout(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined) return DEFAULT_OPENAI_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new SynthdataError("INVALID_ARGUMENT", `timeoutMs must be a positive number of milliseconds (at most ${MAX_OPENAI_TIMEOUT_MS}), got ${timeoutMs}`);
  }
  return Math.min(timeoutMs, MAX_OPENAI_TIMEOUT_MS);
}

function checkRetries(maxRetries: number | undefined): number {
  if (maxRetries === undefined) return DEFAULT_OPENAI_MAX_RETRIES;
  if (!Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > 5) {
    throw new SynthdataError("INVALID_ARGUMENT", `maxRetries must be a whole number from 0 to 5, got ${maxRetries}`);
  }
  return maxRetries;
}
