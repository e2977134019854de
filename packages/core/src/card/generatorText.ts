import type { Column, TextColumn } from "../spec/schema.js";

/** How a column is made, in one line for the dataset card, e.g. "integer, normal (mean 40, sd 12) in [18, 90]". */
export function describeGenerator(column: Column): string {
  switch (column.kind) {
    case "faker":
      return `faker ${column.method}${column.args && Object.keys(column.args).length ? ` ${JSON.stringify(column.args)}` : ""}`;
    case "category":
      return `category of ${column.values.length} values${column.weights ? " (weighted)" : ""}`;
    case "integer":
    case "number": {
      const dist = column.distribution ?? "uniform";
      const params = [column.mean !== undefined ? `mean ${column.mean}` : "", column.sd !== undefined ? `sd ${column.sd}` : ""].filter(Boolean).join(", ");
      const bounds = column.min !== undefined || column.max !== undefined ? ` in [${column.min ?? "-inf"}, ${column.max ?? "inf"}]` : "";
      return `${column.kind}, ${dist}${params ? ` (${params})` : ""}${bounds}`;
    }
    case "date":
    case "datetime":
      if (column.after) return `${column.kind} after ${column.after.column}`;
      return `${column.kind} from ${column.from} to ${column.to}${column.seasonality && column.seasonality !== "none" ? `, ${column.seasonality} seasonality` : ""}`;
    case "boolean":
      return column.rate !== undefined ? `boolean, ${Math.round(column.rate * 1000) / 10}% true` : `boolean, base probability ${column.probability ?? 0.5}`;
    case "id":
      return column.format === "pattern" ? `id, pattern ${column.pattern}` : `id, ${column.format}`;
    case "derived":
      return `${column.rule.replace("_", " ")} from ${column.from.join(" + ")}`;
    case "formula":
      return `formula ${column.expression}`;
    case "text":
      return `text, ${column.style.replace("_", " ")}${textTies(column)}`;
  }
}

/** What a text column's wording follows, e.g. "; tone from rating, about category, mentions hashtag". */
function textTies(column: TextColumn): string {
  const ties = [
    column.sentimentFrom !== undefined ? `tone from ${column.sentimentFrom}` : "",
    column.topicFrom !== undefined ? `about ${column.topicFrom}` : "",
    column.mentionFrom !== undefined ? `mentions ${column.mentionFrom}` : "",
  ].filter(Boolean);
  return ties.length > 0 ? `; ${ties.join(", ")}` : "";
}
