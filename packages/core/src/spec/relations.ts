import { formulaColumns, parseFormulaCached } from "./formula/parse.js";
import type { FormulaType } from "./formula/check.js";
import type { Column, Offset } from "./schema.js";

/** A column another column reads from the same row, and the field of the reader that names it. */
export interface ColumnReference {
  name: string;
  field: string;
}

/**
 * A date's ordered pair as one mechanism: `offset`, or `after` (its short
 * form: minDays..maxDays after one column) read as the same offset.
 */
export function dateOffset(column: Extract<Column, { kind: "date" | "datetime" }>): Offset | undefined {
  if (column.offset) return column.offset;
  const after = column.after;
  if (!after) return undefined;
  const min = after.minDays ?? 0;
  return { columns: [after.column], direction: "after", gap: { min, max: Math.max(min, after.maxDays ?? 30) }, unit: "days" };
}

/** Every column this column reads from the same row, with the field that names it (for messages and the cycle check). */
export function columnReferences(column: Column): ColumnReference[] {
  const refs: ColumnReference[] = [];
  const add = (name: string, field: string) => refs.push({ name, field });
  if ("effects" in column)
    (column.effects ?? []).forEach((e, i) => {
      add(e.column, `effects.${i}.column`);
      if (e.within) add(e.within.column, `effects.${i}.within.column`);
    });
  switch (column.kind) {
    case "derived":
      column.from.forEach((name, i) => add(name, `from.${i}`));
      break;
    case "date":
    case "datetime":
      if (column.after) add(column.after.column, "after.column");
      break;
    case "formula": {
      const ast = parseFormulaCached(column.expression);
      if (!(ast instanceof Error)) for (const name of formulaColumns(ast)) add(name, "expression");
      break;
    }
    case "text":
      if (column.sentimentFrom !== undefined) add(column.sentimentFrom, "sentimentFrom");
      if (column.topicFrom !== undefined) add(column.topicFrom, "topicFrom");
      if (column.mentionFrom !== undefined) add(column.mentionFrom, "mentionFrom");
      break;
    default:
      break;
  }
  if ("offset" in column && column.offset) column.offset.columns.forEach((name, i) => add(name, `offset.columns.${i}`));
  if ("bounds" in column && column.bounds) {
    (column.bounds.atLeast ?? []).forEach((name, i) => add(name, `bounds.atLeast.${i}`));
    (column.bounds.atMost ?? []).forEach((name, i) => add(name, `bounds.atMost.${i}`));
  }
  if ("conditional" in column && column.conditional) add(column.conditional.column, "conditional.column");
  return refs;
}

/** What a formula sees when it reads a column: its value type, or why it cannot read it. */
export function formulaValueType(column: Column): FormulaType | string {
  switch (column.kind) {
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "date":
    case "datetime":
      return column.kind;
    case "formula":
      return column.type === "integer" || column.type === undefined ? "number" : column.type;
    case "faker":
    case "category":
    case "derived":
    case "id":
    case "text":
      return "text";
  }
}

/** Whether a column holds numbers (for bounds and offsets of numbers). */
export function isNumericColumn(column: Column): boolean {
  return column.kind === "integer" || column.kind === "number" || (column.kind === "formula" && (column.type ?? "number") !== "boolean" && column.type !== "date" && column.type !== "datetime");
}

/** Whether a column holds dates or datetimes (for bounds and offsets of dates). */
export function isDateColumn(column: Column): boolean {
  return column.kind === "date" || column.kind === "datetime" || (column.kind === "formula" && (column.type === "date" || column.type === "datetime"));
}

/** The kind of value a column holds as written: a formula's type, else its own kind. */
export function valueKind(column: Column): Column["kind"] {
  if (column.kind !== "formula") return column.kind;
  return column.type === "boolean" || column.type === "date" || column.type === "datetime" ? column.type : column.type === "integer" ? "integer" : "number";
}
