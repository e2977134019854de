import { formulaType } from "./formula/check.js";
import { parseFormulaCached } from "./formula/parse.js";
import { parseSpecDate } from "./dates.js";
import { formulaValueType, isDateColumn, isNumericColumn } from "./relations.js";
import type { Column, Gap, Offset } from "./schema.js";

type Add = (field: string, message: string) => void;

/**
 * Checks of a column's relations to other columns of its row (formulas,
 * offsets, bounds, conditional values, calendars): what zod cannot see
 * because it needs the other columns. Missing and self references are
 * reported by validate.ts for every kind of reference alike.
 */
export function checkRelations(column: Column, byName: Map<string, Column>, add: Add): void {
  if (column.kind === "formula") checkFormula(column, byName, add);
  if ("offset" in column && column.offset) {
    const isDate = column.kind === "date" || column.kind === "datetime";
    checkOffset(column.offset, isDate, byName, add);
    if (isDate && column.after) add("after", "give either after or offset, not both (after is the short form of offset)");
    if ("bounds" in column && column.bounds) add("bounds", "an offset already places the value; drop bounds or offset");
    if ("conditional" in column && column.conditional) add("conditional", "an offset already places the value; drop conditional or offset");
  }
  if ("bounds" in column && column.bounds) {
    const isDate = column.kind === "date" || column.kind === "datetime";
    const { atLeast = [], atMost = [] } = column.bounds;
    if (atLeast.length + atMost.length === 0) add("bounds", "bounds needs atLeast or atMost columns");
    for (const [list, field] of [
      [atLeast, "atLeast"],
      [atMost, "atMost"],
    ] as const) {
      list.forEach((name, i) => {
        const source = byName.get(name);
        if (source && source.name !== column.name && !(isDate ? isDateColumn(source) : isNumericColumn(source))) {
          add(`bounds.${field}.${i}`, `"${name}" is a ${kindOf(source)} column; bounds of a ${column.kind} come from ${isDate ? "date or datetime" : "number or integer"} columns`);
        }
      });
    }
  }
  if ((column.kind === "integer" || column.kind === "number") && column.conditional) {
    column.conditional.cases.forEach((c, i) => {
      const min = c.min ?? column.min;
      const max = c.max ?? column.max;
      if (min !== undefined && max !== undefined && min > max) add(`conditional.cases.${i}.min`, `min (${min}) is greater than max (${max}) for ${column.conditional!.column} = ${c.value}`);
      if (c.mean !== undefined && ((min !== undefined && c.mean < min) || (max !== undefined && c.mean > max))) add(`conditional.cases.${i}.mean`, `mean (${c.mean}) lies outside min..max for ${column.conditional!.column} = ${c.value}`);
    });
    checkCaseValues(column.conditional, byName, add);
  }
  if (column.kind === "category" && column.conditional) {
    column.conditional.cases.forEach((c, i) => {
      if (c.weights.length !== column.values.length) add(`conditional.cases.${i}.weights`, `has ${c.weights.length} weights for ${column.values.length} values; give one weight per value`);
      else if (!c.weights.some((w) => w > 0)) add(`conditional.cases.${i}.weights`, "at least one weight must be above 0");
    });
    checkCaseValues(column.conditional, byName, add);
  }
  if ((column.kind === "date" || column.kind === "datetime") && column.calendar && column.calendar !== "any" && !column.offset && !column.after) {
    const from = parseSpecDate(column.from);
    const to = parseSpecDate(column.to);
    if (to - from < 7 * 86_400_000 && !hasWeekday(from, to)) add("calendar", `${column.from} to ${column.to} holds no weekday; widen the range or drop calendar`);
  }
}

function hasWeekday(from: number, to: number): boolean {
  for (let t = Math.floor(from / 86_400_000) * 86_400_000; t <= to; t += 86_400_000) {
    const d = new Date(t).getUTCDay();
    if (d !== 0 && d !== 6) return true;
  }
  return false;
}

function checkCaseValues(conditional: { column: string; cases: { value: string }[] }, byName: Map<string, Column>, add: Add): void {
  const source = byName.get(conditional.column);
  const seen = new Set<string>();
  conditional.cases.forEach((c, i) => {
    if (seen.has(c.value)) add(`conditional.cases.${i}.value`, `"${c.value}" is listed twice; give each value one case`);
    seen.add(c.value);
  });
  if (!source) return;
  if (source.kind === "category") {
    conditional.cases.forEach((c, i) => {
      if (!source.values.includes(c.value)) add(`conditional.cases.${i}.value`, `"${c.value}" is not one of ${source.name}'s values (${source.values.join(", ")})`);
    });
  } else if (source.kind === "boolean") {
    conditional.cases.forEach((c, i) => {
      if (c.value !== "true" && c.value !== "false") add(`conditional.cases.${i}.value`, `${source.name} is a boolean: case values are "true" and "false"`);
    });
  } else add("conditional.column", `"${source.name}" is a ${kindOf(source)} column; conditional values follow a category or boolean column`);
}

function checkOffset(offset: Offset, isDate: boolean, byName: Map<string, Column>, add: Add): void {
  offset.columns.forEach((name, i) => {
    const source = byName.get(name);
    if (source && !(isDate ? isDateColumn(source) : isNumericColumn(source))) {
      add(`offset.columns.${i}`, `"${name}" is a ${kindOf(source)} column; an offset ${isDate ? "of a date is measured from date or datetime" : "of a number is measured from number or integer"} columns`);
    }
  });
  if (!isDate && offset.unit !== undefined) add("offset.unit", "unit only applies to dates and datetimes; a number's gap is in its own units");
  checkGap(offset.gap ?? {}, isDate, add);
}

function checkGap(gap: Gap, isDate: boolean, add: Add): void {
  const min = gap.min ?? 0;
  const distribution = gap.distribution ?? "uniform";
  if (gap.max !== undefined && gap.max < min) add("offset.gap.max", `max (${gap.max}) is less than min (${min})`);
  if (gap.median !== undefined && (gap.median < min || (gap.max !== undefined && gap.median > gap.max))) add("offset.gap.median", `median (${gap.median}) lies outside min..max`);
  if ((distribution === "lognormal" || distribution === "exponential") && gap.median !== undefined && gap.median <= min) {
    add("offset.gap.median", `a ${distribution} gap needs a median above min (${min})`);
  }
  if (!isDate && distribution === "uniform" && gap.max === undefined) add("offset.gap.max", "a uniform gap of a number needs max (the largest gap)");
}

function checkFormula(column: Extract<Column, { kind: "formula" }>, byName: Map<string, Column>, add: Add): void {
  const ast = parseFormulaCached(column.expression);
  if (ast instanceof Error) {
    add("expression", `cannot read "${column.expression}": ${ast.message}`);
    return;
  }
  const type = formulaType(ast, (name) => {
    const source = byName.get(name);
    if (!source) return undefined;
    if (source.name === column.name) return "is this column itself: a formula cannot read its own value";
    return formulaValueType(source);
  });
  if (typeof type !== "string") {
    add("expression", `${type.message} at position ${type.pos} of "${column.expression}"`);
    return;
  }
  const declared = column.type ?? "number";
  const fits =
    declared === "number" || declared === "integer" ? type === "number" : declared === "boolean" ? type === "boolean" : type === "date" || type === "datetime";
  if (!fits) add("type", `the expression gives ${type === "text" ? "text" : `a ${type}`} but type is ${declared}; change type or the expression`);
  if (column.min !== undefined && column.max !== undefined && column.min > column.max) add("min", `min (${column.min}) is greater than max (${column.max})`);
  if (column.decimals !== undefined && declared !== "number") add("decimals", `decimals only apply to type number, not ${declared}`);
  if ((column.min !== undefined || column.max !== undefined) && declared !== "number" && declared !== "integer") add("min", "min and max clamp numbers; drop them for this type");
  if (column.outliers && declared !== "number" && declared !== "integer") add("outliers", "outliers apply to numbers; drop them for this type");
}

function kindOf(column: Column): string {
  return column.kind === "formula" ? `formula (${column.type ?? "number"})` : column.kind;
}
