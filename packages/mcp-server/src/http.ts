import { once } from "node:events";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { OUTPUT_FORMATS, checkRows, checkSeed, isMultiTable, resolveSpec, workerPoolStats, type DatasetInput } from "@synthdata/core";
import { z } from "zod";
import { describeFailure, type Failure } from "./failures.js";
import { createHttpTrust, isJsonContentType, isLoopbackHost, isLoopbackName, isLoopbackOrigin, type HttpTrust } from "./httpTrust.js";
import type { ServerConfig } from "./server.js";
import { McpSessions } from "./sessions.js";
import { FORMAT_MEDIA_TYPES } from "./mediaTypes.js";
import { attachmentName, datasetBody, negotiateFormat, tablesBody } from "./restFormat.js";
import { DESCRIPTION_MAX } from "./tools/guide.js";
import { SERVER_VERSION } from "./version.js";

/** Request bodies larger than this are refused (413): a spec or a description is a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** A too-large body up to this size is read and dropped so the client can read the 413; beyond it the connection is closed. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

export interface HttpHandle {
  url: string;
  port: number;
  server: Server;
  /** The token that lets a page on any origin use the OpenAI key (printed at start-up). */
  token: string;
  close(): Promise<void>;
}

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Content-Disposition, Mcp-Session-Id, Retry-After, X-Synthdata-Seed, X-Synthdata-Rows, X-Synthdata-Source, X-Synthdata-Tables, X-Synthdata-Warning",
};
const PREFLIGHT_HEADERS = {
  "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization, X-Synthdata-Token, Mcp-Session-Id, Mcp-Protocol-Version, Last-Event-ID",
  "Access-Control-Max-Age": "86400",
};
const ROUTES: Record<string, string[]> = { "/health": ["GET"], "/generate": ["POST"], "/mcp": ["POST", "GET", "DELETE"] };

const generateBody = z
  .object({
    description: z.string({ error: "description must be text" }).min(1, "description is empty").max(DESCRIPTION_MAX, `description must be under ${DESCRIPTION_MAX} characters`).optional(),
    spec: z.record(z.string(), z.unknown(), { error: "spec must be a JSON object (a DatasetSpec)" }).optional(),
    rows: z.number({ error: "rows must be a number, e.g. 1000" }).optional(),
    seed: z.number({ error: "seed must be a number" }).optional(),
    format: z.enum(OUTPUT_FORMATS, { error: `format must be one of ${OUTPUT_FORMATS.join(", ")}` }).optional(),
    table: z.string({ error: "table must be a table name, e.g. orders" }).min(1).max(63).optional(),
  })
  .strict();

/**
 * MCP over Streamable HTTP at /mcp in session mode (initialize returns an
 * Mcp-Session-Id; each session has its own server, so a client's
 * notifications/cancelled reaches the call it cancels), plus REST for plain
 * HTTP callers.
 */
export async function startHttp(config: ServerConfig, options: { port: number; host: string; allowOrigins?: readonly string[] }): Promise<HttpHandle> {
  const loopbackOnly = isLoopbackName(options.host);
  const sessions = new McpSessions(config);
  const trust = createHttpTrust(options.allowOrigins ?? []);
  const server = createHttpServer((req, res) => {
    handle(req, res, config, sessions, trust, loopbackOnly).catch((error: unknown) => {
      config.log(`http ${req.method} ${req.url} failed: ${(error as Error)?.stack ?? String(error)}`);
      if (!res.headersSent) sendError(res, describeFailure(error));
      else res.destroy();
    });
  });
  server.listen(options.port, options.host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    server,
    token: trust.token,
    close: async () => {
      await sessions.closeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, config: ServerConfig, sessions: McpSessions, trust: HttpTrust, loopbackOnly: boolean): Promise<void> {
  for (const [k, v] of Object.entries(CORS_HEADERS)) res.setHeader(k, v);
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const methods = ROUTES[path];
  if (loopbackOnly && !isLoopbackHost(req.headers.host)) {
    // A page on another site reaching us through DNS rebinding arrives with its own Host name.
    return sendError(res, fail("HOST_NOT_ALLOWED", `Host ${JSON.stringify(req.headers.host ?? "")} is not allowed: this server only answers as localhost / 127.0.0.1; start it with --host to serve other names`, 403));
  }
  if (!methods) return sendError(res, fail("NOT_FOUND", `no route ${req.method} ${path}; try POST /generate, GET /health or POST /mcp`, 404));
  if (req.method === "OPTIONS") {
    res.writeHead(204, { ...PREFLIGHT_HEADERS, "Access-Control-Allow-Methods": [...methods, "OPTIONS"].join(", ") });
    res.end();
    return;
  }
  if (!methods.includes(req.method ?? "")) {
    res.setHeader("Allow", [...methods, "OPTIONS"].join(", "));
    return sendError(res, fail("METHOD_NOT_ALLOWED", `${req.method} is not allowed on ${path}; use ${methods.join(" or ")}`, 405));
  }
  if (path === "/health") {
    // The worker figures let an operator (and a test) see that concurrent requests share one bounded pool.
    const workers = workerPoolStats();
    return sendJson(res, 200, { status: "ok", name: "synthdata-mcp", version: SERVER_VERSION, maxRows: config.maxRows, planner: config.planner, sessions: sessions.size, workers });
  }
  if (path === "/mcp") return handleMcp(req, res, sessions);
  return handleGenerate(req, res, config, trust);
}

async function handleMcp(req: IncomingMessage, res: ServerResponse, sessions: McpSessions): Promise<void> {
  const origin = req.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin)) {
    // MCP tools write files: unlike REST, /mcp is not for pages from other sites.
    return sendError(res, fail("ORIGIN_NOT_ALLOWED", `Origin ${origin} may not use /mcp; call it from a local client or use REST POST /generate`, 403));
  }
  let body: unknown;
  if (req.method === "POST") {
    body = await readJson(req, res);
    if (body === NO_BODY) return;
  }
  await sessions.handle(req, res, body);
}

async function handleGenerate(req: IncomingMessage, res: ServerResponse, config: ServerConfig, trust: HttpTrust): Promise<void> {
  const who = trust.classify(req);
  if (who.kind === "bad-token") {
    return sendError(res, fail("BAD_TOKEN", "the token sent (Authorization: Bearer or X-Synthdata-Token) is not this server's; use the one it printed on stderr at start-up, or send none", 401));
  }
  const body = await readJson(req, res);
  if (body === NO_BODY) return;
  const parsed = generateBody.safeParse(body);
  if (!parsed.success) {
    const text = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
    return sendError(res, fail("INVALID_ARGUMENT", `${text}. Send JSON like {"description": "customers with name and age", "rows": 100}`, 400));
  }
  const { description, spec, rows: askedRows, seed: askedSeed } = parsed.data;
  const format = negotiateFormat(req.headers.accept, parsed.data.format);
  if (typeof format !== "string") return sendError(res, format);
  if ((description === undefined) === (spec === undefined)) {
    return sendError(res, fail("INVALID_ARGUMENT", 'send exactly one of "description" (plain English) or "spec" (a DatasetSpec)', 400));
  }
  if (typeof askedRows === "number" && Number.isInteger(askedRows) && askedRows > config.maxRows) {
    return sendError(res, fail("TOO_MANY_ROWS", `rows ${askedRows} is over this server's limit of ${config.maxRows}; ask for fewer rows or start the server with a higher --max-rows`, 413));
  }
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  try {
    const rows = checkRows(askedRows ?? 1000, config.maxRows);
    const seed = checkSeed(askedSeed);
    const input: DatasetInput = spec !== undefined ? { spec } : { description: description! };
    // A page on an origin not allowed gets everything but the key: the offline planner (and its cache), or its own spec.
    const foreign = who.kind === "foreign" && description !== undefined && config.mayCallOpenAI && config.planner !== "offline";
    const described = await resolveSpec(input, { planner: foreign ? "offline" : config.planner, signal: controller.signal });
    // A dataset of several tables: one table's file (`table` field or ?table=), else a zip of them all with schema.sql.
    const table = parsed.data.table ?? new URL(req.url ?? "/", "http://localhost").searchParams.get("table") ?? undefined;
    if (isMultiTable(described.spec)) {
      const out = await tablesBody(described.spec, format, { rows, seed, signal: controller.signal, table });
      if (controller.signal.aborted) return;
      res.writeHead(200, {
        "Content-Type": out.table === undefined ? "application/zip" : FORMAT_MEDIA_TYPES[format],
        "Content-Disposition": `attachment; filename="${out.filename}"`,
        "Content-Length": String(out.body.length),
        "X-Synthdata-Seed": String(seed),
        "X-Synthdata-Rows": String(rows),
        "X-Synthdata-Source": described.source,
        "X-Synthdata-Tables": out.tables.join(","),
        ...(foreign ? { "X-Synthdata-Warning": foreignWarning(who.kind === "foreign" ? who.origin : "") } : {}),
      });
      res.end(out.body);
      return;
    }
    if (table !== undefined) return sendError(res, fail("INVALID_ARGUMENT", `"table" is for a spec of several tables; this one is a single table: leave table out`, 400));
    const chunks = datasetBody(described.spec, format, { rows, seed, signal: controller.signal });
    // Pull the header and the first block before the status line: most failures show up by then and still get a JSON error.
    const head: (string | Uint8Array)[] = [];
    for (let i = 0; i < 2; i++) {
      const next = await chunks.next();
      if (next.done) break;
      head.push(next.value);
    }
    res.writeHead(200, {
      "Content-Type": FORMAT_MEDIA_TYPES[format],
      "Content-Disposition": `attachment; filename="${attachmentName(described.spec, format)}"`,
      "X-Synthdata-Seed": String(seed),
      "X-Synthdata-Rows": String(rows),
      "X-Synthdata-Source": described.source,
      ...(foreign ? { "X-Synthdata-Warning": foreignWarning(who.kind === "foreign" ? who.origin : "") } : {}),
    });
    for (const chunk of head) await write(res, chunk);
    for await (const chunk of chunks) {
      if (controller.signal.aborted) return;
      await write(res, chunk);
    }
    res.end();
  } catch (error) {
    if (controller.signal.aborted) return;
    if (res.headersSent) {
      // Mid-stream: the status is gone, so cut the body short rather than send a CSV that looks complete.
      config.log(`POST /generate failed mid-stream: ${describeFailure(error).message}`);
      res.destroy();
      return;
    }
    const failure = describeFailure(error);
    if (!failure.input) config.log(`POST /generate failed: ${failure.code}: ${failure.message}`);
    sendError(res, failure);
  }
}

/** Writes a chunk, waiting for drain; resolves early if the client went away. */
async function write(res: ServerResponse, chunk: string | Uint8Array): Promise<void> {
  if (res.write(chunk) || res.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

const NO_BODY = Symbol("no body");

/** The parsed JSON body, or NO_BODY after an error response was sent. */
async function readJson(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  const type = req.headers["content-type"];
  // JSON only: text/plain, forms and a missing type are what a page may send cross-origin without a preflight.
  if (!isJsonContentType(type)) {
    sendError(res, fail("UNSUPPORTED_MEDIA_TYPE", `send the body as JSON with Content-Type: application/json (got ${type === undefined ? "no Content-Type" : type})`, 415));
    return NO_BODY;
  }
  // A body over the limit is read to its end and dropped before the 413 goes out: answering while
  // the client is still sending makes it fail with EPIPE instead of reading the answer. Past
  // DRAIN_LIMIT_BYTES the connection is closed instead, so nobody can stream forever.
  const declared = Number(req.headers["content-length"] ?? 0);
  const parts: Buffer[] = [];
  let size = 0;
  if (declared <= DRAIN_LIMIT_BYTES) {
    for await (const part of req as AsyncIterable<Buffer>) {
      size += part.length;
      if (size > DRAIN_LIMIT_BYTES) break;
      if (size <= MAX_BODY_BYTES) parts.push(part);
    }
  }
  if (declared > MAX_BODY_BYTES || size > MAX_BODY_BYTES) {
    const closeConnection = declared > DRAIN_LIMIT_BYTES || size > DRAIN_LIMIT_BYTES;
    sendError(res, fail("BODY_TOO_LARGE", `the body is ${Math.max(declared, size)} bytes or more; the limit is ${MAX_BODY_BYTES}`, 413), closeConnection);
    return NO_BODY;
  }
  const text = Buffer.concat(parts).toString("utf8");
  if (text.trim() === "") {
    sendError(res, fail("INVALID_JSON", 'the body is empty; send JSON like {"description": "customers with name and age"}', 400));
    return NO_BODY;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    sendError(res, fail("INVALID_JSON", `the body is not valid JSON: ${(error as Error).message}`, 400));
    return NO_BODY;
  }
}

function fail(code: string, message: string, status: number): Failure {
  return { code, message, status, input: status < 500 };
}

function sendError(res: ServerResponse, failure: Failure, closeConnection = false): void {
  if (closeConnection) res.setHeader("Connection", "close");
  sendJson(res, failure.status === 499 ? 400 : failure.status, { error: { code: failure.code, message: failure.message } });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

/** Header text (ASCII, one line) telling a foreign page why it got the offline planner. */
function foreignWarning(origin: string): string {
  const shown = origin.replace(/[^\x20-\x7e]/g, "?").slice(0, 200);
  return `planned offline: requests from ${shown} may not use this server's OpenAI key; start it with --allow-origin ${shown} or send the token it printed at start-up`;
}
