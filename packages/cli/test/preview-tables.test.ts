/**
 * `synthdata preview` of a spec of several tables, through the built CLI: each
 * table's columns in short and its first rows, the same rows the files of a
 * `generate` with that seed begin with, and nothing written.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli, tmp } from "./helpers.js";

const SHOP = fileURLToPath(new URL("../../core/test/fixtures/tables/shop.json", import.meta.url));
const TABLES = ["customers", "products", "addresses", "orders", "order_items", "payments", "returns"];

/** The rows of one table's block in the preview output: the lines under its "First n rows:" header, cells split on runs of 2+ spaces. */
function previewRows(stdout: string, table: string): string[][] {
  const section = stdout.split(/\n(?=Table )/).find((s) => s.startsWith(`Table ${table} `))!;
  const lines = section.split("\n");
  const at = lines.findIndex((l) => /^ {2}First \d+ rows:$/.test(l));
  return lines.slice(at + 4).filter((l) => l.startsWith("    ")).map((l) => l.trim().split(/ {2,}/));
}

describe("preview of a multi-table spec", () => {
  it("shows every table's spec in short and the first rows generate writes, writing nothing", async () => {
    const dir = await tmp();
    const run = await runCli(["preview", "--schema", SHOP, "--rows", "3", "--seed", "7"], dir);
    expect(run.stderr).not.toContain("error");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Online shop (e-commerce): 7 tables, target churned");
    for (const t of TABLES) expect(run.stdout).toMatch(new RegExp(`^Table ${t} \\(`, "m"));
    expect(run.stdout).toContain("Table orders (child of customers, key order_id)");
    expect(run.stdout).toContain("Table products (2000 rows of its own, key product_id)");
    expect(run.stdout).toMatch(/unit_price +lookup +double +copies products\.price via product_id/);
    expect(run.stdout).toMatch(/order_count +rollup +int64 +count of orders rows/);
    expect(run.stdout).toContain("Relations:");
    expect(await readdir(dir)).not.toContain("online-shop");

    const out = join(dir, "shop");
    const gen = await runCli(["generate", "--schema", SHOP, "--rows", "500", "--seed", "7", "--out", out], dir);
    expect(gen.code).toBe(0);
    for (const t of ["customers", "orders", "order_items", "products"]) {
      const shown = previewRows(run.stdout, t);
      expect(shown.length).toBe(3);
      // Wide cells (uuids) are clipped in the preview; these tables have none, so cells compare whole (empty cells drop out of the split).
      const written = (await readFile(join(out, `${t}.csv`), "utf8")).split(/\r?\n/).slice(1, 4).map((l) => l.split(",").filter((c) => c !== ""));
      expect(shown).toEqual(written);
    }
  }, 60_000);
});
