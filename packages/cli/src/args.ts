import { parseArgs } from "node:util";
import { SynthdataError } from "@synthdata/core";

export const USAGE = `synthdata: describe a dataset in plain English, get a realistic CSV

Usage:
  synthdata generate "<description>" [--rows N] [--seed S] [--out PATH] [--force]
                     [--schema SPEC.json] [--planner auto|offline|openai]
  synthdata schema "<description>" [--planner auto|offline|openai]
  synthdata --help | --version

Examples:
  synthdata generate "customers with name, email, age, city and whether they churned" --rows 5000 --seed 7
  synthdata schema "loan applications with income, credit score 300-850 and whether the loan defaulted" > loans.json
  synthdata generate --schema loans.json --rows 100000 --out loans.csv

Options:
  --rows N        rows to generate (default 1000)
  --seed S        same seed, same bytes (default: a random seed, printed so you can reuse it)
  --out PATH      where to write the CSV (default: a name made from the title, in this folder)
  --force         overwrite --out if it exists
  --schema FILE   generate from a DatasetSpec JSON file instead of a description
  --planner P     auto (OpenAI when OPENAI_API_KEY is set, else offline), offline, or openai

Exit codes: 0 done, 2 bad input (the message says what to change), 1 other failure.`;

export interface CliArgs {
  command: "generate" | "schema" | "help" | "version";
  description: string | undefined;
  rows: number | undefined;
  seed: number | undefined;
  out: string | undefined;
  force: boolean;
  schema: string | undefined;
  planner: "auto" | "offline" | "openai";
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        rows: { type: "string", short: "n" },
        seed: { type: "string", short: "s" },
        out: { type: "string", short: "o" },
        force: { type: "boolean", short: "f", default: false },
        schema: { type: "string" },
        planner: { type: "string", default: "auto" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new SynthdataError("INVALID_ARGUMENT", `${(error as Error).message}\nRun "synthdata --help" for usage.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return base("help");
  if (values.version) return base("version");
  const [command, ...rest] = positionals;
  if (command === undefined) return base("help");
  if (command !== "generate" && command !== "schema") {
    throw new SynthdataError("INVALID_ARGUMENT", `unknown command "${command}"; use "generate" or "schema" (see synthdata --help)`);
  }
  const planner = values.planner;
  if (planner !== "auto" && planner !== "offline" && planner !== "openai") {
    throw new SynthdataError("INVALID_ARGUMENT", `--planner must be auto, offline or openai, got "${planner}"`);
  }
  const description = rest.length > 0 ? rest.join(" ") : undefined;
  if (description === undefined && values.schema === undefined) {
    throw new SynthdataError("INVALID_ARGUMENT", `${command} needs a description in quotes${command === "generate" ? " or --schema SPEC.json" : ""}, e.g. synthdata ${command} "customers with name, email and age"`);
  }
  if (command === "schema" && values.schema !== undefined) {
    throw new SynthdataError("INVALID_ARGUMENT", "schema prints the spec for a description; --schema only applies to generate");
  }
  return {
    command,
    description,
    rows: values.rows === undefined ? undefined : wholeNumber("--rows", values.rows),
    seed: values.seed === undefined ? undefined : wholeNumber("--seed", values.seed),
    out: values.out,
    force: values.force ?? false,
    schema: values.schema,
    planner,
  };
}

function base(command: "help" | "version"): CliArgs {
  return { command, description: undefined, rows: undefined, seed: undefined, out: undefined, force: false, schema: undefined, planner: "auto" };
}

function wholeNumber(flag: string, text: string): number {
  const cleaned = text.replace(/_/g, "");
  if (!/^\d+$/.test(cleaned)) throw new SynthdataError("INVALID_ARGUMENT", `${flag} must be a whole number, got "${text}"`);
  return Number(cleaned);
}
