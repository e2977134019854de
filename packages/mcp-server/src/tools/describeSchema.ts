import { JSON_SCHEMA_DIALECT, describeSchema } from "@synthdata/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { ToolContext } from "../context.js";
import { describeFailure } from "../failures.js";
import { specSummary } from "../summary.js";
import { SPEC_GUIDE_URI, SPEC_SCHEMA_URI } from "../resources/registerResources.js";
import { DESCRIPTION_MAX } from "./guide.js";

export const describeSchemaInput = z
  .object({
    description: z
      .string({ error: "description must be text, e.g. \"customers with name, email, age, plan and whether they churned\"" })
      .min(1, "description is empty: describe the dataset in words")
      .max(DESCRIPTION_MAX, `description is too long: keep it under ${DESCRIPTION_MAX} characters`)
      .describe("the dataset in plain English: what a row is, its columns, relationships"),
  })
  .strict()
  .meta({ $schema: JSON_SCHEMA_DIALECT });

export const describeSchemaOutput = z.object({
  // A loose object on purpose: the spec's full JSON Schema is a resource (synthdata://schema/dataset-spec.json), not part of every tools/list.
  spec: z.record(z.string(), z.unknown()),
  source: z.string().describe("cache, openai, host-model or offline"),
  planner: z.string().describe("the planner that made the spec"),
  cached: z.boolean(),
  warnings: z.array(z.string()),
}).meta({ $schema: JSON_SCHEMA_DIALECT });

export function registerDescribeSchema(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "describe_schema",
    {
      title: "Plan a dataset schema",
      description:
        "Plans a plain-English dataset description into the DatasetSpec generate_dataset would use, without generating. " +
        "Edit the returned spec (columns, ranges, categories, effects) and pass it to generate_dataset as `spec`. " +
        `Same description, same spec (cached). Spec guide: ${SPEC_GUIDE_URI}; schema: ${SPEC_SCHEMA_URI}.`,
      inputSchema: describeSchemaInput,
      outputSchema: describeSchemaOutput,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: ctx.mayCallOpenAI },
    },
    async ({ description }, extra): Promise<CallToolResult> => {
      try {
        const columns = await ctx.questions(extra.requestId, extra.signal).columnsFor(description);
        const planned = columns === undefined ? description : `${description} with ${columns}`;
        const result = await describeSchema(planned, { planner: ctx.planner, signal: extra.signal, hostModel: ctx.hostModel(extra.requestId) });
        for (const warning of result.warnings) ctx.clientLog.send("warning", `describe_schema: ${warning}`, extra.sendNotification);
        const structured = {
          spec: result.spec as unknown as Record<string, unknown>,
          source: result.source,
          planner: result.planner,
          cached: result.cached,
          warnings: result.warnings,
        };
        const text = [
          specSummary(result.spec),
          `source: ${result.source}${result.cached ? " (cached)" : ""}, planner: ${result.planner}`,
          ...result.warnings.map((w) => `warning: ${w}`),
          "To generate: call generate_dataset with this spec (edit it first if needed), or with the same description.",
        ].join("\n");
        return {
          structuredContent: structured,
          // The spec as JSON too, for clients that do not read structuredContent.
          content: [
            { type: "text", text },
            { type: "text", text: JSON.stringify(result.spec) },
          ],
        };
      } catch (error) {
        const failure = describeFailure(error);
        if (!failure.input) ctx.log(`describe_schema failed: ${failure.code}: ${failure.message}`);
        return { isError: true, content: [{ type: "text", text: `${failure.code}: ${failure.message}` }] };
      }
    },
  );
}
