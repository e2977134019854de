import type { DatasetSpec } from "@synthdata/core";

/** A small spec with a target whose signal is known: fewer visits, more churn. */
export const GYM_CHURN = {
  title: "Gym churn",
  domain: "fitness",
  target: "churned",
  columns: [
    { name: "member_id", kind: "id", format: "sequence" },
    { name: "visits", kind: "integer", min: 0, max: 30 },
    { name: "churned", kind: "boolean", probability: 0.3, effects: [{ column: "visits", weight: -0.8 }] },
  ],
} as DatasetSpec;
