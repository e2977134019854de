import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { churnAnswer, completion, startFakeOpenAI, type FakeOpenAI } from "../../core/test/support/fakeOpenAI.js";
import { childEnv, connectStdio, listFiles, text, tmp } from "./helpers.js";

/** The MCP server with a key, against a loopback chat-completions server. */
const CANARY = "sk-canary-DO-NOT-LEAK-1234";
const CHURN = "telecom customers with name, email, age, plan, monthly charges, tenure, signup date and whether they churned";

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

/** A fresh server with the canary key, pointed at the loopback server, writing under a new temp folder. */
async function connectWithKey() {
  fake.requests.length = 0;
  const base = await tmp();
  const root = join(base, "out");
  const server = await connectStdio(["--output-dir", root], { cwd: base, env: childEnv(join(base, "cache"), { OPENAI_API_KEY: CANARY, OPENAI_BASE_URL: fake.baseURL }) });
  return { root, server };
}

describe("synthdata-mcp with an OpenAI key", () => {
  it("plans with OpenAI once, serves the repeat from the cache, and never returns the key", async () => {
    const { server } = await connectWithKey();
    try {
      fake.reply(completion(churnAnswer()));
      const described = (await server.client.callTool({ name: "describe_schema", arguments: { description: CHURN } })) as CallToolResult;
      expect(described.isError, text(described)).toBeFalsy();
      expect(described.structuredContent).toMatchObject({ source: "openai" });
      const generated = (await server.client.callTool({ name: "generate_dataset", arguments: { description: CHURN, rows: 50, seed: 1 } })) as CallToolResult;
      expect(generated.isError, text(generated)).toBeFalsy();
      expect(JSON.stringify(generated)).toMatch(/"source":"cache"/);
      expect(fake.requests).toHaveLength(1);
      expect(JSON.stringify([described, generated]) + server.stderr()).not.toContain(CANARY);
    } finally {
      await server.close();
    }
  });

  it("aborts the OpenAI request when the call is cancelled, and writes nothing", async () => {
    const { root, server } = await connectWithKey();
    try {
      fake.reply({ kind: "json", status: 200, body: {}, delayMs: 5000 });
      const controller = new AbortController();
      const call = server.client.callTool({ name: "generate_dataset", arguments: { description: `${CHURN} (slow)`, rows: 100 } }, undefined, { signal: controller.signal });
      // Cancel once the request has reached the server.
      const deadline = Date.now() + 10_000;
      while (fake.requests.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      controller.abort("user stopped it");
      await expect(call).rejects.toThrow();
      while (!fake.requests[0]?.closedEarly && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(fake.requests).toHaveLength(1);
      expect(fake.requests[0]!.closedEarly).toBe(true);
      expect((await listFiles(root).catch(() => [])).filter((f) => !f.startsWith("."))).toEqual([]);
      expect((await server.client.listTools()).tools).toHaveLength(3);
    } finally {
      await server.close();
    }
  });
});
