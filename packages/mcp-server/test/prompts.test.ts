import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { tmp } from "./helpers.js";
import { linkClient, type Linked } from "./memory.js";

const SPEC = {
  title: "Loan applications",
  domain: "finance",
  columns: [
    { name: "income", kind: "number", distribution: "lognormal", mean: 50000, sd: 20000, min: 5000, max: 400000, decimals: 0 },
    { name: "defaulted", kind: "boolean", rate: 0.1, effects: [{ column: "income", weight: -1.2 }] },
  ],
  target: "defaulted",
};

let linked: Linked | undefined;
afterEach(async () => {
  await linked?.close();
  linked = undefined;
});

describe("prompts", () => {
  it("lists the three prompts and declares completions, without listChanged", async () => {
    linked = await linkClient(await tmp());
    const { prompts } = await linked.client.listPrompts();
    expect(prompts.map((p) => p.name).sort()).toEqual(["design_dataset", "explain_card", "make_harder"]);
    expect(linked.client.getServerCapabilities()?.prompts).toEqual({});
    expect(linked.client.getServerCapabilities()?.completions).toEqual({});
  });

  it("design_dataset: completes goals and domains, and its message asks for describe_schema then generate_dataset with the spec guide attached", async () => {
    linked = await linkClient(await tmp());
    const goals = await linked.client.complete({ ref: { type: "ref/prompt", name: "design_dataset" }, argument: { name: "goal", value: "bin" } });
    expect(goals.completion.values).toEqual(["binary classification"]);
    const domains = await linked.client.complete({ ref: { type: "ref/prompt", name: "design_dataset" }, argument: { name: "domain", value: "heal" } });
    expect(domains.completion.values).toContain("healthcare");
    const prompt = await linked.client.getPrompt({ name: "design_dataset", arguments: { goal: "imbalanced classes", domain: "finance" } });
    const [task, guide] = prompt.messages;
    expect(task!.content.type === "text" && task!.content.text).toMatch(/imbalanced classes in finance.*describe_schema.*generate_dataset/s);
    expect(guide!.content).toMatchObject({ type: "resource", resource: { uri: "synthdata://guide/spec.md" } });
  });

  it("make_harder and explain_card: complete the datasets written, embed their card, and refuse an unknown one", async () => {
    linked = await linkClient(await tmp());
    const none = await linked.client.complete({ ref: { type: "ref/prompt", name: "explain_card" }, argument: { name: "dataset", value: "" } });
    expect(none.completion.values).toEqual([]);
    const made = (await linked.client.callTool({ name: "generate_dataset", arguments: { spec: SPEC, rows: 300, seed: 5 } })) as CallToolResult;
    expect(made.isError).toBeFalsy();
    const names = await linked.client.complete({ ref: { type: "ref/prompt", name: "make_harder" }, argument: { name: "dataset", value: "lo" } });
    expect(names.completion.values).toEqual(["loan-applications"]);
    const ways = await linked.client.complete({ ref: { type: "ref/prompt", name: "make_harder" }, argument: { name: "how", value: "l" } });
    expect(ways.completion.values).toEqual(["label noise"]);

    const harder = await linked.client.getPrompt({ name: "make_harder", arguments: { dataset: "loan-applications", how: "label noise" } });
    const task = harder.messages[0]!.content.type === "text" ? harder.messages[0]!.content.text : "";
    expect(task).toMatch(/labelNoise/);
    expect(task).toMatch(/rows 300 and seed 5/);
    expect(JSON.parse(task.slice(task.indexOf("Spec:\n") + 6))).toMatchObject({ title: "Loan applications", target: "defaulted" });
    const card = harder.messages[1]!.content;
    expect(card.type === "resource" && card.resource.uri).toBe("synthdata://datasets/loan-applications/loan-applications.card.json");
    expect(card.type === "resource" && "text" in card.resource && JSON.parse(card.resource.text).reproduce.seed).toBe(5);

    const explained = await linked.client.getPrompt({ name: "explain_card", arguments: { dataset: "loan-applications" } });
    const markdown = explained.messages[1]!.content;
    expect(markdown.type === "resource" && "text" in markdown.resource && markdown.resource.text).toMatch(/Loan applications/);
    await expect(linked.client.getPrompt({ name: "explain_card", arguments: { dataset: "nope" } })).rejects.toThrow(/no dataset "nope".*loan-applications/);
  });
});
