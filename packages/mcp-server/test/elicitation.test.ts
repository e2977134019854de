import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ElicitRequestSchema, type CallToolResult, type ElicitRequest, type ElicitResult } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { listFiles, text, tmp } from "./helpers.js";
import { linkClient, type Linked } from "./memory.js";

const SPEC = { title: "Gym members", domain: "fitness", columns: [{ name: "member_id", kind: "id", format: "sequence" }, { name: "visits", kind: "integer", min: 0, max: 30 }] };

/** The person at the client: answers each form from a script, recording the questions. */
async function person(answer: ((request: ElicitRequest["params"]) => ElicitResult) | undefined) {
  const dir = await tmp();
  const asked: ElicitRequest["params"][] = [];
  const linked = await linkClient(dir, {
    client: { capabilities: answer ? { elicitation: { form: {} } } : {} },
    setup: (client) => {
      if (answer) client.setRequestHandler(ElicitRequestSchema, async (request) => (asked.push(request.params), answer(request.params)));
    },
  });
  return { linked, asked, dir };
}

let linked: Linked | undefined;
afterEach(async () => {
  await linked?.close();
  linked = undefined;
});

const generate = (l: Linked, args: Record<string, unknown>) => l.client.callTool({ name: "generate_dataset", arguments: args }) as Promise<CallToolResult>;

describe("an existing output file", () => {
  it("is replaced when the person chooses overwrite", async () => {
    const p = await person(() => ({ action: "accept", content: { action: "overwrite" } }));
    linked = p.linked;
    expect((await generate(linked, { spec: SPEC, rows: 5, seed: 1, output_path: "x.csv" })).isError).toBeFalsy();
    const before = await readFile(join(p.dir, "x.csv"), "utf8");
    const second = await generate(linked, { spec: SPEC, rows: 50, seed: 2, output_path: "x.csv" });
    expect(second.isError, text(second)).toBeFalsy();
    expect(p.asked).toHaveLength(1);
    expect(p.asked[0]!.message).toMatch(/x\.csv already exists/);
    const after = await readFile(join(p.dir, "x.csv"), "utf8");
    expect(after).not.toBe(before);
    expect(after.trim().split("\n")).toHaveLength(51);
  });

  it("is kept when the person picks a new name, or none (the next free name)", async () => {
    let name = "x-v2";
    const p = await person(() => ({ action: "accept", content: { action: "new name", name } }));
    linked = p.linked;
    await generate(linked, { spec: SPEC, rows: 5, seed: 1, output_path: "x.csv" });
    const before = await readFile(join(p.dir, "x.csv"), "utf8");
    const renamed = await generate(linked, { spec: SPEC, rows: 7, seed: 2, output_path: "x.csv" });
    expect((renamed.structuredContent as { path: string }).path).toBe(join(p.dir, "x-v2.csv"));
    name = "";
    const free = await generate(linked, { spec: SPEC, rows: 7, seed: 3, output_path: "x.csv" });
    expect((free.structuredContent as { path: string }).path).toBe(join(p.dir, "gym-members.csv"));
    expect(await readFile(join(p.dir, "x.csv"), "utf8")).toBe(before);
    expect((await listFiles(p.dir)).filter((f) => f.endsWith(".csv"))).toEqual(["gym-members.csv", "x-v2.csv", "x.csv"]);
  });

  it("stays an OUTPUT_EXISTS error when the person declines, and without elicitation nobody is asked", async () => {
    const declined = await person(() => ({ action: "decline" }));
    linked = declined.linked;
    await generate(linked, { spec: SPEC, rows: 5, output_path: "x.csv" });
    const refused = await generate(linked, { spec: SPEC, rows: 5, output_path: "x.csv" });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/^OUTPUT_EXISTS/);
    expect(declined.asked).toHaveLength(1);
    await linked.close();

    const none = await person(undefined);
    linked = none.linked;
    await generate(linked, { spec: SPEC, rows: 5, output_path: "x.csv" });
    expect(text(await generate(linked, { spec: SPEC, rows: 5, output_path: "x.csv" }))).toMatch(/^OUTPUT_EXISTS/);
  });
});

describe("a description too vague to plan", () => {
  it("asks which columns, and plans with them", async () => {
    const p = await person(() => ({ action: "accept", content: { columns: "member name, age, monthly fee, whether they cancelled" } }));
    linked = p.linked;
    const result = await linked.client.callTool({ name: "describe_schema", arguments: { description: "gym members" } });
    const spec = (result.structuredContent as { spec: { columns: { name: string }[] } }).spec;
    expect(p.asked[0]!.message).toMatch(/"gym members" says little/);
    expect(spec.columns.map((c) => c.name)).toEqual(expect.arrayContaining(["age", "monthly_fee"]));
    const generated = await generate(linked, { description: "gym members", rows: 10 });
    expect((generated.structuredContent as { columns: string[] }).columns).toContain("monthly_fee");
  });

  it("plans it as it is when the person declines (today's answer), and never asks about a description with columns", async () => {
    const without = await person(undefined);
    const today = await without.linked.client.callTool({ name: "describe_schema", arguments: { description: "gym members" } });
    await without.linked.close();
    const p = await person(() => ({ action: "decline" }));
    linked = p.linked;
    const vague = await linked.client.callTool({ name: "describe_schema", arguments: { description: "gym members" } });
    // The same plan as without elicitation (the second call may come from the schema cache the first one filled).
    const plan = (r: typeof today) => ({ spec: (r.structuredContent as { spec: unknown }).spec, planner: (r.structuredContent as { planner: unknown }).planner });
    expect(plan(vague)).toEqual(plan(today));
    expect(p.asked).toHaveLength(1);
    await linked.client.callTool({ name: "describe_schema", arguments: { description: "gym members with age, plan and visits" } });
    expect(p.asked).toHaveLength(1);
  });
});
