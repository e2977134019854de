import { describeSchema, escapeControlCharacters } from "@synthdata/core/doors";
import type { CliArgs } from "../args.js";
import type { CliIO } from "../io.js";
import { describeOrigin } from "./origin.js";

export async function schemaCommand(args: CliArgs, io: CliIO): Promise<void> {
  const result = await describeSchema(args.description!, { planner: args.planner, signal: io.signal });
  for (const w of result.warnings) io.stderr.write(`warning: ${escapeControlCharacters(w)}\n`);
  io.stderr.write(`${describeOrigin(result)}: ${result.spec.columns.length} columns\n`);
  io.stdout.write(`${JSON.stringify(result.spec, null, 2)}\n`);
}
