import { SynthdataError, checkRows, checkSeed, datasetTextChunks, escapeControlCharacters, resolveSpec, type DatasetInput } from "@synthdata/core/doors";
import type { CliArgs } from "../args.js";
import type { CliIO } from "../io.js";
import { describeOrigin } from "./origin.js";

/** stdout cannot take a file-only option; each one is named with what to do instead. */
function checkStreamable(args: CliArgs): "csv" | "jsonl" {
  const format = args.format ?? "csv";
  if (format !== "csv" && format !== "jsonl") {
    throw new SynthdataError("INVALID_ARGUMENT", `--out - streams csv or jsonl; ${format} is a file format, so give it a file name (--out data.${format === "sqlite" ? "sqlite" : "parquet"})`);
  }
  if (args.split !== undefined) throw new SynthdataError("INVALID_ARGUMENT", "--split writes train and test files, which stdout cannot hold; give --out a file name");
  if (args.scenario.length > 0) throw new SynthdataError("INVALID_ARGUMENT", "--scenario explains what it built in the card, which stdout cannot hold; give --out a file name");
  if (args.force) throw new SynthdataError("INVALID_ARGUMENT", "--force replaces files; stdout has none to replace, so leave it out");
  return format;
}

/** True when a write to the reader failed because it went away (`| head` done): the end of the run, not an error. */
const readerGone = (error: unknown) => ["EPIPE", "ERR_STREAM_DESTROYED", "ECONNRESET"].includes((error as NodeJS.ErrnoException)?.code ?? "");

/**
 * `--out -`: the rows go to stdout as they are made (CSV or JSON Lines), the
 * summary to stderr, and no file (card, split) is written. A reader that
 * stops early (EPIPE) ends the run quietly with exit 0; Ctrl-C ends it as any
 * run (130).
 */
export async function streamToStdout(args: CliArgs, input: DatasetInput, io: CliIO): Promise<void> {
  const format = checkStreamable(args);
  const rows = checkRows(args.rows ?? 1000);
  const seed = checkSeed(args.seed);
  const described = await resolveSpec(input, { planner: args.planner, signal: io.signal });
  for (const w of described.warnings) io.stderr.write(`warning: ${escapeControlCharacters(w)}\n`);

  const out = io.stdout;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const onError = (error: unknown) => {
    failure ??= error;
    wake?.();
  };
  out.on("error", onError);
  // A stop (Ctrl-C) must also end a wait for a reader that never drains.
  const onAbort = () => wake?.();
  io.signal.addEventListener("abort", onAbort);
  try {
    for await (const chunk of datasetTextChunks(described.spec, { rows, seed, format, signal: io.signal, ...(args.workers !== undefined ? { workers: args.workers } : {}), ...(args.bom ? { bom: true } : {}) })) {
      if (failure !== undefined || io.signal.aborted) break;
      if (!out.write(chunk)) {
        const drained = new Promise<void>((resolve) => (wake = resolve));
        const woken = wake!;
        out.once("drain", woken);
        await drained;
        out.off("drain", woken);
        wake = undefined;
      }
    }
  } finally {
    io.signal.removeEventListener("abort", onAbort);
  }
  if (io.signal.aborted) throw new SynthdataError("CANCELLED", "generation was cancelled");
  if (failure !== undefined) {
    // The listener stays: a write still queued may fail the same way after we return.
    if (readerGone(failure)) return;
    throw new SynthdataError("IO_ERROR", `could not write to stdout: ${(failure as Error).message}`, { cause: failure });
  }
  out.off("error", onError);
  io.stderr.write(`${escapeControlCharacters(`Streamed ${rows} rows x ${described.spec.columns.length} columns to stdout (${format}); seed ${seed} (pass --seed ${seed} for the same data); ${describeOrigin(described)}`)}\n`);
}
