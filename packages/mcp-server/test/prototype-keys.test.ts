import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answer, col, completion, effect, messEntry, startFakeOpenAI } from "../../core/test/support/fakeOpenAI.js";
import { HOSTILE_NAMES, hostileSpec } from "../../core/test/support/hostileNames.js";
import { childEnv, connectStdio, text, tmp, type Connected } from "./helpers.js";

/**
 * A long-running server must survive a spec whose columns are named like
 * Object.prototype's properties: on main the mess tallies wrote `missing`,
 * `outliers`... onto Object.prototype, and every later request went unanswered.
 * Through a real SDK client over stdio to the built server.
 */
describe("synthdata-mcp with columns named __proto__, constructor, toString, hasOwnProperty", () => {
  let server: Connected;
  let root: string;
  beforeAll(async () => {
    const base = await tmp();
    root = join(base, "out");
    server = await connectStdio(["--output-dir", root], { cwd: base, env: childEnv(join(base, "cache")) });
  });
  afterAll(() => server?.close());

  // A short request timeout: a server broken by a polluted prototype never answers.
  const call = (name: string, args: Record<string, unknown>) => server.client.callTool({ name, arguments: args }, undefined, { timeout: 20_000 }) as Promise<CallToolResult>;

  it("runs mess, card and split on them, then keeps answering", async () => {
    const first = await call("generate_dataset", { spec: hostileSpec(), rows: 3000, seed: 3, output_path: "p.csv", split: { train: 0.8 } });
    expect(first.isError, text(first)).toBeFalsy();
    const out = first.structuredContent as { column_summaries: { name: string }[]; files: Record<string, string> };
    expect(out.column_summaries.map((c) => c.name)).toEqual([...HOSTILE_NAMES]);
    const card = JSON.parse(await readFile(join(root, "p.card.json"), "utf8")) as { columns: { name: string; injected?: Record<string, number> }[]; mess: { lines: string[] } };
    expect(card.columns.find((c) => c.name === "__proto__")!.injected!["missing"]).toBeGreaterThan(0);
    expect(card.mess.lines.join("\n")).not.toMatch(/NaN|undefined/);

    // The next requests of every kind still work: listing, planning, generating.
    const { tools } = await server.client.listTools(undefined, { timeout: 20_000 });
    expect(tools.map((t) => t.name).sort()).toEqual(["describe_schema", "generate_dataset", "grade_predictions"]);
    const described = await call("describe_schema", { description: "customers with name, age and whether they churned" });
    expect(described.isError, text(described)).toBeFalsy();
    const again = await call("generate_dataset", { description: "orders with product, price and order date", rows: 50, seed: 1, output_path: "orders.csv" });
    expect(again.isError, text(again)).toBeFalsy();
    expect((again.structuredContent as { rows: number }).rows).toBe(50);
  });

  it("survives a model answer that names its columns so, and keeps answering", async () => {
    const fake = await startFakeOpenAI();
    const base = await tmp();
    const keyed = await connectStdio(["--output-dir", join(base, "out")], {
      cwd: base,
      env: childEnv(join(base, "cache"), { OPENAI_API_KEY: "sk-test-prototype-1234", OPENAI_BASE_URL: fake.baseURL }),
    });
    try {
      fake.reply(
        completion(
          answer({
            title: "Prototype names",
            target: "hasOwnProperty",
            duplicates: { exact: 0.02, near: 0.02 },
            columns: [
              col({ kind: "integer", name: "__proto__", min: 1, max: 100 }),
              col({ kind: "category", name: "constructor", values: ["__proto__", "toString", "valueOf"] }),
              col({ kind: "faker", name: "toString", method: "person.firstName" }),
              col({ kind: "boolean", name: "hasOwnProperty", rate: 0.3, effects: [effect("__proto__", 1.5)] }),
            ],
            // The mess list names the columns too (wireMess.ts), and one entry carries a "constructor" key of its own.
            mess: [
              messEntry("__proto__", { missing: { rate: 0.1, when: null }, outliers: { rate: 0.05, magnitude: null } }),
              messEntry("constructor", { labelNoise: 0.1 }),
              messEntry("toString", { typoRate: 0.1, constructor: 0.5 }),
              messEntry("hasOwnProperty", { labelNoise: 0.05 }),
            ],
          }),
        ),
      );
      const timeout = { timeout: 20_000 };
      const first = (await keyed.client.callTool({ name: "generate_dataset", arguments: { description: "rows named after the prototype", rows: 2000, seed: 2, split: { train: 0.8 } } }, undefined, timeout)) as CallToolResult;
      expect(first.isError, text(first)).toBeFalsy();
      expect((first.structuredContent as { column_summaries: { name: string }[] }).column_summaries.map((c) => c.name)).toEqual([...HOSTILE_NAMES]);
      const again = (await keyed.client.callTool({ name: "generate_dataset", arguments: { spec: hostileSpec(), rows: 20, seed: 1, output_path: "again.csv" } }, undefined, timeout)) as CallToolResult;
      expect(again.isError, text(again)).toBeFalsy();
      expect(fake.requests).toHaveLength(1);
    } finally {
      await keyed.close();
      await fake.close();
    }
  });
});
