import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { SynthdataError, type PlannerChoice } from "@synthdata/core";
import { normaliseOrigin } from "./httpTrust.js";

/** The rows cap when --max-rows is not given: large enough for real use, small enough to stop a typo filling a disk. */
export const DEFAULT_MAX_ROWS = 1_000_000;
export const DEFAULT_PORT = 8000;
export const DEFAULT_HOST = "127.0.0.1";

export interface ServerArgs {
  /** Where files go; undefined means "the client's roots if it has any, else the working folder". */
  outputDir: string | undefined;
  maxRows: number;
  planner: PlannerChoice;
  http: boolean;
  port: number;
  host: string;
  /** Browser origins (scheme://host[:port]) whose REST requests may use the OpenAI key. */
  allowOrigins: string[];
  /** Worker threads shared by every call; undefined picks by core count. */
  workers: number | undefined;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: synthdata-mcp [options]

Serves the synthdata tools (describe_schema, generate_dataset) over MCP.

Options:
  --output-dir <dir>   folder the server may write CSV files into (default: the
                       client's roots when it lists any, else the working folder)
  --max-rows <n>       largest dataset one call may ask for (default ${DEFAULT_MAX_ROWS})
  --planner <p>        auto | offline | openai (default auto: OpenAI when
                       OPENAI_API_KEY is set, else the offline planner)
  --http               serve MCP over Streamable HTTP at /mcp, plus REST
                       POST /generate and GET /health, instead of stdio
  --port <n>           HTTP port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <addr>        HTTP address to bind (default ${DEFAULT_HOST})
  --allow-origin <url> a browser origin (e.g. https://app.example) whose REST
                       requests may use the OpenAI key; repeatable. Other
                       origins plan offline unless they send the token
                       printed at start-up
  --workers <n>        worker threads shared by all calls (default: one per
                       core but one, none on fewer than 3 cores; at most the
                       core count)
  -h, --help           show this help
  -v, --version        show the version

Environment: OPENAI_API_KEY, OPENAI_BASE_URL, SYNTHDATA_CACHE_DIR.
`;

/** Parses argv (without node and the script); throws INVALID_ARGUMENT with a fix on bad input. */
export function parseServerArgs(argv: string[], cwd: string): ServerArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        "output-dir": { type: "string" },
        "max-rows": { type: "string" },
        planner: { type: "string" },
        http: { type: "boolean" },
        port: { type: "string" },
        host: { type: "string" },
        "allow-origin": { type: "string", multiple: true },
        workers: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new SynthdataError("INVALID_ARGUMENT", `${(error as Error).message}; run synthdata-mcp --help for the options`);
  }
  const v = parsed.values;
  const planner = v.planner ?? "auto";
  if (planner !== "auto" && planner !== "offline" && planner !== "openai") {
    throw new SynthdataError("INVALID_ARGUMENT", `--planner must be auto, offline or openai, got ${JSON.stringify(planner)}`);
  }
  if (!v.http && (v.port !== undefined || v.host !== undefined || v["allow-origin"] !== undefined)) {
    throw new SynthdataError("INVALID_ARGUMENT", "--port, --host and --allow-origin only apply with --http");
  }
  const allowOrigins = (v["allow-origin"] ?? []).map((text) => {
    const origin = normaliseOrigin(text);
    if (origin === undefined) throw new SynthdataError("INVALID_ARGUMENT", `--allow-origin must be an http(s) origin like https://app.example, got ${JSON.stringify(text)}`);
    return origin;
  });
  return {
    outputDir: v["output-dir"] === undefined ? undefined : resolve(cwd, v["output-dir"]),
    maxRows: v["max-rows"] === undefined ? DEFAULT_MAX_ROWS : wholeNumber("--max-rows", v["max-rows"], 1, 1_000_000_000),
    planner,
    http: v.http ?? false,
    port: v.port === undefined ? DEFAULT_PORT : wholeNumber("--port", v.port, 0, 65535),
    host: v.host ?? DEFAULT_HOST,
    allowOrigins,
    workers: v.workers === undefined ? undefined : wholeNumber("--workers", v.workers, 0, 1024),
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new SynthdataError("INVALID_ARGUMENT", `${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return n;
}
