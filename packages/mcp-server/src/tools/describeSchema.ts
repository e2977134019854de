import { describeSchema, previewDataset } from "@synthdata/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { ToolContext } from "../context.js";
import { describeFailure } from "../failures.js";
import { specSummary } from "../summary.js";
import { DESCRIPTION_MAX, SPEC_GUIDE } from "./guide.js";

/** Preview rows stay small: they travel inline in the tool result. */
const PREVIEW_MAX = 20;

export const describeSchemaInput = z
  .object({
    description: z
      .string({ error: "description must be text, e.g. \"customers with name, email, age, plan and whether they churned\"" })
      .min(1, "description is empty: describe the dataset in words")
      .max(DESCRIPTION_MAX, `description is too long: keep it under ${DESCRIPTION_MAX} characters`)
      .describe("the dataset in plain English: what one row is, its columns, and any relationships (\"churn more likely on the basic plan\")"),
    preview_rows: z
      .number({ error: "preview_rows must be a number, e.g. 5" })
      .int("preview_rows must be a whole number")
      .min(1, "preview_rows must be at least 1")
      .max(PREVIEW_MAX, `preview_rows must be at most ${PREVIEW_MAX}; generate_dataset returns more`)
      .optional()
      .describe(`also return the first rows (1..${PREVIEW_MAX}) as cell text, writing nothing`),
    seed: z.number().int().min(0).max(2 ** 32 - 1).optional().describe("seed for the preview rows (the same rows generate_dataset starts with for this seed)"),
  })
  .strict();

export const describeSchemaOutput = z.object({
  // A loose object on purpose: the spec's full JSON Schema is 27 kB of every client's context, and core has already
  // validated it; the tool description teaches its shape instead.
  spec: z
    .record(z.string(), z.unknown())
    .describe("the DatasetSpec (title, domain, columns, target?): pass it, edited if you like, to generate_dataset as `spec`"),
  source: z.string().describe("where the spec came from this time: cache, openai or offline"),
  planner: z.string().describe("the planner that made the spec: openai or offline"),
  cached: z.boolean(),
  warnings: z.array(z.string()).describe("assumptions the planner made; read them before generating"),
  preview: z
    .object({ seed: z.number(), header: z.array(z.string()), rows: z.array(z.array(z.string())) })
    .optional()
    .describe("with preview_rows: the first rows as cell text and the seed that makes them"),
});

export function registerDescribeSchema(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "describe_schema",
    {
      title: "Plan a dataset schema",
      description:
        "Turns a plain-English dataset description into the DatasetSpec generate_dataset would use, without generating anything. " +
        "Use it to check or adjust columns before generating: read the summary, edit the returned `spec` (rename columns, change ranges, " +
        "add categories or dependencies), then call generate_dataset with { spec } instead of { description }. The same description " +
        `always gives the same spec (cached).\n\n${SPEC_GUIDE}`,
      inputSchema: describeSchemaInput,
      outputSchema: describeSchemaOutput,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: ctx.mayCallOpenAI },
    },
    async ({ description, preview_rows, seed }, extra): Promise<CallToolResult> => {
      try {
        const result = await describeSchema(description, { planner: ctx.planner, signal: extra.signal });
        const preview = preview_rows === undefined ? undefined : await previewDataset({ spec: result.spec }, { rows: preview_rows, ...(seed !== undefined ? { seed } : {}), signal: extra.signal });
        const structured = {
          spec: result.spec as unknown as Record<string, unknown>,
          source: result.source,
          planner: result.planner,
          cached: result.cached,
          warnings: result.warnings,
          ...(preview ? { preview: { seed: preview.seed, header: preview.header, rows: preview.rows } } : {}),
        };
        const text = [
          specSummary(result.spec),
          `source: ${result.source}${result.cached ? " (cached)" : ""}, planner: ${result.planner}`,
          ...result.warnings.map((w) => `warning: ${w}`),
          ...(preview ? [`First ${preview.rows.length} rows (seed ${preview.seed}):`, ...[preview.header, ...preview.rows].map((r) => r.map(previewCell).join(","))] : []),
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
