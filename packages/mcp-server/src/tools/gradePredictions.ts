import { gradePredictionFiles, renderGrade, JSON_SCHEMA_DIALECT } from "@synthdata/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { ToolContext } from "../context.js";
import { describeFailure } from "../failures.js";
import { resolveReadPath } from "../paths.js";

export const gradePredictionsInput = z
  .object({
    card_path: z.string().min(1).max(1024),
    predictions_path: z.string().min(1).max(1024).describe("CSV: row_id, target"),
  })
  .strict()
  .meta({ $schema: JSON_SCHEMA_DIALECT });

export function registerGradePredictions(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "grade_predictions",
    {
      title: "Grade exam predictions",
      description:
        "Grades an exam's predictions against its card: score, baseline, best possible, missed drivers.",
      inputSchema: gradePredictionsInput,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    async (args, extra): Promise<CallToolResult> => {
      try {
        const folders = await ctx.outputFolders();
        const card = await resolveReadPath(args.card_path, folders, "card_path");
        const predictions = await resolveReadPath(args.predictions_path, folders, "predictions_path");
        const report = await gradePredictionFiles(card, predictions, { signal: extra.signal });
        return { structuredContent: report as unknown as Record<string, unknown>, content: [{ type: "text", text: renderGrade(report) }] };
      } catch (error) {
        const failure = describeFailure(error);
        return { isError: true, content: [{ type: "text", text: `${failure.code}: ${failure.message}` }] };
      }
    },
  );
}
