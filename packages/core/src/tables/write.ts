import { checkSignal, targetColumn } from "../card/signal.js";
import { RelationTotals } from "../card/relations.js";
import { StatsTotals } from "../card/stats.js";
import { SynthdataError } from "../errors.js";
import { DEFAULT_CHUNK_ROWS, throwIfAborted } from "../generate/generator.js";
import { Random } from "../generate/random.js";
import type { Block, Value } from "../generate/types.js";
import { hasMess, type MessCounts } from "../mess/inject.js";
import { prepareGenerationSpec } from "../mess/prepare.js";
import { OutputSet, type SetEntry } from "../output/outputSet.js";
import type { StagedFile } from "../output/stagedFile.js";
import { addMessCounts, ChunkPipeline, firstRows } from "../pipeline/chunk.js";
import { FORMAT_EXTENSION, type OutputFormat } from "../sinks/formats.js";
import { chunkEncoder, openSink, type ChunkEncoder, type DatasetSink } from "../sinks/sink.js";
import { checkSplitOptions, pickRows, SplitRouter, TimeCutoff, type SplitOptions, type SplitPlan } from "../split/split.js";
import { cardSplit } from "../pipeline/run.js";
import type { DatasetSpec } from "../spec/datasetSchema.js";
import { calibrateRollups } from "./calibrate.js";
import { buildTablesCard, renderTablesCardMarkdown, type TablesCard } from "./card.js";
import { TableEngine, tableSeed } from "./engine.js";
import { flattenTables, rootTableName, withSpec, type FlatTable } from "./flatten.js";
import { orderedForKeys, schemaSql, tableKeys } from "./schemaSql.js";
import type { SqliteTables } from "../sinks/sqlite.js";
import { basename } from "node:path";
import { driftOf, expandScenarios, scenarioLines } from "../scenarios/expand.js";

/** Rows of the root table the signal check fits and scores on. */
const SIGNAL_ROWS = 8_000;

export interface TablesRunOptions {
  /** Rows of the root table; child tables follow from their counts. */
  rows: number;
  seed: number;
  signal?: AbortSignal | undefined;
  onProgress?: ((rowsDone: number, rowsTotal: number) => void) | undefined;
  previewRows?: number | undefined;
  card?: boolean | undefined;
  overwrite?: boolean | undefined;
  allowedFolders?: readonly string[] | undefined;
  description?: string | undefined;
  warnings?: string[] | undefined;
  format?: OutputFormat | undefined;
  /** A train/test split by the root table: each root row's descendants go where it goes. */
  split?: SplitOptions | undefined;
}

export interface TablesRunResult {
  folder: string;
  /** Each table's file, by table name. */
  files: Record<string, string>;
  /** With a split: each split table's train and test files and rows. */
  splits?: Record<string, { train: string; test: string; trainRows: number; testRows: number }>;
  rows: Record<string, number>;
  bytes: number;
  /** The root table's first rows as CSV cells. */
  preview: string[][];
  schemaSql: string;
  cardJson?: string;
  cardMarkdown?: string;
  card?: TablesCard;
}

/** The fixed names a multi-table run writes beside its tables. */
export const SCHEMA_FILE = "schema.sql";
export const CARD_JSON = "card.json";
export const CARD_MARKDOWN = "card.md";

/** One table's writing: its pipeline (mess, tallies, encoding) and sink. */
interface TableOut {
  flat: FlatTable;
  pipeline: ChunkPipeline;
  sink: DatasetSink;
  stats: StatsTotals;
  relations: RelationTotals | undefined;
  mess: MessCounts;
  rows: number;
  file: string;
  staged: StagedFile;
  /** Rows given an orphan key (mess). */
  orphans: number;
  /** With a split: the table's train and test files (tables of their own rows are not split: both parts use them whole). */
  parts?: { train: Part; test: Part; encoder: ChunkEncoder; whole?: boolean };
}

interface Part {
  sink: DatasetSink;
  staged: StagedFile;
  file: string;
  rows: number;
}

/**
 * Writes a dataset of several related tables into `folder`: one file per table
 * (`customers.csv`, `orders.csv`...), `schema.sql` with their keys, and one card
 * for the whole dataset, as one OutputSet (all files new, or none).
 */
export async function writeTables(spec: DatasetSpec, folder: string, options: TablesRunOptions): Promise<TablesRunResult> {
  const format = options.format ?? "csv";
  // Teaching scenarios work on the root table (where the target is), expanded as for one table; a drift's test rows are the split's.
  const expanded = expandScenarios(spec, { train: options.split?.train });
  const drift = driftOf(expanded);
  const splitOptions = options.split ?? (drift ? { train: drift.train } : undefined);
  const flat = prepareTables(await calibrateRollups(flattenTables(expanded)));
  const tables = orderedForKeys([...flat.values()]);
  const wantCard = options.card ?? true;
  // SQLite: one database file holding every table, named after the folder.
  // With a split, two more databases of the same schema, `<name>.train.sqlite` and `<name>.test.sqlite`, so the same SQL runs on both.
  const stem = basename(folder) || "dataset";
  const database = `${stem}.sqlite`;
  const fileOf = (t: FlatTable) => (format === "sqlite" ? database : `${t.node.name}${FORMAT_EXTENSION[format]}`);
  const partOf = (t: FlatTable, part: "train" | "test") => (format === "sqlite" ? `${stem}.${part}.sqlite` : `${t.node.name}.${part}${FORMAT_EXTENSION[format]}`);
  const planned = splitOptions ? checkSplitOptions(splitOptions, flat.get(rootTableName(spec))!.outSpec) : undefined;
  const splitTables = planned ? tables.filter((t) => t.node.rows === undefined) : [];
  const names = [...new Set([...tables.map(fileOf), ...splitTables.flatMap((t) => [partOf(t, "train"), partOf(t, "test")])]), SCHEMA_FILE, ...(wantCard ? [CARD_JSON, CARD_MARKDOWN] : [])];
  const set = await OutputSet.open(folder, { allowedFolders: options.allowedFolders });
  if (!options.overwrite) {
    const taken = await set.firstTaken(names);
    if (taken) throw new SynthdataError("OUTPUT_EXISTS", `${folder}/${taken} already exists; choose another folder or allow overwriting`, { data: { path: `${folder}/${taken}` } });
  }
  // A time split: the latest share of root rows by the root's date go to test (a first pass finds the cutoff), children follow their root.
  const split = planned?.by === "time" ? { ...planned, cutoff: await timeCutoff(flat, planned, options) } : planned;
  const engine = await TableEngine.create(flat, options.seed, options.rows);
  const root = engine.root;
  const target = targetColumn(root.spec);
  const outs = new Map<string, TableOut>();
  let db: SqliteTables | undefined;
  let partDbs: Record<"train" | "test", { db: SqliteTables; staged: StagedFile }> | undefined;
  try {
    const dbFile = format === "sqlite" ? await set.stage(database) : undefined;
    if (dbFile) db = await (await import("../sinks/sqlite.js")).SqliteTables.open(dbFile);
    if (db && planned) {
      const open = async (which: "train" | "test") => {
        const staged = await set.stage(partOf(root, which));
        return { db: await (await import("../sinks/sqlite.js")).SqliteTables.open(staged), staged };
      };
      partDbs = { train: await open("train"), test: await open("test") };
    }
    for (const t of tables) {
      const file = dbFile ?? (await set.stage(fileOf(t)));
      const pipeline = new ChunkPipeline({
        spec: t.outSpec,
        seed: tableSeed(options.seed, t.node.name, t.node.root),
        format,
        split: undefined,
        // The root's sample is taken from its whole rows (hidden rollups too): see below.
        sampleRows: 0,
        previewRows: t.node.root ? (options.previewRows ?? 0) : 0,
        tallies: wantCard,
      });
      const keys = tableKeys(t, tables);
      const sink = db ? db.table(t.node.name, t.outSpec, keys.key, keys.foreignKeys) : await openSink(format, file, t.outSpec);
      const out: TableOut = { flat: t, pipeline, sink, stats: new StatsTotals(t.outSpec), relations: wantCard ? new RelationTotals(t.outSpec) : undefined, mess: emptyMess(), rows: 0, file: fileOf(t), staged: file, orphans: 0 };
      outs.set(t.node.name, out);
      // In SQLite each part database holds every table (keys hold within it): a table of its own rows goes whole into both.
      if (splitTables.includes(t) || partDbs) {
        const part = async (which: "train" | "test"): Promise<Part> => {
          if (partDbs) return { sink: partDbs[which].db.table(t.node.name, t.outSpec, keys.key, keys.foreignKeys), staged: partDbs[which].staged, file: partOf(t, which), rows: 0 };
          const staged = await set.stage(partOf(t, which));
          return { sink: await openSink(format, staged, t.outSpec), staged, file: partOf(t, which), rows: 0 };
        };
        out.parts = { train: await part("train"), test: await part("test"), encoder: chunkEncoder(format, t.outSpec), ...(splitTables.includes(t) ? {} : { whole: true }) };
      }
    }
    const router = split ? new SplitRouter(split, root.outSpec, options.seed) : undefined;
    let rootTest: Uint8Array | undefined;
    const sample: Value[][] = [];
    const sampleTest: boolean[] = [];
    const preview: string[][] = [];
    const write = async (out: TableOut, block: Block, rootOf?: Int32Array) => {
      const visible = visibleBlock(out.flat, block);
      out.orphans += orphanKeys(out.flat, flat, visible, tableSeed(options.seed, out.flat.node.name, false));
      const chunk = out.pipeline.process(visible);
      await out.sink.write(chunk.data, chunk.rows);
      if (out.parts) {
        // The root is routed as one table's rows are (after its mess); every other row goes where its root row went.
        if (out.flat.node.root) {
          rootTest = new Uint8Array(visible.length);
          for (const r of router!.route(visible).testRows) rootTest[r] = 1;
        }
        const toTest = (r: number) => rootTest![rootOf ? rootOf[r]! : r] === 1;
        const rows = { train: [] as number[], test: [] as number[] };
        for (let r = 0; r < visible.length; r++) rows[toTest(r) ? "test" : "train"].push(r);
        for (const which of ["train", "test"] as const) {
          const part = out.parts.whole ? visible : pickRows(visible, rows[which]);
          await out.parts[which].sink.write(out.parts.encoder.encode(part), part.length);
          out.parts[which].rows += part.length;
        }
      }
      out.stats.merge(chunk.tallies);
      out.relations?.merge(chunk.relations);
      addMessCounts(out.mess, chunk.mess);
      out.rows += chunk.rows;
      if (out.flat.node.root) {
        // The signal check sees the root's rows with its hidden rollups, as a learner who joins and groups would (mess included).
        // (ChunkPipeline's own sample sees only the written columns.)
        if (target && wantCard) {
          const n = Math.min(block.length, SIGNAL_ROWS - sample.length);
          sample.push(...firstRows(block, n));
          if (rootTest) for (let r = 0; r < n; r++) sampleTest.push(rootTest[r] === 1);
        }
        preview.push(...chunk.preview);
      }
    };
    const chunks = Math.ceil(options.rows / DEFAULT_CHUNK_ROWS);
    for (let k = 0; k < chunks; k++) {
      throwIfAborted(options.signal);
      for (const { table, block, rootOf } of engine.rootChunk(k, options.rows)) await write(outs.get(table)!, block, rootOf);
      options.onProgress?.(Math.min(options.rows, (k + 1) * DEFAULT_CHUNK_ROWS), options.rows);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    for (const { name } of engine.dimensionTables) {
      for (const block of engine.dimensionBlocks(name)) {
        throwIfAborted(options.signal);
        await write(outs.get(name)!, block);
      }
    }
    throwIfAborted(options.signal);
    await db?.end();
    if (partDbs) for (const p of Object.values(partDbs)) await p.db.end();
    for (const out of outs.values()) {
      await out.sink.end();
      if (out.parts) for (const part of [out.parts.train, out.parts.test]) await part.sink.end();
    }

    const sql = schemaSql(tables);
    const entries: SetEntry[] = [...outs.values()].flatMap((o, i) => [
      ...(db && i > 0 ? [] : [{ file: o.staged, name: o.file }]),
      ...(o.parts && !(partDbs && i > 0) ? [o.parts.train, o.parts.test].map((p) => ({ file: p.staged, name: p.file })) : []),
    ]);
    const schemaFile = await set.stage(SCHEMA_FILE);
    await schemaFile.write(sql);
    entries.push({ file: schemaFile, name: SCHEMA_FILE });
    let card: TablesCard | undefined;
    if (wantCard) {
      const rootOut = outs.get(root.node.name)!;
      card = buildTablesCard({
        spec,
        flat: tables,
        ...(options.description ? { description: options.description } : {}),
        seed: options.seed,
        rows: options.rows,
        stats: rootOut.stats.result(),
        relations: [...outs.values()].flatMap((o) => (o.relations?.lines() ?? []).map((l) => (o.flat.node.root ? l : `${o.flat.node.name}: ${l}`))),
        ...(hasMess(root.outSpec) ? { mess: rootOut.mess } : {}),
        ...(target ? { signal: await checkSignal(root.spec, target, sample) } : {}),
        ...(expanded !== spec ? { scenarios: scenarioLines(spec, { train: options.split?.train }, { columns: root.spec.columns, rows: sample, test: split ? sampleTest : undefined }) } : {}),
        warnings: options.warnings ?? [],
        ...(split ? { split: cardSplit(split, rootOut.parts!.train.rows, rootOut.parts!.test.rows) } : {}),
        splitTables: Object.fromEntries([...outs].filter(([, o]) => o.parts && !o.parts.whole).map(([n, o]) => [n, { train: o.parts!.train.rows, test: o.parts!.test.rows }])),
        rowsByTable: new Map([...outs].map(([n, o]) => [n, o.rows])),
        statsByTable: new Map([...outs].map(([n, o]) => [n, o.stats.result()])),
        messByTable: new Map([...outs].map(([n, o]) => [n, { mess: o.mess, orphans: o.orphans }])),
        fileByTable: new Map([...outs].map(([n, o]) => [n, o.file])),
      });
      const json = await set.stage(CARD_JSON);
      const md = await set.stage(CARD_MARKDOWN);
      await json.write(`${JSON.stringify(card, null, 2)}\n`);
      await md.write(renderTablesCardMarkdown(card));
      entries.push({ file: json, name: CARD_JSON }, { file: md, name: CARD_MARKDOWN });
    }
    throwIfAborted(options.signal);
    await set.commit(entries, { replace: options.overwrite ?? false });
    const at = (name: string) => `${folder}/${name}`;
    return {
      folder,
      files: Object.fromEntries([...outs].map(([n, o]) => [n, at(o.file)])),
      rows: Object.fromEntries([...outs].map(([n, o]) => [n, o.rows])),
      ...(split ? { splits: Object.fromEntries([...outs].filter(([, o]) => o.parts && !o.parts.whole).map(([n, o]) => [n, { train: at(o.parts!.train.file), test: at(o.parts!.test.file), trainRows: o.parts!.train.rows, testRows: o.parts!.test.rows }])) } : {}),
      bytes: db ? db.bytes : [...outs.values()].reduce((s, o) => s + o.sink.bytes, 0),
      preview,
      schemaSql: sql,
      ...(card ? { cardJson: at(CARD_JSON), cardMarkdown: at(CARD_MARKDOWN), card } : {}),
    };
  } catch (error) {
    await db?.cancel();
    if (partDbs) for (const p of Object.values(partDbs)) await p.db.cancel();
    await Promise.all([...outs.values()].flatMap((o) => [o.sink.cancel(), ...(o.parts ? [o.parts.train.sink.cancel(), o.parts.test.sink.cancel()] : [])]));
    await set.discard();
    if (error instanceof SynthdataError) throw error;
    throw new SynthdataError("IO_ERROR", `could not write ${folder}: ${(error as Error).message}`, { cause: error });
  }
}

/** The day before which `plan.train` of the root rows lie by the root's date column: one pass of the root chunks (a date may be a rollup, made with the children). */
async function timeCutoff(flat: Map<string, FlatTable>, plan: SplitPlan, options: TablesRunOptions): Promise<number> {
  const engine = await TableEngine.create(flat, options.seed, options.rows);
  const root = engine.root;
  const cutoff = new TimeCutoff(root.spec.columns.findIndex((c) => c.name === plan.timeColumn));
  for (let k = 0; k * DEFAULT_CHUNK_ROWS < options.rows; k++) {
    throwIfAborted(options.signal);
    cutoff.add(engine.rootChunk(k, options.rows)[0]!.block);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return cutoff.cutoff(plan.train);
}

/** Each table's spec as generated: the root's target effects scaled by difficulty and class rates calibrated, as for one table. */
export function prepareTables(flat: Map<string, FlatTable>): Map<string, FlatTable> {
  const out = new Map<string, FlatTable>();
  for (const [name, t] of flat) out.set(name, withSpec(t, prepareGenerationSpec(t.spec)));
  return out;
}

export function visibleBlock(t: FlatTable, block: Block): Block {
  if (t.visible.length === t.spec.columns.length) return block;
  return { index: block.index, start: block.start, length: block.length, columns: t.visible.map((i) => block.columns[i]!) };
}

/** Stream purpose of orphan keys. */
const ORPHANS = 0x0e7a;

/**
 * Mess: gives a share of a child table's rows a parent key that no parent row
 * has (a sequence number past any real one, or a fresh uuid), drawn per chunk
 * from the table's seed. Returns how many rows it changed.
 */
function orphanKeys(t: FlatTable, all: ReadonlyMap<string, FlatTable>, block: Block, seed: number): number {
  const rate = t.node.orphans ?? 0;
  if (!(rate > 0) || !t.node.parent) return 0;
  const ref = t.node.references.find((r) => r.table === t.node.parent!.table)!;
  const at = t.outSpec.columns.findIndex((c) => c.name === ref.name);
  const parent = all.get(t.node.parent.table)!;
  const key = parent.spec.columns.find((c) => c.name === parent.key);
  if (at < 0 || key?.kind !== "id") return 0;
  const rng = Random.for(seed, block.index, ORPHANS);
  const values = block.columns[at]!;
  let n = 0;
  for (let r = 0; r < block.length; r++) {
    if (rng.next() >= rate) continue;
    const missing = ORPHAN_BASE + block.start + r;
    values[r] = key.format === "uuid" ? randomUuid(rng) : key.prefix ? `${key.prefix}${missing}` : missing;
    n++;
  }
  return n;
}

/** Orphan sequence keys start here: past the parent rows any run can make. */
const ORPHAN_BASE = 1_000_000_000;

function randomUuid(rng: Random): string {
  const hex = Array.from({ length: 32 }, () => "0123456789abcdef"[rng.int(16)]!);
  hex[12] = "4";
  hex[16] = "89ab"[rng.int(4)]!;
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function emptyMess(): MessCounts {
  return { columns: new Map(), exactDuplicates: 0, nearDuplicates: 0 };
}
