import type { DatasetSpec } from "../spec/schema.js";

/** The table a dataset's rows go in: its title in lower snake case (`customers`, `bank_transactions`), else `data`. */
export function tableName(spec: DatasetSpec): string {
  const name = spec.title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60);
  return /^[a-z]/.test(name) ? name : name ? `t_${name}` : "data";
}
