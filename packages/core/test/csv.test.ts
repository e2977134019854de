import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SynthdataError, generateDataset, neutraliseFormula, writeFileAtomic } from "@synthdata/core";
import { csvText, parseCsv, spec, tempDir } from "./helpers.js";

const tricky = ['=1+2";=1+2', "a,b", 'say "hi"', "line\nbreak", "cr\rhere", "crlf\r\nhere", "é", "日本", "+49 30 1234", "-minus", "@mention", "\ttab", "plain"];

describe("CSV encoding", () => {
  it("round-trips quotes, commas, line breaks and unicode through a strict parser", async () => {
    const text = await csvText(spec([{ name: "v", kind: "category", values: tricky }, { name: "n", kind: "integer", min: -5, max: 5 }]), 2000, 3);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2000);
    const seen = new Set(rows.map((r) => r["v"]));
    for (const value of tricky) expect(seen).toContain(neutraliseFormula(value));
    expect(text.startsWith("v,n\r\n")).toBe(true);
  });

  it("neutralises formula triggers in text cells and headers, not in numeric columns", async () => {
    expect(neutraliseFormula('=1+2";=1+2')).toBe(`'=1+2";=1+2`);
    const text = await csvText(
      spec([
        { name: "=cmd", kind: "category", values: ['=1+2";=1+2'] },
        { name: "+n", kind: "integer", min: -42, max: -42 },
        { name: "@x", kind: "number", min: -1.5, max: -1.5, decimals: 1 },
      ]),
      1,
      1,
    );
    expect(text).toBe(`'=cmd,'+n,'@x\r\n"'=1+2"";=1+2",-42,-1.5\r\n`);
    for (const trigger of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseFormula(`${trigger}x`)).toBe(`'${trigger}x`);
  });

  it("writes booleans as true/false, dates as ISO 8601 and nulls as empty fields", async () => {
    const rows = parseCsv(
      await csvText(
        spec([
          { name: "b", kind: "boolean", probability: 0.5 },
          { name: "d", kind: "date", from: "2024-02-01", to: "2024-02-29" },
          { name: "t", kind: "datetime", from: "2024-02-01T00:00:00Z", to: "2024-02-02T00:00:00Z" },
          { name: "maybe", kind: "integer", min: 1, max: 9, nullRate: 0.5 },
        ]),
        500,
        2,
      ),
    );
    for (const r of rows) {
      expect(["true", "false"]).toContain(r["b"]);
      expect(r["d"]).toMatch(/^2024-02-\d{2}$/);
      expect(r["t"]).toMatch(/^2024-02-0[12]T\d{2}:\d{2}:\d{2}Z$/);
      expect(r["maybe"]).toMatch(/^\d?$/);
    }
    expect(rows.some((r) => r["maybe"] === "")).toBe(true);
  });
});

describe("atomic file writing", () => {
  it("leaves no file when generation fails part-way", async () => {
    const dir = await tempDir();
    const out = join(dir, "broken.csv");
    async function* failing() {
      yield "a,b\r\n";
      throw new Error("disk on fire");
    }
    await expect(writeFileAtomic(out, failing())).rejects.toThrow(/disk on fire/);
    expect(await readdir(dir)).toEqual([]);
  });

  it("leaves no file when cancelled, and does not overwrite without being asked", async () => {
    const dir = await tempDir();
    const out = join(dir, "data.csv");
    const controller = new AbortController();
    const run = generateDataset(
      { spec: spec([{ name: "n", kind: "integer", min: 1, max: 10 }]) },
      { rows: 2_000_000, seed: 1, outPath: out, signal: controller.signal, onProgress: (done) => done > 20_000 && controller.abort() },
    );
    await expect(run).rejects.toMatchObject({ code: "CANCELLED" });
    expect(await readdir(dir)).toEqual([]);

    await writeFile(out, "keep me");
    await expect(generateDataset({ spec: spec([{ name: "n", kind: "integer", min: 1, max: 10 }]) }, { rows: 10, outPath: out })).rejects.toMatchObject({ code: "OUTPUT_EXISTS" });
    expect(await readFile(out, "utf8")).toBe("keep me");
    const done = await generateDataset({ spec: spec([{ name: "n", kind: "integer", min: 1, max: 10 }]) }, { rows: 10, outPath: out, overwrite: true, seed: 3 });
    expect(done.rows).toBe(10);
    expect((await readFile(out, "utf8")).split("\r\n")).toHaveLength(12);
  });

  it("fails with a typed error when the folder cannot be written", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "file"), "x");
    await expect(writeFileAtomic(join(dir, "file", "out.csv"), (async function* () {})())).rejects.toBeInstanceOf(SynthdataError);
  });
});
