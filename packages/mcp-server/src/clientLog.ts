import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SetLevelRequestSchema, type LoggingLevel } from "@modelcontextprotocol/sdk/types.js";

/** RFC 5424 severities in the order MCP lists them, least severe first. */
const LEVELS: readonly LoggingLevel[] = ["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"];

/** Until the client sets a level it gets info and above: warnings and progress, not debug chatter. */
export const DEFAULT_CLIENT_LOG_LEVEL: LoggingLevel = "info";

/** Sends one notification, on the request's own stream when there is one (HTTP), else the session's. */
export type NotificationSender = (notification: { method: "notifications/message"; params: { level: LoggingLevel; logger: string; data: string } }) => Promise<void>;

export interface ClientLog {
  /** Sends a log message to the client when `level` is at or above the one it set with logging/setLevel. */
  send(level: LoggingLevel, message: string, via?: NotificationSender): void;
  readonly level: LoggingLevel;
}

/**
 * The `logging` capability: this server's warnings and progress as
 * notifications/message. The level is kept here, per server (one per
 * session), rather than in the SDK's map keyed by session id, so messages
 * sent on a request's stream are filtered by the same rule.
 */
export function createClientLog(server: McpServer): ClientLog {
  let level = DEFAULT_CLIENT_LOG_LEVEL;
  server.server.setRequestHandler(SetLevelRequestSchema, async (request) => {
    level = request.params.level;
    return {};
  });
  return {
    get level() {
      return level;
    },
    send(at, message, via) {
      if (LEVELS.indexOf(at) < LEVELS.indexOf(level) || !server.isConnected()) return;
      const notification = { method: "notifications/message" as const, params: { level: at, logger: "synthdata", data: message } };
      (via ?? ((n) => server.server.notification(n)))(notification).catch(() => undefined);
    },
  };
}
