import { escapeControlCharacters, previewDataset, type PreviewResult, type PreviewTable } from "@synthdata/core/doors";
import type { CliArgs } from "../args.js";
import type { CliIO } from "../io.js";
import { describeOrigin } from "./origin.js";
import { readSpecFile } from "./specFile.js";

/** Widest a table cell is shown; longer text ends in an ellipsis (the file has it whole). */
const MAX_CELL = 28;

/** `synthdata preview`: the spec in short and the first rows as an aligned table on stdout; writes no file. */
export async function previewCommand(args: CliArgs, io: CliIO): Promise<void> {
  const input = args.schema !== undefined ? { spec: await readSpecFile(args.schema) } : { description: args.description! };
  const result = await previewDataset(input, {
    planner: args.planner,
    signal: io.signal,
    ...(args.rows !== undefined ? { rows: args.rows } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
  });
  for (const w of result.warnings) io.stderr.write(`warning: ${escapeControlCharacters(w)}\n`);
  io.stdout.write(renderPreview(result));
  io.stderr.write(`${describeOrigin(result)}; seed ${result.seed}; nothing was written (synthdata generate makes the file)\n`);
}

/** Column names and values are user or model text: control characters are shown as escapes, never sent raw. */
const shown = (text: string) => escapeControlCharacters(text);

function clip(text: string, width = MAX_CELL): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join("")}…`;
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - [...text].length));

function table(header: string[], rows: string[][], width = MAX_CELL): string[] {
  const cells = [header, ...rows].map((r) => r.map((c) => clip(shown(c), width)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i]!)).join("  ").trimEnd();
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)];
}

export function renderPreview(result: PreviewResult): string {
  if (result.tables) return renderTablesPreview(result, result.tables);
  const out: string[] = [`${shown(result.spec.title)} (${shown(result.spec.domain)}): ${result.columns.length} columns${result.spec.target ? `, target ${shown(result.spec.target)}` : ""}`, ""];
  out.push(...table(["column", "kind", "stored", "values"], result.columns.map((c) => [c.name, c.kind, c.stored, c.generator]), 72).map((l) => `  ${l}`));
  if (result.relationships.length > 0) out.push("", "Relations:", ...result.relationships.map((r) => `  - ${shown(r)}`));
  out.push("", `First ${result.rows.length} rows:`, "", ...table(result.header, result.rows).map((l) => `  ${l}`));
  return `${out.join("\n")}\n`;
}

/** A spec of several tables: each table's columns in short and its first rows, the relations between them after. */
function renderTablesPreview(result: PreviewResult, tables: PreviewTable[]): string {
  const out: string[] = [`${shown(result.spec.title)} (${shown(result.spec.domain)}): ${tables.length} tables${result.spec.target ? `, target ${shown(result.spec.target)}` : ""}`];
  for (const t of tables) {
    const about = [t.root ? "root table" : "", t.parent ? `child of ${shown(t.parent)}` : "", t.ownRows !== undefined ? `${t.ownRows} rows of its own` : "", t.key ? `key ${shown(t.key)}` : ""].filter(Boolean).join(", ");
    out.push("", `Table ${shown(t.name)} (${about}): ${t.columns.length} columns`, "");
    out.push(...table(["column", "kind", "stored", "values"], t.columns.map((c) => [c.name, c.kind, c.stored, c.generator]), 72).map((l) => `  ${l}`));
    out.push("", `  First ${t.rows.length} rows:`, "", ...table(t.header, t.rows).map((l) => `    ${l}`));
  }
  if (result.relationships.length > 0) out.push("", "Relations:", ...result.relationships.map((r) => `  - ${shown(r)}`));
  return `${out.join("\n")}\n`;
}
