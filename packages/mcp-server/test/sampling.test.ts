import { McpError, CreateMessageRequestSchema, type CallToolResult, type CreateMessageRequest, type CreateMessageResult } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { hostModelRequest } from "../../core/src/planners/llm/hostModelPlanner.js";
import { churnAnswer } from "../../core/test/support/fakeOpenAI.js";
import { tmp } from "./helpers.js";
import { linkClient, type Linked } from "./memory.js";

const DESCRIPTION = "telecom customers with plan, monthly charges, tenure and whether they churned";

type Script = (request: CreateMessageRequest["params"]) => Promise<CreateMessageResult>;

let hosts = 0;

/**
 * The host application: declares sampling (or not) and answers from a scripted model, recording each request.
 * Each host has its own name: the model's name is part of the cache key, so one host's answer is not another's.
 */
async function host(script: Script | undefined, options: { samplingTimeoutMs?: number; planner?: "auto" | "offline" } = {}) {
  const asked: CreateMessageRequest["params"][] = [];
  const linked = await linkClient(await tmp(), {
    clientName: `host-${++hosts}`,
    config: { planner: options.planner ?? "auto", ...(options.samplingTimeoutMs ? { samplingTimeoutMs: options.samplingTimeoutMs } : {}) },
    client: { capabilities: script ? { sampling: {} } : {} },
    setup: (client) => {
      if (!script) return;
      client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
        asked.push(request.params);
        return script(request.params);
      });
    },
  });
  return { linked, asked };
}

const reply = (text: string, extra: Partial<CreateMessageResult> = {}): CreateMessageResult => ({ role: "assistant", content: { type: "text", text }, model: "scripted-haiku", stopReason: "endTurn", ...extra });

let linked: Linked | undefined;
afterEach(async () => {
  await linked?.close();
  linked = undefined;
});

const describeCall = (l: Linked, description = DESCRIPTION) => l.client.callTool({ name: "describe_schema", arguments: { description } }) as Promise<CallToolResult>;
const out = (r: CallToolResult) => r.structuredContent as { planner: string; source: string; warnings: string[]; spec: { columns: { name: string }[]; target?: string } };

describe("planning through the client's model (MCP sampling)", () => {
  it("asks the client's model once, with speed/cost preferences, a token bound and a prompt under 4000 tokens, and says so in the result", async () => {
    const h = await host(async () => reply("```json\n" + JSON.stringify(churnAnswer()) + "\n```"));
    linked = h.linked;
    const result = await describeCall(linked);
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    expect(out(result).planner).toBe("host-model");
    expect(out(result).spec.target).toBe("churned");
    expect(out(result).warnings[0]).toBe("planned by the host's model sampling:host-1@0.0.0 (scripted-haiku)");
    expect(h.asked).toHaveLength(1);
    const request = h.asked[0]!;
    expect(request.maxTokens).toBe(4096);
    expect(request.includeContext).toBe("none");
    expect(request.modelPreferences!.speedPriority!).toBeGreaterThan(request.modelPreferences!.intelligencePriority!);
    expect(request.modelPreferences!.costPriority!).toBeGreaterThan(request.modelPreferences!.intelligencePriority!);
    const userText = request.messages.map((m) => (m.content as { text: string }).text).join("");
    expect(userText).toContain(DESCRIPTION);
    // Core's prompt, whose size core's test measures with gpt-4o-mini's tokenizer (2,897 tokens here, under 4000).
    expect(request.systemPrompt).toBe(hostModelRequest(DESCRIPTION).system);
    expect(userText).toBe(hostModelRequest(DESCRIPTION).user);

    // generate_dataset plans the same way (from the cache now) and reports the planner too.
    const generated = (await linked.client.callTool({ name: "generate_dataset", arguments: { description: DESCRIPTION, rows: 20 } })) as CallToolResult;
    expect(generated.structuredContent).toMatchObject({ planner: "host-model", source: "cache" });
    expect(h.asked).toHaveLength(1);
  });

  it("generate_dataset plans through sampling too", async () => {
    const h = await host(async () => reply(JSON.stringify(churnAnswer())));
    linked = h.linked;
    const generated = (await linked.client.callTool({ name: "generate_dataset", arguments: { description: "gym members and whether they quit", rows: 20 } })) as CallToolResult;
    expect(generated.isError).toBeFalsy();
    expect(generated.structuredContent).toMatchObject({ planner: "host-model", source: "host-model" });
    expect((generated.structuredContent as { columns: string[] }).columns).toContain("churned");
  });

  const fallbacks: [string, Script, RegExp][] = [
    ["invalid JSON", async () => reply("I would suggest columns for plan and churn."), /not valid JSON/],
    ["a refusal (the user declined the request)", async () => Promise.reject(new McpError(-1, "User rejected sampling request")), /User rejected sampling request/],
    ["a refusal in the answer", async () => reply(JSON.stringify({ ...churnAnswer(), notADataset: "I won't help with that", columns: [], title: "none" })), /does not describe a dataset/],
    ["an answer cut off", async () => reply('{"title": "Telecom', { stopReason: "maxTokens" }), /cut off/],
  ];
  for (const [what, script, why] of fallbacks) {
    it(`plans offline with a warning on ${what}`, async () => {
      const h = await host(script);
      linked = h.linked;
      const result = await describeCall(linked);
      expect(result.isError).toBeFalsy();
      expect(out(result).planner).toBe("offline");
      expect(out(result).spec.columns.map((c) => c.name)).toEqual(expect.arrayContaining(["plan", "churned"]));
      expect(out(result).warnings.find((w) => w.endsWith("planned offline instead"))).toMatch(why);
      expect(h.asked).toHaveLength(1);
    });
  }

  it("plans offline on time when the client's model does not answer", async () => {
    const h = await host(() => new Promise(() => undefined), { samplingTimeoutMs: 300 });
    linked = h.linked;
    const started = Date.now();
    const result = await describeCall(linked);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(out(result).planner).toBe("offline");
    expect(out(result).warnings.join("\n")).toMatch(/did not answer within 0.3 s; planned offline instead/);
  });

  it("plans offline without asking when the client has no sampling capability, or the server is set to offline", async () => {
    const none = await host(undefined);
    linked = none.linked;
    expect(out(await describeCall(linked)).planner).toBe("offline");
    await linked.close();
    const offline = await host(async () => reply(JSON.stringify(churnAnswer())), { planner: "offline" });
    linked = offline.linked;
    expect(out(await describeCall(linked, "gym members with age")).planner).toBe("offline");
    expect(offline.asked).toEqual([]);
  });
});
