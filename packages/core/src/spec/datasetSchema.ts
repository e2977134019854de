import { z } from "zod";
import { columnName, columnSchema, effectSchema, finite, scenarioSchema } from "./schema.js";
import { SCENARIO_KINDS } from "../scenarios/kinds.js";

/**
 * The whole DatasetSpec: one table (today's spec: `columns` and the rest), or
 * that table as the root of several related ones (`tables`). A table relates
 * to others by references (foreign keys), lookups (a value copied from the
 * referenced row) and rollups (a value summed, counted... over its child
 * rows); a child table's rows are made per parent row (`parent.count`).
 * Relation columns are listed beside the table's ordinary `columns`, so the
 * column kinds (and everything that reads one table) stay as they are;
 * `tables/flatten.ts` turns each table into an ordinary one-table spec.
 */

export const COUNT_DISTRIBUTIONS = ["poisson", "negative_binomial", "uniform"] as const;
export const ROLLUP_FUNCTIONS = ["count", "sum", "mean", "min", "max"] as const;
export const POPULARITIES = ["uniform", "zipf"] as const;
/** Most tables a dataset holds (the root included). */
export const MAX_TABLES = 12;
/** Most rows of a table with its own row count (a dimension table such as products). */
export const MAX_TABLE_ROWS = 10_000_000;

export const tableNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, "table names are lower snake case, start with a letter, at most 63 characters (customers, order_items)");

const relationCommon = {
  name: columnName,
  description: z.string().max(300).optional().describe("what the column means, for the dataset card"),
};

/** A foreign key: the key of the parent row, or of a row of a table with its own row count, picked by popularity. */
export const referenceColumnSchema = z
  .object({
    ...relationCommon,
    table: tableNameSchema.describe("the table whose key this column holds: the parent, or a table with its own `rows`"),
    popularity: z.enum(POPULARITIES).optional().describe("for a table that is not the parent: how rows are picked, default uniform; zipf: a few rows are picked a lot"),
    skew: finite.min(0.1).max(3).optional().describe("zipf exponent, default 1: higher, more concentrated"),
  })
  .strict();

/** A value copied from the row a reference points at (order_items.unit_price = products.price). */
export const lookupColumnSchema = z
  .object({
    ...relationCommon,
    reference: columnName.describe("a reference column of this table"),
    column: columnName.describe("the column of the referenced table whose value is copied"),
    hidden: z.boolean().optional().describe("made and usable by this table's columns, but not written"),
  })
  .strict();

/** A value over this row's child rows: orders.total = sum of order_items.line_total, customers.order_count = count of orders. */
export const rollupColumnSchema = z
  .object({
    ...relationCommon,
    table: tableNameSchema.describe("a child table of this one"),
    function: z.enum(ROLLUP_FUNCTIONS),
    column: columnName.optional().describe("the child table's column (not for count)"),
    decimals: z.number().int().min(0).max(10).optional().describe("digits after the point for sum and mean, default 2"),
    hidden: z.boolean().optional().describe("made and usable by this table's columns, but not written"),
  })
  .strict();

const relationFields = {
  references: z.array(referenceColumnSchema).max(8).optional(),
  lookups: z.array(lookupColumnSchema).max(20).optional(),
  rollups: z.array(rollupColumnSchema).max(20).optional(),
};

const duplicatesSchema = z
  .object({
    exact: finite.min(0).max(0.5).optional().describe("share of rows that repeat an earlier row exactly"),
    near: finite.min(0).max(0.5).optional().describe("share of rows that repeat an earlier row with one small change"),
  })
  .strict();

/** How many child rows each parent row has. */
export const childCountSchema = z
  .object({
    distribution: z.enum(COUNT_DISTRIBUTIONS).optional().describe("default poisson"),
    mean: finite.min(0).max(1000).optional().describe("average children per parent (poisson, negative_binomial), default 3"),
    min: z.number().int().min(0).max(10_000).optional().describe("fewest children per parent, default 0"),
    max: z.number().int().min(0).max(10_000).optional().describe("most children per parent"),
    dispersion: finite.positive().max(1000).optional().describe("negative_binomial size: smaller, more spread (a few parents with many children), default 1"),
    effects: z.array(effectSchema).max(5).optional().describe("parent columns that raise or lower the count: weights shift the log of the mean"),
  })
  .strict();

export const tableSchema = z
  .object({
    name: tableNameSchema,
    description: z.string().max(300).optional(),
    rows: z.number().int().min(1).max(MAX_TABLE_ROWS).optional().describe("rows of a table of its own (products, stores); no parent"),
    parent: z
      .object({ table: tableNameSchema, count: childCountSchema.optional() })
      .strict()
      .optional()
      .describe("the table whose rows this one's rows belong to (orders of a customer)"),
    columns: z.array(columnSchema).min(1, "a table needs at least one column").max(200),
    ...relationFields,
    orphans: finite.min(0).max(0.2).optional().describe("mess: share of rows whose key to the parent points at no parent row (orphan keys), e.g. 0.01"),
    duplicates: duplicatesSchema.optional().describe("mess: share of rows repeated (duplicate children), exactly or with one small change"),
  })
  .strict();

export const datasetSpecSchema = z
  .object({
    version: z.literal(1).optional(),
    title: z.string().min(1).max(120),
    domain: z.string().min(1).max(60).describe("e.g. e-commerce, healthcare, finance, education, social media"),
    description: z.string().max(2000).optional(),
    columns: z.array(columnSchema).min(1, "a dataset needs at least one column").max(200),
    target: columnName.optional().describe("the column a model should learn to predict (used by the signal check and stratified splits)"),
    difficulty: finite
      .min(0)
      .max(1)
      .optional()
      .describe("0 keeps the effects as written, 1 removes them: scales how hard the target is to predict"),
    duplicates: duplicatesSchema.optional(),
    scenario: z.array(scenarioSchema).max(SCENARIO_KINDS.length).optional().describe("teaching scenarios to build in, each written into the card's answer key"),
    table: tableNameSchema.optional().describe("with `tables`: the name of the root table these columns make (default from the title)"),
    ...relationFields,
    tables: z.array(tableSchema).min(1).max(MAX_TABLES - 1).optional().describe("more tables related to the root one (its columns are `columns`): children with a parent, or tables of their own rows"),
  })
  .strict();

export type DatasetSpec = z.infer<typeof datasetSpecSchema>;
export type DatasetTable = z.infer<typeof tableSchema>;
export type ChildCount = z.infer<typeof childCountSchema>;
export type ReferenceColumn = z.infer<typeof referenceColumnSchema>;
export type LookupColumn = z.infer<typeof lookupColumnSchema>;
export type RollupColumn = z.infer<typeof rollupColumnSchema>;
