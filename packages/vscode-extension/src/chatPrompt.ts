// The @synthdata chat participant's words, without importing `vscode`: what a chat message asks
// for, and the Markdown that answers it (commands/chatParticipant.ts streams it).
import { rootTableName, type GenerateResult } from "@synthdata/core";
import { MAX_ROWS_VSCODE } from "./settings.js";

export interface ChatAsk {
  description: string;
  /** Rows the message names ("5000 rows", "5,000 rows", "5k rows"), else undefined (the setting's default). */
  rows?: number | undefined;
}

const ROWS = /(?:,\s*|\s+|^)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m)?\s*(?:rows|records|lines)\b[.,;]?/i;

/** "churn data for a gym, 5000 rows" -> { description: "churn data for a gym", rows: 5000 }. */
export function parseChatPrompt(text: string): ChatAsk {
  const match = ROWS.exec(text);
  if (!match) return { description: text.trim() };
  const scale = match[2]?.toLowerCase() === "k" ? 1_000 : match[2]?.toLowerCase() === "m" ? 1_000_000 : 1;
  const rows = Math.round(Number(match[1]!.replace(/,/g, "")) * scale);
  const description = (text.slice(0, match.index) + " " + text.slice(match.index + match[0].length)).replace(/\s+/g, " ").replace(/[\s,;]+$/, "").trim().replace(/^of\s+/i, "");
  return { description, rows: Number.isSafeInteger(rows) && rows >= 1 && rows <= MAX_ROWS_VSCODE ? rows : undefined };
}

/** Markdown for one dataset written: where, what, and the first rows as a table. */
export function chatSummary(relativePath: string, result: GenerateResult): string {
  const cell = (v: string) => v.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").slice(0, 40);
  const header = `| ${result.columns.map(cell).join(" | ")} |\n| ${result.columns.map(() => "---").join(" | ")} |`;
  const rows = result.preview.map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n");
  const planner = result.planner === "host-model" ? "planned by the chat's model" : `${result.planner} planner`;
  const tables = result.tables ? Object.entries(result.tables).map(([name, t]) => `${name} ${t.rows.toLocaleString("en-US")}`) : [];
  const lines = result.tables
    ? [`Wrote **${relativePath}/**: ${tables.length} tables (${tables.join(", ")}), seed ${result.seed}, ${planner}. The first ${rootTableName(result.spec)} rows:`, "", header, rows]
    : [`Wrote **${relativePath}**: ${result.rows.toLocaleString("en-US")} rows x ${result.columns.length} columns, seed ${result.seed}, ${planner}.`, "", header, rows];
  if (result.spec.target) lines.push("", `Target: \`${result.spec.target}\`; the card ${result.tables ? "in the folder lists the tables, their keys and" : "beside the CSV lists"} the relationships built in.`);
  if (result.warnings.length) lines.push("", ...result.warnings.slice(0, 5).map((w) => `- ${w}`));
  return lines.join("\n");
}
