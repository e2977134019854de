import { columnDependencies } from "../spec/dependencies.js";
import type { FlatTable } from "./flatten.js";

/**
 * The columns of a table that can only be made once its child rows exist: its
 * rollups and every column that reads one (a churn flag driven by the order
 * count), by index of the flat spec. The rest (phase A) is made first, so the
 * children can read it (an order after its customer signed up).
 */
export function phaseAfterRollups(table: FlatTable): Set<number> {
  const columns = table.spec.columns;
  const index = new Map(columns.map((c, i) => [c.name, i]));
  const after = new Set<number>();
  for (const [i, slot] of table.slots) if (slot.kind === "rollup") after.add(i);
  let grew = after.size > 0;
  while (grew) {
    grew = false;
    columns.forEach((c, i) => {
      if (after.has(i)) return;
      if (columnDependencies(c).some((d) => after.has(index.get(d) ?? -1))) {
        after.add(i);
        grew = true;
      }
    });
  }
  return after;
}
