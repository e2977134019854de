import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HOSTILE_NAMES, hostileSpec } from "../../core/test/support/hostileNames.js";
import { runCli, tmp } from "./helpers.js";

/**
 * The CLI process over columns named like Object.prototype's properties, with
 * every kind of mess, the card and a split: on main the per-column tallies
 * were read from Object.prototype, and the card counted NaN for them.
 */
describe("synthdata generate with columns named __proto__, constructor, toString, hasOwnProperty", () => {
  it("writes the data, the split and a card that counts their mess under their own names", async () => {
    const dir = await tmp();
    await writeFile(join(dir, "spec.json"), JSON.stringify(hostileSpec()));
    const run = await runCli(["generate", "--schema", "spec.json", "--rows", "5000", "--seed", "9", "--out", "p.csv", "--split", "0.8"], dir);
    expect(run.code, run.stderr).toBe(0);
    const card = JSON.parse(await readFile(join(dir, "p.card.json"), "utf8")) as {
      columns: { name: string; injected?: Record<string, number> }[];
      mess: { lines: string[] };
      split: { trainRows: number; testRows: number };
    };
    expect(card.columns.map((c) => c.name)).toEqual([...HOSTILE_NAMES]);
    const proto = card.columns.find((c) => c.name === "__proto__")!.injected!;
    expect(proto["missing"]! / 5000).toBeCloseTo(0.1, 1);
    expect(proto["outliers"]).toBeGreaterThan(0);
    expect(card.columns.find((c) => c.name === "constructor")!.injected!["labelFlips"]).toBeGreaterThan(0);
    expect(card.columns.find((c) => c.name === "toString")!.injected!["typos"]).toBeGreaterThan(0);
    const markdown = await readFile(join(dir, "p.card.md"), "utf8");
    for (const text of [markdown, card.mess.lines.join("\n")]) expect(text).not.toMatch(/NaN|undefined|\[native code\]/);
    expect(markdown).toMatch(/__proto__: \d+ \(\d+\.\d+% of rows\) values removed/);
    expect(card.split.trainRows + card.split.testRows).toBe(5000);
    expect((await readFile(join(dir, "p.csv"), "utf8")).split("\r\n")[0]).toBe(HOSTILE_NAMES.join(","));
  });
});
