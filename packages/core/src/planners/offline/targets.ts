import type { Column, Effect } from "../../spec/schema.js";
import type { PlannedColumn } from "./columns.js";
import { knowledgeIndex } from "./knowledge/index.js";
import { driverEffects, linkedDrivers, refersTo, SOURCE_KINDS } from "./links.js";
import { guessedSign } from "./polarity.js";

/**
 * The effects that make a target learnable, from its concept's `drivers` in the
 * knowledge base (signs as a domain expert expects: glucose raises diabetes, credit
 * score lowers default). When the dataset has fewer than two of them, plain numeric or
 * yes/no features fill in at a moderate weight signed by what the words mean (polarity.ts: a
 * price lowers a booking, complaints raise churn); only when no word says, a positive weight,
 * whose columns go to `guessedSigns` for the planner's warning. Never a sign from a column's position.
 */
export function targetEffects(target: PlannedColumn, items: PlannedColumn[], guessedSigns: string[] = []): Effect[] {
  const column = target.column;
  if (!["boolean", "integer", "number", "category"].includes(column.kind)) return [];
  const outcome = column.kind === "category" ? categoryOutcome(column.values) : undefined;
  const features = items.filter((p) => p !== target && SOURCE_KINDS.has(p.column.kind) && !p.column.unique && !refersTo(p.column, column.name, items));
  // Outcomes that share a name with the target ("churn" in general and in telecom) pool their drivers,
  // when they are the same kind of outcome: an employee's "turnover" (yes/no) is not a shop's (money).
  const same = (c: { shape: { kind: string } }) => (c.shape.kind === "boolean") === (target.concept!.shape.kind === "boolean");
  const kin = target.concept ? [...knowledgeIndex().byId.values()].filter((c) => c !== target.concept && c.outcome && c.drivers && same(c) && c.names.some((n) => target.concept!.names.includes(n))) : [];
  const effects = driverEffects([...(target.concept?.drivers ?? []), ...kin.flatMap((c) => c.drivers!), ...linkedDrivers(target.concept?.id)], features, [], outcome);
  const used = new Set(effects.map((e) => e.column));
  if (effects.length < 2) {
    // Signed by what the words mean (a price lowers a booking, a rating raises it) where they say;
    // only when none of them does, a known feature with a moderate positive weight, said in a warning.
    const candidates = features.filter((p) => !used.has(p.column.name) && (p.column.kind === "integer" || p.column.kind === "number" || p.column.kind === "boolean"));
    const signed = candidates.filter((p) => guessedSign(column.name, p.column.name) !== 0);
    const fill = (signed.length > 0 ? signed : candidates).sort((a, b) => Number(b.known) - Number(a.known)).slice(0, 3 - effects.length);
    for (const p of fill) {
      const sign = guessedSign(column.name, p.column.name) || 1;
      effects.push({ column: p.column.name, weight: 0.8 * sign, ...(outcome !== undefined ? { outcome } : {}) });
      if (signed.length === 0) guessedSigns.push(p.column.name);
    }
  }
  return effects.slice(0, 8);
}

/** The category value a risk-like target's effects favour: "high" for risk, "yes" for yes/no. */
function categoryOutcome(values: string[]): string {
  const bad = values.findIndex((v) => /^(high|very high|yes|true|positive|severe|critical|1)$/i.test(v));
  return bad >= 0 ? values[bad]! : values[values.length - 1]!;
}

export type { Column };
