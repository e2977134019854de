import { SynthdataError, isSynthdataError } from "../../errors.js";
import type { PlanOptions, PlanResult, Planner } from "../planner.js";
import { PROMPT_VERSION } from "../openai/prompt.js";
import { planningRequest } from "../openai/request.js";
import { specFromAnswer } from "./answer.js";

/** One request to the host's model: the same prompt and JSON Schema the OpenAI planner sends (request.ts), as text. */
export interface HostModelRequest {
  system: string;
  user: string;
  /** The answer's bound; room for about 40 columns. */
  maxTokens: number;
}

export interface HostModelAnswer {
  text: string;
  /** The model that answered, when the host says (sampling does). */
  model?: string | undefined;
  /** Why the model stopped: "maxTokens" means the answer was cut off. */
  stopReason?: string | undefined;
}

/**
 * A model someone else runs and pays for: the MCP client's (sampling), VS
 * Code's language models. The door supplies only this transport; the prompt,
 * schema, repair and validation are core's.
 */
export interface HostModel {
  /** Who answers, as precisely as the door knows before asking (a model id, a client's name): part of the cache key. */
  readonly name: string;
  /** How long this door lets its model take (default 20 s, at most 25 s: every door answers within 30 s). */
  readonly timeoutMs?: number | undefined;
  complete(request: HostModelRequest, options: { signal: AbortSignal }): Promise<HostModelAnswer>;
}

export const HOST_MODEL_MAX_TOKENS = 4096;
export const DEFAULT_HOST_MODEL_TIMEOUT_MS = 20_000;
/** Every door answers within 30 s: the host's model gets at most this, the offline fallback the rest. */
export const MAX_HOST_MODEL_TIMEOUT_MS = 25_000;

/**
 * The system message: the OpenAI planner's, plus the schema as text, since a host model has no
 * structured-output mode. Strict mode's bookkeeping (every property in `required`, every object
 * closed) is said once in words rather than on each of the schema's objects: about 450 tokens fewer.
 */
export function hostModelRequest(description: string): HostModelRequest {
  const request = planningRequest(description);
  return {
    system: `${request.system}\n\nAnswer with one JSON object and nothing else (no prose, no Markdown), valid against this JSON Schema; no other fields, and null (or leave out) what is unused:\n${JSON.stringify(withoutStrictBookkeeping(request.schema))}`,
    user: request.user,
    maxTokens: HOST_MODEL_MAX_TOKENS,
  };
}

/** The schema without `required` and `additionalProperties` on its objects (what strict mode needs and the words above say). */
function withoutStrictBookkeeping(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutStrictBookkeeping);
  if (typeof schema !== "object" || schema === null) return schema;
  // Only an object schema (one with `properties`) loses them: a field that happened to be called "required" would stay.
  const isObjectSchema = "properties" in schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !(isObjectSchema && (key === "required" || key === "additionalProperties")))
      .map(([key, value]) => [key, key === "enum" ? value : withoutStrictBookkeeping(value)]),
  );
}

export function createHostModelPlanner(model: HostModel, options: { timeoutMs?: number } = {}): Planner {
  const timeoutMs = Math.min(options.timeoutMs ?? model.timeoutMs ?? DEFAULT_HOST_MODEL_TIMEOUT_MS, MAX_HOST_MODEL_TIMEOUT_MS);
  return {
    name: "host-model",
    fingerprint: `host-model:${model.name}:${PROMPT_VERSION}`,
    async plan(description: string, planOptions: PlanOptions = {}): Promise<PlanResult> {
      const outer = planOptions.signal;
      if (outer?.aborted) throw new SynthdataError("CANCELLED", "planning was cancelled; no spec was made");
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const onAbort = () => controller.abort();
      outer?.addEventListener("abort", onAbort, { once: true });
      // The race returns on time even when a transport ignores the signal.
      const stopped = new Promise<never>((_, reject) => controller.signal.addEventListener("abort", () => reject(new Error("aborted")), { once: true }));
      const asked = model.complete(hostModelRequest(description), { signal: controller.signal });
      asked.catch(() => undefined);
      stopped.catch(() => undefined);
      let answer: HostModelAnswer;
      try {
        answer = await Promise.race([asked, stopped]);
      } catch (error) {
        if (outer?.aborted) throw new SynthdataError("CANCELLED", "planning was cancelled; no spec was made");
        if (timedOut) throw failed(`${model.name} did not answer within ${timeoutMs / 1000} s`);
        throw failed(`${model.name} failed: ${(error as Error)?.message ?? String(error)}`);
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener("abort", onAbort);
      }
      const who = answer.model ? `${model.name} (${answer.model})` : model.name;
      if (answer.stopReason === "maxTokens") throw failed(`${who}'s answer was cut off at ${HOST_MODEL_MAX_TOKENS} tokens`);
      if (typeof answer.text !== "string" || answer.text.trim() === "") throw failed(`${who} answered with no text`);
      try {
        const result = specFromAnswer(answer.text, { redact: (t) => t, lenient: true });
        return { spec: result.spec, warnings: [`planned by the host's model ${who}`, ...result.warnings] };
      } catch (error) {
        // Refusals, "not a dataset", JSON that does not parse or repair: the door plans offline instead.
        if (isSynthdataError(error)) throw failed(`${who}: ${error.message}`, error.code);
        throw error;
      }
    },
  };
}

function failed(message: string, cause?: string): SynthdataError {
  return new SynthdataError("HOST_MODEL_FAILED", message, cause ? { data: { cause } } : {});
}
