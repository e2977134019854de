import { namesSeveralTables } from "../offline/offlinePlanner.js";

/**
 * What one request offers the model beyond one plain table; each part is in the
 * prompt and in the wire schema only when the description calls for it, which keeps
 * every request under 4000 tokens (the longest multi-table description too):
 * - `tables` (issue 17, about 530 tokens): when the description names several related
 *   entities as the offline reader finds them ("customers, their orders and products"),
 *   or asks for tables outright ("two tables: authors and books", "a relational
 *   database", "foreign keys");
 * - `mess` (the mess lists, duplicates, difficulty, teaching scenarios; about 400
 *   tokens): when it asks for any of them. The prompt says "only when asked" anyway;
 *   the words are broad on purpose, since a false alarm costs only tokens;
 * - `catalog`: the faker methods as the schema's `method` enum (a strict model cannot
 *   write another), or as a grouped list in the prompt, about 190 tokens fewer, for a
 *   request that would otherwise pass its budget (request.ts).
 */
export interface WireShape {
  tables: boolean;
  mess: boolean;
  catalog: "enum" | "list";
}

/** Everything the wire can say: what tests and docs measure the schema against. */
export const FULL_WIRE: WireShape = { tables: true, mess: true, catalog: "enum" };

/** Words that ask for several tables whatever the entities are. */
const ASKS_FOR_TABLES = /\b(?:tables|relational|databases?|foreign[- ]keys?|one-to-many|many-to-one|child rows?|parent rows?)\b/i;

/**
 * Words that ask for mess, difficulty or a teaching scenario: every phrase the offline
 * reader takes as one (mess.ts, scenarios.ts) has one of them, and so do looser ways
 * of saying it ("dirty data", "quality issues", "anomalies").
 */
const ASKS_FOR_MESS = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`missing\w*|nulls?|nan|blanks?|empty|incomplete|gaps?`,
      String.raw`typos?|misspell\w*|spelling|outliers?|anomal\w*|extreme|duplicat\w*|dupes?`,
      String.raw`nois[ey]\w*|mislabell?ed|wrong|flipped|corrupt\w*|mess\w*|dirty|unclean|clean\w*|errors?|quality|imperfect|inconsisten\w*`,
      String.raw`leak\w*|confound\w*|simpson'?s?|paradox|(?:multi-?)?collinear\w*|non-?linear\w*|u-?shaped?|threshold|interactions?|imbalance[ds]?|rare|drift|shift`,
      String.raw`difficult\w*|hard(?:er)?|easy|easier|tough|challenging|tricky|signal|scenarios?`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);

export function wireShapeFor(description: string): WireShape {
  return { tables: ASKS_FOR_TABLES.test(description) || namesSeveralTables(description), mess: ASKS_FOR_MESS.test(description), catalog: "enum" };
}
