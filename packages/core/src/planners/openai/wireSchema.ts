import { catalogIds } from "../../catalog/catalog.js";
import { relationsFromWire, rootTableProperties, tableDefs } from "./wireTables.js";
import { FULL_WIRE, type WireShape } from "./wireShape.js";
import { messDefs, messFromWire } from "./wireMess.js";
import { CALENDARS, DERIVED_RULES, DISTRIBUTIONS, FORMULA_TYPES, GAP_DISTRIBUTIONS, ID_FORMATS, SCENARIO_KINDS, TEXT_STYLES, TIME_UNITS } from "../../spec/schema.js";

/**
 * The DatasetSpec as a JSON Schema that OpenAI strict structured outputs accept.
 *
 * Written by hand rather than converted from zod: strict mode wants every object
 * closed (`additionalProperties: false`), every property required (optional =
 * union with null), and none of the keywords zod emits for our refinements
 * (`pattern`, `minLength`, `minimum`, `format`, `default`, `oneOf`). Bounds are
 * left out on purpose: the answer goes through `parseSpec` (after local repairs),
 * which is where ranges are enforced. A test walks the zod schema and checks every
 * field has a counterpart here, so the two cannot drift apart.
 *
 * To stay small (tokens, and OpenAI's caps on properties and nesting) integer and
 * number share one variant, as do date and datetime: `kind` tells them apart.
 * A formula shares the numeric variant too (it adds `expression` and `type`);
 * numeric and category conditionals share one `conditional` (a case has both
 * mean/sd/min/max and weights). `repairRelations.ts` drops what a kind does not
 * use. `effects`, `missing`, `offset`, `bounds` and `conditional` are `$defs`
 * (an effect is inlined in `effects`, its one use). A column's mess (nullRate,
 * missing, typoRate, labelNoise, outliers) is not on its variant but in its
 * table's `mess` list (wireMess.ts), offered with duplicates, difficulty and
 * scenarios only when the description asks (wireShape.ts).
 *
 * A date's short-form `after` is left off the wire (`offset` says the same), and so are
 * column descriptions (optional card text, about 90 tokens over all variants).
 */

type Json = Record<string, unknown>;

const str = { type: "string" } as const;
const num = { type: "number" } as const;
const nullable = (type: "string" | "number" | "integer" | "boolean") => ({ type: [type, "null"] });
const orNull = (schema: Json): Json => ({ anyOf: [schema, { type: "null" }] });
const enumOf = (values: readonly string[]): Json => ({ type: "string", enum: [...values] });

/** A closed object with every property required, as strict mode demands. */
function object(properties: Record<string, Json>, description?: string): Json {
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

const ref = (name: "effects" | "missing" | "offset" | "bounds" | "conditional" | "duplicates"): Json => ({ $ref: `#/$defs/${name}` });
const names = { type: "array", items: str } as const;

const effect = object({
  column: str,
  weight: num,
  value: nullable("string"),
  outcome: nullable("string"),
});

const gap: Record<string, Json> = {
  min: nullable("number"),
  max: nullable("number"),
  distribution: orNull(enumOf(GAP_DISTRIBUTIONS)),
  median: nullable("number"),
  sd: nullable("number"),
};

/**
 * One case of a conditional: a number's mean (integer/number) or a category's
 * weights for one value of the other column. The spec's per-case sd, min and
 * max are left off the wire (WIRE_OMITTED): the column's own apply, and the
 * tokens go to the request's 4000 budget.
 */
const conditionalCase: Record<string, Json> = {
  value: str,
  mean: nullable("number"),
  weights: orNull({ type: "array", items: num }),
};

/** `unique` only where distinct values make sense (ids, names, emails); the other kinds leave it off the wire. */
const common = (kind: Json, unique = false): Record<string, Json> => ({
  kind,
  name: str,
  ...(unique ? { unique: nullable("boolean") } : {}),
});

/** Every argument name used by a catalog entry; the catalog test keeps this in step. */
export const WIRE_FAKER_ARGS = ["sex", "count", "titles"] as const;

function columnVariants(shape: WireShape): Json[] {
  return [
    object({
      ...common(enumOf(["faker"]), true),
      // As a list the catalog is in the prompt (prompt.ts); repair.ts maps a near miss to the nearest id.
      method: shape.catalog === "enum" ? enumOf(catalogIds()) : str,
      args: orNull(object({ sex: orNull(enumOf(["female", "male"])), count: nullable("integer"), titles: nullable("string") })),
    }),
    object({
      ...common(enumOf(["category"])),
      values: { type: "array", items: str },
      weights: orNull({ type: "array", items: num }),
      effects: ref("effects"),
      conditional: ref("conditional"),
    }),
    object({
      ...common(enumOf(["integer", "number", "formula"])),
      expression: nullable("string"),
      type: orNull(enumOf(FORMULA_TYPES)),
      distribution: orNull(enumOf(DISTRIBUTIONS)),
      mean: nullable("number"),
      sd: nullable("number"),
      min: nullable("number"),
      max: nullable("number"),
      decimals: nullable("integer"),
      effects: ref("effects"),
      conditional: ref("conditional"),
      offset: ref("offset"),
      bounds: ref("bounds"),
    }),
    object({
      ...common(enumOf(["date", "datetime"])),
      from: str,
      to: str,
      offset: ref("offset"),
      bounds: ref("bounds"),
      calendar: orNull(enumOf(CALENDARS)),
      seasonality: orNull(enumOf(["none", "retail", "business", "weekend"])),
    }),
    object({
      ...common(enumOf(["boolean"])),
      probability: nullable("number"),
      rate: nullable("number"),
      effects: ref("effects"),
    }),
    object({
      ...common(enumOf(["id"]), true),
      format: enumOf(ID_FORMATS),
      start: nullable("integer"),
      prefix: nullable("string"),
      pattern: nullable("string"),
    }),
    object({
      ...common(enumOf(["text"])),
      style: enumOf(TEXT_STYLES),
      sentimentFrom: nullable("string"),
      topicFrom: nullable("string"),
      mentionFrom: nullable("string"),
    }),
    object({
      ...common(enumOf(["derived"]), true),
      rule: enumOf(DERIVED_RULES),
      from: { type: "array", items: str },
    }),
  ];
}

/**
 * Spec fields the wire leaves out to keep the request small; the spec's defaults apply.
 * An effect's shape, at and within are left off (three more nulls on every effect): a
 * model asks for a bent effect with a `nonlinear` scenario instead.
 */
export const WIRE_OMITTED = [...["category", "integer", "number", "formula", "date", "datetime", "boolean", "text"].map((k) => `<${k}>.unique`), ".conditional.cases[].sd", ".conditional.cases[].min", ".conditional.cases[].max", ".after", ".maxWords", ">.description", "effects[].shape", "effects[].at", "effects[].within", "when[].shape", "when[].at", "when[].within", ".scenario[]"] as const;

/**
 * Teaching scenarios as their kinds alone (fromWire makes each `{ kind }`): the spec's
 * per-scenario options keep their defaults, and the request stays under its token budget.
 */
const scenarioKinds = orNull({ type: "array", items: enumOf(SCENARIO_KINDS) });

/** Fields of several related tables (issue 17) the wire does not offer yet (none: wireTables.ts has them all). */
export const WIRE_PENDING_FIELDS: readonly string[] = [];

/** Column kinds of the spec the wire does not offer (none: every kind has its variant). */
export const WIRE_PENDING_KINDS: readonly string[] = [];

/**
 * Wire paths the spec lacks, because variants share a shape: a formula in the
 * numeric variant, conditional cases with both numeric parameters and weights.
 * repairRelations.ts drops them by kind.
 */
export function sharedVariantExtras(): string[] {
  const formula = ".columns[]<formula>";
  const fields = (prefix: string, keys: string[]) => keys.map((k) => `${prefix}.${k}`);
  return [
    ...["integer", "number"].flatMap((k) => [`.columns[]<${k}>.expression`, `.columns[]<${k}>.type`, `.columns[]<${k}>.conditional.cases[].weights`]),
    ...fields(formula, ["distribution", "mean", "sd", "effects", "conditional", "offset", "bounds"]),
    ...fields(`${formula}.effects[]`, Object.keys(effect.properties as Json)),
    ...fields(`${formula}.conditional`, ["column", "cases", ...Object.keys(conditionalCase).map((f) => `cases[].${f}`)]),
    ...fields(`${formula}.offset`, ["columns", "direction", "gap", "unit", ...Object.keys(gap).map((f) => `gap.${f}`)]),
    ...fields(`${formula}.bounds`, ["atLeast", "atMost"]),
    ".columns[]<category>.conditional.cases[].mean",
  ];
}

/** Spec fields the model does not write: `fromWire` sets them. */
export const SET_LOCALLY = ["version"] as const;

/** The answer's extra root field: a reason when the text is not a dataset description, else null. */
export const NOT_A_DATASET_FIELD = "notADataset";

export const WIRE_SCHEMA_NAME = "dataset_spec";

/**
 * Builds the schema (the catalog ids are read when called, so it follows the catalog).
 * The several-tables fields, and the mess and teaching fields, only when the shape
 * offers them (wireShape.ts): a plain one-table answer has neither.
 */
export function buildWireSchema(shape: WireShape = FULL_WIRE): Json {
  const tables = shape.tables ? rootTableProperties() : {};
  const properties: Record<string, Json> = {
    // notADataset comes first: the model decides that before it writes any column.
    [NOT_A_DATASET_FIELD]: nullable("string"),
    title: str,
    domain: str,
    description: nullable("string"),
    columns: { type: "array", items: { $ref: "#/$defs/column" } },
    ...(shape.mess ? { mess: { $ref: "#/$defs/mess" } } : {}),
    target: nullable("string"),
    ...(shape.mess ? { difficulty: nullable("number"), duplicates: ref("duplicates"), scenario: scenarioKinds } : {}),
    ...tables,
  };
  return {
    type: "object",
    $defs: {
      // Defs used once are inlined (an effect in `effects`): a $ref costs about 10 tokens.
      effects: orNull({ type: "array", items: effect }),
      // Inside an offset or bounds the model writes nulls and [] rather than a null wrapper: fewer tokens.
      offset: orNull(object({ columns: names, direction: enumOf(["after", "before"]), gap: object(gap), unit: orNull(enumOf(TIME_UNITS)) })),
      bounds: orNull(object({ atLeast: names, atMost: names })),
      conditional: orNull(object({ column: str, cases: { type: "array", items: object(conditionalCase) } })),
      column: { anyOf: columnVariants(shape) },
      ...(shape.mess
        ? { missing: orNull(object({ rate: num, when: ref("effects") })), duplicates: orNull(object({ exact: nullable("number"), near: nullable("number") })), ...messDefs() }
        : {}),
      ...(shape.tables ? tableDefs(shape) : {}),
    },
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

/** What `fromWire` makes of an answer. */
export interface WireAnswer {
  /** The spec candidate: nulls removed, `version` set; still to be repaired and validated. */
  spec: Record<string, unknown>;
  /** The model's reason when it judged the text is not a dataset description. */
  notADataset?: string;
  /** What putting the wire's mess lists back on the columns dropped (wireMess.ts). */
  warnings: string[];
}

/**
 * Turns the model's answer back into a spec candidate: every `null` becomes an
 * absent field (strict mode made the model write them all), the extra root field
 * is taken out, each table's mess goes back onto its columns, and `version` is
 * set. The result still goes through repairs and `parseSpec`; nothing here
 * trusts the values.
 */
export function fromWire(answer: unknown): WireAnswer {
  const cleaned = dropNulls(answer);
  const root: Record<string, unknown> = isRecord(cleaned) ? cleaned : {};
  const reason = root[NOT_A_DATASET_FIELD];
  const { [NOT_A_DATASET_FIELD]: _dropped, tables, ...rest } = root;
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const spec: Record<string, unknown> = { version: 1, ...relationsFromWire(messFromWire(rest, "", warn)) };
  if (Array.isArray(tables)) spec["tables"] = tables.map((t) => (isRecord(t) ? relationsFromWire(messFromWire(t, `table "${String(t["name"] ?? "").slice(0, 64)}": `, warn)) : t));
  if (Array.isArray(spec["scenario"])) spec["scenario"] = spec["scenario"].map((kind) => (typeof kind === "string" ? { kind } : kind));
  return typeof reason === "string" && reason.trim() !== "" ? { spec, notADataset: reason.trim(), warnings } : { spec, warnings };
}

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(dropNulls);
  if (!isRecord(value)) return value;
  // A null-prototype object: a model-written "__proto__" key stays a plain key.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, v] of Object.entries(value)) {
    if (v !== null) out[key] = dropNulls(v);
  }
  return { ...out };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
