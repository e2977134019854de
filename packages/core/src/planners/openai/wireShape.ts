import { namesSeveralTables } from "../offline/offlinePlanner.js";

/**
 * What one request offers the model beyond one table. The several-tables part of
 * the prompt and of the wire schema (issue 17) costs about 530 tokens, which a
 * one-table description (most of them) does not need: it is offered when the
 * description names several related entities as the offline reader finds them
 * ("customers, their orders and products"), or asks for tables outright ("two
 * tables: authors and books", "a relational database", "foreign keys").
 */
export interface WireShape {
  tables: boolean;
}

/** Everything the wire can say: what tests and docs measure the schema against. */
export const FULL_WIRE: WireShape = { tables: true };

/** Words that ask for several tables whatever the entities are. */
const ASKS_FOR_TABLES = /\b(?:tables|relational|databases?|foreign[- ]keys?|one-to-many|many-to-one|child rows?|parent rows?)\b/i;

export function wireShapeFor(description: string): WireShape {
  return { tables: ASKS_FOR_TABLES.test(description) || namesSeveralTables(description) };
}
