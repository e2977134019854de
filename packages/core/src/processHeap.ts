import { setFlagsFromString } from "node:v8";

/**
 * For processes synthdata owns (the CLI, the MCP server); never for a host
 * such as VS Code's extension host, since V8 flags are process-wide.
 *
 * A run streams: each chunk's values and text die young and the live heap
 * stays small. V8's default lets the old generation grow to 4x its live size
 * between full collections, so promoted leftovers piled up and peak RSS grew
 * ~40% from 100k to 10M rows. Growing it by half instead keeps memory flat
 * with rows at no measured cost in speed; it caps nothing (issue 6;
 * docs/performance.md).
 */
export function useStreamingHeap(): void {
  setFlagsFromString("--heap-growing-percent=50");
}
