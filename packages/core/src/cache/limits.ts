/**
 * Cheap structural limits every cached spec must meet before the fast path
 * uses it without the validator: sizes, counts and the shape of the fields the
 * generator indexes by. They mirror spec/schema.ts (which loads zod, what the
 * fast path avoids) and are never stricter than it: a spec that passes
 * validation passes these. A stamp says the spec was validated; these say a
 * stamp alone cannot make the generator run something huge or inconsistent.
 */
const KINDS = new Set(["faker", "category", "integer", "number", "date", "datetime", "boolean", "id", "derived", "formula", "text"]);
const MAX_COLUMNS = 200;
const MAX_NAME = 64;
const MAX_ITEMS = 200;
const MAX_STRING = 2000;
const MAX_DEPTH = 6;
/** Per-field string limits the generator relies on (id patterns expand per row, values are cells). */
const FIELD_LIMITS = new Map([
  ["title", 120],
  ["domain", 60],
  ["name", MAX_NAME],
  ["column", MAX_NAME],
  ["pattern", 40],
  ["prefix", 20],
  ["method", 80],
  ["value", 200],
  ["outcome", 200],
  ["expression", 500],
  ["description", MAX_STRING],
]);

/** Arrays whose strings are of another field's kind: values are cells, from/columns are column names. */
const ELEMENT_FIELD = new Map([
  ["values", "value"],
  ["from", "column"],
  ["columns", "column"],
  ["atLeast", "column"],
  ["atMost", "column"],
]);

export function withinSpecLimits(spec: unknown): boolean {
  if (!isObject(spec) || !Array.isArray(spec["columns"])) return false;
  const columns = spec["columns"] as unknown[];
  if (columns.length < 1 || columns.length > MAX_COLUMNS) return false;
  if (!sizesOk(spec, 0)) return false;
  const names = new Set<string>();
  for (const column of columns) {
    if (!isObject(column) || typeof column["name"] !== "string" || column["name"].length < 1 || names.has(column["name"])) return false;
    names.add(column["name"]);
    if (typeof column["kind"] !== "string" || !KINDS.has(column["kind"])) return false;
    if (column["kind"] === "category" && !categoryOk(column)) return false;
  }
  return true;
}

function categoryOk(column: Record<string, unknown>): boolean {
  const values = column["values"];
  if (!Array.isArray(values) || values.length < 1 || !values.every((v) => typeof v === "string" && v.length <= 200)) return false;
  const weights = column["weights"];
  if (weights === undefined) return true;
  return Array.isArray(weights) && weights.length === values.length && weights.every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0) && weights.some((w) => (w as number) > 0);
}

/** Every string, array and number in bounds, nesting shallow, at most one pass over the spec. */
function sizesOk(value: unknown, depth: number, field?: string): boolean {
  if (typeof value === "string") return value.length <= (field !== undefined ? (FIELD_LIMITS.get(field) ?? MAX_STRING) : MAX_STRING);
  if (typeof value === "number") return Number.isFinite(value);
  if (value === null || typeof value === "boolean") return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.length <= MAX_ITEMS && value.every((v) => sizesOk(v, depth + 1, ELEMENT_FIELD.get(field ?? "") ?? field));
  if (!isObject(value)) return false;
  for (const key of Object.keys(value)) if (key.length > MAX_NAME || !sizesOk(value[key], depth + 1, key)) return false;
  return true;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
