import { constants } from "node:os";
import { escapeControlCharacters, isInputError, isSynthdataError } from "@synthdata/core/doors";
import { USAGE, parseCliArgs } from "./args.js";
import { generateCommand } from "./commands/generate.js";
import { schemaCommand } from "./commands/schema.js";
import { previewCommand } from "./commands/preview.js";
import { cacheCommand } from "./commands/cache.js";
import { gradeCommand } from "./commands/grade.js";
import type { CliIO } from "./io.js";
import { VERSION } from "./version.js";

/** The signals that stop a run cleanly, like Ctrl-C. */
export const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** 128 + the signal's number, the shell's convention: 130 for SIGINT, 143 SIGTERM, 129 SIGHUP. */
export function interruptedExitCode(reason: unknown): number {
  const number = typeof reason === "string" ? constants.signals[reason as NodeJS.Signals] : undefined;
  return number === undefined ? 130 : 128 + number;
}

/** Runs one CLI invocation and returns its exit code: 0 done, 2 bad input, 1 other failure, 128 + signal when interrupted. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case "help":
        io.stdout.write(`${USAGE}\n`);
        return 0;
      case "version":
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case "generate":
        await generateCommand(args, io);
        return 0;
      case "schema":
        await schemaCommand(args, io);
        return 0;
      case "preview":
        await previewCommand(args, io);
        return 0;
      case "cache":
        await cacheCommand(args, io);
        return 0;
      case "grade":
        await gradeCommand(args, io);
        return 0;
    }
  } catch (error) {
    if (isSynthdataError(error) && error.code === "CANCELLED") {
      io.stderr.write("\nInterrupted; no file was written.\n");
      return interruptedExitCode(io.signal.reason);
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`error: ${escapeControlCharacters(message, { keepNewlines: true })}\n`);
    return isInputError(error) ? 2 : 1;
  }
}
