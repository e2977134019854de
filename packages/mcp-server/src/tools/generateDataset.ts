import { readFile, rm } from "node:fs/promises";
import { JSON_SCHEMA_DIALECT, OUTPUT_FORMATS, SCENARIO_KINDS, SynthdataError, generateDataset, isSynthdataError, specJsonSchemaOutline, type DatasetInput, type GenerateResult } from "@synthdata/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { RequestHandlerExtra } from "@modelcontextprotocol/sdk/shared/protocol.js";
import type { CallToolResult, ServerNotification, ServerRequest } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { ToolContext } from "../context.js";
import type { Questions } from "../elicitation.js";
import { describeFailure } from "../failures.js";
import { resolveOutputPath } from "../paths.js";
import { columnSummaries, columnSummaryLine } from "../summary.js";
import { SPEC_SCHEMA_URI } from "../resources/registerResources.js";
import { DESCRIPTION_MAX } from "./guide.js";
import { csvLines, tablesResult, tablesText } from "./tablesResult.js";

/** Results this small also come back inline as CSV text. */
export const INLINE_MAX_ROWS = 200;
const PREVIEW_ROWS = 5;
const MAX_SEED = 2 ** 32 - 1;

export function generateDatasetInput(maxRows: number) {
  return z
    .object({
      description: z
        .string({ error: "description must be text" })
        .min(1, "description is empty: describe the dataset in words, or pass `spec`")
        .max(DESCRIPTION_MAX, `description is too long: keep it under ${DESCRIPTION_MAX} characters`)
        .optional()
        .describe("the dataset in plain English; give this OR spec"),
      spec: z
        .record(z.string(), z.unknown(), { error: "spec must be a JSON object (a DatasetSpec, e.g. from describe_schema)" })
        // Advertised: the outline of the real schema (core's parseSpec checks the rest, with messages that name the field).
        .meta(specInputSchema())
        .optional(),
      rows: z
        .number({ error: "rows must be a number, e.g. 1000 (not a string)" })
        .int("rows must be a whole number")
        .min(1, "rows must be at least 1")
        .max(maxRows, `rows must be at most ${maxRows} on this server (its --max-rows); ask for fewer rows`)
        .optional()
        .describe(`how many rows, 1..${maxRows} (default 1000)`),
      seed: z
        .number({ error: "seed must be a number" })
        .int("seed must be a whole number")
        .min(0, "seed must be 0 or more")
        .max(MAX_SEED, `seed must be at most ${MAX_SEED}`)
        .optional()
        .describe("same seed and spec, same bytes; omit for a fresh one"),
      output_path: z
        .string({ error: "output_path must be text" })
        .min(1)
        .max(1024)
        .optional()
        .describe("a path inside the output folder; omit for a free name"),
      overwrite: z.boolean().optional().describe("replace output_path if it exists (default false)"),
      split: z
        .object({
          train: z.number().min(0.5).max(0.95).describe("share of rows in the train file, e.g. 0.8"),
          by: z.enum(["random", "time"]).optional().describe("random (stratified on the target) or time (by the first date)"),
        })
        .strict()
        .optional()
        .describe("also write <name>.train.csv and <name>.test.csv"),
      card: z.boolean().optional().describe("write <name>.card.md and .card.json (default true)"),
      exam: z.boolean().optional().describe("with split: an exam for grade_predictions"),
      bom: z.boolean().optional().describe("UTF-8 BOM for Excel"),
      format: z.enum(OUTPUT_FORMATS).optional().describe("default: output_path's extension, else csv"),
      scenario: z.array(z.enum(SCENARIO_KINDS)).max(SCENARIO_KINDS.length).optional().describe("teaching scenarios; the card says what each hides"),
    })
    .strict()
    .meta({ $schema: JSON_SCHEMA_DIALECT });
}

/**
 * The result's main fields, typed; the rest (columns, preview, spec, resources...) are named in the tool's
 * text and pass as they are: every field spelled out here was repeated in every client's tools/list (1.3 KB).
 */
export const generateDatasetOutput = z
  .object({
    path: z.string(),
    format: z.string(),
    files: z.object({ csv: z.string() }).catchall(z.unknown()),
    rows: z.number(),
    seed: z.number(),
    column_summaries: z.array(z.object({ name: z.string() }).catchall(z.unknown())),
  })
  .catchall(z.unknown())
  .meta({ $schema: JSON_SCHEMA_DIALECT });

/** The spec's outline for tools/list, with where the full schema is (the root's $schema says the dialect). */
function specInputSchema(): Record<string, unknown> {
  const { $schema: _dialect, ...outline } = specJsonSchemaOutline();
  // Scenarios and the multi-table fields in outline only: their fields are in the full schema, not in every tools/list.
  const properties: Record<string, unknown> = { ...(outline["properties"] as Record<string, unknown> | undefined) };
  for (const key of ["scenario", "tables", "references", "lookups", "rollups"]) if (properties[key]) properties[key] = { type: "array", items: { type: "object" } };
  return {
    ...outline,
    properties,
    description: `a DatasetSpec, e.g. describe_schema's spec edited; give this OR description. Full schema (scenario, tables, references, lookups, rollups too): resource ${SPEC_SCHEMA_URI}`,
  };
}

type GenerateArgs = z.infer<ReturnType<typeof generateDatasetInput>>;

export function registerGenerateDataset(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "generate_dataset",
    {
      title: "Generate a synthetic CSV dataset",
      description:
        "Writes a reproducible synthetic dataset (CSV, or `format`) with a card of its hidden relationships (train/test files with `split`). " +
        `Give \`description\` or \`spec\` (describe_schema's, edited). Up to ${INLINE_MAX_ROWS} rows inline.`,
      inputSchema: generateDatasetInput(ctx.maxRows),
      outputSchema: generateDatasetOutput,
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: ctx.mayCallOpenAI },
    },
    async (args, extra): Promise<CallToolResult> => {
      try {
        return await ctx.track(run(args, ctx, extra, progressSender(extra, ctx)));
      } catch (error) {
        const failure = describeFailure(error);
        if (!failure.input && failure.code !== "CANCELLED") ctx.log(`generate_dataset failed: ${failure.code}: ${failure.message}`);
        return { isError: true, content: [{ type: "text", text: `${failure.code}: ${failure.message}` }] };
      }
    },
  );
}

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/**
 * Sends notifications/progress when the client asked for them (strictly increasing, none after
 * the result), and a log message at each quarter for clients that show logs instead.
 */
function progressSender(extra: Extra, ctx: ToolContext): { update(done: number, total: number): void; stop(): void } {
  const token = extra._meta?.progressToken;
  let last = 0;
  let quarter = 0;
  let stopped = false;
  return {
    update(done, total) {
      if (stopped || done <= last) return;
      last = done;
      const reached = Math.floor((done / total) * 4);
      if (reached > quarter && done < total) {
        quarter = reached;
        ctx.clientLog.send("info", `generate_dataset: ${done} of ${total} rows written`, extra.sendNotification);
      }
      if (token === undefined) return;
      extra
        .sendNotification({ method: "notifications/progress", params: { progressToken: token, progress: done, total, message: `${done} of ${total} rows` } })
        .catch(() => undefined);
    },
    stop() {
      stopped = true;
    },
  };
}

async function run(args: GenerateArgs, ctx: ToolContext, extra: Extra, progress: ReturnType<typeof progressSender>): Promise<CallToolResult> {
  const signal = extra.signal;
  if ((args.description === undefined) === (args.spec === undefined)) {
    throw new SynthdataError(
      "INVALID_ARGUMENT",
      args.spec === undefined
        ? "give either `description` (plain English) or `spec` (a DatasetSpec, e.g. from describe_schema)"
        : "give `description` or `spec`, not both: the spec already says what to generate",
    );
  }
  const questions = ctx.questions(extra.requestId, signal);
  const input: DatasetInput = args.spec !== undefined ? { spec: args.spec } : { description: await clarified(args.description!, questions) };
  const folders = await ctx.outputFolders();
  // A spec of several tables is written into a folder: output_path names it.
  const folder = { folder: Array.isArray(args.spec?.["tables"]) && (args.spec["tables"] as unknown[]).length > 0 };
  let outPath = args.output_path === undefined ? undefined : await resolveOutputPath(args.output_path, folders, folder);
  let overwrite = args.overwrite ?? false;
  let result: GenerateResult | undefined;
  try {
    for (let asked = false; result === undefined; asked = true) {
      try {
        result = await write();
      } catch (error) {
        // An existing file: the person may choose to replace it or pick a name (once); else today's OUTPUT_EXISTS.
        const choice = !asked && outPath !== undefined && isSynthdataError(error) && error.code === "OUTPUT_EXISTS" ? await questions.existingFile(outPath) : undefined;
        if (!choice) throw error;
        if ("overwrite" in choice) overwrite = true;
        else outPath = choice.outputPath === "" ? undefined : await resolveOutputPath(choice.outputPath, folders, folder);
      }
    }
  } finally {
    progress.stop();
  }
  function write(): Promise<GenerateResult> {
    return generateDataset(input, {
      planner: ctx.planner,
      signal,
      hostModel: ctx.hostModel(extra.requestId),
      rows: args.rows ?? 1000,
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      // Without output_path, a free name from the title is claimed atomically: concurrent calls, here or in another server, never share one.
      ...(outPath !== undefined ? { outPath } : { outDir: folders[0]! }),
      // The folder written into is checked again on its real path when each file is created and placed.
      allowedFolders: folders,
      overwrite,
      previewRows: PREVIEW_ROWS,
      onProgress: (done, total) => progress.update(done, total),
      ...(args.split ? { split: { train: args.split.train, ...(args.split.by ? { by: args.split.by } : {}) } } : {}),
      ...(args.card !== undefined ? { card: args.card } : {}),
      ...(args.exam ? { exam: true } : {}),
      ...(args.bom ? { bom: true } : {}),
      ...(args.format !== undefined ? { format: args.format } : {}),
      ...(args.scenario?.length ? { scenario: args.scenario } : {}),
    });
  }
  if (signal.aborted) {
    // Cancelled after the files were renamed into place: the client will never hear of them, so take them back.
    const written = [...Object.values(result.files), ...Object.values(result.tables ?? {}).map((t) => t.file), result.schemaSqlFile];
    if (!overwrite) await Promise.all(written.map((f) => (f ? rm(f, { force: true }) : undefined)));
    throw new SynthdataError("CANCELLED", "generation was cancelled; no file was kept");
  }
  // Until core reports `files`, the CSV is the one file written.
  const files = { ...result.files, csv: result.files?.csv ?? result.path };
  const multi = result.tables;
  const dataset = ctx.datasets.add(
    files,
    { spec: result.spec, seed: result.seed, rows: result.rows },
    multi ? { tables: Object.fromEntries(Object.entries(multi).map(([name, t]) => [name, t.file])), schemaSql: result.schemaSqlFile } : undefined,
  );
  for (const warning of result.warnings) ctx.clientLog.send("warning", `generate_dataset: ${warning}`, extra.sendNotification);
  ctx.clientLog.send("info", `generate_dataset: wrote ${result.rows} rows to ${dataset.files[0]?.uri ?? result.path}`, extra.sendNotification);
  // A multi-table run's path is its folder: its tables come as previews and links, not inline.
  const csv = !multi && result.format === "csv" && result.rows <= INLINE_MAX_ROWS ? await readFile(result.path, "utf8") : undefined;
  const tables = multi ? await tablesResult({ ...result, tables: multi }, dataset, signal) : undefined;
  const summaries = columnSummaries(result.spec, result.card);
  const structured = {
    path: result.path,
    format: result.format,
    files,
    rows: result.rows,
    column_count: result.columns.length,
    columns: result.columns,
    seed: result.seed,
    bytes: result.bytes,
    source: result.source,
    planner: result.planner,
    warnings: result.warnings,
    preview: result.preview,
    column_summaries: summaries,
    ...(csv !== undefined ? { csv } : {}),
    ...(tables ? { tables, schema_sql: result.schemaSqlFile } : {}),
    spec: result.spec as unknown as Record<string, unknown>,
    resources: Object.fromEntries(dataset.files.map((f) => [f.role === "table" ? `table:${f.table}` : f.role, f.uri])),
  };
  const otherFiles = Object.entries(files).filter(([k, v]) => k !== "csv" && v);
  const text = [
    tables
      ? `Wrote ${Object.keys(tables).length} related tables (${result.rows} root rows) to the folder ${result.path} (${result.format}, ${result.bytes} bytes).`
      : `Wrote ${result.rows} rows x ${result.columns.length} columns to ${result.path} (${result.format}, ${result.bytes} bytes).`,
    `seed ${result.seed} (pass it again with the same spec for identical data); spec from ${result.source}${result.source === "cache" ? ` (${result.planner})` : ""}.`,
    ...(otherFiles.length ? [`Also wrote: ${otherFiles.map(([k, v]) => `${k} ${v}`).join(", ")}.`] : []),
    ...result.warnings.map((w) => `warning: ${w}`),
    "Columns:",
    ...summaries.map(columnSummaryLine),
    ...(tables ? tablesText(tables, result.schemaSqlFile) : [csv === undefined ? `First rows:\n${csvLines(result.columns, result.preview)}` : `CSV:\n${csv}`]),
  ].join("\n");
  return {
    structuredContent: structured,
    content: [
      { type: "text", text },
      // synthdata:// links, readable with resources/read by any client, also one over HTTP that cannot see this disk.
      ...dataset.files.map((f) => ({ type: "resource_link" as const, uri: f.uri, name: f.file, mimeType: f.mimeType })),
    ],
  };
}

/** A description too short to plan from, with the columns the person named when asked (else as it was). */
async function clarified(description: string, questions: Questions): Promise<string> {
  const columns = await questions.columnsFor(description);
  return columns === undefined ? description : `${description} with ${columns}`;
}
