import type { Column } from "../../spec/schema.js";
import { lookupShape } from "./lexicon.js";
import { phraseFacts } from "./offlinePlanner.js";

/**
 * The offline planner's guess for one column from its name alone (e.g.
 * "credit_score", "email"), or undefined when the lexicon does not know it.
 * Used to repair a model's column whose method is not in the catalog.
 */
export function guessColumn(name: string): Column | undefined {
  const shape = lookupShape(phraseFacts(name.replace(/_/g, " ")));
  return shape ? ({ name, ...shape } as Column) : undefined;
}
