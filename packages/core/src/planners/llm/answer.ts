import { SynthdataError } from "../../errors.js";
import type { PlanResult } from "../planner.js";
import { repairSpec } from "../openai/repair.js";
import { fromWire } from "../openai/wireSchema.js";

/**
 * What every LLM transport (OpenAI, MCP sampling, VS Code's models) does with
 * the model's text: parse it, read the wire answer, honour "not a dataset",
 * repair near misses locally and return a spec parseSpec accepts. One place,
 * so a model answers the same prompt under the same rules whatever carried it.
 */

export const DESCRIBE_HINT =
  'describe the rows and columns you want, e.g. "online store orders with order id, customer name, price, order date and whether the order was returned"';

export interface AnswerContext {
  /** Removes secrets from text quoted back (the OpenAI key); identity when there are none. */
  redact(text: string): string;
  /** Extra data for the errors (a request id). */
  data?: Record<string, unknown>;
  /**
   * Models without structured outputs (the host's model) may wrap the JSON in a
   * Markdown fence or a sentence: then the outermost {...} is read.
   */
  lenient?: boolean;
}

export function specFromAnswer(content: string, ctx: AnswerContext): PlanResult {
  const data = ctx.data ?? {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.lenient ? jsonPart(content) : content);
  } catch {
    throw new SynthdataError(
      "OPENAI_BAD_RESPONSE",
      `the model's answer is not valid JSON (it starts ${quote(ctx.redact(content))}); check that the model supports structured outputs, try again, or use --planner offline`,
      { data },
    );
  }
  const answer = fromWire(parsed);
  if (answer.notADataset !== undefined) {
    throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", `this does not describe a dataset (${quote(ctx.redact(answer.notADataset))}); ${DESCRIBE_HINT}`, { data });
  }
  const result = repairSpec(answer.spec, `the model found no usable column in this description; ${DESCRIBE_HINT}`);
  return { spec: result.spec, warnings: [...answer.warnings, ...result.warnings].map((w) => ctx.redact(w)) };
}

/** The JSON object in a chatty answer: a ```json fence's body, else from the first "{" to the last "}". */
function jsonPart(content: string): string {
  const fence = /```(?:json)?\s*\n([\s\S]*?)```/i.exec(content);
  const body = fence ? fence[1]! : content;
  const start = body.indexOf("{");
  const end = body.lastIndexOf("}");
  return start >= 0 && end > start ? body.slice(start, end + 1) : body;
}

export function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return `"${oneLine.length > 160 ? `${oneLine.slice(0, 157)}...` : oneLine}"`;
}
