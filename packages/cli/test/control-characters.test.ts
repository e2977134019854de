import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tmp } from "./helpers.js";

/**
 * Column names (and descriptions) are user text: with ESC, BEL or CR in them
 * they reached the terminal raw in errors, warnings and the summary, where a
 * terminal acts on them (colours, a cleared screen, a retitled window). Now
 * they show as escapes. Through the CLI process, checking its raw stderr.
 */
const ESC = "\u001b";
const BEL = "\u0007";
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

async function withSpec(spec: unknown): Promise<string> {
  const dir = await tmp();
  await writeFile(join(dir, "spec.json"), JSON.stringify(spec));
  return dir;
}

describe("control characters in user text", () => {
  it("are escaped in an error about a unique column", async () => {
    const name = `paint${ESC}[31m${BEL}`;
    const dir = await withSpec({ title: "T", domain: "d", columns: [{ name, kind: "integer", min: 1, max: 3, unique: true }] });
    const run = await runCli(["generate", "--schema", "spec.json", "--rows", "10"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr).toContain('column "paint\\x1B[31m\\x07" is unique but can only hold 3 distinct values');
  });

  it("are escaped in the issues of an invalid spec", async () => {
    const dir = await withSpec({
      title: "T",
      domain: "d",
      columns: [{ name: `x${ESC}]0;owned${BEL}`, kind: "integer", min: 1, max: 9, effects: [{ column: `gone${ESC}[2J`, weight: 1 }] }],
    });
    const run = await runCli(["generate", "--schema", "spec.json", "--rows", "10"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr).toContain('refers to a column "gone\\x1B[2J"');
  });

  it("are escaped in the summary of a successful run (signal check on a target so named)", async () => {
    const target = `churn${ESC}[2J${BEL}`;
    const dir = await withSpec({
      title: "T",
      domain: "d",
      target,
      columns: [
        { name: "age", kind: "integer", min: 18, max: 80 },
        { name: target, kind: "boolean", effects: [{ column: "age", weight: 2 }] },
      ],
    });
    const run = await runCli(["generate", "--schema", "spec.json", "--rows", "500", "--out", "c.csv"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr).toContain("signal check: churn\\x1B[2J\\x07 auc");
  });

  it("are escaped in warnings (an ignored .env key so named)", async () => {
    const dir = await tmp();
    await writeFile(join(dir, ".env"), `EVIL${ESC}[2J${BEL}=1\n`);
    const run = await runCli(["schema", `customers with name and age ${ESC}[31m`], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr).toContain('warning: .env sets "EVIL\\u001b[2J\\u0007", which synthdata ignores');
    expect(run.stdout).not.toMatch(RAW);
  });
});
