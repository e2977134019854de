import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { connectServer, createServer, type ServerConfig } from "./server.js";

/** An MCP session: one server and transport per client, so cancellation and progress reach the right call. */
interface Session {
  transport: StreamableHTTPServerTransport;
  server: McpServer;
  lastUsed: number;
  /** HTTP requests of this session not answered yet (a long tool call, an open GET stream). */
  active: number;
}

/** Sessions idle this long are closed; a client that comes back gets 404 and starts a new one. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** Live sessions at most; a new one beyond this is refused with 503 + Retry-After, never by closing a live one. */
export const MAX_SESSIONS = 200;

export class McpSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly config: ServerConfig,
    private readonly limits: { maxSessions: number; idleMs: number } = { maxSessions: MAX_SESSIONS, idleMs: SESSION_IDLE_MS },
  ) {
    this.sweeper = setInterval(() => this.sweep(Date.now()), 60_000);
    this.sweeper.unref();
  }

  get size(): number {
    return this.sessions.size;
  }

  async handle(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const id = req.headers["mcp-session-id"];
    const sessionId = Array.isArray(id) ? id[0] : id;
    if (sessionId !== undefined) {
      const session = this.sessions.get(sessionId);
      if (!session) {
        return sendRpcError(res, 404, `unknown or expired session ${sessionId}; start a new one with initialize`);
      }
      session.lastUsed = Date.now();
      session.active++;
      res.once("close", () => {
        session.active--;
        session.lastUsed = Date.now();
      });
      return session.transport.handleRequest(req, res, body);
    }
    if (req.method !== "POST" || !isInitializeRequest(body)) {
      return sendRpcError(res, 400, "no Mcp-Session-Id header: send initialize first and pass the session id it returns");
    }
    // Only sessions idle past the promised time may go; a live one is never closed to make room.
    if (this.sessions.size >= this.limits.maxSessions) this.sweep(Date.now());
    if (this.sessions.size >= this.limits.maxSessions) {
      const retry = Math.max(1, Math.ceil(this.nextExpiry() / 1000));
      res.setHeader("Retry-After", String(retry));
      return sendRpcError(res, 503, `this server already has ${this.sessions.size} open MCP sessions (its limit); close one with DELETE /mcp or retry in ${retry} s`);
    }
    const server = createServer({ ...this.config, useRoots: false });
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (newId) => {
        this.sessions.set(newId, { transport, server, lastUsed: Date.now(), active: 0 });
      },
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) this.sessions.delete(transport.sessionId);
    };
    await connectServer(server, transport, this.config.log);
    await transport.handleRequest(req, res, body);
  }

  /** Closes the sessions idle for the whole idle time (no request open, none since). */
  private sweep(now: number): void {
    for (const [id, session] of this.sessions) {
      if (session.active === 0 && now - session.lastUsed >= this.limits.idleMs) {
        this.sessions.delete(id);
        void session.server.close();
      }
    }
  }

  /** Milliseconds until the first session may be closed for idleness (at least the idle time when all are busy). */
  private nextExpiry(): number {
    let soonest = this.limits.idleMs;
    const now = Date.now();
    for (const session of this.sessions.values()) {
      if (session.active === 0) soonest = Math.min(soonest, session.lastUsed + this.limits.idleMs - now);
    }
    return soonest;
  }

  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    const all = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(all.map((s) => s.server.close()));
  }
}

export function sendRpcError(res: ServerResponse, status: number, message: string): void {
  const text = JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null });
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}
