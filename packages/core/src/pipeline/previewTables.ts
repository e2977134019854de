import { describeGenerator } from "../card/generatorText.js";
import type { DatasetSpec } from "../spec/datasetSchema.js";
import type { Column } from "../spec/schema.js";
import { storedType } from "../sinks/storedTypes.js";
import { throwIfAborted } from "../generate/generator.js";
import { calibrateRollups } from "../tables/calibrate.js";
import { tableRelationships } from "../tables/card.js";
import { TableEngine, tableSeed } from "../tables/engine.js";
import { flattenTables, type FlatTable, type RelationSlot } from "../tables/flatten.js";
import { orderedForKeys } from "../tables/schemaSql.js";
import { prepareTables, visibleBlock } from "../tables/write.js";
import { ChunkPipeline } from "./chunk.js";
import type { PreviewColumn } from "./preview.js";

/** One table of a multi-table preview: its spec in short and its first rows. */
export interface PreviewTable {
  name: string;
  root: boolean;
  /** The primary key column, if the table has one. */
  key?: string;
  /** The parent table (each of its rows has some rows of this one). */
  parent?: string;
  /** A table of its own rows (products): how many. */
  ownRows?: number;
  columns: PreviewColumn[];
  header: string[];
  /** First rows as CSV cell text: the root's first rows, the rows made with them below it, a table of its own rows' first rows. */
  rows: string[][];
}

export interface TablesPreview {
  tables: PreviewTable[];
  /** Every relation between the tables in words (keys, counts, lookups, rollups). */
  relationships: string[];
}

/**
 * The tables of a multi-table spec with their first rows, writing nothing:
 * the root's first `rows` rows and every row made with them (their orders,
 * items...), and the first `rows` rows of each table of its own rows.
 */
export async function previewTables(spec: DatasetSpec, rows: number, seed: number, signal?: AbortSignal): Promise<TablesPreview> {
  const flat = prepareTables(await calibrateRollups(flattenTables(spec)));
  const ordered = orderedForKeys([...flat.values()]);
  const engine = await TableEngine.create(flat, seed);
  const records = new Map<string, string[][]>(ordered.map((t) => [t.node.name, []]));
  const pipelines = new Map(
    ordered.map((t) => [t.node.name, new ChunkPipeline({ spec: t.outSpec, seed: tableSeed(seed, t.node.name, t.node.root), split: undefined, sampleRows: 0, previewRows: rows, tallies: false })]),
  );
  const take = (name: string, block: Parameters<typeof visibleBlock>[1]) => {
    const list = records.get(name)!;
    if (list.length >= rows) return;
    list.push(...pipelines.get(name)!.process(visibleBlock(flat.get(name)!, block)).preview.slice(0, rows - list.length));
  };
  throwIfAborted(signal);
  for (const { table, block } of engine.rootChunk(0, rows)) take(table, block);
  for (const { name } of engine.dimensionTables) {
    throwIfAborted(signal);
    const first = engine.dimensionBlocks(name).next();
    if (!first.done) take(name, first.value);
  }
  return {
    tables: ordered.map((t) => ({
      name: t.node.name,
      root: t.node.root,
      ...(t.key ? { key: t.key } : {}),
      ...(t.node.parent ? { parent: t.node.parent.table } : {}),
      ...(t.node.rows !== undefined ? { ownRows: t.node.rows } : {}),
      columns: t.visible.map((i) => previewColumn(t, i)),
      header: t.outSpec.columns.map((c) => c.name),
      rows: records.get(t.node.name)!,
    })),
    relationships: tableRelationships(ordered),
  };
}

/** A written column in short; a relation column says what it holds rather than its placeholder's generator. */
function previewColumn(t: FlatTable, i: number): PreviewColumn {
  const column: Column = t.spec.columns[i]!;
  const slot = t.slots.get(i);
  return { name: column.name, kind: slot ? slot.kind : column.kind, generator: slot ? slotText(slot) : describeGenerator(column), stored: storedType(column) };
}

function slotText(slot: RelationSlot): string {
  switch (slot.kind) {
    case "reference":
      return slot.parent ? `key of the parent ${slot.column.table} row` : `a ${slot.column.table} key, ${slot.column.popularity === "zipf" ? "Zipf-like picks" : "picked uniformly"}`;
    case "lookup":
      return `copies ${slot.reference.table}.${slot.column.column} via ${slot.reference.name}`;
    case "rollup":
      return `${slot.column.function}${slot.column.column ? ` of ${slot.column.table}.${slot.column.column}` : ` of ${slot.column.table} rows`}`;
  }
}
