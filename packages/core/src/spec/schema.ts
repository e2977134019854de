import { z } from "zod";
export type { DatasetSpec, DatasetTable, ChildCount, ReferenceColumn, LookupColumn, RollupColumn } from "./datasetSchema.js";
import { SCENARIO_KINDS } from "../scenarios/kinds.js";

export { SCENARIO_KINDS } from "../scenarios/kinds.js";

/**
 * The DatasetSpec: the contract between planners, the cache, the generator and
 * every door. Structural rules live here; rules that need the whole spec
 * (references, cycles, catalog membership) live in `validate.ts`.
 */

export const DISTRIBUTIONS = ["uniform", "normal", "lognormal", "exponential", "poisson"] as const;
export const ID_FORMATS = ["uuid", "sequence", "pattern"] as const;
export const DERIVED_RULES = ["email", "full_name", "username", "weekday_name", "month_name", "product_name"] as const;
export const SEASONALITIES = ["none", "retail", "business", "weekend"] as const;
export const COLUMN_KINDS = ["faker", "category", "integer", "number", "date", "datetime", "boolean", "id", "derived", "formula", "text"] as const;
/** Shapes of a gap between two values of a row (delivery 1-7 days after ship, mostly 2-3: lognormal with a median). */
export const GAP_DISTRIBUTIONS = ["uniform", "normal", "lognormal", "exponential"] as const;
export const TIME_UNITS = ["days", "hours", "minutes", "seconds"] as const;
/** Calendar rules for dates and datetimes: any day; Monday-Friday only; Monday-Friday 09:00-17:00. */
export const CALENDARS = ["any", "weekdays", "business_hours"] as const;
/** How an effect reads a numeric source: a straight line, a step, or a U (see effectSchema). */
export const EFFECT_SHAPES = ["linear", "threshold", "u"] as const;
/** What a formula column's value is. */
export const FORMULA_TYPES = ["number", "integer", "boolean", "date", "datetime"] as const;
/** Styles of free text, each with its own templates and word lists (generate/text/). */
export const TEXT_STYLES = [
  "review",
  "comment",
  "social_post",
  "bio",
  "clinical_note",
  "complaint",
  "support_ticket",
  "feedback",
  "product_description",
  "job_description",
  "message",
  "headline",
] as const;

export const columnName = z
  .string()
  .min(1, "a column needs a name")
  .max(64, "column names are at most 64 characters")
  .refine((s) => s.trim() === s && !/[\r\n\0]/.test(s), "no leading/trailing spaces, line breaks or NUL in column names");

export const finite = z.number().finite();

/** A weight from another column onto this one: shifts a number or tilts a probability. */
export const effectSchema = z
  .object({
    column: columnName.describe("the column this one depends on"),
    weight: finite
      .min(-10)
      .max(10)
      .describe(
        "strength and sign: for a numeric source, the shift per standard deviation of the source; for a boolean source, the shift when true; for a category source with `value`, the shift when it equals `value`. On a boolean/category target the shift is in log-odds; on a numeric target it is in standard deviations of the target",
      ),
    value: z.string().max(200).optional().describe("for a category source: the value that triggers the effect"),
    outcome: z.string().max(200).optional().describe("for a category target: which of its values the effect favours"),
    shape: z
      .enum(EFFECT_SHAPES)
      .optional()
      .describe("numeric source only: linear (default); threshold: the full weight once the source reaches `at`; u: weight times (distance from `at` in sds) squared, less 1"),
    at: finite.optional().describe("for threshold and u shapes: the source value where the step or the bottom of the U lies (default the source's centre)"),
    within: z
      .object({ column: columnName.describe("a category or boolean column of the same row"), value: z.string().max(200).describe("its value (true/false for a boolean)") })
      .strict()
      .optional()
      .describe("the effect acts only on rows where this column has this value (an interaction)"),
  })
  .strict();

const effects = z.array(effectSchema).max(20).optional();

/** The size of a gap between two values of a row, in the column's units (numbers) or `unit` (dates). */
export const gapSchema = z
  .object({
    min: finite.min(0).optional().describe("smallest gap, default 0"),
    max: finite.min(0).optional().describe("largest gap"),
    distribution: z.enum(GAP_DISTRIBUTIONS).optional().describe("shape of the gap between min and max, default uniform"),
    median: finite.min(0).optional().describe("typical gap (lognormal, normal): 'mostly 2-3 days' is a median of 2.5"),
    sd: finite.positive().optional().describe("spread of the gap (normal, lognormal)"),
  })
  .strict();

/**
 * Ordered pair: this value lies after (above) the largest of `columns`, or before
 * (below) the smallest, by a gap. Delivery after ship; high above open and close;
 * discharge after admission. Generalises a date's `after`.
 */
export const offsetSchema = z
  .object({
    columns: z.array(columnName).min(1).max(4).describe("columns of the same row this value is measured from"),
    direction: z.enum(["after", "before"]).describe("after: at least the largest of the columns plus the gap; before: at most the smallest minus the gap"),
    gap: gapSchema.optional(),
    unit: z.enum(TIME_UNITS).optional().describe("unit of the gap for date and datetime columns, default days"),
  })
  .strict();

/** Bounded pair: the value keeps its own distribution but stays within other columns of the row (clicks <= impressions, discount <= total). */
export const boundsSchema = z
  .object({
    atLeast: z.array(columnName).max(4).optional().describe("the value is at least each of these columns"),
    atMost: z.array(columnName).max(4).optional().describe("the value is at most each of these columns"),
  })
  .strict();

/** Parameters of a number chosen by another column's value: monthly fee by plan, salary by job level. */
export const numericCaseSchema = z
  .object({
    value: z.string().max(200).describe("the other column's value (true/false for a boolean)"),
    mean: finite.optional(),
    sd: finite.positive().optional(),
    min: finite.optional(),
    max: finite.optional(),
  })
  .strict();
export const numericConditionalSchema = z
  .object({
    column: columnName.describe("a category or boolean column of the same row"),
    cases: z.array(numericCaseSchema).min(1).max(200),
  })
  .strict();

/** A category's weights chosen by another column's value: city weights by state, plan mix by segment. */
export const categoryCaseSchema = z
  .object({
    value: z.string().max(200).describe("the other column's value (true/false for a boolean)"),
    weights: z.array(finite.min(0)).describe("weights of this column's values when the other column has that value"),
  })
  .strict();
export const categoryConditionalSchema = z
  .object({
    column: columnName.describe("a category or boolean column of the same row"),
    cases: z.array(categoryCaseSchema).min(1).max(200),
  })
  .strict();

const calendar = z
  .enum(CALENDARS)
  .optional()
  .describe("weekdays: Monday-Friday only (trading days); business_hours: Monday-Friday 09:00-17:00; default any");

/** Injected missing values: completely at random, or more often depending on other columns (`when`). */
export const missingSchema = z
  .object({
    rate: finite.min(0).max(0.9).describe("share of cells emptied as mess (on top of nullRate), e.g. 0.05"),
    when: z
      .array(effectSchema)
      .max(5)
      .optional()
      .describe("make a cell more likely missing depending on other columns of the row: weights tilt the log-odds of missing"),
  })
  .strict();

const outliersSchema = z
  .object({
    rate: finite.min(0).max(0.2).describe("share of values replaced by outliers, e.g. 0.01"),
    magnitude: finite.min(2).max(50).optional().describe("how far out, in standard deviations (default 6)"),
  })
  .strict();

const typoRate = finite.min(0).max(0.5).optional().describe("share of text cells with a typo (swapped, dropped or doubled letter)");
const labelNoise = finite.min(0).max(0.5).optional().describe("share of labels flipped to another value after the effects were applied");

export const commonColumnFields = {
  name: columnName,
  description: z.string().max(300).optional().describe("what the column means, for the dataset card"),
  nullRate: finite.min(0).max(0.95).optional().describe("share of empty cells, 0 to 0.95"),
  unique: z.boolean().optional().describe("every non-empty value distinct"),
  missing: missingSchema.optional(),
};


export const fakerColumnSchema = z
  .object({
    ...commonColumnFields,
    kind: z.literal("faker"),
    method: z.string().min(1).max(80).describe("a catalog method id such as person.fullName"),
    args: z.record(z.string(), z.union([z.string(), finite, z.boolean()])).optional(),
    typoRate,
  })
  .strict();

export const categoryColumnSchema = z
  .object({
    ...commonColumnFields,
    kind: z.literal("category"),
    values: z.array(z.string().max(200)).min(1, "a category needs at least one value").max(200),
    weights: z.array(finite.min(0)).optional().describe("relative frequency of each value, same length as values"),
    effects,
    conditional: categoryConditionalSchema.optional().describe("weights chosen by another column's value"),
    typoRate,
    labelNoise,
  })
  .strict();

const numericFields = {
  distribution: z.enum(DISTRIBUTIONS).optional().describe("default uniform between min and max"),
  mean: finite.optional().describe("mean of the values (normal, lognormal, exponential, poisson)"),
  sd: finite.positive().optional().describe("standard deviation of the values (normal, lognormal)"),
  min: finite.optional(),
  max: finite.optional(),
  effects,
  conditional: numericConditionalSchema.optional().describe("mean/sd/min/max chosen by another column's value"),
  offset: offsetSchema.optional(),
  bounds: boundsSchema.optional(),
  outliers: outliersSchema.optional(),
};

export const integerColumnSchema = z.object({ ...commonColumnFields, kind: z.literal("integer"), ...numericFields }).strict();

export const numberColumnSchema = z
  .object({
    ...commonColumnFields,
    kind: z.literal("number"),
    ...numericFields,
    decimals: z.number().int().min(0).max(10).optional().describe("digits after the point, default 2"),
  })
  .strict();

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, "use an ISO 8601 date such as 2024-01-31")
  .refine((s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)), "not a real calendar date");

const dateFields = {
  from: isoDate.describe("earliest value, ISO 8601"),
  to: isoDate.describe("latest value, ISO 8601"),
  after: z
    .object({
      column: columnName.describe("a date or datetime column of the same row"),
      minDays: finite.min(0).max(36500).optional(),
      maxDays: finite.min(0).max(36500).optional(),
    })
    .strict()
    .optional()
    .describe("make this date fall minDays..maxDays after another date of the same row (the short form of offset)"),
  offset: offsetSchema.optional(),
  bounds: boundsSchema.optional(),
  calendar,
  seasonality: z
    .enum(SEASONALITIES)
    .optional()
    .describe("weekly and yearly pattern: retail (weekends and Nov-Dec busier, e-commerce orders), business (weekdays only, mostly), weekend (leisure); default none"),
};

export const dateColumnSchema = z.object({ ...commonColumnFields, kind: z.literal("date"), ...dateFields }).strict();
export const datetimeColumnSchema = z.object({ ...commonColumnFields, kind: z.literal("datetime"), ...dateFields }).strict();

export const booleanColumnSchema = z
  .object({
    ...commonColumnFields,
    kind: z.literal("boolean"),
    probability: finite.min(0).max(1).optional().describe("chance of true before effects, default 0.5"),
    rate: finite
      .min(0.001)
      .max(0.999)
      .optional()
      .describe("share of true wanted after effects (class balance, e.g. 0.05 for '5% fraud'); overrides probability"),
    effects,
    labelNoise,
  })
  .strict();

export const idColumnSchema = z
  .object({
    ...commonColumnFields,
    kind: z.literal("id"),
    format: z.enum(ID_FORMATS),
    start: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER / 2).optional().describe("first value of a sequence, default 1"),
    prefix: z.string().max(20).optional().describe("text before a sequence number, e.g. CUST-"),
    pattern: z
      .string()
      .min(1)
      .max(40)
      .optional()
      .describe("for format pattern: # is a digit, ? an uppercase letter, * a letter or digit, anything else literal"),
  })
  .strict();

export const derivedColumnSchema = z
  .object({
    ...commonColumnFields,
    kind: z.literal("derived"),
    rule: z.enum(DERIVED_RULES).describe("email / username from first and last name, full_name from its parts; weekday_name / month_name from a date; product_name from a product category"),
    from: z.array(columnName).min(1).max(3).describe("source columns of the same row, e.g. [first_name, last_name]"),
    typoRate,
  })
  .strict();

/**
 * A value computed from other columns of the row by an expression (parsed into
 * an AST at validation, never eval): `quantity * unit_price * (1 - discount)`,
 * `round(clicks / impressions, 4)`, `days(check_in, check_out)`, `age(date_of_birth)`,
 * `total + normal(0, 2)`. See spec/formula/ for the grammar.
 */
export const formulaColumnSchema = z
  .object({
    ...commonColumnFields,
    kind: z.literal("formula"),
    expression: z.string().min(1).max(500).describe("an expression over other columns of the row"),
    type: z.enum(FORMULA_TYPES).optional().describe("what the value is, default number"),
    decimals: z.number().int().min(0).max(10).optional().describe("digits after the point for numbers, default 2"),
    min: finite.optional().describe("clamp the result to at least this"),
    max: finite.optional().describe("clamp the result to at most this"),
    outliers: outliersSchema.optional(),
  })
  .strict();

/** Free text in plausible English from our own templates and word lists, tied to other columns of the row. */
export const textColumnSchema = z
  .object({
    ...commonColumnFields,
    kind: z.literal("text"),
    style: z.enum(TEXT_STYLES).describe("what the text is: a product review, a support ticket, a social post..."),
    sentimentFrom: columnName.optional().describe("a rating (number: higher reads more positive), boolean or category column whose value sets the tone"),
    topicFrom: columnName.optional().describe("a category column whose value the text is about (ticket category, product category)"),
    mentionFrom: columnName.optional().describe("a column whose value the text mentions (a hashtag, a product name)"),
    maxWords: z.number().int().min(3).max(200).optional().describe("longest text in words"),
    typoRate,
  })
  .strict();

export const columnSchema = z.discriminatedUnion("kind", [
  fakerColumnSchema,
  categoryColumnSchema,
  integerColumnSchema,
  numberColumnSchema,
  dateColumnSchema,
  datetimeColumnSchema,
  booleanColumnSchema,
  idColumnSchema,
  derivedColumnSchema,
  formulaColumnSchema,
  textColumnSchema,
]);

export const scenarioSchema = z
  .object({
    kind: z
      .enum(SCENARIO_KINDS)
      .describe(
        "leak: a column recorded after the outcome; confounder: a new column driving a feature and the target; paradox: a relation that flips within groups (Simpson's); multicollinear: a near-copy of a feature; nonlinear: a threshold, U-shaped or within-one-group effect; imbalance: the target's positive rate; drift: test rows from a shifted population",
      ),
    column: columnName.optional().describe("the existing numeric feature it works on (confounder, multicollinear, nonlinear, drift); default chosen from the target's drivers"),
    rate: finite.min(0.001).max(0.5).optional().describe("imbalance: share of positives, default 0.05"),
    shift: finite.min(-5).max(5).optional().describe("drift: how far test rows move, in sds of the column, default 1"),
    shape: z.enum(["threshold", "u", "within"]).optional().describe("nonlinear: default u"),
    train: finite.min(0.05).max(0.95).optional().describe("drift: share of rows in the training file, default the run's split or 0.8"),
  })
  .strict();

export type Effect = z.infer<typeof effectSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type { ScenarioKind } from "../scenarios/kinds.js";
export type Missing = z.infer<typeof missingSchema>;
export type FakerColumn = z.infer<typeof fakerColumnSchema>;
export type CategoryColumn = z.infer<typeof categoryColumnSchema>;
export type IntegerColumn = z.infer<typeof integerColumnSchema>;
export type NumberColumn = z.infer<typeof numberColumnSchema>;
export type DateColumn = z.infer<typeof dateColumnSchema>;
export type DatetimeColumn = z.infer<typeof datetimeColumnSchema>;
export type BooleanColumn = z.infer<typeof booleanColumnSchema>;
export type IdColumn = z.infer<typeof idColumnSchema>;
export type DerivedColumn = z.infer<typeof derivedColumnSchema>;
export type FormulaColumn = z.infer<typeof formulaColumnSchema>;
export type TextColumn = z.infer<typeof textColumnSchema>;
export type Gap = z.infer<typeof gapSchema>;
export type Offset = z.infer<typeof offsetSchema>;
export type Bounds = z.infer<typeof boundsSchema>;
export type NumericConditional = z.infer<typeof numericConditionalSchema>;
export type CategoryConditional = z.infer<typeof categoryConditionalSchema>;
export type Column = z.infer<typeof columnSchema>;
export type ColumnKind = Column["kind"];
export type Distribution = (typeof DISTRIBUTIONS)[number];
export type NumericCase = z.infer<typeof numericCaseSchema>;
export type CategoryCase = z.infer<typeof categoryCaseSchema>;
