import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "@synthdata/core";
import { createOpenAIPlanner } from "../src/planners/openai/openaiPlanner.js";
import { buildWireSchema } from "../src/planners/openai/wireSchema.js";
import { parseCsv, tempDir } from "./helpers.js";
import { answer, col, completion, effect, messEntry, startFakeOpenAI, type FakeOpenAI } from "./support/fakeOpenAI.js";
import { conforms } from "./support/wireConforms.js";

/**
 * A column's mess is in its table's `mess` list on the wire (wireMess.ts): the
 * planner puts each entry back on the column it names, keeps only what the
 * column's kind has, and says what it dropped. Served by a real
 * chat-completions server on 127.0.0.1.
 */

const KEY = "sk-test-mess-0000";

function messyAnswer() {
  return answer({
    title: "Support tickets",
    domain: "customer support",
    target: "escalated",
    columns: [
      col({ kind: "id", name: "ticket_id", format: "sequence" }),
      col({ kind: "faker", name: "city", method: "location.city" }),
      col({ kind: "number", name: "wait_minutes", distribution: "lognormal", mean: 30, sd: 20, min: 0, max: 600, decimals: 1 }),
      col({ kind: "category", name: "channel", values: ["email", "phone", "chat"], weights: [5, 3, 2] }),
      col({ kind: "boolean", name: "escalated", rate: 0.15, effects: [effect("wait_minutes", 1.1)] }),
    ],
    mess: [
      messEntry("city", { typoRate: 0.05, nullRate: 0.02 }),
      messEntry("wait_minutes", { outliers: { rate: 0.01, magnitude: null }, typoRate: 0.1 }),
      messEntry("wait_minutes", { missing: { rate: 0.1, when: [effect("channel", 1, "phone")] } }),
      messEntry("escalated", { labelNoise: 0.03 }),
      messEntry("agent", { nullRate: 0.3 }),
    ],
  });
}

describe("a table's mess list through the OpenAI planner", () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI();
  });
  afterAll(() => server.close());

  it("puts each entry on its column, drops what the kind lacks or a column that is not there, with a warning each", async () => {
    const schema = buildWireSchema({ tables: false, mess: true, catalog: "enum" });
    expect(conforms(messyAnswer(), schema, schema)).toEqual([]);
    server.reply(completion(messyAnswer()));
    const { spec, warnings } = await createOpenAIPlanner({ apiKey: KEY, baseURL: server.baseURL }).plan("support tickets with city, wait, channel and whether escalated; some typos and missing waits");
    expect(server.requests.at(-1)!.body.response_format.json_schema.schema).toEqual(schema);
    const byName = new Map(spec.columns.map((c) => [c.name, c as Record<string, unknown>]));
    expect(byName.get("city")).toMatchObject({ typoRate: 0.05, nullRate: 0.02 });
    expect(byName.get("wait_minutes")).toMatchObject({ outliers: { rate: 0.01 }, missing: { rate: 0.1, when: [{ column: "channel", weight: 1, value: "phone" }] } });
    expect(byName.get("wait_minutes")).not.toHaveProperty("typoRate");
    expect(byName.get("escalated")).toMatchObject({ labelNoise: 0.03 });
    expect(byName.get("channel")).not.toHaveProperty("nullRate");
    expect(warnings).toEqual(['column "wait_minutes": dropped its typoRate: number columns have none', 'dropped the mess for "agent" (nullRate): no such column']);

    // The mess reaches the data: empty waits, no empty channel.
    const out = join(await tempDir(), "tickets.csv");
    await generateDataset({ spec }, { outPath: out, rows: 2000, seed: 7 });
    const rows = parseCsv(await readFile(out, "utf8"));
    const empty = (name: string) => rows.filter((r) => r[name] === "").length / rows.length;
    expect(empty("wait_minutes")).toBeGreaterThan(0.05);
    expect(empty("wait_minutes")).toBeLessThan(0.2);
    expect(empty("channel")).toBe(0);
  });

  it("a child table's list goes onto that table's columns", async () => {
    const orders = {
      name: "orders",
      rows: null,
      parent: "customers",
      count: { mean: 3, min: null, max: 20, dispersion: null, effects: null },
      relations: [{ kind: "reference", name: "customer_id", table: "customers", column: null, popularity: null, hidden: null }],
      columns: [col({ kind: "id", name: "order_id", format: "sequence" }), col({ kind: "category", name: "status", values: ["paid", "refunded"], weights: [9, 1] })],
      mess: [messEntry("status", { nullRate: 0.1, typoRate: 0.02 }), messEntry("order_id", { labelNoise: 0.1 })],
      orphans: null,
      duplicates: null,
    };
    const reply = answer({ title: "Shop", domain: "e-commerce", table: "customers", columns: [col({ kind: "id", name: "customer_id", format: "sequence" })], mess: null, tables: [orders] });
    const schema = buildWireSchema();
    expect(conforms(reply, schema, schema)).toEqual([]);
    server.reply(completion(reply));
    const { spec, warnings } = await createOpenAIPlanner({ apiKey: KEY, baseURL: server.baseURL }).plan("customers and their orders, with some missing statuses");
    // Tables and mess asked for: the request offered the whole wire.
    expect(server.requests.at(-1)!.body.response_format.json_schema.schema).toEqual(schema);
    const status = spec.tables![0]!.columns.find((c) => c.name === "status");
    expect(status).toMatchObject({ nullRate: 0.1, typoRate: 0.02 });
    expect(warnings).toEqual(['table "orders": column "order_id": dropped its labelNoise: id columns have none']);
  });
});
