import { parseArgs } from "node:util";
import { SynthdataError, checkFormat, checkScenarioNames, type OutputFormat, type ScenarioKind } from "@synthdata/core/doors";

export const USAGE = `synthdata: describe a dataset in plain English, get a realistic CSV

Usage:
  synthdata generate "<description>" [--rows N] [--seed S] [--out PATH] [--force]
                     [--schema SPEC.json] [--planner auto|offline|openai]
                     [--split 0.8 [--split-by random|time]] [--no-card] [--workers N] [--bom]
                     [--format csv|jsonl|parquet|sqlite] [--exam] [--scenario leak,drift,...]
  synthdata grade <name>.card.json <predictions.csv>
  synthdata preview "<description>" [--rows 10] [--schema SPEC.json]
  synthdata schema "<description>" [--planner auto|offline|openai]
  synthdata cache path | clear
  synthdata --help | --version

Examples:
  synthdata generate "customers with name, email, age, city and whether they churned" --rows 5000 --seed 7
  synthdata schema "loan applications with income, credit score 300-850 and whether the loan defaulted" > loans.json
  synthdata generate --schema loans.json --rows 100000 --out loans.csv
  synthdata generate "transactions with amount, merchant category and 2% fraud, some missing values" --split 0.8
  synthdata generate "orders with date, amount and status" --rows 1000000 --out orders.parquet
  synthdata generate "customers with name, age and plan" --format jsonl --out - | head -3
  synthdata preview "patients with age, blood pressure and whether they were readmitted"
  synthdata generate "customers with tenure, plan and whether they churned" --split 0.8 --exam --out churn.csv
  synthdata grade churn.card.json my-predictions.csv
  synthdata generate "customers with age, tenure, plan and whether they churned" --scenario leak,drift

Options:
  --rows N        rows to generate (default 1000)
  --seed S        same seed, same bytes (default: a random seed, printed so you can reuse it)
  --out PATH      where to write the data (default: a name made from the title, in this folder);
                  - streams CSV or JSON Lines to stdout (no card, no split; the summary goes to stderr)
  --format F      csv (default), jsonl, parquet or sqlite; inferred from --out's extension
                  (.csv .jsonl .ndjson .parquet .sqlite .db); an error when they disagree
  --force         overwrite --out if it exists
  --schema FILE   generate from a DatasetSpec JSON file instead of a description
  --planner P     auto (OpenAI when OPENAI_API_KEY is set, else offline), offline, or openai
  --split S       also write <name>.train.csv and <name>.test.csv with share S in train (e.g. 0.8),
                  stratified on the target; --split-by time splits on the first date column
  --exam          with --split: write <name>.train.csv (with the target) and <name>.exam.csv (the test
                  rows without it, each with a row_id) and the card, but no file holding the answers;
                  \`synthdata grade\` re-derives them from the card and scores a CSV of row_id and predictions
  --scenario K    build in teaching scenarios, comma-separated: leak, confounder, paradox, multicollinear,
                  nonlinear, imbalance, drift (drift splits 80/20 unless --split); each is explained in
                  the card's answer key
  --no-card       skip <name>.card.md / <name>.card.json (the dataset card: stats, answer key, signal check)
  --bom           start the CSV with a UTF-8 byte order mark (for Excel on Windows)
  --workers N     worker threads (default: cores - 1 from 500,000 rows on 3+ cores; 1 = this thread only)

Environment: OPENAI_API_KEY, OPENAI_BASE_URL (any OpenAI-compatible server), SYNTHDATA_MODEL,
SYNTHDATA_CACHE_DIR (where specs are cached); also read from a .env file in this folder.

Exit codes: 0 done, 2 bad input (the message says what to change), 1 other failure.`;

export interface CliArgs {
  command: "generate" | "preview" | "schema" | "cache" | "grade" | "help" | "version";
  /** grade: the card and the predictions file. */
  files: string[];
  exam: boolean;
  cacheAction: "path" | "clear" | undefined;
  split: number | undefined;
  splitBy: "random" | "time";
  card: boolean;
  workers: number | undefined;
  bom: boolean;
  description: string | undefined;
  rows: number | undefined;
  seed: number | undefined;
  out: string | undefined;
  force: boolean;
  schema: string | undefined;
  planner: "auto" | "offline" | "openai";
  /** As given; generate checks it against --out's extension. */
  format: OutputFormat | undefined;
  /** --scenario, checked: teaching scenarios to build in. */
  scenario: ScenarioKind[];
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
        split: { type: "string" },
        "split-by": { type: "string", default: "random" },
        "no-card": { type: "boolean", default: false },
        workers: { type: "string" },
        bom: { type: "boolean", default: false },
        exam: { type: "boolean", default: false },
        format: { type: "string" },
        scenario: { type: "string", multiple: true },
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
  if (command === "cache") {
    const action = rest[0];
    if (rest.length !== 1 || (action !== "path" && action !== "clear")) {
      throw new SynthdataError("INVALID_ARGUMENT", 'use "synthdata cache path" (where specs are cached) or "synthdata cache clear" (forget them)');
    }
    return { ...base("cache"), cacheAction: action };
  }
  if (command === "grade") {
    if (rest.length !== 2) throw new SynthdataError("INVALID_ARGUMENT", 'use "synthdata grade <name>.card.json <predictions.csv>": the exam\'s card, then a CSV of row_id and your predictions');
    return { ...base("grade"), files: rest };
  }
  if (command !== "generate" && command !== "schema" && command !== "preview") {
    throw new SynthdataError("INVALID_ARGUMENT", `unknown command "${command}"; use "generate", "preview", "schema", "grade" or "cache" (see synthdata --help)`);
  }
  if (values.exam && values.split === undefined) throw new SynthdataError("INVALID_ARGUMENT", "--exam needs --split (e.g. --split 0.8): the test rows become the exam");
  const splitBy = values["split-by"];
  if (splitBy !== "random" && splitBy !== "time") {
    throw new SynthdataError("INVALID_ARGUMENT", `--split-by must be random or time, got "${splitBy}"`);
  }
  const planner = values.planner;
  if (planner !== "auto" && planner !== "offline" && planner !== "openai") {
    throw new SynthdataError("INVALID_ARGUMENT", `--planner must be auto, offline or openai, got "${planner}"`);
  }
  const description = rest.length > 0 ? rest.join(" ") : undefined;
  if (description === undefined && values.schema === undefined) {
    throw new SynthdataError("INVALID_ARGUMENT", `${command} needs a description in quotes${command !== "schema" ? " or --schema SPEC.json" : ""}, e.g. synthdata ${command} "customers with name, email and age"`);
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
    cacheAction: undefined,
    split: values.split === undefined ? undefined : share("--split", values.split),
    splitBy,
    card: !values["no-card"],
    workers: values.workers === undefined ? undefined : wholeNumber("--workers", values.workers),
    bom: values.bom ?? false,
    format: values.format === undefined ? undefined : cliFormat(values.format),
    files: [],
    exam: values.exam ?? false,
    scenario: values.scenario === undefined ? [] : cliScenarios(values.scenario),
  };
}

function cliScenarios(values: string[]): ScenarioKind[] {
  try {
    return checkScenarioNames(values.join(","));
  } catch (error) {
    throw new SynthdataError("INVALID_ARGUMENT", `--scenario: ${(error as Error).message}`);
  }
}

function cliFormat(text: string): OutputFormat {
  try {
    return checkFormat(text);
  } catch {
    throw new SynthdataError("INVALID_ARGUMENT", `--format must be csv, jsonl, parquet or sqlite, got "${text}"`);
  }
}

function base(command: "help" | "version" | "cache" | "grade"): CliArgs {
  return {
    command,
    files: [],
    exam: false,
    description: undefined,
    rows: undefined,
    seed: undefined,
    out: undefined,
    force: false,
    schema: undefined,
    planner: "auto",
    cacheAction: undefined,
    split: undefined,
    splitBy: "random",
    card: true,
    workers: undefined,
    bom: false,
    format: undefined,
    scenario: [],
  };
}

function share(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new SynthdataError("INVALID_ARGUMENT", `${flag} takes the share of rows for training, between 0 and 1 (e.g. 0.8); got "${text}"`);
  }
  return value;
}

function wholeNumber(flag: string, text: string): number {
  const cleaned = text.replace(/_/g, "");
  if (!/^\d+$/.test(cleaned)) throw new SynthdataError("INVALID_ARGUMENT", `${flag} must be a whole number, got "${text}"`);
  return Number(cleaned);
}
