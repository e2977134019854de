import { z } from "zod";
import { COLUMN_KINDS, datasetSpecSchema } from "./schema.js";

type Json = Record<string, unknown>;

/** The JSON Schema dialect both schemas declare. */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

let full: Json | undefined;

/**
 * The DatasetSpec as JSON Schema 2020-12, generated from the one zod schema
 * (so it cannot drift from the validator): every field, its bounds and its
 * description. Repeated parts are `$defs`. Refinements that JSON Schema
 * cannot say (cross-field rules, cycles) are still checked by parseSpec.
 */
export function specJsonSchema(): Json {
  full ??= z.toJSONSchema(datasetSpecSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any", reused: "ref" }) as Json;
  return structuredClone(full);
}

/**
 * The same schema cut to what fits in a tool's input schema (every client
 * reads tools/list into its model's context): the main top-level fields with
 * their bounds, columns as objects with a `name` and a `kind` from the list,
 * and tables in one line; other fields are allowed (parseSpec checks them).
 * Generated from specJsonSchema, so the bounds are the validator's; the full
 * schema is offered beside it (MCP: the synthdata://schema/dataset-spec.json resource).
 */
export function specJsonSchemaOutline(): Json {
  const schema = specJsonSchema();
  const defs = (schema["$defs"] ?? {}) as Record<string, Json>;
  // A $ref may carry keywords beside it (2020-12 allows it: bounds on a shared number): they are kept.
  const resolve = (node: unknown): Json => {
    let at = (node ?? {}) as Json;
    for (let i = 0; i < 10 && typeof at["$ref"] === "string"; i++) {
      const { $ref, ...beside } = at;
      at = { ...(defs[($ref as string).replace("#/$defs/", "")] ?? {}), ...beside };
    }
    return at;
  };
  const properties = schema["properties"] as Record<string, Json>;
  const outline: Record<string, Json> = {};
  // The fields an assistant always writes, with their bounds; the others (difficulty, duplicates, ...) are
  // named, so an unknown key is still refused, and described only in the full schema.
  for (const field of Object.keys(properties)) outline[field] = {};
  for (const field of ["title", "domain", "target"]) outline[field] = withoutDescriptions(inline(resolve(properties[field]), resolve));
  const columnsOutline = (node: unknown): Json => {
    const columns = resolve(node);
    const items = resolve(columns["items"]);
    const variant = ((items["oneOf"] ?? items["anyOf"]) as Json[] | undefined)?.[0] ?? {};
    const name = withoutDescriptions(inline(resolve((variant["properties"] as Json | undefined)?.["name"]), resolve));
    return {
      type: "array",
      minItems: columns["minItems"],
      maxItems: columns["maxItems"],
      items: { type: "object", properties: { name, kind: { type: "string", enum: [...COLUMN_KINDS] } }, required: ["name", "kind"] },
    };
  };
  outline["columns"] = { ...columnsOutline(properties["columns"]), description: "each column: name, kind, and the fields of its kind (see the full schema)" };
  // Related tables in one line: their fields (columns as above, parent {table, count}, rows) are in the full schema.
  const tables = resolve(properties["tables"]);
  outline["tables"] = {
    type: "array",
    maxItems: tables["maxItems"],
    description: "related tables: {name, columns, parent: {table, count: {mean}}} or {name, columns, rows} (see the full schema)",
    items: { type: "object", required: ["name", "columns"] },
  };
  return { $schema: JSON_SCHEMA_DIALECT, type: "object", properties: outline, required: schema["required"], additionalProperties: false };
}

/** Replaces $refs by their targets (the outline has no $defs of its own). */
function inline(node: Json, resolve: (n: unknown) => Json): Json {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const target = typeof (value as Json)["$ref"] === "string" ? resolve(value) : (value as Json);
    const out: Json = {};
    for (const [k, v] of Object.entries(target)) out[k] = walk(v);
    return out;
  };
  return walk(node) as Json;
}

/** Bounds and types only: the words and patterns are in the full schema. */
function withoutDescriptions(node: Json): Json {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const out: Json = {};
    // Patterns too: the validator's message says what a name may hold, and tools/list stays small.
    for (const [k, v] of Object.entries(value)) if (!((k === "description" || k === "pattern") && typeof v === "string")) out[k] = walk(v);
    return out;
  };
  return walk(node) as Json;
}
