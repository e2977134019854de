import type { ChildCount, DatasetSpec, DatasetTable, LookupColumn, ReferenceColumn, RollupColumn } from "../spec/datasetSchema.js";
import { columnReferences } from "../spec/relations.js";
import type { Column, Effect } from "../spec/schema.js";
import { tableName } from "../sinks/tableName.js";

/**
 * A dataset's tables as one-table specs the generator, the sinks, mess and the
 * card already understand: each relation column (reference, lookup, rollup)
 * becomes a placeholder ordinary column of the type its values have (a
 * reference the referenced key's id format, a lookup its source column's kind,
 * a count an integer), whose values the table engine fills.
 */

export type RelationSlot =
  | { kind: "reference"; column: ReferenceColumn; parent: boolean }
  | { kind: "lookup"; column: LookupColumn; reference: ReferenceColumn }
  | { kind: "rollup"; column: RollupColumn };

export interface TableNode {
  readonly name: string;
  readonly root: boolean;
  readonly description?: string | undefined;
  readonly columns: readonly Column[];
  readonly references: readonly ReferenceColumn[];
  readonly lookups: readonly LookupColumn[];
  readonly rollups: readonly RollupColumn[];
  /** A table of its own rows (products): made apart from the root, referenced by index. */
  readonly rows?: number | undefined;
  readonly parent?: { table: string; count: ChildCount } | undefined;
  /** Mess: share of rows whose parent key points at no parent row. */
  readonly orphans?: number | undefined;
  /** Mess: duplicate rows (the root's come from the spec's own `duplicates`). */
  readonly duplicates?: DatasetSpec["duplicates"];
}

export interface FlatTable {
  readonly node: TableNode;
  /** Every column (placeholders included) as an ordinary spec: what is generated. */
  readonly spec: DatasetSpec;
  /** Relation slots by column index of `spec`. */
  readonly slots: ReadonlyMap<number, RelationSlot>;
  /** Indices of `spec.columns` that are written (hidden lookups and rollups are not). */
  readonly visible: readonly number[];
  /** The written columns alone: what the sinks, mess and the card see. */
  readonly outSpec: DatasetSpec;
  /** The table's primary key column (its first id column), if any. */
  readonly key?: string | undefined;
}

/** Whether a spec is a multi-table one. */
export function isMultiTable(spec: DatasetSpec): boolean {
  return (spec.tables?.length ?? 0) > 0;
}

/** The root table's name: `table`, else the title in snake case. */
export function rootTableName(spec: DatasetSpec): string {
  return spec.table ?? tableName(spec);
}

/** Every table of a spec, the root first, then `tables` in order. */
export function tableNodes(spec: DatasetSpec): TableNode[] {
  const root: TableNode = {
    name: rootTableName(spec),
    root: true,
    description: spec.description,
    columns: spec.columns,
    references: spec.references ?? [],
    lookups: spec.lookups ?? [],
    rollups: spec.rollups ?? [],
  };
  return [root, ...(spec.tables ?? []).map((t) => childNode(t))];
}

function childNode(t: DatasetTable): TableNode {
  return {
    name: t.name,
    root: false,
    description: t.description,
    columns: t.columns,
    references: t.references ?? [],
    lookups: t.lookups ?? [],
    rollups: t.rollups ?? [],
    rows: t.rows,
    parent: t.parent ? { table: t.parent.table, count: t.parent.count ?? {} } : undefined,
    orphans: t.orphans,
    duplicates: t.duplicates,
  };
}

/** A table's primary key: its first id column. */
export function keyColumn(node: TableNode): Extract<Column, { kind: "id" }> | undefined {
  return node.columns.find((c): c is Extract<Column, { kind: "id" }> => c.kind === "id");
}

/**
 * Flattens every table of a spec (checked by `tableIssues` first). Lookups
 * read the referenced table's flat column, so tables are flattened on demand,
 * each once.
 */
export function flattenTables(spec: DatasetSpec): Map<string, FlatTable> {
  const nodes = new Map(tableNodes(spec).map((n) => [n.name, n]));
  const column = columnResolver(nodes);
  return new Map([...nodes].map(([name, node]) => [name, flattenTable(spec, node, nodes, column)]));
}

/** Finds a column of a table as the flat table holds it: its own, or the placeholder of a relation column (resolved once each). */
type ColumnOf = (table: string, name: string) => Column | undefined;

function columnResolver(nodes: Map<string, TableNode>): ColumnOf {
  const done = new Map<string, Column | undefined>();
  const busy = new Set<string>();
  const resolve: ColumnOf = (table, name) => {
    const id = `${table}.${name}`;
    if (done.has(id)) return done.get(id);
    if (busy.has(id)) throw new Error(`lookups and rollups read each other in a cycle through ${id}`);
    busy.add(id);
    const node = nodes.get(table);
    let found: Column | undefined = node?.columns.find((c) => c.name === name);
    if (node && !found) {
      const ref = node.references.find((r) => r.name === name);
      const lookup = node.lookups.find((l) => l.name === name);
      const rollup = node.rollups.find((r) => r.name === name);
      if (ref) {
        const key = nodes.get(ref.table) ? keyColumn(nodes.get(ref.table)!) : undefined;
        found = key ? referencePlaceholder(ref, key) : { kind: "integer", name: ref.name, min: 1, max: 1 };
      } else if (lookup) {
        const via = node.references.find((r) => r.name === lookup.reference);
        const source = via ? resolve(via.table, lookup.column) : undefined;
        found = source ? placeholderOf(source, lookup.name, lookup.description) : undefined;
      } else if (rollup) found = rollupPlaceholder(rollup, rollup.column ? resolve(rollup.table, rollup.column) : undefined);
    }
    busy.delete(id);
    done.set(id, found);
    return found;
  };
  return resolve;
}

function flattenTable(spec: DatasetSpec, node: TableNode, nodes: Map<string, TableNode>, columnOf: ColumnOf): FlatTable {
  const columns: Column[] = [];
  const slots = new Map<number, RelationSlot>();
  const hidden = new Set<number>();
  const key = keyColumn(node);
  // Key first, then the references, the table's own columns, lookups and rollups.
  const own = node.columns.filter((c) => c !== key);
  if (key) columns.push(key);
  for (const ref of node.references) {
    slots.set(columns.length, { kind: "reference", column: ref, parent: node.parent?.table === ref.table });
    columns.push(columnOf(node.name, ref.name)!);
  }
  columns.push(...own);
  for (const lookup of node.lookups) {
    const reference = node.references.find((r) => r.name === lookup.reference)!;
    if (lookup.hidden) hidden.add(columns.length);
    slots.set(columns.length, { kind: "lookup", column: lookup, reference });
    columns.push(columnOf(node.name, lookup.name) ?? { kind: "faker", name: lookup.name, method: "lorem.word" });
  }
  for (const rollup of node.rollups) {
    if (rollup.hidden) hidden.add(columns.length);
    slots.set(columns.length, { kind: "rollup", column: rollup });
    columns.push(columnOf(node.name, rollup.name)!);
  }
  const base = { title: node.root ? spec.title : `${spec.title}: ${node.name}`, domain: spec.domain, ...(node.duplicates ? { duplicates: node.duplicates } : {}) };
  const tableSpec: DatasetSpec = {
    ...(node.root ? spec : base),
    ...(node.description && !node.root ? { description: node.description } : {}),
    columns,
  };
  delete (tableSpec as { tables?: unknown }).tables;
  delete (tableSpec as { references?: unknown }).references;
  delete (tableSpec as { lookups?: unknown }).lookups;
  delete (tableSpec as { rollups?: unknown }).rollups;
  delete (tableSpec as { table?: unknown }).table;
  const visible = columns.map((_, i) => i).filter((i) => !hidden.has(i));
  const hiddenNames = new Set([...hidden].map((i) => columns[i]!.name));
  const outSpec: DatasetSpec = { ...tableSpec, columns: visible.map((i) => withoutHidden(columns[i]!, hiddenNames)) };
  if (outSpec.target && !outSpec.columns.some((c) => c.name === outSpec.target)) delete outSpec.target;
  return { node, spec: tableSpec, slots, visible, outSpec, ...(key ? { key: key.name } : {}) };
}

/**
 * A table with its generated spec replaced (calibrated rollups, prepared
 * effects): each written column left as it was takes its new form; one cut
 * down from a hidden column (withoutHidden) stays as it was written.
 */
export function withSpec(table: FlatTable, spec: DatasetSpec): FlatTable {
  const columns = table.outSpec.columns.map((c, j) => {
    const i = table.visible[j]!;
    return c === table.spec.columns[i] ? spec.columns[i]! : c;
  });
  return { ...table, spec, outSpec: { ...table.outSpec, columns } };
}

/**
 * A written column as the card, mess and sinks see it: what it reads from a
 * hidden column (an order date after its customer's hidden signup date) is
 * generated, but not checked on the written rows, which do not hold it.
 */
function withoutHidden(column: Column, hidden: ReadonlySet<string>): Column {
  if (hidden.size === 0 || !columnReferences(column).some((r) => hidden.has(r.name))) return column;
  if (column.kind === "formula" || column.kind === "derived" || column.kind === "text") return placeholderOf(column, column.name, column.description);
  const c = { ...column } as Record<string, unknown>;
  for (const field of ["after", "offset", "bounds", "conditional"]) delete c[field];
  if (Array.isArray(c["effects"])) c["effects"] = (c["effects"] as Effect[]).filter((e) => !hidden.has(e.column));
  if (column.missing?.when) c["missing"] = { ...column.missing, when: column.missing.when.filter((e) => !hidden.has(e.column)) };
  return c as Column;
}

/** A foreign key column: the referenced key's format, never unique itself. */
function referencePlaceholder(ref: ReferenceColumn, key: Extract<Column, { kind: "id" }>): Column {
  const { unique: _u, nullRate: _n, missing: _m, description: _d, name: _name, ...format } = key;
  return { ...format, name: ref.name, ...(ref.description ? { description: ref.description } : {}) };
}

/** An ordinary column with `source`'s type and scale, without its relations (its values are copied in). */
export function placeholderOf(source: Column, name: string, description: string | undefined): Column {
  const about = { name, ...(description ? { description } : source.description ? { description: source.description } : {}) };
  switch (source.kind) {
    case "integer":
    case "number": {
      const { distribution, mean, sd, min, max } = source;
      const decimals = source.kind === "number" ? source.decimals : undefined;
      return { kind: source.kind, ...about, ...defined({ distribution, mean, sd, min, max, decimals }) } as Column;
    }
    case "date":
    case "datetime":
      return { kind: source.kind, ...about, from: source.from, to: source.to };
    case "boolean":
      return { kind: "boolean", ...about };
    case "category":
      return { kind: "category", ...about, values: source.values };
    case "id": {
      const { format, prefix, pattern, start } = source;
      return { kind: "id", ...about, ...defined({ format, prefix, pattern, start }) } as Column;
    }
    case "formula":
      return { kind: "formula", ...about, expression: "0", ...defined({ type: source.type, decimals: source.decimals }) } as Column;
    default:
      return { kind: "faker", ...about, method: "lorem.word" };
  }
}

/** A rollup's column: a count is an integer, a sum or mean a number (or an integer's sum an integer), min/max the source's type. */
function rollupPlaceholder(rollup: RollupColumn, source: Column | undefined): Column {
  const about = { name: rollup.name, ...(rollup.description ? { description: rollup.description } : {}) };
  const integerSource = source?.kind === "integer" || (source?.kind === "formula" && source.type === "integer");
  switch (rollup.function) {
    case "count":
      return { kind: "integer", ...about, min: 0 };
    case "sum":
      return integerSource ? { kind: "integer", ...about } : { kind: "number", ...about, decimals: rollup.decimals ?? sourceDecimals(source) };
    case "mean":
      return { kind: "number", ...about, decimals: rollup.decimals ?? 2 };
    case "min":
    case "max":
      return source ? placeholderOf(source, rollup.name, rollup.description) : { kind: "number", ...about };
  }
}

function sourceDecimals(source: Column | undefined): number {
  return source && (source.kind === "number" || source.kind === "formula") ? (source.decimals ?? 2) : 2;
}

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
