// What a finished run is reported as (status bar, notification, output channel). Pure (no
// `vscode` import) so tests check it on real results of core's generateDataset.
import { relative, sep } from "node:path";
import { rootTableName, type GenerateResult } from "@synthdata/core";

const count = (n: number) => n.toLocaleString("en-US");

/**
 * One file: "Wrote data/customers.csv: 1,000 rows x 6 columns, seed 42, offline planner (spec from the cache)".
 * Several tables: "Wrote data/online-shop/: 4 tables (customers 1,000, orders 3,012, ...), seed 42, ...".
 * An exam: "Wrote an exam: data/churn.train.csv (800 rows, with churned) and data/churn.exam.csv (200 rows, without it), ...".
 */
export function describeRun(root: string, result: GenerateResult): string {
  const planner = result.planner === "spec" ? "schema from your document" : `${result.planner} planner`;
  const origin = result.planner === "spec" ? "" : result.cached || result.source === "cache" ? " (spec from the cache)" : " (new spec)";
  const at = (path: string) => relative(root, path);
  const how = `seed ${result.seed}, ${planner}${origin}`;
  if (result.tables) {
    const tables = Object.entries(result.tables).map(([name, t]) => `${name} ${count(t.rows)}`);
    const split = result.files.train ? `; split by ${rootTableName(result.spec)} into .train and .test files` : "";
    return `Wrote ${at(result.path)}${sep}: ${tables.length} tables (${tables.join(", ")}), ${how}${split}`;
  }
  const { exam, train } = result.files;
  if (exam && train && result.card?.exam && result.card.split) {
    const { target, rows } = result.card.exam;
    return (
      `Wrote an exam: ${at(train)} (${count(result.card.split.trainRows)} rows, with ${target}) and ${at(exam)} (${count(rows)} rows, without it), ${how}; ` +
      "keep the card, it is the answer key for Synthetic Data: Grade Predictions"
    );
  }
  const extra = [train, result.files.test].filter((f): f is string => f !== undefined).map(at);
  return (
    `Wrote ${at(result.path)}: ${count(result.rows)} rows x ${result.columns.length} columns, ${how}` +
    (extra.length > 0 ? `; split into ${extra.join(" and ")}` : "")
  );
}
