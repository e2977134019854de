import type { ChildCount, RollupColumn } from "../../../spec/datasetSchema.js";
import type { Column } from "../../../spec/schema.js";
import type { DomainName } from "./types.js";

/**
 * What the offline planner knows about the things a dataset of several tables
 * holds (customers, orders, products...): plain data in `knowledge/entities/`,
 * one module per domain; `planners/offline/entities.ts` only reads it.
 */
export interface EntityKnowledge {
  /** snake_case singular, unique: "order_item". */
  id: string;
  /** The table's name: "order_items". */
  table: string;
  /** Lower-case names a description uses, plural and singular: ["order items", "order item", "line items"]. */
  names: string[];
  domain: DomainName;
  /** The key column: `<singular>_id` with this id format. */
  key: { name: string; format: "sequence" | "uuid"; prefix?: string; start?: number };
  /** Column phrases read by the one-table planner, as if a user had listed them. */
  columns: string[];
  /** Columns that read this table's relation columns (a line total over a looked-up unit price). */
  derived?: Column[];
  /** This table's main date column (by its planned name), for time order across tables. */
  date?: string;
  /** Rows when it is a table of its own rows (products, books, courses): what other tables reference. */
  rows?: number;
}

/** A rollup the parent gets over this child table: customers.order_count = count of orders. */
export type EntityRollup = Omit<RollupColumn, "table" | "description"> & { description: string };

/** A child table's usual parent: orders belong to a customer, visits to a patient. */
export interface EntityParent {
  child: string;
  parent: string;
  /** Children per parent row: a learner's sense of it (orders per customer: negative binomial, mean ~4). */
  count: ChildCount;
  /** Rollups the parent gets; the first `count` one is what drives an outcome of the parent. */
  rollups: EntityRollup[];
  /** The child's date falls this many days after the parent's date (an order after its customer signed up). */
  after?: { minDays: number; maxDays: number };
}

/** A reference from a child table to a table of its own rows: an order item's product, a loan's book. */
export interface EntityReference {
  from: string;
  to: string;
  popularity: "uniform" | "zipf";
  skew?: number;
  /** Columns copied from the referenced row (unit price from products.price). */
  lookups?: { name: string; column: string; hidden?: boolean; description: string }[];
}

/**
 * An outcome of the root whose sign with the amount of child activity a domain expert
 * knows: customers with more orders churn less; patients with more visits are readmitted more.
 * `words` are matched against the target column's name; `weight` is per SD of the count.
 */
export interface ActivityOutcome {
  words: string[];
  weight: number;
  source?: string;
}

export interface EntityModule {
  entities: EntityKnowledge[];
  parents: EntityParent[];
  references: EntityReference[];
  outcomes?: ActivityOutcome[];
}
