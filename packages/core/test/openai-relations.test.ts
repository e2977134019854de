import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SynthdataError } from "../src/errors.js";
import { createOpenAIPlanner } from "../src/planners/openai/openaiPlanner.js";
import { buildWireSchema } from "../src/planners/openai/wireSchema.js";
import { csvText, parseCsv } from "./helpers.js";
import { answer, col, completion, startFakeOpenAI, type FakeOpenAI } from "./support/fakeOpenAI.js";

const KEY = "sk-test-relations-0000";
const DAY = 86_400_000;
const offset = (columns: string[], direction: "after" | "before", gap: Record<string, unknown>, unit: string | null = null) => ({
  columns,
  direction,
  gap: { min: null, max: null, distribution: null, median: null, sd: null, ...gap },
  unit,
});
const bounds = (atLeast: string[], atMost: string[]) => ({ atLeast, atMost });
const conditional = (column: string, cases: { value: string; mean?: number; weights?: number[] }[]) => ({
  column,
  cases: cases.map((c) => ({ value: c.value, mean: c.mean ?? null, weights: c.weights ?? null })),
});

/** An answer as gpt-4o-mini would send it for an online shop, with every relation kind. */
function shopAnswer(extra: Record<string, unknown>[] = []) {
  return answer({
    title: "Shop orders",
    domain: "e-commerce",
    columns: [
      col({ kind: "id", name: "order_id", format: "sequence" }),
      col({ kind: "category", name: "plan", values: ["basic", "premium"], weights: [3, 1] }),
      col({ kind: "number", name: "fee", distribution: "normal", mean: 15, sd: 1, min: 0, max: 100, conditional: conditional("plan", [{ value: "basic", mean: 9.99 }, { value: "premium", mean: 19.99 }]) }),
      col({ kind: "category", name: "state", values: ["CA", "NY"] }),
      col({ kind: "category", name: "city", values: ["Los Angeles", "New York"], conditional: conditional("state", [{ value: "CA", weights: [1, 0] }, { value: "NY", weights: [0, 1] }]) }),
      col({ kind: "integer", name: "quantity", distribution: "uniform", min: 1, max: 5 }),
      col({ kind: "number", name: "unit_price", distribution: "uniform", min: 5, max: 50 }),
      col({ kind: "formula", name: "total", expression: "quantity * unit_price + normal(0, 0.5)", type: "number", min: 0, decimals: 2 }),
      col({ kind: "number", name: "discount", distribution: "normal", mean: 20, sd: 10, min: 0, max: 500, bounds: bounds([], ["total"]) }),
      col({ kind: "date", name: "ordered", from: "2024-01-01", to: "2024-12-31", calendar: "weekdays" }),
      col({ kind: "date", name: "delivered", from: "2024-01-01", to: "2024-12-31", offset: offset(["ordered"], "after", { min: 1, max: 7, distribution: "lognormal", median: 2.5 }) }),
      col({ kind: "derived", name: "order_weekday", rule: "weekday_name", from: ["ordered"] }),
      col({ kind: "number", name: "open", distribution: "normal", mean: 100, sd: 5, min: 50, max: 150 }),
      col({ kind: "number", name: "close", distribution: "normal", mean: 100, sd: 5, min: 50, max: 150 }),
      col({ kind: "number", name: "high", offset: offset(["open", "close"], "after", { min: 0, max: 3 }) }),
      ...extra,
    ],
  });
}

describe("the OpenAI planner and relations, against a local chat-completions server", () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
  });

  it("takes an answer with every relation kind, and the data keeps each relation", async () => {
    server.reply(completion(shopAnswer()));
    const { spec, warnings } = await createOpenAIPlanner({ apiKey: KEY, baseURL: server.baseURL }).plan("orders of an online shop");
    expect(warnings).toEqual([]);
    expect(server.requests).toHaveLength(1);
    const body = server.requests[0]!.body as { response_format: { json_schema: { strict: boolean; schema: unknown } } };
    expect(body.response_format.json_schema).toMatchObject({ strict: true, schema: buildWireSchema({ tables: false, mess: false, catalog: "enum" }) });
    const byName = new Map(spec.columns.map((c) => [c.name, c]));
    expect(byName.get("total")).toEqual({ kind: "formula", name: "total", expression: "quantity * unit_price + normal(0, 0.5)", type: "number", min: 0, decimals: 2 });
    expect(byName.get("discount")).toMatchObject({ bounds: { atMost: ["total"] } });
    expect(byName.get("fee")).toMatchObject({ conditional: { column: "plan", cases: [{ value: "basic", mean: 9.99 }, { value: "premium", mean: 19.99 }] } });
    expect(byName.get("city")).toMatchObject({ conditional: { column: "state", cases: [{ value: "CA", weights: [1, 0] }, { value: "NY", weights: [0, 1] }] } });
    expect(byName.get("high")).toMatchObject({ offset: { columns: ["open", "close"], direction: "after", gap: { min: 0, max: 3 } } });

    const rows = parseCsv(await csvText(spec, 5000, 3));
    const bad = rows.filter((r) => {
      const gap = (Date.parse(r["delivered"]!) - Date.parse(r["ordered"]!)) / DAY;
      const day = new Date(r["ordered"]!).getUTCDay();
      return (
        gap < 1 || gap > 7 || day === 0 || day === 6 ||
        Number(r["discount"]) > Number(r["total"]) ||
        Number(r["high"]) < Math.max(Number(r["open"]), Number(r["close"])) ||
        (r["state"] === "CA") !== (r["city"] === "Los Angeles")
      );
    });
    expect(bad).toEqual([]);
  });

  it("repairs broken relations with warnings instead of failing: unknown formula column, formula cycle, bound on a text column", async () => {
    server.reply(
      completion(
        shopAnswer([
          col({ kind: "formula", name: "margin", expression: "total - cost_price", type: "number" }),
          col({ kind: "formula", name: "a", expression: "b + 1" }),
          col({ kind: "formula", name: "b", expression: "a * 2" }),
          col({ kind: "faker", name: "note", method: "lorem.sentence" }),
          col({ kind: "number", name: "tip", distribution: "uniform", min: 0, max: 20, bounds: bounds([], ["note", "total"]) }),
          col({ kind: "number", name: "refund", distribution: "uniform", min: 0, max: 20, conditional: conditional("quantity", [{ value: "1", mean: 3 }]) }),
          col({ kind: "date", name: "returned", from: "2024-01-01", to: "2024-12-31", offset: offset(["unit_price"], "after", { min: 1, max: 30 }) }),
          col({ kind: "formula", name: "is_big", expression: "total > 100", type: "number" }),
          col({ kind: "integer", name: "x", distribution: "uniform", min: 0, max: 9, bounds: bounds([], ["y"]) }),
          col({ kind: "integer", name: "y", distribution: "uniform", min: 0, max: 9, bounds: bounds([], ["x"]) }),
        ]),
      ),
    );
    const { spec, warnings } = await createOpenAIPlanner({ apiKey: KEY, baseURL: server.baseURL }).plan("orders of an online shop");
    const text = warnings.join("\n");
    const names = spec.columns.map((c) => c.name);
    expect(names).not.toContain("margin");
    expect(text).toMatch(/column "margin" was dropped: its formula "total - cost_price": "cost_price" is not a column of this spec at position 9/);
    // The cycle a -> b -> a goes through formulas: neither can be computed without the other, so both
    // go, each with its reason, and the rest of the answer stays.
    expect(text).toMatch(/cycle \(a -> b -> a\)/);
    expect(text).toMatch(/column "a" was dropped: its formula reads "b", which depends on it/);
    expect(text).toMatch(/column "b" was dropped: .*"a" is not a column of this spec/);
    expect(names).not.toContain("a");
    expect(names).not.toContain("b");
    expect(names).toContain("total");
    expect(text).toMatch(/column "tip": dropped the bound atMost "note": it is a faker column, not a number/);
    expect(spec.columns.find((c) => c.name === "tip")).toMatchObject({ bounds: { atMost: ["total"] } });
    expect(text).toMatch(/column "refund": its conditional follows the integer column "quantity", not a category or boolean; dropped it/);
    expect(text).toMatch(/column "returned": dropped the offset's column "unit_price": it is a number column, not a date/);
    expect(spec.columns.find((c) => c.name === "is_big")).toMatchObject({ type: "boolean" });
    expect(text).toMatch(/column "is_big": its formula gives a boolean, not a number; made it a boolean formula/);
    // A cycle through bounds loses one bound and keeps both columns.
    expect(text).toMatch(/cycle \(x -> y -> x\); dropped "x"'s dependency on "y"/);
    expect(spec.columns.find((c) => c.name === "x")).not.toHaveProperty("bounds");
    expect(spec.columns.find((c) => c.name === "y")).toMatchObject({ bounds: { atMost: ["x"] } });
    expect(parseCsv(await csvText(spec, 500, 1))).toHaveLength(500);
  });

  it("takes free-text columns tied to a rating and a category, and drops ties the rules refuse with a warning", async () => {
    server.reply(
      completion(
        answer({
          title: "Product reviews",
          domain: "e-commerce",
          columns: [
            col({ kind: "integer", name: "stars", distribution: "uniform", min: 1, max: 5 }),
            col({ kind: "category", name: "issue", values: ["billing", "shipping", "login"] }),
            col({ kind: "date", name: "posted", from: "2024-01-01", to: "2024-12-31" }),
            col({ kind: "text", name: "review", style: "review", sentimentFrom: "stars", topicFrom: null, mentionFrom: null }),
            col({ kind: "text", name: "ticket", style: "support_ticket", sentimentFrom: "posted", topicFrom: "issue", mentionFrom: "nowhere" }),
          ],
        }),
      ),
    );
    const { spec, warnings } = await createOpenAIPlanner({ apiKey: KEY, baseURL: server.baseURL }).plan("product reviews with stars and a support ticket text");
    const byName = new Map(spec.columns.map((c) => [c.name, c]));
    expect(byName.get("review")).toEqual({ kind: "text", name: "review", style: "review", sentimentFrom: "stars" });
    expect(byName.get("ticket")).toEqual({ kind: "text", name: "ticket", style: "support_ticket", topicFrom: "issue" });
    const text = warnings.join("\n");
    expect(text).toMatch(/column "ticket": dropped sentimentFrom "posted" \(.*date column/);
    expect(text).toMatch(/column "ticket": dropped mentionFrom "nowhere" \(a missing column\)/);
    const rows = parseCsv(await csvText(spec, 300, 2));
    expect(rows.every((r) => r["review"]!.split(" ").length >= 3 && r["ticket"]!.length > 10)).toBe(true);
  });

  it("says clearly when nothing usable is left, rather than crashing", async () => {
    server.reply(completion(answer({ columns: [col({ kind: "formula", name: "x", expression: "((" }), col({ kind: "formula", name: "y", expression: "nope * 2" })] })));
    const error = await createOpenAIPlanner({ apiKey: KEY, baseURL: server.baseURL })
      .plan("some numbers")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynthdataError);
    expect((error as SynthdataError).code).toBe("UNINTERPRETABLE_DESCRIPTION");
  });
});
