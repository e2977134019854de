import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { spawnServer } from "./helpers.js";

/** A JSON-RPC message as the server writes it (one per stdout line). */
export interface Message {
  jsonrpc: "2.0";
  id?: string | number | null;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { code: number; message: string };
}

/**
 * The built server over stdio without the SDK client, so a test can send what
 * a real client would not: a request before initialize, an 11 MB line, then
 * close stdin or signal the process mid-call.
 */
export interface RawStdio {
  child: ChildProcessWithoutNullStreams;
  /** Everything the server wrote to stdout, parsed. */
  messages: Message[];
  stderr(): string;
  send(message: object | string): void;
  /** The response to request `id`; rejects after `timeoutMs`. */
  response(id: string | number | null, timeoutMs?: number): Promise<Message>;
  /** Waits until a message matches. */
  waitFor(match: (m: Message) => boolean, timeoutMs?: number): Promise<Message>;
  /** Sends initialize and notifications/initialized. */
  initialize(): Promise<void>;
  /** Resolves with the exit code, or "timeout" after `timeoutMs`. */
  exited(timeoutMs: number): Promise<number | string | "timeout">;
  kill(): void;
}

export function rawStdio(args: string[], options: { cwd: string; env: Record<string, string> }): RawStdio {
  const child = spawnServer(args, options);
  const messages: Message[] = [];
  let stderr = "";
  let pending = "";
  const waiters = new Set<() => void>();
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout.on("data", (d: Buffer) => {
    pending += d.toString();
    let newline: number;
    while ((newline = pending.indexOf("\n")) !== -1) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line.trim()) messages.push(JSON.parse(line) as Message);
    }
    for (const w of waiters) w();
  });
  child.stdin.on("error", () => undefined);
  let exit: Promise<number | string> | undefined;
  const exitPromise = () =>
    (exit ??= child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode ?? child.signalCode!) : once(child, "exit").then(([code, signal]) => (code ?? signal) as number | string));
  exitPromise();

  const waitFor = (match: (m: Message) => boolean, timeoutMs = 15_000) =>
    new Promise<Message>((resolve, reject) => {
      const check = () => {
        const found = messages.find(match);
        if (!found) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no matching message within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  const send = (message: object | string) => child.stdin.write(`${typeof message === "string" ? message : JSON.stringify(message)}\n`);
  return {
    child,
    messages,
    stderr: () => stderr,
    send,
    waitFor,
    response: (id, timeoutMs) => waitFor((m) => m.id === id && (m.result !== undefined || m.error !== undefined), timeoutMs),
    async initialize() {
      send({ jsonrpc: "2.0", id: "init", method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw-test", version: "0.0.0" } } });
      const answer = await waitFor((m) => m.id === "init");
      if (answer.error) throw new Error(`initialize failed: ${answer.error.message}`);
      send({ jsonrpc: "2.0", method: "notifications/initialized" });
    },
    exited: (timeoutMs) => Promise.race([exitPromise(), new Promise<"timeout">((r) => setTimeout(() => r("timeout"), timeoutMs).unref())]),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/** A tools/call request line for generate_dataset. */
export function generateCall(id: string | number, args: Record<string, unknown>, progressToken?: string): object {
  return { jsonrpc: "2.0", id, method: "tools/call", params: { name: "generate_dataset", arguments: args, ...(progressToken ? { _meta: { progressToken } } : {}) } };
}
