import type { CategoryCase, Column, Gap, NumericCase, TextColumn } from "../../../spec/schema.js";

/**
 * The offline planner's concept knowledge base: plain typed data, one module per
 * domain under `knowledge/domains/`, checked against these types by the compiler
 * and by test/knowledge-base.test.ts (every shape validates as a one-column spec,
 * every reference names a concept that exists). Code only reads it.
 */

/** A column without its name, and without references to other columns (those are `relations`). */
export type ConceptShape = Column extends infer C
  ? C extends Column
    ? Omit<C, "name" | "effects" | "conditional" | "offset" | "bounds" | "after" | "sentimentFrom" | "topicFrom" | "mentionFrom" | "missing">
    : never
  : never;

/** Domain names concepts are filed under; the planner's detected domain is one of these or "general". */
export const KNOWN_DOMAINS = [
  "e-commerce",
  "retail",
  "healthcare",
  "clinical trials",
  "public health",
  "finance",
  "markets",
  "insurance",
  "education",
  "social media",
  "marketing",
  "hr",
  "iot",
  "sports",
  "gaming",
  "travel",
  "real estate",
  "weather",
  "manufacturing",
  "logistics",
  "energy",
  "media",
  "music",
  "food",
  "automotive",
  "telecom",
  "agriculture",
  "fitness",
  "tech",
  "transport",
  "veterinary",
  "general",
] as const;
export type DomainName = (typeof KNOWN_DOMAINS)[number];

/**
 * A unit a phrase may state ("birth weight in grams", "temperature (F)", "hours per
 * week"), with the shape that unit gives. `words` are matched as whole words in the
 * phrase, lower case: ["lbs", "lb", "pounds"].
 */
export interface ConceptUnit {
  words: string[];
  shape: ConceptShape;
  source?: string;
}

/**
 * A relation this concept usually has with another concept of the same dataset. It
 * is applied only when every concept it names is a column of the dataset; concept
 * ids stand for those columns.
 */
export type ConceptRelation =
  /** This value after (before) the largest (smallest) of `of`, by a gap: delivery after ship, high above open/close. */
  | { kind: "offset"; of: string[]; direction: "after" | "before"; gap?: Gap; unit?: "days" | "hours" | "minutes" | "seconds" }
  /** This value within other columns: clicks at most impressions, discount at most subtotal. */
  | { kind: "bounds"; atLeast?: string[]; atMost?: string[] }
  /**
   * This column becomes a formula over other concepts: `{quantity} * {unit_price}`,
   * `days({check_in}, {check_out})`, `age({date_of_birth})`. Concept ids in braces; the
   * planner puts the column names in. `type`/`decimals` as in a formula column.
   */
  | { kind: "formula"; expression: string; type?: "number" | "integer" | "boolean" | "date" | "datetime"; decimals?: number; min?: number; max?: number }
  /** Numeric parameters by another concept's value: monthly fee by plan. */
  | { kind: "conditional"; on: string; cases: NumericCase[] }
  /** This category's weights by another concept's value: city by state. */
  | { kind: "conditionalWeights"; on: string; cases: CategoryCase[] }
  /** For text: the tone follows a rating, the subject follows a category, the text mentions a value. */
  | { kind: "text"; sentimentFrom?: string; topicFrom?: string; mentionFrom?: string };

/**
 * A driver of an outcome and the sign a domain expert expects. `weight` is the
 * effect's strength as in a spec effect (log-odds per SD for a yes/no outcome, SDs of
 * the outcome per SD for a number): positive raises the outcome. `value` for a
 * category driver ("smoker": "current"); omit for numeric and yes/no drivers.
 */
export interface Driver {
  concept: string;
  weight: number;
  value?: string;
  source?: string;
}

export interface Concept {
  /** snake_case, unique in the whole knowledge base; the column name when the user's words give none better. */
  id: string;
  /**
   * Lower-case phrases that name it, most specific first, with common abbreviations
   * and spellings: ["birth weight", "birthweight", "baby weight", "weight at birth"].
   * Matched as whole words; the longest match in a phrase wins over shorter ones.
   */
  names: string[];
  /** Domains where these names mean this concept. Omit for any domain. */
  domains?: DomainName[];
  /** The column made when no unit is stated. */
  shape: ConceptShape;
  /** Other shapes by stated unit. */
  units?: ConceptUnit[];
  relations?: ConceptRelation[];
  /** For an outcome (a target): its usual drivers, by concept id. */
  drivers?: Driver[];
  /** This is an outcome a user may ask to predict (churn, default, diabetes, sale price). */
  outcome?: boolean;
  /** Where a real-world range, rate or vocabulary comes from (a public source). */
  source?: string;
  /**
   * A generic head word ("level", "score", "status", "customer"): it loses to any other
   * concept named in the same phrase ("glucose level" is glucose, "customer age" an age).
   */
  generic?: boolean;
  /**
   * Concepts this one is a narrower kind of ("employee age" is an "age"): the drivers and links
   * written for those apply to it too.
   */
  broader?: string[];
}

/**
 * A known relation between two concepts of a dataset, whichever is the target: `from`
 * drives `to` with the sign a domain expert expects (distance raises shipping cost, floor
 * area raises kWh, minutes played raise goals). Applied whenever both concepts are columns:
 * `to` gets an effect from `from` (strength as in a spec effect: SDs of `to` per SD of a
 * numeric `from`, per "true" of a yes/no; log-odds for a yes/no `to`). `value` for a category
 * `from` ("storage": "256").
 */
export interface ConceptLink {
  from: string;
  to: string;
  weight: number;
  value?: string;
  source?: string;
}

/** One domain's module: its concepts and the words that name the domain. */
export interface DomainKnowledge {
  domain: DomainName;
  /** Words that name the domain in a description ("hospital", "patients", "ehr"). */
  words: string[];
  /** Column phrases used when the user names the domain but lists no columns. */
  defaults?: string[];
  concepts: Concept[];
  /** Known relations between this module's concepts (or with other modules' concepts). */
  links?: ConceptLink[];
}

export type { CategoryCase, Gap, NumericCase, TextColumn };
