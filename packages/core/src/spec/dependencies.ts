import { columnReferences } from "./relations.js";
import type { Column, TextColumn } from "./schema.js";

/** Names of the columns whose values this column reads from the same row. */
export function columnDependencies(column: Column): string[] {
  return [...new Set(columnReferences(column).map((r) => r.name))];
}

/**
 * Column indices in an order where every column comes after the columns it
 * reads (spec order kept where there is a choice), or the names on a cycle.
 */
export function generationOrder(columns: readonly Column[]): { order: number[] } | { cycle: string[] } {
  const index = new Map(columns.map((c, i) => [c.name, i]));
  const state = new Array<0 | 1 | 2>(columns.length).fill(0); // 0 new, 1 on stack, 2 done
  const order: number[] = [];
  const stack: number[] = [];

  const visit = (i: number): string[] | undefined => {
    if (state[i] === 2) return undefined;
    if (state[i] === 1) {
      const from = stack.indexOf(i);
      return [...stack.slice(from), i].map((j) => columns[j]!.name);
    }
    state[i] = 1;
    stack.push(i);
    for (const dep of columnDependencies(columns[i]!)) {
      const j = index.get(dep);
      if (j === undefined) continue; // missing references are reported by validation
      const cycle = visit(j);
      if (cycle) return cycle;
    }
    stack.pop();
    state[i] = 2;
    order.push(i);
    return undefined;
  };

  for (let i = 0; i < columns.length; i++) {
    const cycle = visit(i);
    if (cycle) return { cycle };
  }
  return { order };
}

/** The columns a text column reads, with the field that names each (for error messages). */
export function textSources(column: TextColumn): { field: "sentimentFrom" | "topicFrom" | "mentionFrom"; column: string }[] {
  const out: { field: "sentimentFrom" | "topicFrom" | "mentionFrom"; column: string }[] = [];
  for (const field of ["sentimentFrom", "topicFrom", "mentionFrom"] as const) {
    const name = column[field];
    if (name !== undefined) out.push({ field, column: name });
  }
  return out;
}
