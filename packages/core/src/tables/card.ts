import { buildCard, renderCardMarkdown, specHash, type CardColumnStats, type CardInput, type DatasetCard } from "../card/card.js";
import { describeGenerator } from "../card/generatorText.js";
import { describeRelationships } from "../card/relationships.js";
import type { MessCounts } from "../mess/inject.js";
import type { DatasetSpec } from "../spec/datasetSchema.js";
import { storedType } from "../sinks/storedTypes.js";
import type { FlatTable } from "./flatten.js";
import { DEFAULT_CHILD_MEAN } from "./counts.js";

/** One table as the card tells it: its file, rows, key, parent and columns as measured. */
export interface CardTable {
  name: string;
  file: string;
  rows: number;
  key?: string;
  parent?: string;
  /** How many rows per parent row, in words. */
  perParent?: string;
  columns: ({ name: string; kind: string; generator: string } & CardColumnStats)[];
}

/** The card of a dataset of several tables: the root table's card, every table, the ER diagram. */
export interface TablesCard extends DatasetCard {
  tables: CardTable[];
  /** The tables and their keys as a Mermaid erDiagram. */
  er: string;
  /** With a split: how the tables were split (by the root table), in words. */
  splitNote?: string;
}

export interface TablesCardInput extends Omit<CardInput, "spec" | "files"> {
  spec: DatasetSpec;
  flat: readonly FlatTable[];
  rowsByTable: ReadonlyMap<string, number>;
  statsByTable: ReadonlyMap<string, Map<string, CardColumnStats>>;
  fileByTable: ReadonlyMap<string, string>;
  /** Each table's injected mess, and its orphan keys. */
  messByTable?: ReadonlyMap<string, { mess: MessCounts; orphans: number }>;
  /** With a split: train and test rows of each split table. */
  splitTables?: Record<string, { train: number; test: number }>;
}

export function buildTablesCard(input: TablesCardInput): TablesCard {
  const root = input.flat.find((t) => t.node.root)!;
  const rootCard = buildCard({ ...input, spec: root.outSpec, stats: input.statsByTable.get(root.node.name)!, files: { csv: input.fileByTable.get(root.node.name)! } });
  const tables = input.flat.map((t) => cardTable(t, input));
  const relationships = [...tableRelationships(input.flat), ...input.flat.filter((t) => !t.node.root).flatMap((t) => describeRelationships(t.outSpec).map((line) => `${t.node.name}: ${line}`)), ...rootCard.relationships];
  const messLines = [...rootCard.mess.lines];
  for (const t of input.flat) {
    if (t.node.root) continue;
    const tally = input.messByTable?.get(t.node.name);
    const rows = input.rowsByTable.get(t.node.name) ?? 0;
    if (!tally || rows === 0) continue;
    const lines = buildCard({ spec: t.outSpec, seed: input.seed, rows, stats: input.statsByTable.get(t.node.name)!, mess: tally.mess, files: {} }).mess.lines;
    if (tally.orphans) lines.push(`${tally.orphans} (${((tally.orphans / rows) * 100).toFixed(2)}% of rows) have a ${t.node.parent!.table} key that no ${t.node.parent!.table} row has (orphan keys; schema.sql declares no foreign key for it)`);
    messLines.push(...lines.map((l) => `${t.node.name}: ${l}`));
  }
  return {
    ...rootCard,
    mess: { ...rootCard.mess, lines: messLines, exactDuplicates: rootCard.mess.exactDuplicates, nearDuplicates: rootCard.mess.nearDuplicates },
    title: input.spec.title,
    reproduce: { ...rootCard.reproduce, specHash: specHash(input.spec) },
    relationships,
    tables,
    er: erDiagram(input.flat),
    ...(input.split && input.splitTables ? { splitNote: splitNote(root, input.splitTables, input.flat) } : {}),
    spec: input.spec,
  };
}

function splitNote(root: FlatTable, parts: Record<string, { train: number; test: number }>, flat: readonly FlatTable[]): string {
  const others = Object.keys(parts).filter((n) => n !== root.node.name);
  const whole = flat.filter((t) => t.node.rows !== undefined).map((t) => t.node.name);
  return (
    `split by ${root.node.name}: every row of ${others.join(", ") || "the other tables"} goes to the part its ${root.node.name} row is in, so no ${root.node.name} row straddles train and test (no leakage through a join)` +
    `; ${Object.entries(parts).map(([n, p]) => `${n} ${p.train}/${p.test}`).join(", ")} train/test rows` +
    (whole.length ? `; ${whole.join(", ")} ${whole.length > 1 ? "are" : "is"} written whole, for both parts to join` : "")
  );
}

function cardTable(t: FlatTable, input: TablesCardInput): CardTable {
  const stats = input.statsByTable.get(t.node.name)!;
  return {
    name: t.node.name,
    file: input.fileByTable.get(t.node.name)!,
    rows: input.rowsByTable.get(t.node.name) ?? 0,
    ...(t.key ? { key: t.key } : {}),
    ...(t.node.parent ? { parent: t.node.parent.table, perParent: perParent(t) } : {}),
    columns: t.outSpec.columns.map((c) => ({ name: c.name, kind: c.kind, generator: describeGenerator(c), ...stats.get(c.name)! })),
  };
}

function perParent(t: FlatTable): string {
  const count = t.node.parent!.count;
  const bounds = `${count.min ?? 0}${count.max !== undefined ? `..${count.max}` : " or more"}`;
  const mean = count.mean ?? DEFAULT_CHILD_MEAN;
  const shape =
    count.distribution === "uniform"
      ? `uniform ${count.min ?? 0}..${count.max}`
      : count.distribution === "negative_binomial"
        ? `negative binomial, mean ${mean}, dispersion ${count.dispersion ?? 1} (a few parents have many)`
        : `Poisson, mean ${mean}`;
  return `${shape}; ${bounds} per ${t.node.parent!.table} row`;
}

/** Every relation between tables in words: keys, counts, lookups, rollups, and where the target's signal lives. */
export function tableRelationships(flat: readonly FlatTable[]): string[] {
  const lines: string[] = [];
  for (const t of flat) {
    const node = t.node;
    if (node.parent) lines.push(`each ${node.parent.table} row has ${perParent(t).replace(/; .*$/, "")} ${node.name} rows (${perParent(t).replace(/^.*; /, "")})`);
    for (const e of node.parent?.count.effects ?? []) lines.push(`${node.parent!.table} rows have ${e.weight > 0 ? "more" : "fewer"} ${node.name} when ${e.column} is ${e.value !== undefined ? e.value : e.weight > 0 ? "high" : "high (the effect is negative)"}`);
    for (const r of node.references) {
      lines.push(
        r.table === node.parent?.table
          ? `${node.name}.${r.name} is the key of its parent ${r.table} row (a foreign key to ${r.table}.${keyOf(flat, r.table)})`
          : `${node.name}.${r.name} references ${r.table}.${keyOf(flat, r.table)}, ${r.popularity === "zipf" ? `Zipf-like (a few ${r.table} rows are picked a lot, skew ${r.skew ?? 1})` : "each row equally likely"}`,
      );
    }
    for (const l of node.lookups) lines.push(`${node.name}.${l.name} copies ${node.references.find((r) => r.name === l.reference)?.table}.${l.column} of the row ${l.reference} points at${l.hidden ? " (not written: used by other columns)" : ""}`);
    for (const r of node.rollups) lines.push(`${node.name}.${r.name} is the ${r.function}${r.column ? ` of ${r.table}.${r.column}` : ` of ${r.table} rows`} per ${node.name} row${r.hidden ? " (not written: used by other columns)" : ""}`);
  }
  const root = flat.find((t) => t.node.root)!;
  const target = root.spec.target ? root.spec.columns.find((c) => c.name === root.spec.target) : undefined;
  const rollupNames = new Map(root.node.rollups.map((r) => [r.name, r]));
  const fromTables = target && "effects" in target ? (target.effects ?? []).filter((e) => rollupNames.has(e.column)) : [];
  if (fromTables.length > 0) {
    const tables = [...new Set(fromTables.map((e) => rollupNames.get(e.column)!.table))];
    lines.push(`${target!.name} depends on ${fromTables.map((e) => e.column).join(" and ")}, worked out from ${tables.join(" and ")}: the signal appears only after joining ${tables.join(" and ")} to ${root.node.name} and grouping by ${root.key ?? "its key"} (the signal check works them out so, written or not)`);
  }
  return lines;
}

function keyOf(flat: readonly FlatTable[], table: string): string {
  return flat.find((t) => t.node.name === table)?.key ?? "key";
}

/** A Mermaid erDiagram: each table with its written columns and types, keys marked, relations with their cardinality. */
export function erDiagram(flat: readonly FlatTable[]): string {
  const lines = ["erDiagram"];
  for (const t of flat) {
    for (const r of t.node.references) {
      const parent = r.table === t.node.parent?.table;
      const min = t.node.parent?.count.min ?? 0;
      lines.push(`  ${r.table} ${parent ? (min > 0 ? "||--|{" : "||--o{") : "||--o{"} ${t.node.name} : "${r.name}"`);
    }
  }
  for (const t of flat) {
    lines.push(`  ${t.node.name} {`);
    const refs = new Set(t.node.references.map((r) => r.name));
    for (const i of t.visible) {
      const c = t.spec.columns[i]!;
      const mark = c.name === t.key ? " PK" : refs.has(c.name) ? " FK" : "";
      lines.push(`    ${storedType(c)} ${c.name.replace(/[^A-Za-z0-9_]/g, "_")}${mark}`);
    }
    lines.push("  }");
  }
  return lines.join("\n");
}

export function renderTablesCardMarkdown(card: TablesCard): string {
  const root = renderCardMarkdown(card).replace(/^# .*\n\nDomain: [^\n]*\n/, `# ${card.title}\n\nDomain: ${card.domain}. ${card.tables.length} tables: ${card.tables.map((t) => `${t.name} (${t.rows} rows)`).join(", ")}.\n`);
  const out: string[] = ["", "## Tables", "", "```mermaid", card.er, "```", "", ...(card.splitNote ? [`Train/test: ${card.splitNote}.`, ""] : [])];
  for (const t of card.tables) {
    out.push(`### ${t.name}`, "", `- file: \`${t.file}\`, ${t.rows} rows${t.key ? `, key ${t.key}` : ""}${t.parent ? `; rows per ${t.parent}: ${t.perParent}` : ""}`, "");
    out.push("| column | kind | generator | empty | distinct |", "|---|---|---|---|---|");
    for (const c of t.columns) out.push(`| ${c.name} | ${c.kind} | ${c.generator.replace(/\|/g, "\\|")} | ${(c.nullShare * 100).toFixed(1)}% | ${c.distinctCapped ? ">=" : ""}${c.distinct} |`);
    out.push("");
  }
  const at = root.indexOf("\n## Columns");
  return `${root.slice(0, at)}${out.join("\n")}${root.slice(at)}`;
}
