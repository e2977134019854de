import type { EntityPlan, EntityTable } from "./entities.js";

/**
 * "customers and their loans; whether a loan defaulted": the outcome is one of each loan,
 * and the spec's target (with the card's signal check and stratified splits) is the first
 * table's only. So the loans become the first table and the customers a table of their own
 * rows that each loan references: a model of default reads one row per loan and joins the
 * customer. Done only where the outcome's table is a child of the root and the root has no
 * other child (another child would lose its parent); else the plan stays as it is and the
 * outcome a column of its table, with a warning (tableSpec.ts).
 */
export function rootOnOutcome(plan: EntityPlan): EntityPlan {
  const root = plan.root;
  const asked = plan.rest.find((r) => /^(?:(?:with|and|also)\s+)?(?:whether|if)\b/i.test(r.phrase) && r.entities.length > 0);
  const entity = asked?.entities[0];
  const child = entity ? plan.tables.find((t) => t.entity === entity) : undefined;
  if (!child || child === root || child.own || child.parent?.parent !== root.entity.id) return plan;
  if (plan.tables.some((t) => t !== child && t.parent?.parent === root.entity.id)) return plan;
  const rows = root.entity.rows ?? 1000;
  const newRoot: EntityTable = { ...child, parent: undefined, references: [...child.references, { from: child.entity.id, to: root.entity.id, popularity: "zipf", skew: 0.5 }] };
  const own: EntityTable = { ...root, entity: { ...root.entity, rows }, parent: undefined, references: [], own: true };
  const rest = plan.tables.filter((t) => t !== child && t !== root);
  const warnings = [
    ...plan.warnings,
    `${child.entity.table} is the first table: "${asked!.phrase}" is an outcome of each ${child.entity.key.name.replace(/_id$/, "").replace(/_/g, " ")}, and the target is the first table's; ${root.entity.table} (${rows} rows) is a table each of its rows references`,
  ];
  return { ...plan, root: newRoot, tables: [newRoot, ...rest.filter((t) => !t.own), ...rest.filter((t) => t.own), own], warnings };
}
