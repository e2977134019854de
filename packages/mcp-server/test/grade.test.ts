import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examAnswers } from "@synthdata/core";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { linkClient } from "./memory.js";

// Issue 19 through MCP: generate_dataset with an exam, then grade_predictions on the same core function as the CLI.
describe("grade_predictions", () => {
  it("grades predictions against the exam's re-derived answers, reading only files in the output folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "synthdata-grade-"));
    const linked = await linkClient(dir);
    const call = (name: string, args: Record<string, unknown>) => linked.client.callTool({ name, arguments: args }) as Promise<CallToolResult>;
    const spec = {
      title: "churn",
      domain: "telecom",
      target: "churned",
      columns: [
        { name: "tenure", kind: "integer", min: 0, max: 72 },
        { name: "charges", kind: "number", distribution: "normal", mean: 70, sd: 20 },
        { name: "churned", kind: "boolean", probability: 0.35, effects: [{ column: "tenure", weight: -1.1 }, { column: "charges", weight: 0.9 }] },
      ],
    };
    const made = await call("generate_dataset", { spec, rows: 3000, seed: 9, output_path: "churn.csv", split: { train: 0.8 }, exam: true });
    expect(made.isError, JSON.stringify(made.content)).toBeFalsy();
    const answers = await examAnswers(await readFile(join(dir, "churn.card.json"), "utf8"));
    await writeFile(join(dir, "truth.csv"), `row_id,churned\n${answers.ids.map((id, i) => `${id},${answers.truth[i]![0]}`).join("\n")}\n`);
    const graded = await call("grade_predictions", { card_path: "churn.card.json", predictions_path: "truth.csv" });
    expect(graded.isError, JSON.stringify(graded.content)).toBeFalsy();
    const report = graded.structuredContent as { score: number; ceiling: number; baseline: { score: number }; rows: number };
    expect(report.rows).toBe(600);
    expect(report.score).toBe(report.ceiling);
    expect((graded.content[0] as { text: string }).text).toContain(`Your auc on 600 exam rows: ${report.score}`);
    const outside = await call("grade_predictions", { card_path: "/etc/passwd", predictions_path: "truth.csv" });
    expect(outside.isError).toBe(true);
    expect((outside.content[0] as { text: string }).text).toMatch(/^PATH_NOT_ALLOWED/);
    const wrong = await call("grade_predictions", { card_path: "churn.exam.csv", predictions_path: "truth.csv" });
    expect((wrong.content[0] as { text: string }).text).toContain("the card is not JSON");
    await linked.close();
  });
});
