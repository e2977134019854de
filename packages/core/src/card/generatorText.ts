import type { Column, TextColumn } from "../spec/schema.js";

/** How a column is made, in one line for the dataset card, e.g. "integer, normal (mean 40, sd 12) in [18, 90]". */
export function describeGenerator(column: Column): string {
  switch (column.kind) {
    case "faker":
      return `faker ${column.method}${column.args && Object.keys(column.args).length ? ` ${JSON.stringify(column.args)}` : ""}`;
    case "category":
      return `category of ${column.values.length} values${column.weights ? " (weighted)" : ""}${column.conditional ? `, weights by ${column.conditional.column}` : ""}`;
    case "integer":
    case "number": {
      const dist = column.distribution ?? "uniform";
      const params = [column.mean !== undefined ? `mean ${column.mean}` : "", column.sd !== undefined ? `sd ${column.sd}` : ""].filter(Boolean).join(", ");
      const bounds = column.min !== undefined || column.max !== undefined ? ` in [${column.min ?? "-inf"}, ${column.max ?? "inf"}]` : "";
      if (column.offset) return `${column.kind} ${column.offset.direction} ${column.offset.columns.join(", ")} by a gap (see relations)`;
      const within = column.bounds ? ", within other columns (see relations)" : "";
      const by = column.conditional ? `, parameters by ${column.conditional.column}` : "";
      return `${column.kind}, ${dist}${params ? ` (${params})` : ""}${bounds}${by}${within}`;
    }
    case "date":
    case "datetime":
      if (column.after) return `${column.kind} after ${column.after.column}`;
      if (column.offset) return `${column.kind} ${column.offset.direction} ${column.offset.columns.join(", ")} by a gap (see relations)`;
      return `${column.kind} from ${column.from} to ${column.to}${column.seasonality && column.seasonality !== "none" ? `, ${column.seasonality} seasonality` : ""}${column.calendar && column.calendar !== "any" ? `, ${column.calendar.replace("_", " ")}` : ""}${column.bounds ? ", within other dates (see relations)" : ""}`;
    case "boolean":
      return column.rate !== undefined ? `boolean, ${Math.round(column.rate * 1000) / 10}% true` : `boolean, base probability ${column.probability ?? 0.5}`;
    case "id":
      return column.format === "pattern" ? `id, pattern ${column.pattern}` : `id, ${column.format}`;
    case "derived":
      return `${column.rule.replace("_", " ")} from ${column.from.join(" + ")}`;
    case "formula":
      return `formula (${column.type ?? "number"}) ${column.expression}`;
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
