import { stdin, stdout } from "node:process";
import type { Readable, Writable } from "node:stream";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { ErrorCode, JSONRPCMessageSchema, type JSONRPCMessage, type RequestId } from "@modelcontextprotocol/sdk/types.js";

/** The largest message read whole (the SDK's stdio limit); a spec or a description is a few kilobytes. */
export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
/** How much of an oversized line is kept to find its id: the SDK client puts `id` last, others first. */
const KEEP_BYTES = 4096;

/**
 * MCP over stdin/stdout, one JSON message per line, in place of the SDK's
 * StdioServerTransport, which (1.32) closes the whole connection without a
 * word when one line passes 10 MB, answers nothing to a line that is not
 * JSON, and ignores the end of stdin. Here an oversized line is skipped to
 * its newline and answered with a JSON-RPC error (with its id when the line's
 * head or tail shows it), a bad line gets a parse error, and stdin closing
 * closes the transport (which aborts every call in flight) and calls `onInputEnd`.
 */
export class LineStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private parts: Buffer[] = [];
  private size = 0;
  /** Set while skipping a line that passed the limit. */
  private oversize: { head: Buffer; tail: Buffer; bytes: number } | undefined;
  private closed = false;

  constructor(
    private readonly options: { log: (message: string) => void; onInputEnd?: () => void; maxMessageBytes?: number },
    private readonly input: Readable = stdin,
    private readonly output: Writable = stdout,
  ) {}

  private readonly onData = (chunk: Buffer) => {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(10, start);
      this.take(chunk.subarray(start, newline === -1 ? chunk.length : newline));
      if (newline === -1) break;
      this.finishLine();
      start = newline + 1;
    }
  };

  private readonly onEnd = () => {
    if (this.closed) return;
    this.options.log("stdin closed by the client: cancelling every call in flight");
    void this.close().finally(() => this.options.onInputEnd?.());
  };

  private readonly onError = (error: Error) => this.onerror?.(error);

  async start(): Promise<void> {
    this.input.on("data", this.onData);
    this.input.on("end", this.onEnd);
    this.input.on("error", this.onError);
    // A host that goes away takes stdout with it: writing then fails with EPIPE.
    this.output.on("error", this.onEnd);
  }

  private get limit(): number {
    return this.options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  }

  private take(piece: Buffer): void {
    if (piece.length === 0) return;
    const over = this.oversize;
    if (over) {
      over.bytes += piece.length;
      over.tail = Buffer.from(Buffer.concat([over.tail, piece]).subarray(-KEEP_BYTES));
      return;
    }
    if (this.size + piece.length <= this.limit) {
      this.parts.push(piece);
      this.size += piece.length;
      return;
    }
    const line = Buffer.concat([...this.parts, piece]);
    this.oversize = { head: Buffer.from(line.subarray(0, KEEP_BYTES)), tail: Buffer.from(line.subarray(-KEEP_BYTES)), bytes: line.length };
    this.parts = [];
    this.size = 0;
  }

  private finishLine(): void {
    const over = this.oversize;
    if (over) {
      this.oversize = undefined;
      const id = idOf(over.head.toString("utf8"), over.tail.toString("utf8").replace(/\r$/, ""));
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      const message = `message of ${mb(over.bytes)} or more is over this server's ${mb(this.limit)} limit; it was skipped: send a smaller request (a spec or a description is a few kilobytes)`;
      this.options.log(`${message}${id === null ? " (no id found, answered with id null)" : ""}`);
      this.reply(id, ErrorCode.InvalidRequest, message);
      return;
    }
    const text = Buffer.concat(this.parts).toString("utf8").replace(/\r$/, "");
    this.parts = [];
    this.size = 0;
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.options.log(`a line on stdin is not JSON (${(error as Error).message}); answered with a parse error`);
      this.reply(null, ErrorCode.ParseError, `parse error: ${(error as Error).message}; send one JSON-RPC message per line`);
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (!parsed.success) {
      const id = (value as { id?: unknown } | null)?.id;
      const known = typeof id === "string" || typeof id === "number" ? id : null;
      this.options.log("a message on stdin is not JSON-RPC 2.0; answered with an invalid-request error");
      this.reply(known, ErrorCode.InvalidRequest, "invalid request: not a JSON-RPC 2.0 message");
      return;
    }
    this.onmessage?.(parsed.data);
  }

  private reply(id: RequestId | null, code: number, message: string): void {
    // JSON-RPC answers an undeterminable id with null; the SDK's message type has no room for that.
    void this.write(`${JSON.stringify({ jsonrpc: "2.0", id, error: { code, message } })}\n`);
  }

  send(message: JSONRPCMessage): Promise<void> {
    return this.write(`${JSON.stringify(message)}\n`);
  }

  private write(line: string): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed || this.output.destroyed || this.output.writableEnded) return resolve();
      if (this.output.write(line)) resolve();
      else this.output.once("drain", resolve);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off("data", this.onData);
    this.input.off("end", this.onEnd);
    this.input.off("error", this.onError);
    this.output.off("error", this.onEnd);
    this.input.pause();
    this.parts = [];
    this.oversize = undefined;
    this.onclose?.();
  }
}

/**
 * The top-level id of a JSON-RPC request seen only by its ends: a line that
 * ends with `"id":<value>}` has it as the outer object's last member (the
 * SDK's order), one that starts `{"jsonrpc":"2.0","id":<value>` as its first.
 */
export function idOf(head: string, tail: string): RequestId | null {
  const value = String.raw`(-?\d+|"(?:[^"\\]|\\.){0,200}")`;
  const last = new RegExp(String.raw`[,{]\s*"id"\s*:\s*${value}\s*\}\s*$`).exec(tail);
  const first = new RegExp(String.raw`^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*${value}\s*[,}]`).exec(head);
  const found = last?.[1] ?? first?.[1];
  if (found === undefined) return null;
  try {
    const id: unknown = JSON.parse(found);
    return typeof id === "number" || typeof id === "string" ? id : null;
  } catch {
    return null;
  }
}
