// What Preview Schema shows beside the spec: the spec in short and its first rows as an aligned
// table, from core's previewDataset (the rows a run of that seed starts with, mess included).
// Pure (no `vscode` import) so tests run it on real specs; the command only opens the text.
import { DEFAULT_PREVIEW_ROWS, escapeControlCharacters, previewDataset, type DatasetSpec, type PreviewResult } from "@synthdata/core";

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
  /** The sample rows as CSV cell text. */
  rows: string[][];
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
  return { text: renderSamples(result, options.seed !== undefined), seed: result.seed, rows: result.rows };
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
  const out = [`${shown(spec.title)} (${shown(spec.domain)}): ${result.columns.length} columns${spec.target ? `, target ${shown(spec.target)}` : ""}`, ""];
  out.push(...table(["column", "kind", "stored", "values"], result.columns.map((c) => [c.name, c.kind, c.stored, c.generator]), MAX_SUMMARY_CELL));
  if (result.relationships.length > 0) out.push("", "Relations:", ...result.relationships.map((r) => `- ${shown(r)}`));
  out.push("", `First ${result.rows.length} rows, seed ${result.seed}:`, "", ...table(result.header, result.rows, MAX_SAMPLE_CELL), "");
  out.push(
    seedFromSettings
      ? `Generate from Schema with this spec starts with these rows (synthdata.seed is ${result.seed}).`
      : `synthdata.seed is not set, so each run draws a new seed; set it to ${result.seed} for a file that starts with these rows.`,
    "Nothing was written. Edit the spec beside, then run Synthetic Data: Generate from Schema.",
  );
  return `${out.join("\n")}\n`;
}
