import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * Who may make this server spend the OpenAI key over HTTP.
 *
 * CORS stays open (`Access-Control-Allow-Origin: *`) so testing tools and
 * pages can call REST, but a browser attaches `Origin` to every cross-origin
 * request and a page cannot forge it. So: a request without `Origin` (curl,
 * scripts, SDKs), from a loopback page (a tool running on this machine, like
 * the MCP Inspector), from an origin given with --allow-origin, or carrying the
 * token printed at start-up may use the key. Any other origin is served with
 * the offline planner, a spec or the offline cache, never the key. Bodies must
 * be `application/json`, which a page cannot send cross-origin without a
 * preflight, so a "simple" form or text/plain POST never reaches a planner.
 */
export interface HttpTrust {
  /** The per-process token: `Authorization: Bearer <token>` or `X-Synthdata-Token: <token>`. */
  readonly token: string;
  /** What the request may do with the key. */
  classify(req: IncomingMessage): Trust;
}

export type Trust =
  | { kind: "trusted" }
  /** A browser page on an origin not allowed: no key. */
  | { kind: "foreign"; origin: string }
  /** A token was sent and it is wrong: refuse (401) rather than silently downgrade. */
  | { kind: "bad-token" };

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function createHttpTrust(allowedOrigins: readonly string[], token = randomBytes(24).toString("base64url")): HttpTrust {
  const allowed = new Set(allowedOrigins.map(normaliseOrigin).filter((o): o is string => o !== undefined));
  const expected = Buffer.from(token);
  const tokenMatches = (sent: string) => {
    const got = Buffer.from(sent);
    return got.length === expected.length && timingSafeEqual(got, expected);
  };
  return {
    token,
    classify(req) {
      const sent = sentToken(req);
      if (sent !== undefined) return tokenMatches(sent) ? { kind: "trusted" } : { kind: "bad-token" };
      const origin = req.headers.origin;
      if (origin === undefined) return { kind: "trusted" };
      if (isLoopbackOrigin(origin)) return { kind: "trusted" };
      const normal = normaliseOrigin(origin);
      if (normal !== undefined && allowed.has(normal)) return { kind: "trusted" };
      return { kind: "foreign", origin };
    },
  };
}

/** The token from `X-Synthdata-Token`, else from `Authorization: Bearer`. */
function sentToken(req: IncomingMessage): string | undefined {
  const header = req.headers["x-synthdata-token"];
  const direct = Array.isArray(header) ? header[0] : header;
  if (direct !== undefined) return direct.trim();
  const auth = req.headers.authorization;
  const m = auth === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(auth);
  return m ? m[1] : undefined;
}

/** `scheme://host[:port]` in the form browsers send, or undefined when it is not an http(s) origin. */
export function normaliseOrigin(text: string): string | undefined {
  try {
    const url = new URL(text);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return LOOPBACK_HOSTS.has(url.hostname.toLowerCase()) && (url.protocol === "http:" || url.protocol === "https:");
  } catch {
    return false;
  }
}

export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0]!;
  return LOOPBACK_HOSTS.has(name.toLowerCase());
}

export function isLoopbackName(host: string): boolean {
  return LOOPBACK_HOSTS.has(host);
}

/** Only JSON: `application/json` or `application/<x>+json`, with optional parameters. */
export function isJsonContentType(type: string | undefined): boolean {
  return type !== undefined && /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type.trim());
}
