import type { z } from "zod";
import { parseSpecDate } from "./dates.js";
import { argIssues, getCatalogEntry, nearestCatalogId } from "../catalog/catalog.js";
import { SynthdataError, formatIssues, type SpecIssue } from "../errors.js";
import { generationOrder } from "./dependencies.js";
import { columnReferences, isDateColumn } from "./relations.js";
import { checkRelations } from "./validateRelations.js";
import { COLUMN_KINDS, type Column, type DatasetSpec, type Effect } from "./schema.js";
import { datasetSpecSchema } from "./datasetSchema.js";
import { checkTextColumn } from "./textColumn.js";
import { isMultiTable } from "../tables/flatten.js";
import { tableIssues } from "../tables/validate.js";
import { rootScenarioIssues, scenarioIssues } from "../scenarios/validate.js";

const NUMERIC_KINDS = new Set(["integer", "number"]);
const TEXT_KINDS = new Set(["faker", "category", "derived", "id"]);
const TARGET_KINDS = new Set(["boolean", "category", "integer", "number"]);


/**
 * Validates anything (parsed JSON, a planner's answer) as a DatasetSpec.
 * Throws INVALID_SPEC listing every problem, each naming its column and field.
 */
export function parseSpec(input: unknown): DatasetSpec {
  const result = datasetSpecSchema.safeParse(input);
  if (!result.success) throw invalid(zodIssues(result.error, input));
  const spec = result.data;
  // Several tables: the scenarios work on the root table's own columns (rootScenarioIssues), not on its flattened relation columns.
  const issues = isMultiTable(spec)
    ? [...tableIssues(spec, (table) => semanticIssues({ ...table, scenario: undefined })), ...rootScenarioIssues(spec)]
    : [...tableIssues(spec, semanticIssues), ...semanticIssues(spec)];
  if (issues.length > 0) throw invalid(issues);
  return spec;
}

/** Same as parseSpec but returns the issues instead of throwing. */
export function checkSpec(input: unknown): { spec: DatasetSpec; issues: [] } | { spec: undefined; issues: SpecIssue[] } {
  try {
    return { spec: parseSpec(input), issues: [] };
  } catch (error) {
    if (error instanceof SynthdataError && error.code === "INVALID_SPEC") return { spec: undefined, issues: [...error.issues] };
    throw error;
  }
}

function invalid(issues: SpecIssue[]): SynthdataError {
  return new SynthdataError("INVALID_SPEC", `The dataset spec is not valid:\n${formatIssues(issues)}`, { issues });
}

function zodIssues(error: z.ZodError, input: unknown): SpecIssue[] {
  const columns = isRecord(input) && Array.isArray(input["columns"]) ? (input["columns"] as unknown[]) : [];
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (path[0] === "columns" && path.length >= 2) {
      const raw = columns[Number(path[1])];
      const name = isRecord(raw) && typeof raw["name"] === "string" ? raw["name"] : `#${Number(path[1]) + 1}`;
      const field = path.slice(2).join(".") || "kind";
      return { column: name, field, message: columnMessage(issue, field) };
    }
    return { field: path.join(".") || "spec", message: issue.message };
  });
}

function columnMessage(issue: z.core.$ZodIssue, field: string): string {
  if (field === "kind" && (issue.code === "invalid_union" || issue.code === "invalid_value")) {
    return `kind must be one of ${COLUMN_KINDS.join(", ")}`;
  }
  if (issue.code === "unrecognized_keys") return `unknown field(s) ${issue.keys.join(", ")}: remove them`;
  return issue.message;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The checks of one table's columns (each table of a multi-table spec is checked by them, flattened). */
export function semanticIssues(spec: DatasetSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const byName = new Map<string, Column>();
  for (const column of spec.columns) {
    if (byName.has(column.name)) issues.push({ column: column.name, field: "name", message: "two columns have this name; names must be distinct" });
    byName.set(column.name, column);
  }
  for (const column of spec.columns) {
    const add = (field: string, message: string) => issues.push({ column: column.name, field, message });
    checkColumn(column, byName, add);
    (column.missing?.when ?? []).forEach((effect, i) => checkEffectSource(effect, `missing.when.${i}`, column, byName, add));
    checkRelations(column, byName, add);
    for (const ref of columnReferences(column)) {
      // A formula names its own unknown columns with their position (validateRelations).
      if (ref.field === "expression") continue;
      if (ref.name === column.name) add(ref.field, "a column cannot depend on itself");
      else if (!byName.has(ref.name)) add(ref.field, `refers to a column "${ref.name}" that the spec does not have`);
    }
  }
  if (spec.target !== undefined) {
    const target = byName.get(spec.target);
    if (!target) issues.push({ field: "target", message: `names a column "${spec.target}" that the spec does not have` });
    else if (!TARGET_KINDS.has(target.kind)) {
      issues.push({ field: "target", message: `"${spec.target}" is a ${target.kind} column; a target is a boolean, category, integer or number column` });
    }
  }
  issues.push(...scenarioIssues(spec));
  if (issues.length === 0) {
    const order = generationOrder(spec.columns);
    if ("cycle" in order) {
      const first = byName.get(order.cycle[0]!)!;
      issues.push({
        column: order.cycle[0],
        field: columnReferences(first).find((r) => r.name === order.cycle[1])?.field ?? "effects",
        message: `columns depend on each other in a cycle (${order.cycle.join(" -> ")}); remove one of these dependencies`,
      });
    }
  }
  return issues;
}

type Add = (field: string, message: string) => void;

function checkColumn(column: Column, byName: Map<string, Column>, add: Add): void {
  switch (column.kind) {
    case "faker": {
      const entry = getCatalogEntry(column.method);
      if (!entry) {
        const near = nearestCatalogId(column.method);
        add("method", `"${column.method}" is not in the faker catalog${near ? `; did you mean "${near}"?` : ""} (see describeCatalog())`);
        return;
      }
      const issues = argIssues(entry, column.args);
      if (issues.length > 0) add("args", `arguments for ${column.method}: ${issues.join("; ")}`);
      return;
    }
    case "category": {
      if (column.weights) {
        if (column.weights.length !== column.values.length) {
          add("weights", `has ${column.weights.length} weights for ${column.values.length} values; give one weight per value`);
        } else if (!column.weights.some((w) => w > 0)) add("weights", "at least one weight must be above 0");
      }
      if (new Set(column.values).size !== column.values.length) add("values", "values repeat; list each value once");
      checkEffects(column, byName, add);
      return;
    }
    case "integer":
    case "number":
      checkNumeric(column, add);
      checkEffects(column, byName, add);
      return;
    case "boolean":
      checkEffects(column, byName, add);
      return;
    case "date":
    case "datetime": {
      if (parseSpecDate(column.from) > parseSpecDate(column.to)) add("from", `from (${column.from}) is after to (${column.to}); swap them`);
      const after = column.after;
      if (after) {
        const source = byName.get(after.column);
        if (source && !isDateColumn(source)) add("after.column", `"${after.column}" is a ${source.kind} column; after needs a date or datetime column`);
        if ((after.minDays ?? 0) > (after.maxDays ?? Math.max(after.minDays ?? 0, 30))) add("after.minDays", "minDays is greater than maxDays");
      }
      return;
    }
    case "id":
      if (column.format === "pattern") {
        if (!column.pattern) add("pattern", 'format "pattern" needs a pattern such as "ORD-#####"');
        else if (!/[#?*]/.test(column.pattern)) add("pattern", "the pattern needs at least one # (digit), ? (letter) or * (letter or digit)");
      } else if (column.pattern !== undefined) add("pattern", `pattern only applies to format "pattern", not "${column.format}"`);
      return;
    case "derived": {
      if (column.rule === "weekday_name" || column.rule === "month_name") {
        if (column.from.length !== 1) add("from", `${column.rule} is read from one date column, e.g. [order_date]`);
        const source = byName.get(column.from[0]!);
        if (source && !isDateColumn(source)) add("from.0", `"${source.name}" is a ${source.kind} column; ${column.rule} is read from a date or datetime`);
        return;
      }
      if (column.rule === "product_name") {
        if (column.from.length !== 1) add("from", "product_name is read from one category column, e.g. [category]");
        const source = byName.get(column.from[0]!);
        if (source && source.kind !== "category") add("from.0", `"${source.name}" is a ${source.kind} column; product_name is read from a category column (the product's category)`);
        return;
      }
      const want = column.rule === "full_name" ? [2, 3] : [1, 2];
      if (column.from.length < want[0]! || column.from.length > want[1]!) {
        add("from", column.rule === "full_name" ? "full_name needs 2 or 3 name parts, e.g. [first_name, last_name]" : `${column.rule} needs [first_name, last_name] or [full_name]`);
      }
      column.from.forEach((dep, i) => {
        const source = byName.get(dep);
        if (source && !TEXT_KINDS.has(source.kind)) add(`from.${i}`, `"${dep}" is a ${source.kind} column; ${column.rule} is built from text columns`);
      });
      return;
    }
    case "text":
      checkTextColumn(column, byName, add);
      return;
  }
}

function checkNumeric(column: Extract<Column, { kind: "integer" | "number" }>, add: Add): void {
  const { min, max, mean, distribution = "uniform" } = column;
  if (min !== undefined && max !== undefined && min > max) add("min", `min (${min}) is greater than max (${max})`);
  if (column.kind === "integer" && min !== undefined && max !== undefined && Math.ceil(min) > Math.floor(max)) add("min", "no integer lies between min and max");
  // An offset places the value from other columns: the column's own distribution is not drawn.
  if (column.offset) return;
  if (distribution === "uniform" && (min === undefined || max === undefined)) add("distribution", "a uniform distribution needs both min and max");
  if (distribution === "normal" && mean === undefined && (min === undefined || max === undefined)) add("mean", "a normal distribution needs a mean (or min and max to centre it)");
  if ((distribution === "lognormal" || distribution === "exponential" || distribution === "poisson") && mean === undefined) {
    add("mean", `a ${distribution} distribution needs a mean`);
  }
  if ((distribution === "lognormal" || distribution === "exponential" || distribution === "poisson") && mean !== undefined && mean <= 0) {
    add("mean", `a ${distribution} distribution needs a mean above 0`);
  }
  if (mean !== undefined && min !== undefined && max !== undefined && (mean < min || mean > max)) add("mean", `mean (${mean}) lies outside min..max (${min}..${max})`);
}

/** Checks what an effect reads: an existing integer, number, boolean or category column (with a value of it). */
function checkEffectSource(effect: Effect, field: string, column: Column, byName: Map<string, Column>, add: Add): void {
  const source = byName.get(effect.column);
  if (!source) {
    if (field.startsWith("missing")) add(`${field}.column`, `refers to a column "${effect.column}" that the spec does not have`);
    return;
  }
  if (source.name === column.name) {
    if (field.startsWith("missing")) add(`${field}.column`, "missing values cannot depend on the column itself");
    return;
  }
  if (source.kind === "category") {
    if (effect.value === undefined) add(`${field}.value`, `"${effect.column}" is a category; say which of its values has the effect`);
    else if (!source.values.includes(effect.value)) add(`${field}.value`, `"${effect.value}" is not one of ${effect.column}'s values (${source.values.join(", ")})`);
  } else if ((source.kind === "integer" || source.kind === "number") && source.offset) {
    add(`${field}.column`, `"${effect.column}" is placed by an offset from other columns, so it has no scale of its own; read one of ${source.offset.columns.join(", ")} instead`);
  } else if (!NUMERIC_KINDS.has(source.kind) && source.kind !== "boolean") {
    add(`${field}.column`, `"${effect.column}" is a ${source.kind} column; effects come from integer, number, boolean or category columns`);
  } else if (effect.value !== undefined) add(`${field}.value`, `value only applies to category sources; "${effect.column}" is ${source.kind}`);
  if ((effect.shape !== undefined || effect.at !== undefined) && !NUMERIC_KINDS.has(source.kind)) {
    add(`${field}.shape`, `shape and at only apply to integer and number sources; "${effect.column}" is ${source.kind}`);
  } else if (effect.at !== undefined && (effect.shape ?? "linear") === "linear") add(`${field}.at`, "at only applies to the threshold and u shapes");
  if (effect.within) checkWithin(effect.within, `${field}.within`, column, byName, add);
}

/** An effect's `within`: a category or boolean column of the row (not the column itself) and one of its values. */
function checkWithin(within: NonNullable<Effect["within"]>, field: string, column: Column, byName: Map<string, Column>, add: Add): void {
  const by = byName.get(within.column);
  if (!by) {
    if (field.startsWith("missing")) add(`${field}.column`, `refers to a column "${within.column}" that the spec does not have`);
    return;
  }
  if (by.name === column.name) return; // reported as "cannot depend on itself"
  if (by.kind === "category") {
    if (!by.values.includes(within.value)) add(`${field}.value`, `"${within.value}" is not one of ${within.column}'s values (${by.values.join(", ")})`);
  } else if (by.kind === "boolean") {
    if (within.value !== "true" && within.value !== "false") add(`${field}.value`, `"${within.column}" is a boolean; write "true" or "false"`);
  } else add(`${field}.column`, `"${within.column}" is a ${by.kind} column; within needs a category or boolean column`);
}

function checkEffects(column: Extract<Column, { effects?: Effect[] | undefined }>, byName: Map<string, Column>, add: Add): void {
  (column.effects ?? []).forEach((effect, i) => {
    checkEffectSource(effect, `effects.${i}`, column, byName, add);
    if (column.kind === "category") {
      if (effect.outcome === undefined) add(`effects.${i}.outcome`, "on a category column, say which value the effect favours (outcome)");
      else if (!column.values.includes(effect.outcome)) add(`effects.${i}.outcome`, `"${effect.outcome}" is not one of this column's values`);
    } else if (effect.outcome !== undefined) add(`effects.${i}.outcome`, "outcome only applies to category columns");
  });
}
