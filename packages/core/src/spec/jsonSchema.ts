import { z } from "zod";
import { COLUMN_KINDS, SCENARIO_KINDS } from "./schema.js";
import { datasetSpecSchema } from "./datasetSchema.js";

type Json = Record<string, unknown>;

/** The JSON Schema dialect both schemas declare. */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

let full: Json | undefined;

/** Top-level fields the outline names without their items (a table holds columns of every kind). */
const OUTLINED_ARRAYS = new Set(["tables", "references", "lookups", "rollups"]);

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
 * reads tools/list into its model's context): the top-level fields with their
 * bounds, and columns as objects with a `name` and a `kind` from the list.
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
  for (const [field, node] of Object.entries(properties)) {
    if (field === "columns") continue;
    // The relations between tables hold whole tables: named here, spelled out in the full schema.
    // Teaching scenarios: their kinds named, their options in the full schema.
    if (field === "scenario") outline[field] = { type: "array", items: { type: "object", properties: { kind: { type: "string", enum: [...SCENARIO_KINDS] } }, required: ["kind"] } };
    else outline[field] = OUTLINED_ARRAYS.has(field) ? { type: "array", items: { type: "object" }, description: "several related tables: see the full schema" } : withoutDescriptions(inline(resolve(node), resolve));
  }
  const columns = resolve(properties["columns"]);
  const items = resolve(columns["items"]);
  const variant = ((items["oneOf"] ?? items["anyOf"]) as Json[] | undefined)?.[0] ?? {};
  const name = withoutDescriptions(inline(resolve((variant["properties"] as Json | undefined)?.["name"]), resolve));
  outline["columns"] = {
    type: "array",
    minItems: columns["minItems"],
    maxItems: columns["maxItems"],
    description: "each column: name, kind, and the fields of its kind (see the full schema)",
    items: { type: "object", properties: { name, kind: { type: "string", enum: [...COLUMN_KINDS] } }, required: ["name", "kind"] },
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

/** Bounds and types only: the words are in the full schema. */
function withoutDescriptions(node: Json): Json {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) if (!(k === "description" && typeof v === "string")) out[k] = walk(v);
    return out;
  };
  return walk(node) as Json;
}
