import { encode } from "gpt-tokenizer/model/gpt-4o-mini";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeSchema, type HostModel, type HostModelAnswer, type HostModelRequest } from "../src/index.js";
import { hostModelRequest } from "../src/planners/llm/hostModelPlanner.js";
import { churnAnswer } from "./support/fakeOpenAI.js";

const DESCRIPTION = "telecom customers with plan, monthly charges, tenure and whether they churned";

/** A model at the edge: answers from a script and records what it was asked. */
function scripted(name: string, reply: (request: HostModelRequest, signal: AbortSignal) => Promise<HostModelAnswer>) {
  const asked: HostModelRequest[] = [];
  const model: HostModel = {
    name,
    complete: (request, { signal }) => {
      asked.push(request);
      return reply(request, signal);
    },
  };
  return { model, asked };
}

const cacheDir = () => mkdtemp(join(tmpdir(), "synthdata-host-"));
const noKey = { openai: { apiKey: undefined } };

describe("the host-model planner", () => {
  it("plans through the host's model with the OpenAI planner's prompt and schema, reads a fenced answer, and says which model", async () => {
    const { model, asked } = scripted("sampling:test-client", async () => ({ text: "Here is the spec:\n```json\n" + JSON.stringify(churnAnswer()) + "\n```", model: "claude-test" }));
    const result = await describeSchema(DESCRIPTION, { ...noKey, hostModel: model, cacheDir: await cacheDir() });
    expect(result.planner).toBe("host-model");
    expect(result.source).toBe("host-model");
    expect(result.spec.columns.map((c) => c.name)).toContain("churned");
    expect(result.spec.target).toBe("churned");
    expect(result.warnings[0]).toBe("planned by the host's model sampling:test-client (claude-test)");
    expect(asked).toHaveLength(1);
    expect(asked[0]!.system).toMatch(/JSON Schema/);
    expect(asked[0]!.user).toContain(DESCRIPTION);
  });

  it("keeps the prompt under 4000 tokens (gpt-4o-mini's tokenizer), for the longest description allowed too", () => {
    const tokens = (d: string) => {
      const request = hostModelRequest(d);
      return encode(request.system).length + encode(request.user).length;
    };
    const typical = tokens(DESCRIPTION);
    const longest = tokens("customers with plan and churn ".repeat(133).slice(0, 4000));
    const shop = "an online shop with customers (name, email, signup date, segment), their orders (date, status), order items of products (quantity, line total) and products (name, category, price); customers churn more when they order less";
    const multiTable = tokens(`${shop}; `.repeat(20).slice(0, 4000));
    console.log(`host-model prompt: ${typical} tokens typical, ${longest} for a 4000-character description, ${multiTable} for a 4000-character multi-table one`);
    expect(typical).toBeLessThan(4000);
    expect(longest).toBeLessThan(4000);
    expect(multiTable).toBeLessThan(4000);
  });

  it("caches by description with the model's name in the key: the same name is not asked again, another name is", async () => {
    const dir = await cacheDir();
    const first = scripted("vscode:gpt-4o", async () => ({ text: JSON.stringify(churnAnswer()) }));
    await describeSchema(DESCRIPTION, { ...noKey, hostModel: first.model, cacheDir: dir });
    const again = await describeSchema(DESCRIPTION, { ...noKey, hostModel: first.model, cacheDir: dir });
    expect(again.cached).toBe(true);
    expect(again.planner).toBe("host-model");
    expect(first.asked).toHaveLength(1);
    const other = scripted("vscode:claude", async () => ({ text: JSON.stringify(churnAnswer()) }));
    await describeSchema(DESCRIPTION, { ...noKey, hostModel: other.model, cacheDir: dir });
    expect(other.asked).toHaveLength(1);
  });

  const fallbacks: [string, (r: HostModelRequest, s: AbortSignal) => Promise<HostModelAnswer>, RegExp][] = [
    ["invalid JSON", async () => ({ text: "Sure! The columns are plan, charges and churn." }), /not valid JSON/],
    ["a refusal", async () => ({ text: JSON.stringify({ ...churnAnswer(), notADataset: "I can't help with that", columns: [], title: "none" }) }), /does not describe a dataset/],
    ["a transport error", async () => Promise.reject(new Error("Method not found")), /failed: Method not found/],
    ["an answer cut off", async () => ({ text: "{", stopReason: "maxTokens" }), /cut off/],
    ["a spec that does not validate after repair", async () => ({ text: JSON.stringify({ title: "x", domain: "y", columns: [{ kind: "nonsense" }] }) }), /host-model|column|spec/],
  ];
  for (const [what, reply, why] of fallbacks) {
    it(`falls back to the offline planner with a warning on ${what}`, async () => {
      const { model } = scripted("sampling:test-client", reply);
      const result = await describeSchema(DESCRIPTION, { ...noKey, hostModel: model, cacheDir: await cacheDir() });
      expect(result.planner).toBe("offline");
      expect(result.spec.columns.length).toBeGreaterThan(2);
      const warning = result.warnings.find((w) => w.endsWith("planned offline instead"));
      expect(warning).toMatch(why);
      expect(warning).toMatch(/^sampling:test-client/);
    });
  }

  it("falls back on time when the model never answers, even if it ignores the signal", async () => {
    const { model } = scripted("slow", () => new Promise(() => undefined));
    const { createHostModelPlanner } = await import("../src/planners/llm/hostModelPlanner.js");
    const planner = createHostModelPlanner(model, { timeoutMs: 200 });
    const started = Date.now();
    await expect(planner.plan(DESCRIPTION)).rejects.toMatchObject({ code: "HOST_MODEL_FAILED", message: expect.stringMatching(/did not answer within 0.2 s/) });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("does not fall back when the caller cancels", async () => {
    const controller = new AbortController();
    const { model } = scripted("slow", (_r, signal) => new Promise((_, reject) => signal.addEventListener("abort", () => reject(new Error("aborted")))));
    const pending = describeSchema(DESCRIPTION, { ...noKey, hostModel: model, cacheDir: await cacheDir(), signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ code: "CANCELLED" });
  });

  it("is not used when the offline planner is chosen", async () => {
    const { model, asked } = scripted("unused", async () => ({ text: JSON.stringify(churnAnswer()) }));
    const result = await describeSchema(DESCRIPTION, { ...noKey, planner: "offline", hostModel: model, cacheDir: await cacheDir() });
    expect(result.planner).toBe("offline");
    expect(asked).toHaveLength(0);
  });
});
