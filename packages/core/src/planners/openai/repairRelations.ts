import { formulaType } from "../../spec/formula/check.js";
import { parseFormulaCached } from "../../spec/formula/parse.js";
import { formulaValueType, isDateColumn, isNumericColumn } from "../../spec/relations.js";
import type { Column } from "../../spec/schema.js";

/**
 * Local repairs of the relations in a model's answer (formulas, offsets,
 * bounds, conditional values, calendars), each reported as a warning: a
 * reference to a missing or unusable column is dropped rather than failing
 * the whole answer, and a formula that cannot be read drops its column with
 * the reason. Cycles through any of these are broken in repair.ts.
 */

type Col = Record<string, unknown>;
type Warn = (message: string) => void;

const NUMERIC_ONLY = ["distribution", "mean", "sd", "effects", "conditional", "offset", "bounds", "decimals"];

/**
 * What the shared wire variants leave on a column that its kind does not
 * have: a formula written in the numeric variant, a category's conditional
 * case with a mean, a number's with weights.
 */
export function trimSharedVariant(column: Col): void {
  const kind = column["kind"];
  if (kind === "formula") {
    const type = column["type"];
    for (const key of NUMERIC_ONLY) if (key !== "decimals" || (type !== undefined && type !== "number")) delete column[key];
    // Clamps and outliers are for numbers; dates and booleans have none.
    if (type === "boolean" || type === "date" || type === "datetime") for (const key of ["min", "max", "outliers"]) delete column[key];
  } else if (kind === "integer" || kind === "number") {
    delete column["expression"];
    delete column["type"];
  }
  if (isRecord(column["conditional"])) {
    const conditional = column["conditional"];
    const cases = Array.isArray(conditional["cases"]) ? conditional["cases"].filter(isRecord) : [];
    conditional["cases"] = cases.map((c) => {
      const out: Col = { ...c, value: String(c["value"] ?? "") };
      if (kind === "category") for (const key of ["mean", "sd", "min", "max"]) delete out[key];
      else delete out["weights"];
      return out;
    });
  }
  if (isRecord(column["bounds"])) {
    const bounds = column["bounds"];
    for (const key of ["atLeast", "atMost"]) if (!Array.isArray(bounds[key]) || (bounds[key] as unknown[]).length === 0) delete bounds[key];
    if (Object.keys(bounds).length === 0) delete column["bounds"];
  }
  if (isRecord(column["offset"]) && isRecord(column["offset"]["gap"]) && Object.keys(column["offset"]["gap"]).length === 0) delete column["offset"]["gap"];
  if ((kind === "date" || kind === "datetime") && column["offset"] !== undefined && column["after"] !== undefined) delete column["after"];
}

/** Drops each relation reference to a missing, self or unusable column, with a warning; a broken formula drops its column. */
export function repairRelationReferences(columns: Col[], warn: Warn): Col[] {
  const byName = new Map(columns.map((c) => [c["name"] as string, c]));
  const usable = (name: unknown, column: Col, dates: boolean): string | undefined => {
    const source = byName.get(String(name));
    if (!source) return "no such column";
    if (source === column) return "a column cannot depend on itself";
    const ok = dates ? isDateColumn(source as unknown as Column) : isNumericColumn(source as unknown as Column);
    return ok ? undefined : `it is a ${String(source["kind"])} column, not ${dates ? "a date" : "a number"}`;
  };
  const kept: Col[] = [];
  for (const column of columns) {
    const label = `column "${String(column["name"])}"`;
    const dates = column["kind"] === "date" || column["kind"] === "datetime";
    if (isRecord(column["offset"])) {
      const offset = column["offset"];
      const sources = (Array.isArray(offset["columns"]) ? offset["columns"] : []).filter((name) => {
        const why = usable(name, column, dates);
        if (why) warn(`${label}: dropped the offset's column "${String(name).slice(0, 64)}": ${why}`);
        return !why;
      });
      if (sources.length > 0) offset["columns"] = sources.slice(0, 4);
      else {
        warn(`${label}: its offset names no usable column; dropped the offset`);
        delete column["offset"];
      }
    }
    if (isRecord(column["bounds"])) {
      const bounds = column["bounds"];
      for (const key of ["atLeast", "atMost"]) {
        if (!Array.isArray(bounds[key])) continue;
        const names = (bounds[key] as unknown[]).filter((name) => {
          const why = usable(name, column, dates);
          if (why) warn(`${label}: dropped the bound ${key} "${String(name).slice(0, 64)}": ${why}`);
          return !why;
        });
        if (names.length > 0) bounds[key] = names.slice(0, 4);
        else delete bounds[key];
      }
      if (Object.keys(bounds).length === 0) delete column["bounds"];
    }
    if (isRecord(column["conditional"])) repairConditional(column, byName, label, warn);
    if (column["kind"] === "formula") {
      const problem = formulaProblem(column, byName, label, warn);
      if (problem) {
        warn(`${label} was dropped: its formula ${problem}`);
        byName.delete(String(column["name"]));
        continue;
      }
    }
    kept.push(column);
  }
  return kept;
}

/**
 * Removes a column's offset, bound or conditional on `next` (to break a
 * cycle); true when the column is a formula, which must go instead.
 */
export function dropRelationOn(column: Col, next: string): boolean {
  if (column["kind"] === "formula") return true;
  if (isRecord(column["offset"]) && Array.isArray(column["offset"]["columns"]) && column["offset"]["columns"].includes(next)) delete column["offset"];
  if (isRecord(column["bounds"])) {
    const bounds = column["bounds"];
    for (const key of ["atLeast", "atMost"]) {
      if (!Array.isArray(bounds[key])) continue;
      const kept = (bounds[key] as unknown[]).filter((n) => n !== next);
      if (kept.length > 0) bounds[key] = kept;
      else delete bounds[key];
    }
    if (Object.keys(bounds).length === 0) delete column["bounds"];
  }
  if (isRecord(column["conditional"]) && column["conditional"]["column"] === next) delete column["conditional"];
  return false;
}

function repairConditional(column: Col, byName: Map<string, Col>, label: string, warn: Warn): void {
  const conditional = column["conditional"] as Col;
  const source = byName.get(String(conditional["column"]));
  if (!source || source === column || (source["kind"] !== "category" && source["kind"] !== "boolean")) {
    warn(`${label}: its conditional follows ${source ? `the ${String(source["kind"])} column` : "a missing column"} "${String(conditional["column"]).slice(0, 64)}", not a category or boolean; dropped it`);
    delete column["conditional"];
    return;
  }
  const allowed = source["kind"] === "boolean" ? ["true", "false"] : ((source["values"] as string[] | undefined) ?? []);
  const values = (column["values"] as string[] | undefined) ?? [];
  const seen = new Set<string>();
  const cases = (conditional["cases"] as Col[]).filter((c) => {
    const value = String(c["value"]);
    const bad = !allowed.includes(value) ? `"${value.slice(0, 64)}" is not a value of ${String(source["name"])}` : seen.has(value) ? `"${value.slice(0, 64)}" is listed twice` : column["kind"] === "category" && !weightsFit(c["weights"], values.length) ? `its weights do not fit the ${values.length} values` : undefined;
    if (bad) warn(`${label}: dropped a conditional case: ${bad}`);
    seen.add(value);
    return !bad;
  });
  if (cases.length > 0) conditional["cases"] = cases.slice(0, 200);
  else {
    warn(`${label}: no usable conditional case was left; dropped the conditional`);
    delete column["conditional"];
  }
}

function weightsFit(weights: unknown, n: number): boolean {
  return Array.isArray(weights) && weights.length === n && weights.every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0) && weights.some((w) => (w as number) > 0);
}

/** Why a model's formula cannot be used (unreadable, an unknown column, a type error), or undefined. */
function formulaProblem(column: Col, byName: Map<string, Col>, label: string, warn: Warn): string | undefined {
  const expression = typeof column["expression"] === "string" ? column["expression"].slice(0, 500) : "";
  if (!expression) return "has no expression";
  column["expression"] = expression;
  const ast = parseFormulaCached(expression);
  if (ast instanceof Error) return `"${expression.slice(0, 80)}" cannot be read: ${ast.message}`;
  const type = formulaType(ast, (name) => {
    const source = byName.get(name);
    if (!source) return undefined;
    if (source === column) return "is this column itself";
    return formulaValueType(source as unknown as Column);
  });
  if (typeof type !== "string") return `"${expression.slice(0, 80)}": ${type.message} at position ${type.pos}`;
  const declared = (column["type"] as string | undefined) ?? "number";
  if (declared === "boolean" ? type !== "boolean" : declared === "date" || declared === "datetime" ? type !== "date" && type !== "datetime" : type !== "number") {
    if (type === "text") return `"${expression.slice(0, 80)}" gives text, not a ${declared}`;
    // The expression says what it is: a model that wrote "price > 100" with type number meant a boolean.
    warn(`${label}: its formula gives a ${type}, not a ${declared}; made it a ${type} formula`);
    column["type"] = type;
    if (type !== "number") for (const key of ["min", "max", "outliers", "decimals"]) delete column[key];
  }
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
