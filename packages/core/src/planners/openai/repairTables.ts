import { SynthdataError, formatIssues } from "../../errors.js";
import { MAX_TABLES, POPULARITIES, ROLLUP_FUNCTIONS } from "../../spec/datasetSchema.js";
import type { DatasetSpec } from "../../spec/schema.js";
import { checkSpec } from "../../spec/validate.js";
import { tableName } from "../../sinks/tableName.js";

/**
 * Local repairs of a model's several related tables (issue 17), each reported
 * as a warning, so that one answer is enough: a child table without a
 * reference to its parent gets one (its ordinary `customer_id` column becomes
 * it), a rollup over a table that is not a child is dropped, a lookup through
 * no reference is dropped, a referenced table without an id gets one, a
 * table with neither parent nor rows becomes a child of the root (or a table
 * of its own rows when others only reference it). Each table's columns then
 * go through the one-table repairs (`repairOne`), with its relation columns
 * standing by as placeholders of their type so effects and formulas on them
 * are kept; the whole spec is validated last.
 */

type Col = Record<string, unknown>;
type Warn = (message: string) => void;
export type RepairOne = (candidate: Record<string, unknown>) => { spec: DatasetSpec; warnings: string[] };

interface Table {
  name: string;
  root: boolean;
  columns: Col[];
  references: Col[];
  lookups: Col[];
  rollups: Col[];
  rows?: number;
  parent?: string;
  count?: Col;
  /** A child table's mess: orphan keys and duplicate children. */
  mess: Col;
}

const NAME = /^[a-z][a-z0-9_]{0,62}$/;
const DEFAULT_ROWS = 1000;

export function repairTables(candidate: Record<string, unknown>, repairOne: RepairOne, noColumnsMessage: string): { spec: DatasetSpec; warnings: string[] } {
  const warnings: string[] = [];
  const warn: Warn = (m) => warnings.push(m);
  let tables = readTables(candidate, warn);
  structure(tables, warn);

  // Each table's columns through the one-table repairs, parents and tables of rows before those that look into them.
  const repaired = new Map<string, Col[]>();
  let rootFields: Record<string, unknown> = {};
  for (const table of tables) {
    const placeholders = relationPlaceholders(table, tables);
    const fixed = new Set(placeholders.map((p) => String(p["name"])));
    const base = table.root ? { ...candidate, tables: undefined, references: undefined, lookups: undefined, rollups: undefined, table: undefined } : { title: String(candidate["title"] ?? "table"), domain: String(candidate["domain"] ?? "general") };
    let result;
    try {
      result = repairOne({ ...base, columns: [...table.columns, ...placeholders] });
    } catch (error) {
      if (table.root || !(error instanceof SynthdataError)) throw error;
      warn(`table "${table.name}" was dropped: ${error.message.split("\n")[0]}`);
      tables = dropTable(tables, table.name, warn);
      continue;
    }
    for (const w of result.warnings) warn(table.root ? w : `table "${table.name}": ${w}`);
    const own = (result.spec.columns as unknown as Col[]).filter((c) => !fixed.has(String(c["name"])));
    if (own.length === 0) {
      if (table.root) throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", noColumnsMessage);
      warn(`table "${table.name}" was dropped: no usable column of its own was left`);
      tables = dropTable(tables, table.name, warn);
      continue;
    }
    repaired.set(table.name, own);
    if (table.root) {
      const { columns: _c, ...fields } = result.spec as unknown as Record<string, unknown>;
      rootFields = fields;
    }
  }
  for (const t of tables) if (repaired.has(t.name)) t.columns = repaired.get(t.name)!;

  for (let round = 0; round < 4; round++) {
    const spec = assemble(rootFields, tables);
    const checked = checkSpec(spec);
    if (checked.spec) return { spec: checked.spec, warnings };
    let changed = false;
    for (const issue of checked.issues) {
      const match = /^tables\.([a-z][a-z0-9_]*)\./.exec(issue.field);
      const table = match ? tables.find((t) => t.name === match[1]) : tables[0];
      if (!table) continue;
      const where = table.root ? "" : `table "${table.name}": `;
      const field = issue.field.replace(/^tables\.[a-z0-9_]+\./, "");
      if (field.startsWith("parent.count") && table.count) {
        // A child count the model got wrong falls back to the default (poisson, mean 3) rather than losing the table.
        if (field.startsWith("parent.count.effects")) delete table.count["effects"];
        else delete table.count;
        warn(`${where}dropped ${field.startsWith("parent.count.effects") ? "the child count's effects" : "its child count (the default applies)"}: ${issue.message}`);
        changed = true;
      } else if (!table.root && issue.column === undefined && (field.startsWith("orphans") || field.startsWith("duplicates")) && Object.keys(table.mess).length > 0) {
        const key = field.startsWith("orphans") ? "orphans" : "duplicates";
        delete table.mess[key];
        warn(`${where}dropped its ${key}: ${issue.message}`);
        changed = true;
      } else if (table.root && issue.column === undefined && ["target", "difficulty", "duplicates", "description", "scenario"].includes(field.split(".")[0]!) && rootFields[field.split(".")[0]!] !== undefined) {
        delete rootFields[field.split(".")[0]!];
        warn(`dropped the model's ${field.split(".")[0]}: ${issue.message}`);
        changed = true;
      } else if (issue.column !== undefined && dropColumn(table, issue.column)) {
        warn(`${where}column "${issue.column}" was dropped: ${issue.message}`);
        changed = true;
      } else if (!table.root && tables.some((t) => t.name === table.name)) {
        warn(`table "${table.name}" was dropped: ${issue.field}: ${issue.message}`);
        tables = dropTable(tables, table.name, warn);
        changed = true;
      }
    }
    if (!changed || tables.length === 0) break;
  }
  const final = checkSpec(assemble(rootFields, tables));
  if (final.spec) return { spec: final.spec, warnings };
  throw new SynthdataError("OPENAI_BAD_RESPONSE", `the model's tables are not valid and could not be repaired:\n${formatIssues(final.issues)}\nTry again, describe the tables more plainly, or use --planner offline`, { issues: final.issues });
}

function readTables(candidate: Record<string, unknown>, warn: Warn): Table[] {
  const used = new Set<string>();
  const name = (raw: unknown, fallback: string): string => {
    let n = typeof raw === "string" ? raw.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 60) : "";
    if (!NAME.test(n)) n = n ? `t_${n}`.slice(0, 60) : fallback;
    let out = n;
    for (let i = 2; used.has(out); i++) out = `${n.slice(0, 58)}_${i}`;
    if (out !== raw) warn(`table name "${String(raw).slice(0, 64)}" changed to "${out}"`);
    used.add(out);
    return out;
  };
  const rootName = typeof candidate["table"] === "string" ? candidate["table"] : tableName({ title: String(candidate["title"] ?? "") } as DatasetSpec);
  const root: Table = { name: name(rootName, "main"), root: true, mess: {}, ...relationLists(candidate), columns: records(candidate["columns"]) };
  const raw = records(candidate["tables"]);
  if (raw.length > MAX_TABLES - 1) warn(`the model proposed ${raw.length + 1} tables; kept the first ${MAX_TABLES}`);
  const renamed = new Map<string, string>([[String(rootName), root.name]]);
  const tables: Table[] = [root];
  for (const [i, t] of raw.slice(0, MAX_TABLES - 1).entries()) {
    const n = name(t["name"], `table_${i + 2}`);
    renamed.set(String(t["name"]), n);
    const parent = t["parent"];
    const rows = typeof t["rows"] === "number" && Number.isFinite(t["rows"]) ? Math.min(10_000_000, Math.max(1, Math.round(t["rows"]))) : undefined;
    tables.push({
      name: n,
      root: false,
      mess: tableMess(t, n, warn),
      ...relationLists(t),
      columns: records(t["columns"]),
      ...(rows !== undefined ? { rows } : {}),
      ...(isRecord(parent) && typeof parent["table"] === "string" ? { parent: parent["table"], ...(isRecord(parent["count"]) ? { count: { ...parent["count"] } } : {}) } : {}),
    });
  }
  // Names the model wrote for tables follow the renames.
  const follow = (v: unknown) => (typeof v === "string" ? (renamed.get(v) ?? v) : v);
  for (const t of tables) {
    if (t.parent !== undefined) t.parent = String(follow(t.parent));
    for (const r of [...t.references, ...t.rollups]) r["table"] = follow(r["table"]);
  }
  return tables;
}

/** Orphans (0..0.2) and duplicates (0..0.5 each) of a table, clamped with a warning. */
function tableMess(t: Col, name: string, warn: Warn): Col {
  const mess: Col = {};
  const clamp = (value: unknown, hi: number, what: string): number | undefined => {
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return undefined;
    if (value > hi) warn(`table "${name}": ${what} ${value} is above ${hi}; used ${hi}`);
    return Math.min(hi, value);
  };
  const orphans = clamp(t["orphans"], 0.2, "orphans");
  if (orphans !== undefined) mess["orphans"] = orphans;
  if (isRecord(t["duplicates"])) {
    const exact = clamp(t["duplicates"]["exact"], 0.5, "duplicates.exact");
    const near = clamp(t["duplicates"]["near"], 0.5, "duplicates.near");
    if (exact !== undefined || near !== undefined) mess["duplicates"] = { ...(exact !== undefined ? { exact } : {}), ...(near !== undefined ? { near } : {}) };
  }
  return mess;
}

function relationLists(source: Record<string, unknown>): Pick<Table, "references" | "lookups" | "rollups"> {
  return { references: records(source["references"]).map((r) => ({ ...r })), lookups: records(source["lookups"]).map((r) => ({ ...r })), rollups: records(source["rollups"]).map((r) => ({ ...r })) };
}

/** Parents, row counts, keys and relation targets: what the model usually gets wrong about tables. */
function structure(tables: Table[], warn: Warn): void {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const root = tables[0]!;
  const referenced = (t: Table) => tables.some((o) => o !== t && o.references.some((r) => r["table"] === t.name));
  for (const t of tables) {
    if (t.root) continue;
    if (t.parent !== undefined && t.rows !== undefined) {
      warn(`table "${t.name}": has both a parent and rows; its rows follow its parent "${t.parent}"`);
      delete t.rows;
    }
    if (t.parent !== undefined) {
      const parent = byName.get(t.parent);
      if (!parent || parent === t || parent.rows !== undefined || ancestors(t, byName).includes(t.name)) {
        warn(`table "${t.name}": parent "${t.parent}" ${!parent ? "is not a table" : parent.rows !== undefined ? "is a table of its own rows" : "makes a cycle"}; made it a child of "${root.name}"`);
        t.parent = root.name;
      }
    } else if (t.rows === undefined) {
      if (referenced(t) && !tables.some((o) => o.parent === t.name)) {
        t.rows = DEFAULT_ROWS;
        warn(`table "${t.name}" had neither a parent nor rows; other tables pick from it, so it got ${DEFAULT_ROWS} rows of its own`);
      } else {
        t.parent = root.name;
        warn(`table "${t.name}" had neither a parent nor rows; made it a child of "${root.name}"`);
      }
    }
  }
  for (const t of tables) {
    const needsKey = tables.some((o) => o.parent === t.name) || referenced(t);
    if (needsKey && !t.columns.some((c) => c["kind"] === "id")) {
      const key = `${singular(t.name)}_id`;
      t.columns = t.columns.filter((c) => c["name"] !== key);
      t.columns.unshift({ name: key, kind: "id", format: "sequence" });
      warn(`table "${t.name}" is referenced by other tables and had no id column; added "${key}" as its key`);
    }
  }
  for (const t of tables) {
    const label = t.root ? "" : `table "${t.name}": `;
    if (t.rows !== undefined) {
      for (const field of ["references", "lookups", "rollups"] as const) {
        if (t[field].length > 0) warn(`${label}a table of its own rows has no ${field}; dropped ${t[field].map((r) => String(r["name"])).join(", ")}`);
        t[field] = [];
      }
    }
    if (t.parent !== undefined) parentReference(t, byName.get(t.parent)!, warn);
    t.references = t.references.filter((r) => {
      const target = byName.get(String(r["table"]));
      const why = typeof r["name"] !== "string" ? "it has no name" : !target ? `"${String(r["table"])}" is not a table` : target === t ? "it names its own table" : target.name !== t.parent && target.rows === undefined ? `"${target.name}" is neither its parent nor a table of its own rows` : undefined;
      if (why) warn(`${label}dropped the reference "${String(r["name"])}": ${why}`);
      if (!why && target!.name === t.parent) delete r["popularity"];
      if (!why && r["popularity"] !== undefined && !(POPULARITIES as readonly unknown[]).includes(r["popularity"])) delete r["popularity"];
      return !why;
    });
    t.rollups = t.rollups.filter((r) => {
      const child = byName.get(String(r["table"]));
      const why = typeof r["name"] !== "string" ? "it has no name" : !(ROLLUP_FUNCTIONS as readonly unknown[]).includes(r["function"]) ? `"${String(r["function"])}" is not count, sum, mean, min or max` : !child || child.parent !== t.name ? `"${String(r["table"])}" is not a child table of "${t.name}" (a rollup reads this table's child rows)` : r["function"] !== "count" && !hasColumn(child, r["column"]) ? `"${child.name}" has no column "${String(r["column"])}"` : undefined;
      if (why) warn(`${label}dropped the rollup "${String(r["name"])}": ${why}`);
      if (!why && r["function"] === "count") delete r["column"];
      return !why;
    });
    t.lookups = t.lookups.filter((l) => {
      const via = t.references.find((r) => r["name"] === l["reference"]);
      const source = via ? byName.get(String(via["table"])) : undefined;
      const why = typeof l["name"] !== "string" ? "it has no name" : !via ? `"${String(l["reference"])}" is not a reference of this table` : !source || !hasColumn(source, l["column"]) ? `"${String(via["table"])}" has no column "${String(l["column"])}"` : undefined;
      if (why) warn(`${label}dropped the lookup "${String(l["name"])}": ${why}`);
      return !why;
    });
    // A relation column wins over an ordinary column of the same name (the model listed the key twice).
    const relationNames = new Set([...t.references, ...t.lookups, ...t.rollups].map((r) => String(r["name"])));
    t.columns = t.columns.filter((c) => {
      if (!relationNames.has(String(c["name"]))) return true;
      warn(`${label}column "${String(c["name"])}" is also a relation column; kept the relation`);
      return false;
    });
  }
}

/** A child's foreign key to its parent: the model's own column of that name becomes it, or one is added. */
function parentReference(t: Table, parent: Table, warn: Warn): void {
  if (t.references.some((r) => r["table"] === parent.name)) return;
  const key = parent.columns.find((c) => c["kind"] === "id");
  const names = [...new Set([String(key?.["name"] ?? ""), `${singular(parent.name)}_id`])].filter(Boolean);
  const ownKey = t.columns.find((c) => c["kind"] === "id");
  const index = t.columns.findIndex((c) => c !== ownKey && names.includes(String(c["name"])));
  const clash = (n: string) => t.columns.some((c) => c["name"] === n) || t.references.some((r) => r["name"] === n);
  const name = index >= 0 ? String(t.columns[index]!["name"]) : (names.find((n) => !clash(n)) ?? `${parent.name}_ref`);
  if (index >= 0) t.columns.splice(index, 1);
  t.references.unshift({ name, table: parent.name });
  warn(`table "${t.name}" had no reference to its parent "${parent.name}"; ${index >= 0 ? `its column "${name}" became that reference` : `added the reference "${name}"`}`);
}

/** Ordinary columns standing for a table's relation columns during the one-table repairs: same name, a fitting kind. */
function relationPlaceholders(t: Table, tables: Table[], depth = 0): Col[] {
  const byName = new Map(tables.map((x) => [x.name, x]));
  const columnOf = (table: Table | undefined, name: unknown, d: number): Col | undefined => {
    if (!table || d > 4) return undefined;
    const own = table.columns.find((c) => c["name"] === name);
    if (own) return own;
    return relationPlaceholders(table, tables, d + 1).find((c) => c["name"] === name);
  };
  const out: Col[] = [];
  for (const r of t.references) out.push({ name: r["name"], kind: "integer", distribution: "uniform", min: 1, max: 1000 });
  for (const l of t.lookups) {
    const via = t.references.find((r) => r["name"] === l["reference"]);
    out.push(placeholderLike(columnOf(via ? byName.get(String(via["table"])) : undefined, l["column"], depth), String(l["name"])));
  }
  for (const r of t.rollups) {
    const fn = r["function"];
    out.push(fn === "count" ? { name: r["name"], kind: "integer", distribution: "uniform", min: 0, max: 100 } : fn === "sum" || fn === "mean" ? { name: r["name"], kind: "number", distribution: "uniform", min: 0, max: 1000 } : placeholderLike(columnOf(byName.get(String(r["table"])), r["column"], depth), String(r["name"])));
  }
  return out;
}

function placeholderLike(source: Col | undefined, name: string): Col {
  switch (source?.["kind"]) {
    case "date":
    case "datetime":
      return { name, kind: source["kind"], from: "2020-01-01", to: "2025-12-31" };
    case "boolean":
      return { name, kind: "boolean" };
    case "category":
      return Array.isArray(source["values"]) && source["values"].length > 0 ? { name, kind: "category", values: source["values"] } : { name, kind: "faker", method: "lorem.word" };
    case "integer":
    case "number":
    case "formula":
      return { name, kind: source["kind"] === "integer" ? "integer" : "number", distribution: "uniform", min: 0, max: 1000 };
    default:
      return { name, kind: "faker", method: "lorem.word" };
  }
}

function assemble(rootFields: Record<string, unknown>, tables: Table[]): Record<string, unknown> {
  const [root, ...rest] = tables;
  const lists = (t: Table) => ({ ...(t.references.length ? { references: t.references } : {}), ...(t.lookups.length ? { lookups: t.lookups } : {}), ...(t.rollups.length ? { rollups: t.rollups } : {}) });
  return {
    ...rootFields,
    table: root!.name,
    columns: root!.columns,
    ...lists(root!),
    ...(rest.length > 0
      ? { tables: rest.map((t) => ({ name: t.name, ...(t.rows !== undefined ? { rows: t.rows } : {}), ...(t.parent !== undefined ? { parent: { table: t.parent, ...(t.count ? { count: t.count } : {}) } } : {}), columns: t.columns, ...lists(t), ...t.mess })) }
      : {}),
  };
}

/** Removes a table, the tables below it, and every relation onto them. */
function dropTable(tables: Table[], name: string, warn: Warn): Table[] {
  const gone = new Set([name]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of tables) if (t.parent !== undefined && gone.has(t.parent) && !gone.has(t.name)) {
      gone.add(t.name);
      warn(`table "${t.name}" was dropped with its parent`);
      grew = true;
    }
  }
  const kept = tables.filter((t) => !gone.has(t.name));
  for (const t of kept) {
    const refs = new Set(t.references.filter((r) => gone.has(String(r["table"]))).map((r) => r["name"]));
    t.references = t.references.filter((r) => !refs.has(r["name"]));
    t.lookups = t.lookups.filter((l) => !refs.has(l["reference"]));
    t.rollups = t.rollups.filter((r) => !gone.has(String(r["table"])));
  }
  return kept;
}

function dropColumn(t: Table, name: string): boolean {
  for (const field of ["columns", "references", "lookups", "rollups"] as const) {
    const i = t[field].findIndex((c) => c["name"] === name);
    if (i >= 0) {
      t[field].splice(i, 1);
      if (field === "references") t.lookups = t.lookups.filter((l) => l["reference"] !== name);
      return true;
    }
  }
  return false;
}

function ancestors(t: Table, byName: Map<string, Table>): string[] {
  const seen: string[] = [];
  for (let at = t.parent; at !== undefined && !seen.includes(at); at = byName.get(at)?.parent) seen.push(at);
  return seen;
}

function hasColumn(t: Table, name: unknown): boolean {
  return [...t.columns, ...t.references, ...t.lookups, ...t.rollups].some((c) => c["name"] === name);
}

function singular(name: string): string {
  return name.endsWith("ies") ? `${name.slice(0, -3)}y` : name.endsWith("ses") ? name.slice(0, -2) : name.endsWith("s") ? name.slice(0, -1) : name;
}

function records(v: unknown): Col[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
