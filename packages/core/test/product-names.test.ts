import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SynthdataError, generateDataset, parseSpec, planOffline } from "@synthdata/core";
import { parseCsv, spec, tempDir } from "./helpers.js";

// Product names that belong to their category: a learner grouping by category never finds
// "Small Bronze Sausages" among Sports & Outdoors.

const CATEGORIES = ["Electronics", "Clothing", "Books", "Pet Supplies", "Grocery", "Industrial Tools"];

async function rowsOf(columns: unknown[], rows = 3000): Promise<Record<string, string>[]> {
  const dir = await tempDir("synthdata-products-");
  const result = await generateDataset({ spec: spec(columns) }, { rows, seed: 4, outPath: join(dir, "p.csv"), workers: 1, card: false });
  return parseCsv(await readFile(result.files.csv, "utf8"));
}

describe("derived product_name", () => {
  it("names each product from its own category's words, with no name shared across categories", async () => {
    const rows = await rowsOf([
      { name: "category", kind: "category", values: CATEGORIES },
      { name: "product_name", kind: "derived", rule: "product_name", from: ["category"] },
    ]);
    const byCategory = new Map<string, Set<string>>();
    for (const r of rows) {
      const base = r["product_name"]!.replace(/, [^,]+$/, "");
      if (!byCategory.has(r["category"]!)) byCategory.set(r["category"]!, new Set());
      byCategory.get(r["category"]!)!.add(base);
    }
    expect([...byCategory.keys()].sort()).toEqual([...CATEGORIES].sort());
    for (const [a, names] of byCategory) {
      for (const [b, other] of byCategory) if (a < b) expect([...names].filter((n) => other.has(n)), `${a} vs ${b}`).toEqual([]);
    }
    expect([...byCategory.get("Books")!].every((n) => /^(The Complete Guide to|An Introduction to|The Little Book of|A Beginner's Guide to|Mastering|The Science of|The Joy of) /.test(n))).toBe(true);
    expect([...byCategory.get("Pet Supplies")!].every((n) => /(Dog|Cat|Pet|Chew|Ball|Puzzle Feeder|Litter)/.test(n))).toBe(true);
    // A category it has no words for still gets shop-like names.
    expect([...byCategory.get("Industrial Tools")!].every((n) => /(Gift Set|Starter Kit|Organizer|Bundle|Collection|Accessory Kit)$/.test(n))).toBe(true);
    // Names rarely repeat: most of 3000 rows over 6 categories are distinct.
    expect(new Set(rows.map((r) => r["product_name"])).size).toBeGreaterThan(900);
  });

  it("is refused with a clear message when read from anything but a category", () => {
    const bad = spec([
      { name: "price", kind: "number", min: 1, max: 9 },
      { name: "product_name", kind: "derived", rule: "product_name", from: ["price"] },
    ]);
    expect(() => parseSpec(bad)).toThrow(SynthdataError);
    expect(() => parseSpec(bad)).toThrow(/"price" is a number column; product_name is read from a category column/);
  });

  it("is what the offline planner makes for a product name beside a product category", () => {
    const { spec: planned } = planOffline("products with product name, category, price and stock");
    const name = planned.columns.find((c) => c.name === "product_name");
    expect(name).toMatchObject({ kind: "derived", rule: "product_name", from: ["category"] });
    // Without a category of products, a product name stays faker's.
    const alone = planOffline("orders with product name, quantity and order date").spec.columns.find((c) => c.name === "product_name");
    expect(alone).toMatchObject({ kind: "faker", method: "commerce.productName" });
  });
});
