import { storedType, type StoredType } from "../sinks/storedTypes.js";
import type { FlatTable } from "./flatten.js";

const SQL_TYPE: Readonly<Record<StoredType, string>> = { int64: "BIGINT", double: "DOUBLE", boolean: "BOOLEAN", date: "DATE", timestamp: "TIMESTAMP", string: "VARCHAR" };

/**
 * CREATE TABLE statements for a dataset's tables (parents before children):
 * declared types, primary keys and foreign keys, in SQL that DuckDB, SQLite
 * and PostgreSQL all read. A key is declared only when the table's mess keeps
 * it whole (no duplicate rows, no emptied keys).
 */
export function schemaSql(tables: readonly FlatTable[]): string {
  const statements = orderedForKeys(tables).map((t) => {
    const { key, foreignKeys } = tableKeys(t, tables);
    const lines = t.visible.map((i) => {
      const c = t.spec.columns[i]!;
      return `  ${quote(c.name)} ${SQL_TYPE[storedType(c)]}${c.name === key ? " NOT NULL PRIMARY KEY" : ""}`;
    });
    lines.push(...foreignKeys.map((f) => `  ${f}`));
    return `CREATE TABLE ${quote(t.node.name)} (\n${lines.join(",\n")}\n);`;
  });
  return `-- Made by synthdata: the tables of this dataset, their keys and how they relate.\n${statements.join("\n\n")}\n`;
}

/** A table's primary key (when its mess keeps it whole) and its FOREIGN KEY constraints. */
export function tableKeys(t: FlatTable, tables: readonly FlatTable[]): { key: string | undefined; foreignKeys: string[] } {
  const foreignKeys: string[] = [];
  for (const [i, slot] of t.slots) {
    if (slot.kind !== "reference" || !t.visible.includes(i)) continue;
    const target = tables.find((x) => x.node.name === slot.column.table)!;
    // Orphan keys (asked-for mess) would break the constraint: the key is left undeclared, the card counts them.
    if (target.key && keyable(target) && !(slot.parent && (t.node.orphans ?? 0) > 0)) foreignKeys.push(`FOREIGN KEY (${quote(slot.column.name)}) REFERENCES ${quote(target.node.name)} (${quote(target.key)})`);
  }
  return { key: t.key && keyable(t) ? t.key : undefined, foreignKeys };
}

/** Referenced tables first, so each FOREIGN KEY names a table already created. */
export function orderedForKeys(tables: readonly FlatTable[]): FlatTable[] {
  const done = new Set<string>();
  const out: FlatTable[] = [];
  const visit = (t: FlatTable) => {
    if (done.has(t.node.name)) return;
    done.add(t.node.name);
    for (const ref of t.node.references) visit(tables.find((x) => x.node.name === ref.table)!);
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

function keyable(t: FlatTable): boolean {
  const dup = (t.spec.duplicates?.exact ?? 0) + (t.spec.duplicates?.near ?? 0);
  const key = t.spec.columns.find((c) => c.name === t.key);
  return dup === 0 && !!key && !((key.missing?.rate ?? 0) > 0);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
