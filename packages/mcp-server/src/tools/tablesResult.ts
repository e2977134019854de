import { previewDataset, type GenerateResult, type PreviewTable } from "@synthdata/core";
import type { DatasetEntry } from "../resources/datasetRegistry.js";

/** Rows of each table a multi-table result shows: small, since every table's come inline. */
const TABLE_PREVIEW_ROWS = 3;

export interface TableResult {
  file: string;
  rows: number;
  /** The synthdata:// link to the table's file. */
  resource?: string;
  key?: string;
  parent?: string;
  header: string[];
  preview: string[][];
}

/**
 * A multi-table run's tables for the tool result: each table's file, rows, link and first rows
 * (the same rows its file begins with: the preview is made from the same spec and seed).
 */
export async function tablesResult(result: GenerateResult & { tables: NonNullable<GenerateResult["tables"]> }, dataset: DatasetEntry, signal: AbortSignal): Promise<Record<string, TableResult>> {
  const preview = await previewDataset({ spec: result.spec }, { rows: Math.min(TABLE_PREVIEW_ROWS, Math.max(1, result.rows)), seed: result.seed, signal });
  const byName = new Map<string, PreviewTable>((preview.tables ?? []).map((t) => [t.name, t]));
  const out: Record<string, TableResult> = Object.create(null) as Record<string, TableResult>;
  for (const [name, { file, rows }] of Object.entries(result.tables)) {
    const t = byName.get(name);
    const link = dataset.files.find((f) => f.path === file)?.uri;
    out[name] = {
      file,
      rows,
      ...(link ? { resource: link } : {}),
      ...(t?.key ? { key: t.key } : {}),
      ...(t?.parent ? { parent: t.parent } : {}),
      header: t?.header ?? [],
      // A table with fewer rows than the preview shows only those it has.
      preview: (t?.rows ?? []).slice(0, rows),
    };
  }
  return out;
}

/** The tables in the tool's text: one line each, then each table's first rows as CSV. */
export function tablesText(tables: Record<string, TableResult>, schemaSql: string | undefined): string[] {
  const lines = [`Tables (${Object.keys(tables).length}):`];
  for (const [name, t] of Object.entries(tables)) lines.push(`- ${name}: ${t.rows} rows in ${t.file}${t.key ? `; key ${t.key}` : ""}${t.parent ? `; child of ${t.parent}` : ""}`);
  if (schemaSql) lines.push(`CREATE TABLE statements (keys, foreign keys): ${schemaSql}`);
  for (const [name, t] of Object.entries(tables)) lines.push(`First rows of ${name}:`, csvLines(t.header, t.preview));
  return lines;
}

export function csvLines(header: string[], rows: string[][]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\n");
}
