import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
    expect(tools.map((t) => t.name).sort()).toEqual(["describe_schema", "generate_dataset"]);
    const described = await call("describe_schema", { description: "customers with name, age and whether they churned" });
    expect(described.isError, text(described)).toBeFalsy();
    const again = await call("generate_dataset", { description: "orders with product, price and order date", rows: 50, seed: 1, output_path: "orders.csv" });
    expect(again.isError, text(again)).toBeFalsy();
    expect((again.structuredContent as { rows: number }).rows).toBe(50);
  });
});
