import { resolve, sep } from "node:path";
import { SynthdataError, checkOutputPath, escapeControlCharacters, generateDataset, type DatasetInput } from "@synthdata/core/doors";
import type { CliArgs } from "../args.js";
import { ProgressBar } from "../progress.js";
import type { CliIO } from "../io.js";
import { describeOrigin } from "./origin.js";
import { readSpecFile } from "./specFile.js";
import { streamToStdout } from "./stdout.js";

export async function generateCommand(args: CliArgs, io: CliIO): Promise<void> {
  const input: DatasetInput = args.schema !== undefined ? { spec: await readSpecFile(args.schema) } : { description: args.description! };
  if (args.out === "-") return streamToStdout(args, input, io);
  // "shop/" names a folder: what a dataset of several tables is written into (one table needs a file name; core says so).
  const folder = args.out !== undefined && /[\\/]$/.test(args.out) && args.out.replace(/[\\/]+$/, "") !== "";
  if (args.out !== undefined) checkOutputPath(folder ? args.out.replace(/[\\/]+$/, "") : args.out, "--out");
  const progress = io.stderr.isTTY ? new ProgressBar(io.stderr, "generating") : undefined;
  const result = await generateDataset(input, {
    planner: args.planner,
    ...(args.rows !== undefined ? { rows: args.rows } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    // Without --out, a free name from the title is claimed, so an earlier file is never replaced.
    ...(args.out !== undefined ? { outPath: resolve(io.cwd, args.out) + (folder ? sep : "") } : { outDir: resolve(io.cwd) }),
    overwrite: args.force,
    signal: io.signal,
    onProgress: (done, total) => progress?.update(done, total),
    split: args.split === undefined ? undefined : { train: args.split, by: args.splitBy },
    card: args.card,
    ...(args.workers !== undefined ? { workers: args.workers } : {}),
    ...(args.bom ? { bom: true } : {}),
    ...(args.format !== undefined ? { format: args.format } : {}),
    ...(args.exam ? { exam: true } : {}),
    ...(args.scenario.length > 0 ? { scenario: args.scenario } : {}),
  });
  progress?.done();
  for (const w of result.warnings) io.stderr.write(`warning: ${escapeControlCharacters(w)}\n`);
  const { files, card } = result;
  const lines = result.tables
    ? [`Wrote ${Object.keys(result.tables).length} tables to ${result.path}/${result.format === "csv" ? "" : ` (${result.format})`}: ${Object.entries(result.tables).map(([name, t]) => `${name} (${t.rows} rows)`).join(", ")}`, `  keys: ${result.schemaSqlFile}`]
    : [`Wrote ${result.rows} rows x ${result.columns.length} columns${files.exam ? " as an exam" : ` to ${result.path}`}${result.format === "csv" ? "" : ` (${result.format})`}`];
  if (files.exam && card?.split && card.exam) {
    lines.push(`  for the learner: ${files.train} (${card.split.trainRows} rows, with ${card.exam.target}), ${files.exam} (${card.exam.rows} rows, without it, ${card.exam.idColumn} per row)`);
    lines.push(`  keep the card: it is the answer key; grade with: synthdata grade ${files.cardJson} <predictions.csv>`);
  } else if (files.train && card?.split) lines.push(`  split: ${files.train} (${card.split.trainRows} rows), ${files.test} (${card.split.testRows} rows)`);
  if (files.cardMarkdown) lines.push(`  card: ${files.cardMarkdown} (and ${result.tables ? "card.json" : ".card.json"}): ${result.tables ? "tables and keys, " : ""}column stats, hidden relationships, injected mess`);
  if (card?.signal) lines.push(`  signal check: ${card.signal.target} ${card.signal.metric} ${card.signal.score} vs ${card.signal.baseline} for a blind guess (${card.signal.note ?? card.signal.verdict})`);
  if (card?.signal?.ceiling !== undefined) lines.push(`  ceiling: best possible ${card.signal.metric} ${card.signal.ceiling}; the baseline model gets ${card.signal.score}`);
  if (card?.spec.scenario?.length) lines.push(`  scenarios: ${card.spec.scenario.map((s) => s.kind).join(", ")} (what each hides is in the card's answer key)`);
  lines.push(`  seed ${result.seed} (pass --seed ${result.seed} for the same data); ${describeOrigin(result)}`);
  // Column names and paths are user text: shown, never acted on by the terminal.
  io.stderr.write(`${lines.map((l) => escapeControlCharacters(l)).join("\n")}\n`);
}
