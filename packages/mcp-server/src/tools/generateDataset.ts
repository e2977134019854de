import { readFile, rm } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { OUTPUT_FORMATS, SynthdataError, generateDataset, type DatasetInput, type GenerateResult, type OutputFormat } from "@synthdata/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { RequestHandlerExtra } from "@modelcontextprotocol/sdk/shared/protocol.js";
import type { CallToolResult, ServerNotification, ServerRequest } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { ToolContext } from "../context.js";
import { describeFailure } from "../failures.js";
import { resolveOutputPath } from "../paths.js";
import { columnSummaries, columnSummaryLine } from "../summary.js";
import { DESCRIPTION_MAX, SPEC_GUIDE } from "./guide.js";

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
        .optional()
        .describe("a DatasetSpec object (see the tool description), e.g. describe_schema's spec, edited; give this OR description"),
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
        .describe("the same seed and spec give the same bytes; omit for a fresh one (it is returned)"),
      output_path: z
        .string({ error: "output_path must be text" })
        .min(1)
        .max(1024)
        .optional()
        .describe("where to write, ending in .csv, .jsonl, .parquet or .sqlite, relative to the output folder (absolute paths must be inside it); omit to get a free name from the title"),
      overwrite: z.boolean().optional().describe("replace output_path if it exists (default false: an existing file is an error)"),
      split: z
        .object({
          train: z.number().min(0.5).max(0.95).describe("share of rows in the train file, e.g. 0.8"),
          by: z.enum(["random", "time"]).optional().describe("random (stratified on the target when there is one) or time (by the first date column)"),
        })
        .strict()
        .optional()
        .describe("also write <name>.train.csv and <name>.test.csv"),
      card: z.boolean().optional().describe("write the dataset card (<name>.card.md and .card.json) beside the CSV (default true)"),
      bom: z.boolean().optional().describe("start the CSV files with a UTF-8 byte order mark, for Excel on Windows (default false)"),
      format: z
        .enum(OUTPUT_FORMATS)
        .optional()
        .describe("csv (default), jsonl, parquet (typed, compressed: best for pandas/polars/DuckDB) or sqlite (a table with typed columns); default from output_path's extension"),
    })
    .strict();
}

const columnSummarySchema = z.object({
  name: z.string(),
  kind: z.string(),
  generator: z.string(),
  nullShare: z.number().optional(),
  distinct: z.number().optional(),
  min: z.union([z.number(), z.string()]).optional(),
  max: z.union([z.number(), z.string()]).optional(),
  mean: z.number().optional(),
  trueShare: z.number().optional(),
  top: z.array(z.object({ value: z.string(), count: z.number() })).optional(),
});

export const generateDatasetOutput = z.object({
  path: z.string().describe("absolute path of the data file written"),
  format: z.string().describe("csv, jsonl, parquet or sqlite"),
  files: z
    .object({ csv: z.string(), cardJson: z.string().optional(), cardMarkdown: z.string().optional(), train: z.string().optional(), test: z.string().optional() })
    .describe("every file written"),
  rows: z.number(),
  column_count: z.number(),
  columns: z.array(z.string()).describe("the header"),
  seed: z.number().describe("pass it back with the same spec to get the same bytes"),
  bytes: z.number(),
  source: z.string().describe("where the spec came from: cache, openai, offline or spec"),
  warnings: z.array(z.string()),
  preview: z.array(z.array(z.string())).describe(`the first ${PREVIEW_ROWS} rows as cell text`),
  column_summaries: z.array(columnSummarySchema),
  csv: z.string().optional().describe(`the whole CSV, when the format is csv and it has at most ${INLINE_MAX_ROWS} rows`),
  spec: z.record(z.string(), z.unknown()).describe("the spec used; pass it back with another seed or row count for more of the same"),
});

type GenerateArgs = z.infer<ReturnType<typeof generateDatasetInput>>;

export function registerGenerateDataset(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "generate_dataset",
    {
      title: "Generate a synthetic CSV dataset",
      description:
        "Generates a realistic, reproducible synthetic dataset and writes it as a CSV file (or JSON Lines, Parquet or SQLite with `format`; plus a dataset card with the hidden " +
        "relationships, and train/test files when `split` is given). Give exactly one of `description` (plain English, planned " +
        "like describe_schema) or `spec` (a DatasetSpec, typically describe_schema's result edited to taste). Returns the path, " +
        `row and column counts, the seed, a preview and per-column summaries; results of up to ${INLINE_MAX_ROWS} rows also come back ` +
        "inline as CSV text. Files go only inside the server's output folder; without output_path a free name is picked from " +
        "the title, and an existing file is replaced only with overwrite: true. Same spec + seed + rows = same bytes.\n\n" +
        SPEC_GUIDE,
      inputSchema: generateDatasetInput(ctx.maxRows),
      outputSchema: generateDatasetOutput,
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: ctx.mayCallOpenAI },
    },
    async (args, extra): Promise<CallToolResult> => {
      try {
        return await ctx.track(run(args, ctx, extra.signal, progressSender(extra)));
      } catch (error) {
        const failure = describeFailure(error);
        if (!failure.input && failure.code !== "CANCELLED") ctx.log(`generate_dataset failed: ${failure.code}: ${failure.message}`);
        return { isError: true, content: [{ type: "text", text: `${failure.code}: ${failure.message}` }] };
      }
    },
  );
}

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** Sends notifications/progress when the client asked for them: strictly increasing, none after the result. */
function progressSender(extra: Extra): { update(done: number, total: number): void; stop(): void } {
  const token = extra._meta?.progressToken;
  let last = 0;
  let stopped = false;
  return {
    update(done, total) {
      if (token === undefined || stopped || done <= last) return;
      last = done;
      extra
        .sendNotification({ method: "notifications/progress", params: { progressToken: token, progress: done, total, message: `${done} of ${total} rows` } })
        .catch(() => undefined);
    },
    stop() {
      stopped = true;
    },
  };
}

async function run(args: GenerateArgs, ctx: ToolContext, signal: AbortSignal, progress: ReturnType<typeof progressSender>): Promise<CallToolResult> {
  if ((args.description === undefined) === (args.spec === undefined)) {
    throw new SynthdataError(
      "INVALID_ARGUMENT",
      args.spec === undefined
        ? "give either `description` (plain English) or `spec` (a DatasetSpec, e.g. from describe_schema)"
        : "give `description` or `spec`, not both: the spec already says what to generate",
    );
  }
  const input: DatasetInput = args.spec !== undefined ? { spec: args.spec } : { description: args.description! };
  const folders = await ctx.outputFolders();
  const outPath = args.output_path === undefined ? undefined : await resolveOutputPath(args.output_path, folders);
  let result: GenerateResult;
  try {
    result = await generateDataset(input, {
      planner: ctx.planner,
      signal,
      rows: args.rows ?? 1000,
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      // Without output_path, a free name from the title is claimed atomically: concurrent calls, here or in another server, never share one.
      ...(outPath !== undefined ? { outPath } : { outDir: folders[0]! }),
      // The folder written into is checked again on its real path when each file is created and placed.
      allowedFolders: folders,
      overwrite: args.overwrite ?? false,
      previewRows: PREVIEW_ROWS,
      onProgress: (done, total) => progress.update(done, total),
      ...(args.split ? { split: { train: args.split.train, ...(args.split.by ? { by: args.split.by } : {}) } } : {}),
      ...(args.card !== undefined ? { card: args.card } : {}),
      ...(args.bom ? { bom: true } : {}),
      ...(args.format !== undefined ? { format: args.format } : {}),
    });
  } finally {
    progress.stop();
  }
  if (signal.aborted) {
    // Cancelled after the files were renamed into place: the client will never hear of them, so take them back.
    if (!args.overwrite) await Promise.all(Object.values(result.files).map((f) => (f ? rm(f, { force: true }) : undefined)));
    throw new SynthdataError("CANCELLED", "generation was cancelled; no file was kept");
  }
  const csv = result.format === "csv" && result.rows <= INLINE_MAX_ROWS ? await readFile(result.path, "utf8") : undefined;
  const summaries = columnSummaries(result.spec, result.card);
  // Until core reports `files`, the CSV is the one file written.
  const files = { ...result.files, csv: result.files?.csv ?? result.path };
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
    warnings: result.warnings,
    preview: result.preview,
    column_summaries: summaries,
    ...(csv !== undefined ? { csv } : {}),
    spec: result.spec as unknown as Record<string, unknown>,
  };
  const otherFiles = Object.entries(files).filter(([k, v]) => k !== "csv" && v);
  const text = [
    `Wrote ${result.rows} rows x ${result.columns.length} columns to ${result.path} (${result.format}, ${result.bytes} bytes).`,
    `seed ${result.seed} (pass it again with the same spec for identical data); spec from ${result.source}.`,
    ...(otherFiles.length ? [`Also wrote: ${otherFiles.map(([k, v]) => `${k} ${v}`).join(", ")}.`] : []),
    ...result.warnings.map((w) => `warning: ${w}`),
    "Columns:",
    ...summaries.map(columnSummaryLine),
    csv === undefined ? `First rows:\n${previewCsv(result.columns, result.preview)}` : `CSV:\n${csv}`,
  ].join("\n");
  return {
    structuredContent: structured,
    content: [
      { type: "text", text },
      { type: "resource_link", uri: pathToFileURL(result.path).href, name: result.path.split(/[\\/]/).pop() ?? "dataset.csv", mimeType: MEDIA_TYPES[result.format] },
    ],
  };
}

/** What a client is told each file is. */
const MEDIA_TYPES: Readonly<Record<OutputFormat, string>> = { csv: "text/csv", jsonl: "application/x-ndjson", parquet: "application/vnd.apache.parquet", sqlite: "application/vnd.sqlite3" };

function previewCsv(header: string[], rows: string[][]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\n");
}
