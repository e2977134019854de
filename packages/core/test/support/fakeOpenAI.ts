import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A real HTTP server on 127.0.0.1 that speaks just enough of the OpenAI API
 * (POST /v1/chat/completions) for the planner's tests: it records every request
 * and answers from a queue of canned replies, one per request, in order.
 * It is the network edge, not a stub of the planner.
 */

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** Raw body text, as the client sent it. */
  raw: string;
  /** Parsed JSON body (undefined when it did not parse). */
  body: any;
  /** True once the client closed the connection before the answer was complete (an aborted request). */
  closedEarly: boolean;
}

export type Reply =
  /** A JSON answer with a status. */
  | { kind: "json"; status: number; body: unknown; headers?: Record<string, string>; delayMs?: number }
  /** Headers are sent at once; the body only after delayMs. */
  | { kind: "slowBody"; status: number; body: unknown; delayMs: number }
  /** Destroys the socket without answering. */
  | { kind: "hangUp" };

export interface FakeOpenAI {
  /** `http://127.0.0.1:PORT/v1` */
  baseURL: string;
  requests: RecordedRequest[];
  /** Queue replies; each request takes the next one (the last one repeats when the queue runs dry). */
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const queue: Reply[] = [];
  let last: Reply | undefined;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const record: RecordedRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, raw, body, closedEarly: false };
      requests.push(record);
      res.on("close", () => {
        if (!res.writableFinished) record.closedEarly = true;
      });
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        send(res, 404, { error: { message: `no route ${req.method} ${req.url}`, type: "invalid_request_error" } });
        return;
      }
      const next = queue.shift() ?? last;
      if (next) last = next;
      if (!next) {
        send(res, 500, { error: { message: "fake server: no reply queued", type: "server_error" } });
        return;
      }
      switch (next.kind) {
        case "hangUp":
          req.socket.destroy();
          return;
        case "json":
          if (next.delayMs) later(next.delayMs, () => send(res, next.status, next.body, next.headers));
          else send(res, next.status, next.body, next.headers);
          return;
        case "slowBody":
          res.writeHead(next.status, { "content-type": "application/json", "x-request-id": `req_fake_${requests.length}` });
          res.flushHeaders();
          later(next.delayMs, () => {
            if (!res.destroyed) res.end(JSON.stringify(next.body));
          });
          return;
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json", "x-request-id": `req_fake_${requests.length}`, ...headers });
    res.end(JSON.stringify(body));
  }

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reply(...replies: Reply[]) {
      queue.push(...replies);
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A chat completion whose message content is `content` (a string, or JSON-encoded when an object). */
export function completion(content: unknown, finishReason = "stop", extra: Record<string, unknown> = {}): Reply {
  return {
    kind: "json",
    status: 200,
    body: {
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: 1_700_000_000,
      model: "gpt-4o-mini-2024-07-18",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: typeof content === "string" ? content : JSON.stringify(content), refusal: null, ...extra },
          finish_reason: finishReason,
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    },
  };
}

export function refusal(text: string): Reply {
  return completion(null as unknown as string, "stop", { content: null, refusal: text });
}

/** An OpenAI-style error body with a status; `retry-after-ms: 1` keeps the SDK's back-off short in tests. */
export function apiError(status: number, message: string, code: string | null = null): Reply {
  const type = status === 401 ? "invalid_request_error" : status === 429 ? "requests" : "server_error";
  return { kind: "json", status, body: { error: { message, type, param: null, code } }, headers: { "retry-after-ms": "1" } };
}

// ---- Canned model answers ----
/**
 * Model answers as OpenAI strict structured outputs return them: every property
 * of the wire schema present, unused ones null. Written by hand (what
 * gpt-4o-mini sends back), and checked against the wire schema in the tests.
 */

type Fields = Record<string, unknown>;

// A column's mess (nullRate, missing, typoRate, labelNoise, outliers) is in its table's `mess` list: see `messEntry`.
const COMMON = ["kind", "name"];
const UNIQUE = [...COMMON, "unique"];
const VARIANT_KEYS: Record<string, string[]> = {
  faker: [...UNIQUE, "method", "args"],
  category: [...COMMON, "values", "weights", "effects", "conditional"],
  integer: [...COMMON, "expression", "type", "distribution", "mean", "sd", "min", "max", "decimals", "effects", "conditional", "offset", "bounds"],
  date: [...COMMON, "from", "to", "offset", "bounds", "calendar", "seasonality"],
  boolean: [...COMMON, "probability", "rate", "effects"],
  id: [...UNIQUE, "format", "start", "prefix", "pattern"],
  derived: [...UNIQUE, "rule", "from"],
  text: [...COMMON, "style", "sentimentFrom", "topicFrom", "mentionFrom"],
};
VARIANT_KEYS["number"] = VARIANT_KEYS["integer"]!;
VARIANT_KEYS["formula"] = VARIANT_KEYS["integer"]!;
VARIANT_KEYS["datetime"] = VARIANT_KEYS["date"]!;

/** One wire column: the given fields, every other field of its variant null. A field its variant lacks is a test's mistake. */
export function col(fields: Fields & { kind: string; name: string }): Fields {
  const keys = VARIANT_KEYS[fields.kind] ?? Object.keys(fields);
  const stray = Object.keys(fields).filter((k) => !keys.includes(k) && !["description", "after"].includes(k));
  if (stray.length > 0) throw new Error(`col(): ${fields.kind} has no wire field ${stray.join(", ")}`);
  const out: Fields = {};
  for (const key of keys) out[key] = key in fields ? fields[key] : null;
  return out;
}

/** One entry of a table's `mess` list: the given fields, the others null. */
export function messEntry(column: string, fields: Fields): Fields {
  return { column, nullRate: null, missing: null, typoRate: null, labelNoise: null, outliers: null, ...fields };
}

export const effect = (column: string, weight: number, value: string | null = null, outcome: string | null = null) => ({ column, weight, value, outcome });

/** The several-tables fields, and the mess fields: on the wire only when the request offers them (wireShape.ts), and then all of them. */
const TABLE_FIELDS = ["table", "relations", "tables"];
const MESS_FIELDS = ["mess", "difficulty", "duplicates", "scenario"];

export function answer(fields: Fields & { columns: Fields[] }): Fields {
  const offered = (names: string[]) => (names.some((k) => k in fields) ? Object.fromEntries(names.map((k) => [k, null])) : {});
  return {
    notADataset: null,
    title: "Dataset",
    domain: "general",
    description: null,
    target: null,
    ...offered(MESS_FIELDS),
    ...offered(TABLE_FIELDS),
    ...fields,
  };
}

/** What gpt-4o-mini answers for "telecom customers with name, email, age, plan, monthly charges, tenure, signup date and whether they churned". */
export function churnAnswer(): Fields {
  return answer({
    title: "Telecom customers",
    domain: "telecom",
    description: "Customers of a telecom provider with their plan, charges and whether they churned.",
    target: "churned",
    columns: [
      col({ kind: "id", name: "customer_id", format: "sequence", start: 1, prefix: "CUST-", unique: true }),
      col({ kind: "faker", name: "first_name", method: "person.firstName", args: null }),
      col({ kind: "faker", name: "last_name", method: "person.lastName" }),
      col({ kind: "derived", name: "email", rule: "email", from: ["first_name", "last_name"], unique: true }),
      col({ kind: "integer", name: "age", distribution: "normal", mean: 42, sd: 13, min: 18, max: 90, effects: null }),
      col({ kind: "category", name: "plan", values: ["basic", "standard", "premium"], weights: [50, 35, 15] }),
      col({ kind: "number", name: "monthly_charges", distribution: "lognormal", mean: 55, sd: 20, min: 10, max: 250, decimals: 2 }),
      col({ kind: "integer", name: "tenure_months", distribution: "exponential", mean: 24, min: 0, max: 120 }),
      col({ kind: "date", name: "signup_date", from: "2018-01-01", to: "2024-12-31", after: null }),
      col({
        kind: "boolean",
        name: "churned",
        description: "whether the customer left",
        rate: 0.2,
        effects: [effect("tenure_months", -1.2), effect("plan", 0.8, "basic"), effect("monthly_charges", 0.5)],
      }),
    ],
  });
}
