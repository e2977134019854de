import type { SpecIssue } from "../errors.js";
import type { DatasetSpec } from "../spec/datasetSchema.js";
import { isNumericColumn } from "../spec/relations.js";
import { flattenTables, isMultiTable, keyColumn, tableNodes, type FlatTable, type TableNode } from "./flatten.js";
import { phaseAfterRollups } from "./phases.js";

/** The one-table checks (validate.ts), run on each flattened table. */
export type TableChecker = (spec: DatasetSpec) => SpecIssue[];

/**
 * Everything that can be wrong with how a dataset's tables relate: names,
 * parents, keys, references, lookups, rollups; then each table's own columns
 * (flattened) by the one-table checks. Issue fields name the table:
 * `tables.orders.references.customer_id`.
 */
export function tableIssues(spec: DatasetSpec, checkTable: TableChecker): SpecIssue[] {
  if (!isMultiTable(spec)) return relationFieldsWithoutTables(spec);
  const issues: SpecIssue[] = [];
  const nodes = tableNodes(spec);
  const byName = new Map<string, TableNode>();
  for (const node of nodes) {
    if (byName.has(node.name)) issues.push({ field: `tables.${node.name}`, message: `two tables are named "${node.name}"; names must be distinct (the root table is named by \`table\` or the title)` });
    byName.set(node.name, node);
  }
  for (const node of nodes) structureIssues(node, byName, (field, message, column) => issues.push({ ...(column ? { column } : {}), field: `${where(node)}${field}`, message }));
  if (issues.length > 0) return issues;

  let flat: Map<string, FlatTable>;
  try {
    flat = flattenTables(spec);
  } catch (error) {
    return [{ field: "tables", message: `${(error as Error).message}; break the cycle by reading a column that is not itself a lookup or rollup of the other table` }];
  }
  for (const node of nodes) {
    const table = flat.get(node.name)!;
    const add = (field: string, message: string, column?: string) => issues.push({ ...(column ? { column } : {}), field: `${where(node)}${field}`, message });
    relationIssues(node, table, flat, byName, add);
    const placeholders = new Set([...table.slots.values()].map((s) => s.column.name));
    for (const issue of checkTable(table.spec)) {
      if (issue.column && placeholders.has(issue.column)) continue;
      issues.push({ ...issue, field: `${where(node)}${issue.column ? `columns.${issue.column}.` : ""}${issue.field}` });
    }
  }
  return issues;
}

const where = (node: TableNode) => (node.root ? "" : `tables.${node.name}.`);

type Add = (field: string, message: string, column?: string) => void;

function relationFieldsWithoutTables(spec: DatasetSpec): SpecIssue[] {
  const fields = (["references", "lookups", "rollups"] as const).filter((f) => (spec[f]?.length ?? 0) > 0);
  return fields.map((f) => ({ field: f, message: `${f} relate tables, and this spec has one table; add the other tables under \`tables\` or remove ${f}` }));
}

/** Parents, row counts and keys: what must hold before the tables can be flattened. */
function structureIssues(node: TableNode, byName: Map<string, TableNode>, add: Add): void {
  if (!node.root) {
    if (node.parent && node.rows !== undefined) add("rows", "a child table's rows follow its parent's (parent.count); give either parent or rows");
    if (!node.parent && node.rows === undefined) add("parent", `give "${node.name}" a parent table (its rows belong to a parent row) or rows of its own`);
    if (node.parent) {
      const chain = new Set<string>([node.name]);
      let at: TableNode | undefined = node;
      while (at?.parent) {
        if (chain.has(at.parent.table)) {
          add("parent.table", `parents form a cycle: ${[...chain, at.parent.table].join(" -> ")}`);
          break;
        }
        chain.add(at.parent.table);
        const next = byName.get(at.parent.table);
        if (!next) {
          add("parent.table", `names a table "${at.parent.table}" that the spec does not have (tables: ${[...byName.keys()].join(", ")})`);
          break;
        }
        if (next.rows !== undefined) {
          add("parent.table", `"${next.name}" is a table of its own rows; child tables hang under the root table "${[...byName.values()].find((n) => n.root)!.name}" or its children`);
          break;
        }
        at = next;
      }
      const count = node.parent.count;
      if (count.min !== undefined && count.max !== undefined && count.min > count.max) add("parent.count.min", `min (${count.min}) is greater than max (${count.max})`);
      if (count.distribution === "uniform" && count.max === undefined) add("parent.count.max", "a uniform child count needs a max");
      const parentKey = byName.get(node.parent.table) ? keyColumn(byName.get(node.parent.table)!) : undefined;
      if ((node.orphans ?? 0) > 0 && parentKey?.format === "pattern") add("orphans", `orphan keys need "${node.parent.table}"'s key to be a sequence or a uuid (a pattern key could repeat a real one)`);
      if (!node.references.some((r) => r.table === node.parent!.table)) {
        add("references", `"${node.name}" needs a reference column to its parent "${node.parent.table}" (its foreign key), e.g. { "name": "${node.parent.table.replace(/s$/, "")}_id", "table": "${node.parent.table}" }`);
      }
    }
    if (node.rows !== undefined && (node.orphans ?? 0) > 0) add("orphans", "orphan keys point at a missing parent row; a table of its own rows has no parent");
    if (node.rows !== undefined) {
      for (const f of ["references", "lookups", "rollups"] as const) if (node[f].length > 0) add(f, `a table of its own rows (like products) cannot have ${f} yet; put them on the tables that reference it`);
      for (const c of node.columns) if (c.unique && c.kind !== "id") add("unique", `in a table of its own rows only id columns can be unique; drop "unique" or make the column an id`, c.name);
    }
  }
  const key = keyColumn(node);
  const hasChildren = [...byName.values()].some((n) => n.parent?.table === node.name);
  if (!key && (hasChildren || [...byName.values()].some((n) => n.references.some((r) => r.table === node.name)))) {
    add("columns", `"${node.name}" is referenced by other tables, so it needs a key: an id column (e.g. { "name": "${node.name.replace(/s$/, "")}_id", "kind": "id", "format": "sequence" })`);
  }
  if (key?.nullRate) add("nullRate", "a table's key cannot be empty", key.name);
  for (const ref of node.references) {
    const target = byName.get(ref.table);
    if (!target) add(`references.${ref.name}.table`, `names a table "${ref.table}" that the spec does not have`, ref.name);
    else if (ref.table !== node.parent?.table && target.rows === undefined) {
      add(`references.${ref.name}.table`, `"${ref.table}" is neither this table's parent nor a table of its own rows; reference the parent, or give "${ref.table}" rows`, ref.name);
    } else if (ref.table === node.parent?.table && ref.popularity) add(`references.${ref.name}.popularity`, "a reference to the parent is its parent row; popularity applies to other tables", ref.name);
  }
  for (const rollup of node.rollups) {
    const child = byName.get(rollup.table);
    if (!child || child.parent?.table !== node.name) add(`rollups.${rollup.name}.table`, `"${rollup.table}" is not a child table of "${node.name}"; a rollup reads this table's child rows`, rollup.name);
    if (rollup.function !== "count" && !rollup.column) add(`rollups.${rollup.name}.column`, `${rollup.function} needs the child table's column to read`, rollup.name);
  }
  for (const lookup of node.lookups) {
    if (!node.references.some((r) => r.name === lookup.reference)) add(`lookups.${lookup.name}.reference`, `"${lookup.reference}" is not a reference column of "${node.name}" (references: ${node.references.map((r) => r.name).join(", ") || "none"})`, lookup.name);
  }
}

/** What lookups and rollups read, on the flattened tables. */
function relationIssues(node: TableNode, table: FlatTable, flat: Map<string, FlatTable>, byName: Map<string, TableNode>, add: Add): void {
  for (const lookup of node.lookups) {
    const ref = node.references.find((r) => r.name === lookup.reference)!;
    const source = flat.get(ref.table)!;
    if (!source.spec.columns.some((c) => c.name === lookup.column)) {
      add(`lookups.${lookup.name}.column`, `"${ref.table}" has no column "${lookup.column}" (columns: ${source.spec.columns.map((c) => c.name).join(", ")})`, lookup.name);
    }
  }
  for (const rollup of node.rollups) {
    if (!rollup.column) continue;
    const child = flat.get(rollup.table)!;
    const source = child.spec.columns.find((c) => c.name === rollup.column);
    if (!source) add(`rollups.${rollup.name}.column`, `"${rollup.table}" has no column "${rollup.column}"`, rollup.name);
    else if ((rollup.function === "sum" || rollup.function === "mean") && !isNumericColumn(source)) {
      add(`rollups.${rollup.name}.column`, `"${rollup.table}.${rollup.column}" is a ${source.kind} column; ${rollup.function} reads a number`, rollup.name);
    } else if ((rollup.function === "min" || rollup.function === "max") && !isNumericColumn(source) && source.kind !== "date" && source.kind !== "datetime") {
      add(`rollups.${rollup.name}.column`, `"${rollup.table}.${rollup.column}" is a ${source.kind} column; ${rollup.function} reads a number or a date`, rollup.name);
    }
  }
  // A child whose rows feed this table's rollups is made before them: its lookups into this table cannot read a rollup (or what follows from one).
  const after = phaseAfterRollups(table);
  const afterNames = new Set([...after].map((i) => table.spec.columns[i]!.name));
  const feeders = new Set(node.rollups.map((r) => r.table));
  for (const childName of feeders) {
    const child = byName.get(childName);
    if (!child) continue;
    for (const lookup of child.lookups) {
      const ref = child.references.find((r) => r.name === lookup.reference);
      if (ref?.table === node.name && afterNames.has(lookup.column)) {
        add(`rollups`, `"${childName}.${lookup.name}" looks up "${node.name}.${lookup.column}", which is worked out from "${childName}" itself (a rollup); look up a column made before the rollups`, lookup.name);
      }
    }
  }
  const counts = node.parent?.count.effects ?? [];
  const parent = node.parent ? flat.get(node.parent.table) : undefined;
  counts.forEach((effect, i) => {
    const source = parent?.spec.columns.find((c) => c.name === effect.column);
    if (!source) add(`parent.count.effects.${i}.column`, `"${node.parent!.table}" has no column "${effect.column}"`);
    else if (afterNames.has(effect.column) && parent === table) add(`parent.count.effects.${i}.column`, "a child count cannot depend on a rollup");
    else if (source.kind === "category" && effect.value === undefined) add(`parent.count.effects.${i}.value`, `"${effect.column}" is a category; say which of its values has the effect`);
    else if (!isNumericColumn(source) && source.kind !== "boolean" && source.kind !== "category") add(`parent.count.effects.${i}.column`, `"${effect.column}" is a ${source.kind} column; effects come from numbers, booleans and categories`);
  });
  if (parent) {
    const parentAfter = new Set([...phaseAfterRollups(parent)].map((i) => parent.spec.columns[i]!.name));
    counts.forEach((effect, i) => {
      if (parentAfter.has(effect.column)) add(`parent.count.effects.${i}.column`, `"${effect.column}" is worked out from child rows (a rollup); a child count can only depend on columns made before them`);
    });
  }
}
