import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examAnswers } from "@synthdata/core";
import { entries, runCli, tmp } from "./helpers.js";

// Issue 19 through the terminal: generate --exam, then grade a predictions file.
describe("synthdata generate --exam and synthdata grade", () => {
  it("writes the learner's files and the card, then grades predictions against the re-derived answers", async () => {
    const dir = await tmp();
    const made = await runCli(["generate", "customers with tenure, monthly charges, plan and whether they churned", "--rows", "5000", "--seed", "42", "--split", "0.8", "--exam", "--out", "churn.csv"], dir);
    expect(made.code, made.stderr).toBe(0);
    expect(await entries(dir)).toEqual(["churn.card.json", "churn.card.md", "churn.exam.csv", "churn.train.csv"]);
    expect(made.stderr).toContain("keep the card: it is the answer key");
    const card = await readFile(join(dir, "churn.card.json"), "utf8");
    const answers = await examAnswers(card);
    await writeFile(join(dir, "truth.csv"), `row_id,churned\n${answers.ids.map((id, i) => `${id},${answers.truth[i]![0]}`).join("\n")}\n`);
    const graded = await runCli(["grade", "churn.card.json", "truth.csv"], dir);
    expect(graded.code, graded.stderr).toBe(0);
    const ceiling = /best possible \(the generator's own probabilities\): ([\d.]+)/.exec(graded.stdout)![1];
    expect(graded.stdout).toContain(`Your auc on 1000 exam rows: ${ceiling} `);
    expect(graded.stdout).toMatch(/baseline, a logistic regression fitted on the training rows: 0\.\d+/);
  });

  it("exits 2 with what to fix for a wrong file, missing rows, or --exam without --split", async () => {
    const dir = await tmp();
    const noSplit = await runCli(["generate", "customers with age and whether they churned", "--exam", "--out", "c.csv"], dir);
    expect(noSplit.code).toBe(2);
    expect(noSplit.stderr).toContain("--exam needs --split");
    await runCli(["generate", "customers with age, plan and whether they churned", "--rows", "500", "--split", "0.8", "--exam", "--out", "c.csv"], dir);
    await writeFile(join(dir, "p.csv"), "row_id,churned\n1,0.5\n");
    const wrongFile = await runCli(["grade", "c.exam.csv", "p.csv"], dir);
    expect(wrongFile.code).toBe(2);
    expect(wrongFile.stderr).toContain("the card is not JSON");
    const missing = await runCli(["grade", "c.card.json", "p.csv"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/error: the predictions (have 1 rows, the exam has 100|name 1 row_id value)/);
    const usage = await runCli(["grade", "c.card.json"], dir);
    expect(usage.code).toBe(2);
  });
});
