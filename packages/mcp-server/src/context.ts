import type { HostModel, PlannerChoice } from "@synthdata/core";
import type { RequestId } from "@modelcontextprotocol/sdk/types.js";
import type { ClientLog } from "./clientLog.js";
import type { Questions } from "./elicitation.js";
import type { DatasetRegistry } from "./resources/datasetRegistry.js";

/** What a tool needs from the server around it. */
export interface ToolContext {
  planner: PlannerChoice;
  maxRows: number;
  /** True when a call may reach OpenAI (a key is set, or the OpenAI planner was chosen). */
  mayCallOpenAI: boolean;
  /** Realpaths of the folders a tool may write to; the first one takes files by default. */
  outputFolders(): Promise<string[]>;
  /** Registers a call that may write files, so a shutdown waits for its clean-up. */
  track<T>(call: Promise<T>): Promise<T>;
  /** The datasets written, offered as resources. */
  datasets: DatasetRegistry;
  /** Log messages for the client (the logging capability). */
  clientLog: ClientLog;
  /** The client's model for planning (MCP sampling) when it may be used for this call, else undefined. */
  hostModel(requestId: RequestId): HostModel | undefined;
  /** Questions for the person at the client (elicitation), each with today's behaviour as the fallback. */
  questions(requestId: RequestId, signal: AbortSignal): Questions;
  /** The server's own log (stderr). */
  log(message: string): void;
}
