import { resolve } from "node:path";
import { escapeControlCharacters, gradePredictionFiles, renderGrade } from "@synthdata/core/doors";
import type { CliArgs } from "../args.js";
import type { CliIO } from "../io.js";

/** `synthdata grade <card.json> <predictions.csv>`: the report on stdout (it is the command's output). */
export async function gradeCommand(args: CliArgs, io: CliIO): Promise<void> {
  const [card, predictions] = args.files.map((f) => resolve(io.cwd, f));
  const report = await gradePredictionFiles(card!, predictions!, { signal: io.signal });
  io.stdout.write(`${escapeControlCharacters(renderGrade(report), { keepNewlines: true })}\n`);
}
