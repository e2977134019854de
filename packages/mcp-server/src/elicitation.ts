import { basename } from "node:path";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { ElicitRequestFormParams, RequestId } from "@modelcontextprotocol/sdk/types.js";

/** A person answers these: more time than a model gets, still bounded. */
export const ELICITATION_TIMEOUT_MS = 120_000;

type FormSchema = ElicitRequestFormParams["requestedSchema"];
type Ask = (message: string, schema: FormSchema) => Promise<Record<string, unknown> | undefined>;

/**
 * Questions for the person at the client (elicitation/create, form mode),
 * when the client supports it. Every question has today's behaviour as its
 * answer when the client cannot ask, the person declines or cancels, or the
 * request fails: elicitation only ever adds a way out.
 */
export interface Questions {
  /** Overwrite an existing output file, or write under another name; undefined keeps today's OUTPUT_EXISTS error. */
  existingFile(path: string): Promise<{ overwrite: true } | { outputPath: string } | undefined>;
  /** The columns of a description too short to plan from; undefined plans it as it is. */
  columnsFor(description: string): Promise<string | undefined>;
}

export function clientQuestions(server: McpServer, relatedRequestId: RequestId, signal: AbortSignal, log: (m: string) => void): Questions {
  const inner = server.server;
  const ask: Ask | undefined = inner.getClientCapabilities()?.elicitation?.form
    ? async (message, requestedSchema) => {
        try {
          const result = await inner.elicitInput({ mode: "form", message, requestedSchema }, { relatedRequestId, signal, timeout: ELICITATION_TIMEOUT_MS });
          return result.action === "accept" ? (result.content ?? {}) : undefined;
        } catch (error) {
          if (!signal.aborted) log(`elicitation failed (${(error as Error).message}); going on without an answer`);
          return undefined;
        }
      }
    : undefined;
  return {
    async existingFile(path) {
      if (!ask) return undefined;
      const answer = await ask(`${basename(path)} already exists in the output folder. Replace it, or write the new dataset under another name?`, {
        type: "object",
        properties: {
          action: { type: "string", title: "What to do", enum: ["overwrite", "new name"], enumNames: ["Replace the existing file", "Write under a new name"] },
          name: { type: "string", title: "New file name (for a new name)", description: "e.g. customers-v2.csv; leave empty for the next free name" },
        },
        required: ["action"],
      });
      if (answer?.["action"] === "overwrite") return { overwrite: true };
      if (answer?.["action"] !== "new name") return undefined;
      const name = typeof answer["name"] === "string" ? answer["name"].trim() : "";
      return { outputPath: name === "" ? "" : name.toLowerCase().endsWith(".csv") ? name : `${name}.csv` };
    },
    async columnsFor(description) {
      if (!ask || !isTooVague(description)) return undefined;
      const answer = await ask(`"${description.slice(0, 80)}" says little about the data. Which columns should it have?`, {
        type: "object",
        properties: { columns: { type: "string", title: "Columns", description: "e.g. name, age, plan, monthly spend, whether they churned" } },
        required: ["columns"],
      });
      const columns = typeof answer?.["columns"] === "string" ? answer["columns"].trim() : "";
      return columns === "" ? undefined : columns;
    },
  };
}

/** One or two words and no list ("customers", "sales data"): the planner would have to invent every column. */
export function isTooVague(description: string): boolean {
  const words = description.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 2 && !/[,;:]/.test(description);
}
