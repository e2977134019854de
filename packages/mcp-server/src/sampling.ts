import type { HostModel } from "@synthdata/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { RequestId } from "@modelcontextprotocol/sdk/types.js";

/** The sampling request's own deadline; core's host-model planner gives up sooner (20 s) and plans offline. */
export const SAMPLING_TIMEOUT_MS = 25_000;

/**
 * Planning needs a fast, cheap model that writes JSON well, not the client's
 * best: the spec is small and core repairs near misses. Hints name families
 * a client may map to its own models.
 */
export const PLANNING_MODEL_PREFERENCES = {
  hints: [{ name: "haiku" }, { name: "mini" }, { name: "flash" }],
  costPriority: 0.8,
  speedPriority: 0.8,
  intelligencePriority: 0.3,
};

/**
 * The client's model as core's HostModel, through sampling/createMessage; undefined when the
 * client did not declare sampling. `relatedRequestId` keeps the request on the tool call's
 * stream over Streamable HTTP.
 */
export function samplingModel(server: McpServer, relatedRequestId: RequestId, timeoutMs?: number): HostModel | undefined {
  const inner = server.server;
  if (!inner.getClientCapabilities()?.sampling) return undefined;
  const client = inner.getClientVersion();
  return {
    name: `sampling:${client?.name ?? "client"}${client?.version ? `@${client.version}` : ""}`,
    timeoutMs,
    async complete(request, { signal }) {
      const result = await inner.createMessage(
        {
          systemPrompt: request.system,
          messages: [{ role: "user", content: { type: "text", text: request.user } }],
          maxTokens: request.maxTokens,
          temperature: 0.2,
          includeContext: "none",
          modelPreferences: PLANNING_MODEL_PREFERENCES,
        },
        { signal, timeout: SAMPLING_TIMEOUT_MS, relatedRequestId },
      );
      const blocks = Array.isArray(result.content) ? result.content : [result.content];
      const text = blocks.map((b) => (b.type === "text" ? b.text : "")).join("");
      return { text, model: result.model, stopReason: result.stopReason };
    },
  };
}
