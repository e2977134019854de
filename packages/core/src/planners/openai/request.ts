import { systemPrompt, userMessage } from "./prompt.js";
import { buildWireSchema } from "./wireSchema.js";
import { wireShapeFor, type WireShape } from "./wireShape.js";

/**
 * The budget of one planning request (system prompt + description + JSON schema), in
 * tokens: "each request under about 4000 tokens", with room for a tokenizer that counts
 * a little differently (OpenAI renders the schema its own way).
 */
export const REQUEST_TOKEN_BUDGET = 3800;

/**
 * Characters per token for the estimate: the request runs 4.1 (schema, prompt) to 4.6
 * (English prose) with the o200k tokenizer, so 4 errs on the long side. Core has no
 * tokenizer at run time; the request tests measure the real counts.
 */
const CHARS_PER_TOKEN = 4;

export interface PlanningRequest {
  shape: WireShape;
  system: string;
  user: string;
  schema: Record<string, unknown>;
}

/**
 * The one request both LLM paths send (OpenAI's chat completion, the host model's
 * text): the description's shape (wireShape.ts), and when that request would pass
 * the budget (a long description of several tables), the same with the catalog listed
 * in the prompt rather than as the `method` enum, about 190 tokens fewer.
 */
export function planningRequest(description: string): PlanningRequest {
  const shaped = requestFor(description, wireShapeFor(description));
  return estimatedTokens(shaped) <= REQUEST_TOKEN_BUDGET ? shaped : requestFor(description, { ...shaped.shape, catalog: "list" });
}

function requestFor(description: string, shape: WireShape): PlanningRequest {
  return { shape, system: systemPrompt(shape), user: userMessage(description), schema: buildWireSchema(shape) };
}

function estimatedTokens(request: PlanningRequest): number {
  return Math.ceil((request.system.length + request.user.length + JSON.stringify(request.schema).length) / CHARS_PER_TOKEN);
}
