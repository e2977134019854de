import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset, type DatasetCard } from "@synthdata/core";
import { parseCsv, spec, tempDir } from "./helpers.js";

const DAY = 86_400_000;
const columns = [
  { name: "plan", kind: "category", values: ["basic", "premium", "deluxe"] },
  { name: "fee", kind: "number", distribution: "normal", mean: 20, sd: 1, conditional: { column: "plan", cases: [{ value: "basic", mean: 10, sd: 0.5 }, { value: "premium", mean: 20, sd: 0.5 }, { value: "deluxe", mean: 35, sd: 0.5 }] } },
  { name: "quantity", kind: "integer", min: 0, max: 5 },
  { name: "unit_price", kind: "number", min: 1, max: 50 },
  { name: "total", kind: "formula", expression: "quantity * unit_price + normal(0, 0.5)", min: 0 },
  { name: "per_item", kind: "formula", expression: "total / quantity" },
  { name: "impressions", kind: "integer", min: 100, max: 1000 },
  { name: "clicks", kind: "integer", min: 0, max: 200, bounds: { atMost: ["impressions"] } },
  { name: "ship_date", kind: "date", from: "2024-01-01", to: "2024-12-31", calendar: "weekdays" },
  { name: "delivery_date", kind: "date", from: "2024-01-01", to: "2024-12-31", offset: { columns: ["ship_date"], direction: "after", gap: { min: 1, max: 7, distribution: "lognormal", median: 3 } } },
];

async function card(input: unknown, workers = 1): Promise<{ card: DatasetCard; rows: Record<string, string>[] }> {
  const dir = await tempDir();
  const result = await generateDataset({ spec: input }, { outPath: join(dir, "shop.csv"), seed: 4, rows: 20_000, workers });
  return { card: JSON.parse(await readFile(result.files.cardJson!, "utf8")) as DatasetCard, rows: parseCsv(await readFile(result.files.csv, "utf8")) };
}

describe("the card's relations", () => {
  it("states each relation in words, apart from effects, measured on the rows written", async () => {
    const { card: c, rows } = await card(spec(columns));
    const line = (start: string) => c.relations.find((l) => l.startsWith(start)) ?? `(no line starting ${start})`;
    const transit = rows.map((r) => (Date.parse(r["delivery_date"]!) - Date.parse(r["ship_date"]!)) / DAY).sort((a, b) => a - b);
    expect(line("delivery_date - ship_date")).toMatch(/^delivery_date - ship_date: 1-7 days \(lognormal, median 3\) \(delivery_date after ship_date\): measured 1-7 days, median \d(\.\d+)?; holds on 100% of rows checked \(20000 of 20000\)$/);
    expect(line("clicks <= impressions")).toContain("holds on 100% of rows checked (20000 of 20000)");
    expect(line("total = quantity * unit_price + normal(0, 0.5)")).toMatch(/within noise \(4 sd\) on (100|99\.9\d)% of rows/);
    // Division by zero: the empty cells are counted, and they are exactly the CSV's rows with quantity 0 (or total 0 after the clamp).
    const zero = rows.filter((r) => r["quantity"] === "0").length;
    expect(zero).toBeGreaterThan(2000);
    expect(rows.filter((r) => r["per_item"] === "").length).toBe(zero);
    expect(line("per_item = total / quantity")).toContain(`${zero} cells empty because the formula is undefined there (division by zero`);
    expect(line("ship_date falls on weekdays")).toContain("holds on 100%");
    const fees = line("fee depends on plan");
    expect(fees).toContain("not an effect on the target");
    const means = Object.fromEntries([...fees.matchAll(/(basic|premium|deluxe) (\d+\.?\d*)/g)].slice(-3).map((m) => [m[1], Number(m[2])]));
    expect(means["basic"]).toBeLessThan(means["premium"]!);
    expect(means["premium"]).toBeLessThan(means["deluxe"]!);
    expect(transit[0]).toBe(1);
    expect(c.relationships.some((l) => l.includes("delivery_date"))).toBe(false);
    // Worker threads measure their chunks and the run merges them in order: the same lines.
    // (Workers load the compiled modules: build core first.)
    expect((await card(spec(columns), 2)).card.relations).toEqual(c.relations);
  }, 60_000);

  it("counts the rows injected mess broke, and the count matches the CSV", async () => {
    const messy = columns.map((col) => (col.name === "clicks" ? { ...col, outliers: { rate: 0.02, magnitude: 20 } } : col.name === "total" ? { ...col, outliers: { rate: 0.01 } } : col));
    const { card: c, rows } = await card(spec(messy));
    const broken = rows.filter((r) => Number(r["clicks"]) > Number(r["impressions"])).length;
    expect(broken).toBeGreaterThan(100);
    expect(c.relations.find((l) => l.startsWith("clicks <= impressions"))).toContain(`broken on ${broken} rows by injected mess in clicks`);
    expect(c.relations.find((l) => l.startsWith("total ="))).toMatch(/broken on \d+ rows by injected mess in total/);
    expect(c.mess.lines.some((l) => l.startsWith("clicks:"))).toBe(true);
    // Outliers on a value placed by an offset use the chunk's own spread: numbers, never NaN.
    const high = spec([
      { name: "open", kind: "number", min: 90, max: 110 },
      { name: "high", kind: "number", offset: { columns: ["open"], direction: "after", gap: { min: 0, max: 5 } }, outliers: { rate: 0.05 } },
    ]);
    const { card: h, rows: highRows } = await card(high);
    expect(highRows.every((r) => Number.isFinite(Number(r["high"])) && r["high"] !== "")).toBe(true);
    const below = highRows.filter((r) => Number(r["high"]) < Number(r["open"]) || Number(r["high"]) > Number(r["open"]) + 5).length;
    expect(h.relations[0]).toContain(`broken on ${below} rows by injected mess in high`);
  }, 60_000);
});
