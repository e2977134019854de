import { JSON_SCHEMA_DIALECT, describeSchema, previewDataset } from "@synthdata/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { ToolContext } from "../context.js";
import { describeFailure } from "../failures.js";
import { specSummary } from "../summary.js";
import { SPEC_GUIDE_URI, SPEC_SCHEMA_URI } from "../resources/registerResources.js";
import { DESCRIPTION_MAX } from "./guide.js";

/** Preview rows stay small: they travel inline in the tool result. */
const PREVIEW_MAX = 20;

export const describeSchemaInput = z
  .object({
    description: z
      .string({ error: "description must be text, e.g. \"customers with name, email, age, plan and whether they churned\"" })
      .min(1, "description is empty: describe the dataset in words")
      .max(DESCRIPTION_MAX, `description is too long: keep it under ${DESCRIPTION_MAX} characters`)
      .describe("the dataset in plain English: what a row is, its columns, relationships"),
    preview_rows: z
      .number({ error: "preview_rows must be a number, e.g. 5" })
      .int("preview_rows must be a whole number")
      .min(1, "preview_rows must be at least 1")
      .max(PREVIEW_MAX, `preview_rows must be at most ${PREVIEW_MAX}; generate_dataset returns more`)
      .optional()
      .describe("first rows to show"),
    seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
  })
  .strict()
  .meta({ $schema: JSON_SCHEMA_DIALECT });

// The main fields typed; the rest (planner, cached, preview) pass as they are, named in the tool's text.
export const describeSchemaOutput = z
  .object({
    // A loose object on purpose: the spec's full JSON Schema is a resource (synthdata://schema/dataset-spec.json), not part of every tools/list.
    spec: z.record(z.string(), z.unknown()),
    source: z.string(),
    warnings: z.array(z.string()),
  })
  .catchall(z.unknown())
  .meta({ $schema: JSON_SCHEMA_DIALECT });

export function registerDescribeSchema(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "describe_schema",
    {
      title: "Plan a dataset schema",
      description:
        "Plans a plain-English description into the DatasetSpec generate_dataset would use, without generating; edit it and pass it as `spec`. " +
        `Guide: ${SPEC_GUIDE_URI}; schema: ${SPEC_SCHEMA_URI}.`,
      inputSchema: describeSchemaInput,
      outputSchema: describeSchemaOutput,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: ctx.mayCallOpenAI },
    },
    async ({ description, preview_rows, seed }, extra): Promise<CallToolResult> => {
      try {
        const columns = await ctx.questions(extra.requestId, extra.signal).columnsFor(description);
        const planned = columns === undefined ? description : `${description} with ${columns}`;
        const result = await describeSchema(planned, { planner: ctx.planner, signal: extra.signal, hostModel: ctx.hostModel(extra.requestId) });
        for (const warning of result.warnings) ctx.clientLog.send("warning", `describe_schema: ${warning}`, extra.sendNotification);
        const preview = preview_rows === undefined ? undefined : await previewDataset({ spec: result.spec }, { rows: preview_rows, ...(seed !== undefined ? { seed } : {}), signal: extra.signal });
        const structured = {
          spec: result.spec as unknown as Record<string, unknown>,
          source: result.source,
          planner: result.planner,
          cached: result.cached,
          warnings: result.warnings,
          ...(preview ? { preview: { seed: preview.seed, header: preview.header, rows: preview.rows, ...(preview.tables ? { tables: Object.fromEntries(preview.tables.map((t) => [t.name, { header: t.header, rows: t.rows }])) } : {}) } } : {}),
        };
        const text = [
          specSummary(result.spec),
          `source: ${result.source}${result.cached ? " (cached)" : ""}, planner: ${result.planner}`,
          ...result.warnings.map((w) => `warning: ${w}`),
          ...(preview?.tables
            ? preview.tables.flatMap((t) => [`First ${t.rows.length} rows of ${t.name} (seed ${preview.seed}):`, ...[t.header, ...t.rows].map((r) => r.map(previewCell).join(","))])
            : preview
              ? [`First ${preview.rows.length} rows (seed ${preview.seed}):`, ...[preview.header, ...preview.rows].map((r) => r.map(previewCell).join(","))]
              : []),
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

/** A preview cell as CSV would quote it, so a row stays one line. */
const previewCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
