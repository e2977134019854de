import { POPULARITIES, ROLLUP_FUNCTIONS } from "../../spec/datasetSchema.js";
import { messPathOnWire } from "./wireMess.js";
import type { WireShape } from "./wireShape.js";

/**
 * The wire's several related tables (issue 17), kept small for the 4000-token
 * request: a table's references, lookups and rollups are one list of
 * `relations` told apart by `kind` (reference, lookup, or the rollup's function:
 * count, sum, mean, min, max); a lookup names the table and column it copies
 * (its reference is this table's reference to that table); a child table's
 * `parent` is the parent's name with its `count` beside it, whose distribution
 * follows from what is given (a dispersion: negative_binomial; min and max
 * without a mean: uniform; else poisson). `relationsFromWire` turns them back into the
 * spec's fields; `specPathOnWire` maps the spec's field paths onto these, for
 * the test that keeps the wire and the spec in step.
 */

type Json = Record<string, unknown>;

export const RELATION_KINDS = ["reference", "lookup", ...ROLLUP_FUNCTIONS] as const;

const nullable = (type: "string" | "number" | "integer" | "boolean") => ({ type: [type, "null"] });
const orNull = (schema: Json): Json => ({ anyOf: [schema, { type: "null" }] });
const enumOf = (values: readonly string[]): Json => ({ type: "string", enum: [...values] });
const object = (properties: Record<string, Json>): Json => ({ type: "object", properties, required: Object.keys(properties), additionalProperties: false });

/**
 * The `$defs` entries the table fields use; `column`, `effects`, `mess` and `duplicates`
 * are the one-table wire's (a table has the last two when the shape offers mess).
 */
export function tableDefs(shape: WireShape): Record<string, Json> {
  return {
    relations: orNull({
      type: "array",
      items: object({
        kind: enumOf(RELATION_KINDS),
        name: { type: "string" },
        table: nullable("string"),
        column: nullable("string"),
        popularity: orNull(enumOf(POPULARITIES)),
        hidden: nullable("boolean"),
      }),
    }),
    table: object({
      name: { type: "string" },
      rows: nullable("integer"),
      parent: nullable("string"),
      count: orNull(
        object({
          mean: nullable("number"),
          min: nullable("integer"),
          max: nullable("integer"),
          dispersion: nullable("number"),
          effects: { $ref: "#/$defs/effects" },
        }),
      ),
      columns: { type: "array", items: { $ref: "#/$defs/column" } },
      ...(shape.mess ? { mess: { $ref: "#/$defs/mess" } } : {}),
      relations: { $ref: "#/$defs/relations" },
      orphans: nullable("number"),
      ...(shape.mess ? { duplicates: { $ref: "#/$defs/duplicates" } } : {}),
    }),
  };
}

/** The root's table fields: its name, its relation columns, the other tables. */
export function rootTableProperties(): Record<string, Json> {
  return {
    table: nullable("string"),
    relations: { $ref: "#/$defs/relations" },
    tables: orNull({ type: "array", items: { $ref: "#/$defs/table" } }),
  };
}

/**
 * A table's wire fields (nulls already dropped) as the spec has them: its
 * relations split into references, lookups and rollups, `parent` and `count`
 * joined. Anything unexpected is passed on for the repairs to judge.
 */
export function relationsFromWire(table: Json): Json {
  const { relations, parent, count, ...rest } = table;
  const out: Json = { ...rest };
  if (typeof parent === "string") out["parent"] = { table: parent, ...(isRecord(count) ? { count: countFromWire(count) } : {}) };
  else if (parent !== undefined) out["parent"] = parent;
  if (!Array.isArray(relations)) return out;
  const references: Json[] = [];
  const lookups: Json[] = [];
  const rollups: Json[] = [];
  for (const raw of relations) {
    if (!isRecord(raw)) continue;
    const { kind, name, table: target, column, popularity, hidden } = raw;
    if (kind === "reference") references.push(defined({ name, table: target, popularity }));
    else if (kind === "lookup") lookups.push({ name, target, column, hidden });
    else rollups.push(defined({ name, table: target, function: kind, column, hidden }));
  }
  // A lookup reads through this table's reference to the table it names (or a reference so named).
  for (const [i, lookup] of lookups.entries()) {
    const { target, ...rest } = lookup;
    const via = references.find((r) => r["table"] === target) ?? references.find((r) => r["name"] === target);
    lookups[i] = defined({ ...rest, reference: via ? via["name"] : target });
  }
  if (references.length > 0) out["references"] = references;
  if (lookups.length > 0) out["lookups"] = lookups;
  if (rollups.length > 0) out["rollups"] = rollups;
  return out;
}

function countFromWire(count: Json): Json {
  const distribution = count["dispersion"] !== undefined ? "negative_binomial" : count["mean"] === undefined && count["max"] !== undefined ? "uniform" : "poisson";
  return { distribution, ...count };
}

/** Spec paths the wire leaves out: defaults apply (zipf skew 1, rollup decimals 2, no relation or table descriptions). */
const OMITTED_RELATION_FIELDS = new Set(["skew", "decimals", "description"]);

/**
 * Where a spec field path is on the wire (`.tables[].parent.count.mean` ->
 * `.tables[].count.mean`, `.rollups[].function` -> `.relations[].kind`, a column's
 * `.columns[]<text>.typoRate` -> its table's `.mess[].typoRate`), the
 * path itself when the wire has it as is, or undefined when the wire leaves it
 * out on purpose.
 */
export function specPathOnWire(path: string): string | undefined {
  const mess = messPathOnWire(path);
  if (mess) return mess;
  const relation = /^((?:\.tables\[\])?)\.(references|lookups|rollups)(\[\](?:\.(\w+))?)?$/.exec(path);
  if (relation) {
    const [, table, , item, field] = relation;
    if (!item) return `${table}.relations`;
    if (!field) return `${table}.relations[]`;
    if (OMITTED_RELATION_FIELDS.has(field)) return undefined;
    // A lookup's reference follows from the table it names.
    if (field === "reference") return `${table}.relations[].table`;
    return `${table}.relations[].${field === "function" ? "kind" : field}`;
  }
  if (path === ".tables[].description") return undefined;
  if (path === ".tables[].parent.table") return ".tables[].parent";
  if (path === ".tables[].parent.count.distribution") return undefined;
  const count = /^\.tables\[\]\.parent\.count(.*)$/.exec(path);
  if (count) return `.tables[].count${count[1]}`;
  return path;
}

function defined(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function isRecord(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
