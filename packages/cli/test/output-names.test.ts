import { describe, expect, it } from "vitest";
import { entries, runCli, tmp } from "./helpers.js";

/** --out names that break on some system (or in a terminal) are refused up front, exit 2, with what to do. */
const REFUSED: [string, RegExp][] = [
  ["CON.csv", /reserve/],
  ["aux.data.csv", /reserve/],
  ["Com1.csv", /reserve/],
  ["lpt9.csv", /reserve/],
  ["nul .csv", /reserve|end in a dot or a space/],
  [".csv", /empty/],
  ["a\nb.csv", /control character/],
  ["bell\u0007.csv", /control character/],
  ["x.csv.", /end in a dot or a space/],
  ["x.csv ", /end in a dot or a space/],
  ["report .csv", /end in a dot or a space/],
  [`${"n".repeat(300)}.csv`, /255 bytes/],
  [`${"é".repeat(125)}.csv`, /255 bytes/],
];

describe("--out names", () => {
  it("refuses Windows device names, empty stems, control characters, trailing dots and spaces, and names over 255 bytes", async () => {
    const dir = await tmp();
    const results = await Promise.all(REFUSED.map(([name]) => runCli(["generate", "people with name and city", "--rows", "5", "--out", name], dir)));
    results.forEach((run, i) => {
      const [name, why] = REFUSED[i]!;
      expect(run.code, `${JSON.stringify(name)}: ${run.stderr}`).toBe(2);
      expect(run.stderr, JSON.stringify(name)).toMatch(why);
      // Says how to fix it, and never echoes a control character to the terminal.
      expect(run.stderr).toMatch(/choose|shorten|name it/);
      expect(run.stderr.replace(/\n$/, "")).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    });
    expect(await entries(dir)).toEqual([]);
  });

  it("still takes ordinary names, in a subfolder too", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", "people with name and city", "--rows", "5", "--out", "sub/con-data.v2.csv"], dir);
    expect(run.code, run.stderr).toBe(0);
  });
});
