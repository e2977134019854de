/**
 * A table's mess on the wire: one list per table, an entry per messy column
 * (`{ column, nullRate, missing, typoRate, labelNoise, outliers }`), instead of
 * those five fields on every column variant. Mess is only asked for now and
 * then, so most answers write `mess: null` once rather than five nulls per
 * column: about 190 tokens fewer in the request, and about 15 fewer per
 * column in the answer. `messFromWire` puts the entries back on their columns,
 * keeping only the fields a column's kind has (as the spec says), with a
 * warning for the rest.
 */

type Json = Record<string, unknown>;
type Warn = (message: string) => void;

/** The mess fields and the column kinds that have each (spec/schema.ts). */
export const MESS_FIELDS: Record<string, readonly string[] | "all"> = {
  nullRate: "all",
  missing: "all",
  typoRate: ["faker", "category", "derived", "text"],
  labelNoise: ["category", "boolean"],
  outliers: ["integer", "number", "formula"],
};

const nullable = (type: "string" | "number") => ({ type: [type, "null"] });
const orNull = (schema: Json): Json => ({ anyOf: [schema, { type: "null" }] });
const object = (properties: Record<string, Json>): Json => ({ type: "object", properties, required: Object.keys(properties), additionalProperties: false });

/** The `$defs` entry `mess` (a list or null); its `missing` is the wire's `$defs/missing`. */
export function messDefs(): Record<string, Json> {
  const entry = object({
    column: { type: "string" },
    nullRate: nullable("number"),
    missing: { $ref: "#/$defs/missing" },
    typoRate: nullable("number"),
    labelNoise: nullable("number"),
    outliers: orNull(object({ rate: { type: "number" }, magnitude: nullable("number") })),
  });
  return { mess: orNull({ type: "array", items: entry }) };
}

/** Wire field paths the spec lacks: the list and the column an entry names (one table, and under `.tables[]`). */
export function messWireExtras(): string[] {
  return ["", ".tables[]"].flatMap((t) => [`${t}.mess`, `${t}.mess[].column`]);
}

/** Where a column's mess field is on the wire: `.columns[]<integer>.outliers.rate` -> `.mess[].outliers.rate`. */
export function messPathOnWire(path: string): string | undefined {
  const match = /^((?:\.tables\[\])?)\.columns\[\]<\w+>\.(\w+)(.*)$/.exec(path);
  if (!match || !Object.hasOwn(MESS_FIELDS, match[2]!)) return undefined;
  return `${match[1]}.mess[].${match[2]}${match[3]}`;
}

/**
 * A wire table (nulls already dropped) with its `mess` entries put on the
 * columns they name. An entry for no column, or a field the column's kind does
 * not have (typos in a number), is dropped with a warning; two entries for one
 * column are merged.
 */
export function messFromWire(table: Json, where: string, warn: Warn): Json {
  const { mess, ...rest } = table;
  if (!Array.isArray(mess) || mess.length === 0) return rest;
  const columns = Array.isArray(rest["columns"]) ? rest["columns"].map((c) => (isRecord(c) ? { ...c } : c)) : [];
  for (const entry of mess) {
    if (!isRecord(entry)) continue;
    const name = String(entry["column"] ?? "").slice(0, 64);
    const column = columns.find((c): c is Json => isRecord(c) && c["name"] === name);
    // Own keys only: a model-written "constructor" is no mess field.
    const fields = Object.keys(entry).filter((k) => Object.hasOwn(MESS_FIELDS, k));
    if (!column) {
      if (fields.length > 0) warn(`${where}dropped the mess for "${name}" (${fields.join(", ")}): no such column`);
      continue;
    }
    for (const field of fields) {
      const kinds = MESS_FIELDS[field]!;
      if (kinds === "all" || kinds.includes(String(column["kind"]))) column[field] = entry[field];
      else warn(`${where}column "${name}": dropped its ${field}: ${String(column["kind"]).slice(0, 20)} columns have none`);
    }
  }
  return { ...rest, columns };
}

function isRecord(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
