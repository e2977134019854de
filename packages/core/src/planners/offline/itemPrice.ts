import type { Column } from "../../spec/schema.js";
import type { PlannedColumn } from "./columns.js";
import { knowledgeIndex } from "./knowledge/index.js";

/** Prices that say nothing of what is sold: "price", "unit price", "cost". */
const GENERIC_PRICES = new Set(["price", "unit_price"]);

/**
 * A plain price beside a column naming what is sold is that thing's price: "drink (latte, ...)"
 * with "unit price" is a drink's price ($3-6), "dish" with "price" a menu price, as the knowledge
 * base prices them ("drink price", "dish price"). Only a price the user gave no range for, and
 * only a specific priced concept; the first thing named wins. Run before the relations.
 */
export function priceByItem(items: PlannedColumn[]): void {
  const kb = knowledgeIndex();
  for (const item of items) {
    if (!item.concept || !GENERIC_PRICES.has(item.concept.id) || item.facts.range || item.facts.values) continue;
    if ((item.column as Column & { conditional?: unknown }).conditional !== undefined) continue;
    for (const other of items) {
      // What is sold is named (a drink, a dish), never a number of its own (a total).
      if (other === item || !["category", "faker", "text"].includes(other.column.kind)) continue;
      const words = [other.column.name.replace(/_/g, " "), ...(other.concept?.names.slice(0, 3) ?? [])];
      const priced = words.flatMap((w) => kb.byName.get(`${w} price`) ?? []).find((c) => !GENERIC_PRICES.has(c.id) && !c.generic && (c.shape.kind === "number" || c.shape.kind === "integer"));
      if (!priced) continue;
      // The shape only: the concept stays, so the relations that name it (a line total) still find it.
      item.column = { ...(item.column as object), ...priced.shape, name: item.column.name } as Column;
      break;
    }
  }
}
