// The realism checks across tables (scripts/eval-realism.mjs, fixture realism/tables.json): each
// reads the tables as written (one CSV per table, csv-parse, every cell a string) and counts what a
// learner joining them would trip over: a table missing, a key repeated or empty, a foreign key
// with no row to point at, a rollup that is not the aggregate of its child rows, an outcome with
// no signal after a join and a group-by. Table and column references resolve like column ones.
import { resolveColumn, runCheck } from "./checks.mjs";

export const TABLE_CHECKS = new Set(["tables", "key", "reference", "lookup", "after", "rollup", "joinOutcome"]);

/** `tables`: Map of table name -> { rows, columns }. */
export function runTableCheck(check, tables) {
  const names = [...tables.keys()];
  const table = (ref) => {
    const name = resolveColumn(names, ref);
    if (name === undefined) throw new Missing(`no table "${ref}" (tables: ${names.join(", ")})`);
    return tables.get(name);
  };
  const column = (t, ref) => {
    const name = resolveColumn(t.columns, ref);
    if (name === undefined) throw new Missing(`no column "${ref}" (columns: ${t.columns.join(", ")})`);
    return name;
  };
  try {
    switch (check.kind) {
      case "tables": {
        const absent = check.tables.filter((ref) => resolveColumn(names, ref) === undefined);
        return absent.length === 0 ? { ok: true } : { ok: false, why: `no table for ${absent.join(", ")} (tables: ${names.join(", ")})` };
      }
      case "key": {
        const t = table(check.table);
        const c = column(t, check.column);
        const seen = new Set();
        let empty = 0;
        let repeated = 0;
        for (const r of t.rows) {
          const v = r[c];
          if (v === undefined || v === "") empty++;
          else if (seen.has(v)) repeated++;
          else seen.add(v);
        }
        if (t.rows.length === 0) return { ok: false, why: "the table has no rows" };
        return empty + repeated === 0 ? { ok: true } : { ok: false, why: `${empty} empty and ${repeated} repeated keys` };
      }
      case "reference": {
        const child = table(check.table);
        const parent = table(check.to);
        const fk = column(child, check.column);
        const key = column(parent, check.key ?? check.column);
        const keys = new Set(parent.rows.map((r) => r[key]));
        const orphans = child.rows.filter((r) => !keys.has(r[fk]));
        if (child.rows.length === 0) return { ok: false, why: "the table has no rows" };
        return orphans.length === 0 ? { ok: true } : { ok: false, why: `${orphans.length}/${child.rows.length} rows point at no ${check.to} row (e.g. ${JSON.stringify(orphans[0][fk])})` };
      }
      case "lookup":
      case "after": {
        // lookup: child.column equals the referenced row's `of`; after: child.column (a date) is on or after it.
        const child = table(check.table);
        const parent = table(check.to);
        const value = column(child, check.column);
        const fk = column(child, check.via);
        const key = column(parent, check.via);
        const of = column(parent, check.of);
        const source = new Map(parent.rows.map((r) => [r[key], r[of]]));
        let bad = 0;
        let n = 0;
        let example;
        for (const r of child.rows) {
          if (!source.has(r[fk]) || r[value] === "") continue;
          n++;
          const want = source.get(r[fk]);
          const ok = check.kind === "lookup" ? r[value] === want || Math.abs(Number(r[value]) - Number(want)) < 1e-9 : r[value].slice(0, 10) >= String(want).slice(0, 10);
          if (!ok) {
            bad++;
            example ??= `${r[value]} vs ${want}`;
          }
        }
        if (n === 0) return { ok: false, why: `no ${check.table} row points at a ${check.to} row` };
        return bad === 0 ? { ok: true } : { ok: false, why: `${bad}/${n} rows ${check.kind === "lookup" ? `differ from ${check.to}.${check.of}` : `fall before ${check.to}.${check.of}`} (e.g. ${example})` };
      }
      case "rollup": {
        const parent = table(check.table);
        const child = table(check.child);
        const value = column(parent, check.column);
        const key = column(parent, check.key);
        const fk = column(child, check.key);
        const of = check.function === "count" ? undefined : column(child, check.of);
        const groups = new Map();
        for (const r of child.rows) {
          const list = groups.get(r[fk]) ?? [];
          list.push(of === undefined ? 1 : Number(r[of]));
          groups.set(r[fk], list);
        }
        let bad = 0;
        let example;
        for (const r of parent.rows) {
          const xs = groups.get(r[key]) ?? [];
          const want = check.function === "count" ? xs.length : check.function === "sum" ? xs.reduce((a, x) => a + x, 0) : check.function === "mean" ? (xs.length ? xs.reduce((a, x) => a + x, 0) / xs.length : undefined) : undefined;
          const have = r[value] === "" ? undefined : Number(r[value]);
          const ok = want === undefined ? have === undefined || xs.length === 0 : have !== undefined && Math.abs(have - want) <= (check.tolerance ?? 0.005) + 1e-9;
          if (!ok) {
            bad++;
            example ??= `${r[key]}: ${r[value]} vs ${want}`;
          }
        }
        return bad === 0 ? { ok: true } : { ok: false, why: `${bad}/${parent.rows.length} rows differ from the ${check.function} of their ${check.child} rows (e.g. ${example})` };
      }
      case "joinOutcome": {
        // What a learner does: join the child rows to the root, group by its key, count (or sum), then compare the target across quartiles.
        const parent = table(check.table);
        const child = table(check.child);
        const key = column(parent, check.key);
        const fk = column(child, check.key);
        const target = column(parent, check.target);
        const of = check.function === "sum" ? column(child, check.of) : undefined;
        const agg = new Map();
        for (const r of child.rows) agg.set(r[fk], (agg.get(r[fk]) ?? 0) + (of === undefined ? 1 : Number(r[of]) || 0));
        const joined = parent.rows.map((r) => ({ [target]: r[target], joined_feature: String(agg.get(r[key]) ?? 0) }));
        return runCheck({ kind: "outcome", target, driver: "joined_feature", direction: check.direction }, joined, [target, "joined_feature"]);
      }
      default:
        return { ok: false, why: `unknown table check "${check.kind}"` };
    }
  } catch (error) {
    if (error instanceof Missing) return { ok: false, why: error.message };
    throw error;
  }
}

class Missing extends Error {}

/** What a table check is about, for the failure lines. */
export function tableCheckLabel(check) {
  if (check.kind === "tables") return `tables ${check.tables.join(", ")}`;
  if (check.kind === "reference") return `reference ${check.table}.${check.column} -> ${check.to}`;
  if (check.kind === "lookup" || check.kind === "after") return `${check.kind} ${check.table}.${check.column} ${check.kind === "lookup" ? "=" : ">="} ${check.to}.${check.of}`;
  if (check.kind === "rollup") return `rollup ${check.table}.${check.column} = ${check.function}(${check.child}${check.of ? `.${check.of}` : ""})`;
  if (check.kind === "joinOutcome") return `joinOutcome ${check.table}.${check.target} <- ${check.function}(${check.child})`;
  return `${check.kind} ${check.table}.${check.column}`;
}
