// What Preview Schema shows beside the spec: the spec in short and its first rows as an aligned
// table, from core's previewDataset (the rows a run of that seed starts with, mess included).
// Pure (no `vscode` import) so tests run it on real specs; the command only opens the text.
import { DEFAULT_PREVIEW_ROWS, escapeControlCharacters, previewDataset, rootTableName, type DatasetSpec, type PreviewResult, type PreviewTable } from "@synthdata/core";

/** Widest a sample cell is shown; longer text ends in an ellipsis (the file has it whole). */
export const MAX_SAMPLE_CELL = 28;
/** Widest the column summary's "values" cell is shown. */
const MAX_SUMMARY_CELL = 72;

export interface SchemaSamplesOptions {
  /** The synthdata.seed setting; undefined: a fresh seed, reported in the text. */
  seed: number | undefined;
  rows?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface SchemaSamples {
  /** The text document shown beside the spec. */
  text: string;
  seed: number;
  /** The sample rows as CSV cell text (a spec of several tables: the root table's). */
  rows: string[][];
  /** A spec of several tables: each table's sample rows, by name. */
  tables?: Record<string, string[][]>;
}

/** Makes the sample rows of `spec` (nothing is written) and the text that shows them. */
export async function schemaSamples(spec: DatasetSpec, options: SchemaSamplesOptions): Promise<SchemaSamples> {
  const result = await previewDataset(
    { spec },
    {
      rows: options.rows ?? DEFAULT_PREVIEW_ROWS,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
  return {
    text: renderSamples(result, options.seed !== undefined),
    seed: result.seed,
    rows: result.rows,
    ...(result.tables ? { tables: Object.fromEntries(result.tables.map((t) => [t.name, t.rows])) } : {}),
  };
}

/** Column names and values are user or model text: control characters are shown as escapes, never raw. */
const shown = (text: string) => escapeControlCharacters(text);

/** Cut to `width` characters (code points, so an emoji is never split). */
function clip(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join("")}…`;
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - [...text].length));

function table(header: string[], rows: string[][], width: number): string[] {
  const cells = [header, ...rows].map((r) => r.map((c) => clip(shown(c), width)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i]!)).join("  ").trimEnd();
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)];
}

export function renderSamples(result: PreviewResult, seedFromSettings: boolean): string {
  const { spec } = result;
  const out = result.tables ? renderTables(result, result.tables) : renderOneTable(result);
  out.push(
    seedFromSettings
      ? `Generate from Schema with this spec starts with these rows (synthdata.seed is ${result.seed}).`
      : `synthdata.seed is not set, so each run draws a new seed; set it to ${result.seed} for a ${result.tables ? "folder whose files start" : "file that starts"} with these rows.`,
    "Nothing was written. Edit the spec beside, then run Synthetic Data: Generate from Schema.",
  );
  return `${out.join("\n")}\n`;

  function renderOneTable(r: PreviewResult): string[] {
    const lines = [`${shown(spec.title)} (${shown(spec.domain)}): ${r.columns.length} columns${spec.target ? `, target ${shown(spec.target)}` : ""}`, ""];
    lines.push(...summary(r.columns));
    if (r.relationships.length > 0) lines.push("", "Relations:", ...r.relationships.map((x) => `- ${shown(x)}`));
    lines.push("", `First ${r.rows.length} rows, seed ${r.seed}:`, "", ...table(r.header, r.rows, MAX_SAMPLE_CELL), "");
    return lines;
  }

  /** A spec of several tables: each table with its key, parent and columns, then its first rows; the relations between them after. */
  function renderTables(r: PreviewResult, tables: PreviewTable[]): string[] {
    const lines = [`${shown(spec.title)} (${shown(spec.domain)}): ${tables.length} tables (${tables.map((t) => shown(t.name)).join(", ")})${spec.target ? `, target ${shown(spec.target)}` : ""}, seed ${r.seed}`];
    for (const t of tables) {
      lines.push("", `Table ${shown(t.name)} (${tableAbout(t)}): ${t.columns.length} columns`, "", ...summary(t.columns));
      lines.push("", `First ${t.rows.length} rows of ${shown(t.name)}:`, "", ...table(t.header, t.rows, MAX_SAMPLE_CELL));
    }
    if (r.relationships.length > 0) lines.push("", "Relations (keys, counts, lookups, rollups):", ...r.relationships.map((x) => `- ${shown(x)}`));
    lines.push("");
    return lines;
  }
}

function summary(columns: PreviewResult["columns"]): string[] {
  return table(["column", "kind", "stored", "values"], columns.map((c) => [c.name, c.kind, c.stored, c.generator]), MAX_SUMMARY_CELL);
}

/** "root table, key customer_id", "child of customers, key order_id", "2,000 rows of its own, key product_id". */
export function tableAbout(t: PreviewTable): string {
  return [
    t.root ? "root table" : "",
    t.parent ? `child of ${shown(t.parent)}` : "",
    t.ownRows !== undefined ? `${t.ownRows.toLocaleString("en-US")} rows of its own` : "",
    t.key ? `key ${shown(t.key)}` : "no key",
  ]
    .filter(Boolean)
    .join(", ");
}

/** Preview Schema's message: "Schema "Shop customers": 6 columns" or "Schema "Online shop": 4 tables (customers, orders, ...)". */
export function schemaSize(spec: DatasetSpec): string {
  if (!spec.tables?.length) return `${spec.columns.length} columns`;
  const names = [rootTableName(spec), ...spec.tables.map((t) => t.name)];
  return `${names.length} tables (${names.map(shown).join(", ")})`;
}
