import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describeSchema, generateDataset } from "@synthdata/core";
import { describe, expect, it } from "vitest";
import { chatSummary, parseChatPrompt } from "../src/chatPrompt.js";

describe("the @synthdata chat participant's words", () => {
  it("reads the rows out of a chat message and keeps the rest as the description", () => {
    expect(parseChatPrompt("churn data for a gym, 5000 rows")).toEqual({ description: "churn data for a gym", rows: 5000 });
    expect(parseChatPrompt("5,000 rows of hospital patients with age and bmi")).toEqual({ description: "hospital patients with age and bmi", rows: 5000 });
    expect(parseChatPrompt("orders with price and quantity, 2.5k rows.")).toEqual({ description: "orders with price and quantity", rows: 2500 });
    expect(parseChatPrompt("students with gpa and whether they passed")).toEqual({ description: "students with gpa and whether they passed" });
    expect(parseChatPrompt("sensors, 99999999999 rows").rows).toBeUndefined();
  });

  it("answers with where the file is, the first rows as a Markdown table (pipes escaped) and the target", async () => {
    const dir = await mkdtemp(join(tmpdir(), "synthdata-chat-"));
    const spec = {
      title: "Gym members",
      domain: "fitness",
      target: "quit",
      columns: [
        { name: "plan", kind: "category", values: ["basic|monthly", "pro"] },
        { name: "quit", kind: "boolean", probability: 0.3 },
      ],
    };
    const result = await generateDataset({ spec }, { rows: 20, seed: 4, outPath: join(dir, "gym.csv"), previewRows: 3, workers: 1 });
    const markdown = chatSummary("data/gym.csv", { ...result, planner: "host-model" });
    expect(markdown).toMatch(/^Wrote \*\*data\/gym.csv\*\*: 20 rows x 2 columns, seed 4, planned by the chat's model\./);
    const table = markdown.split("\n").filter((l) => l.startsWith("|"));
    expect(table[0]).toBe("| plan | quit |");
    expect(table).toHaveLength(2 + 3);
    expect(markdown).not.toMatch(/basic\|monthly/);
    expect(markdown).toContain("Target: `quit`");
  });

  it("answers a dataset of several tables with its folder, each table's rows and the root table's first rows", async () => {
    const dir = await mkdtemp(join(tmpdir(), "synthdata-chat-tables-"));
    const { spec } = await describeSchema("an online shop with customers, orders and order items, and products; some customers churn", { planner: "offline", useCache: false });
    const result = await generateDataset({ spec }, { rows: 40, seed: 2, outPath: join(dir, "online-shop"), previewRows: 3, workers: 1 });
    const markdown = chatSummary("data/online-shop", { ...result, planner: "offline" });
    const counts = Object.entries(result.tables!).map(([name, t]) => `${name} ${t.rows.toLocaleString("en-US")}`);
    expect(markdown.split("\n")[0]).toBe(`Wrote **data/online-shop/**: ${counts.length} tables (${counts.join(", ")}), seed 2, offline planner. The first customers rows:`);
    const records = parse(await readFile(result.tables!.customers!.file, "utf8")) as string[][];
    const table = markdown.split("\n").filter((l) => l.startsWith("|"));
    expect(table[0]).toBe(`| ${records[0]!.join(" | ")} |`);
    expect(table.slice(2)).toEqual(records.slice(1, 4).map((r) => `| ${r.join(" | ")} |`));
    expect(markdown).toContain("the card in the folder lists the tables");
  });
});
