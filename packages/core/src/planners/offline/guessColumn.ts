import type { Column } from "../../spec/schema.js";
import { planColumn } from "./columns.js";

/**
 * The offline planner's guess for one column from its name alone (e.g.
 * "credit_score", "email"), or undefined when the knowledge base does not know it.
 * Used to repair a model's column whose method is not in the catalog.
 */
export function guessColumn(name: string): Column | undefined {
  const planned = planColumn(name.replace(/_/g, " "), undefined);
  return planned.concept ? ({ ...planned.column, name } as Column) : undefined;
}
