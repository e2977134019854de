import { open } from "node:fs/promises";
import { FAKER_CATALOG, specJsonSchema } from "@synthdata/core";
import { ResourceTemplate, type McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { McpError, type ReadResourceResult } from "@modelcontextprotocol/sdk/types.js";
import { BINARY_MEDIA_TYPES } from "../mediaTypes.js";
import { SPEC_GUIDE } from "../tools/guide.js";
import { DATASET_URI_PREFIX, type DatasetFile, type DatasetRegistry } from "./datasetRegistry.js";

export const CATALOG_URI = "synthdata://catalog/faker.json";
export const SPEC_SCHEMA_URI = "synthdata://schema/dataset-spec.json";
export const SPEC_GUIDE_URI = "synthdata://guide/spec.md";
/** Binary data files (Parquet, SQLite) are read whole as base64, up to this size. */
const MAX_BLOB_BYTES = 16 * 1024 * 1024;
/** A read returns at most this much of a file; a larger one comes in pages (?page=2 ...). */
export const PAGE_BYTES = 128 * 1024;
/** How far past a page's end a read looks for the line break that ends the page. */
const LINE_SLACK = 16 * 1024;
/** The MCP error code for a resource that does not exist. */
const RESOURCE_NOT_FOUND = -32002;

/** The datasets written (a template listing them all), the faker catalog and the spec's JSON Schema. */
export function registerResources(server: McpServer, datasets: DatasetRegistry): void {
  server.registerResource(
    "dataset-files",
    new ResourceTemplate(`${DATASET_URI_PREFIX}{name}/{file}`, {
      list: () => ({
        resources: datasets.entries().flatMap((entry) =>
          entry.files.map((f) => ({ uri: f.uri, name: `${entry.name}/${f.file}`, title: title(f), mimeType: f.mimeType })),
        ),
      }),
      complete: {
        name: (value) => datasets.entries().map((e) => e.name).filter((n) => n.startsWith(value)),
        file: (value, context) => {
          const name = context?.arguments?.["name"];
          const entries = name === undefined ? datasets.entries() : [datasets.get(name)].filter((e) => e !== undefined);
          return entries.flatMap((e) => e.files.map((f) => f.file)).filter((f) => f.startsWith(value));
        },
      },
    }),
    { title: "Datasets written by this server", description: "CSV files and dataset cards (Markdown, JSON) written by generate_dataset; large files come in pages (?page=2 ...)" },
    async (uri) => readDatasetFile(uri, datasets),
  );
  server.registerResource(
    "faker-catalog",
    CATALOG_URI,
    { title: "Faker catalog", description: "every faker method a spec's faker column may use, with its arguments", mimeType: "application/json" },
    async (uri) => ({
      contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify([...FAKER_CATALOG.values()].map(({ id, description, args, returns }) => ({ id, description, args, returns }))) }],
    }),
  );
  server.registerResource(
    "spec-guide",
    SPEC_GUIDE_URI,
    { title: "How to write a DatasetSpec", description: "column kinds, dependencies (effects) and an example, in a page", mimeType: "text/markdown" },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: "text/markdown", text: SPEC_GUIDE }] }),
  );
  server.registerResource(
    "dataset-spec-schema",
    SPEC_SCHEMA_URI,
    { title: "DatasetSpec JSON Schema", description: "the full JSON Schema (2020-12) of generate_dataset's spec, generated from the validator", mimeType: "application/schema+json" },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: "application/schema+json", text: JSON.stringify(specJsonSchema()) }] }),
  );
}

function title(f: DatasetFile): string {
  if (f.role === "table") return `${f.file} (table ${f.table})`;
  const what = { csv: "data", train: "train split", test: "test split", exam: "exam rows", cardMarkdown: "dataset card", cardJson: "dataset card (JSON)", schema: "CREATE TABLE statements" }[f.role];
  return `${f.file} (${what})`;
}

async function readDatasetFile(uri: URL, datasets: DatasetRegistry): Promise<ReadResourceResult> {
  // synthdata://datasets/<name>/<file>: the host is "datasets", the path /<name>/<file>.
  const parts = uri.pathname.split("/").slice(1).map(safeDecode);
  const file = parts.length === 2 ? datasets.file(parts[0]!, parts[1]!) : undefined;
  if (!file) throw new McpError(RESOURCE_NOT_FOUND, `no dataset file ${uri.href}; resources/list shows the ones this server wrote`, { uri: uri.href });
  const pageText = uri.searchParams.get("page") ?? "1";
  const page = /^[1-9]\d{0,8}$/.test(pageText) ? Number(pageText) : Number.NaN;
  if (!Number.isSafeInteger(page)) throw new McpError(RESOURCE_NOT_FOUND, `page must be a whole number from 1, got ${JSON.stringify(pageText)}`, { uri: uri.href });
  const base = uri.href.replace(/\?.*$/, "");
  let handle;
  try {
    handle = await open(file.path, "r");
  } catch (error) {
    throw new McpError(RESOURCE_NOT_FOUND, `${file.file} is no longer on the server's disk (${(error as NodeJS.ErrnoException).code ?? "unreadable"}); generate it again`, { uri: base });
  }
  try {
    const size = (await handle.stat()).size;
    const pages = Math.max(1, Math.ceil(size / PAGE_BYTES));
    if (page > pages) throw new McpError(RESOURCE_NOT_FOUND, `${file.file} has ${pages} page${pages === 1 ? "" : "s"}; ask for page 1 to ${pages}`, { uri: base });
    // Parquet and SQLite files are binary: whole, base64-encoded, up to a bound.
    if (BINARY_MEDIA_TYPES.has(file.mimeType)) {
      if (size > MAX_BLOB_BYTES) throw new McpError(RESOURCE_NOT_FOUND, `${file.file} is ${size} bytes, over the ${MAX_BLOB_BYTES}-byte limit for a binary resource; read it from the output folder`, { uri: base });
      return { contents: [{ uri: uri.href, mimeType: file.mimeType, blob: (await handle.readFile()).toString("base64") }] };
    }
    if (pages === 1) return { contents: [{ uri: uri.href, mimeType: file.mimeType, text: (await handle.readFile()).toString("utf8") }] };
    const text = await readPage(handle, page, size);
    const next = page < pages ? `${base}?page=${page + 1}` : undefined;
    const note =
      `${file.file} is ${size} bytes: this is page ${page} of ${pages} (about ${PAGE_BYTES / 1024} KiB each, whole lines` +
      `${page > 1 && file.mimeType === "text/csv" ? "; the header is on page 1" : ""})` +
      (next ? `; the next page is ${next}` : "; this is the last page");
    return {
      contents: [
        { uri: uri.href, mimeType: file.mimeType, text, _meta: { page, pages, bytes: size, ...(next ? { next } : {}) } },
        { uri: `${base}#page-note`, mimeType: "text/plain", text: note },
      ],
    };
  } finally {
    await handle.close();
  }
}

/**
 * Page k holds the lines that start in [k-1, k) x PAGE_BYTES: every line is on
 * exactly one page, and pages follow each other without overlap.
 */
async function readPage(handle: import("node:fs/promises").FileHandle, page: number, size: number): Promise<string> {
  const from = (page - 1) * PAGE_BYTES;
  const to = Math.min(size, page * PAGE_BYTES);
  const start = from === 0 ? 0 : await lineStartAfter(handle, from - 1, size);
  const end = to >= size ? size : await lineStartAfter(handle, to - 1, size);
  if (end <= start) return "";
  const buffer = Buffer.alloc(end - start);
  await handle.read(buffer, 0, buffer.length, start);
  return buffer.toString("utf8");
}

/** The offset just after the first "\n" at or after `at` (bounded by LINE_SLACK, then cut there). */
async function lineStartAfter(handle: import("node:fs/promises").FileHandle, at: number, size: number): Promise<number> {
  const window = Buffer.alloc(Math.min(LINE_SLACK, size - at));
  const { bytesRead } = await handle.read(window, 0, window.length, at);
  const newline = window.subarray(0, bytesRead).indexOf(0x0a);
  return newline === -1 ? Math.min(size, at + bytesRead) : at + newline + 1;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
