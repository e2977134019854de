import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { CreateMessageRequestSchema, ResourceListChangedNotificationSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { churnAnswer } from "../../core/test/support/fakeOpenAI.js";
import { childEnv, spawnServer, tmp } from "./helpers.js";

/** The built server over Streamable HTTP: what a remote client sees of resources and sampling. */
describe("resources and sampling over HTTP (built server)", () => {
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  let base: string;
  beforeAll(async () => {
    base = await tmp();
    child = spawnServer(["--http", "--port", "0", "--output-dir", base], { cwd: base, env: childEnv(join(base, ".cache")) });
    url = await new Promise<string>((resolve, reject) => {
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    });
  });
  afterAll(() => {
    child?.kill("SIGTERM");
  });

  it("a second client reads, by synthdata:// URI, the CSV another session wrote, and hears list_changed", async () => {
    const reader = new Client({ name: "reader", version: "1" });
    let changed = 0;
    reader.setNotificationHandler(ResourceListChangedNotificationSchema, () => void changed++);
    await reader.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
    const writer = new Client({ name: "writer", version: "1" });
    await writer.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
    const spec = { title: "Shop orders", domain: "e-commerce", columns: [{ name: "order_id", kind: "id", format: "sequence" }, { name: "price", kind: "number", min: 1, max: 90, decimals: 2 }] };
    const result = (await writer.callTool({ name: "generate_dataset", arguments: { spec, rows: 30, seed: 11 } })) as CallToolResult;
    const link = result.content.find((c) => c.type === "resource_link" && c.mimeType === "text/csv");
    expect(link && "uri" in link ? link.uri : "").toBe("synthdata://datasets/shop-orders/shop-orders.csv");
    const read = await reader.readResource({ uri: "synthdata://datasets/shop-orders/shop-orders.csv" });
    expect("text" in read.contents[0]! && read.contents[0].text).toBe(await readFile(join(base, "shop-orders.csv"), "utf8"));
    await vi.waitFor(() => expect(changed).toBeGreaterThan(0), { timeout: 5000 });
    await Promise.all([reader.close(), writer.close()]);
  });

  it("plans through the client's model, the sampling request riding the tool call's stream", async () => {
    const client = new Client({ name: "http-host", version: "2" }, { capabilities: { sampling: {} } });
    let asked = 0;
    client.setRequestHandler(CreateMessageRequestSchema, async () => {
      asked++;
      return { role: "assistant", content: { type: "text", text: JSON.stringify(churnAnswer()) }, model: "remote-mini" };
    });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
    const result = (await client.callTool({ name: "describe_schema", arguments: { description: "telecom customers and whether they churned" } })) as CallToolResult;
    expect(result.structuredContent).toMatchObject({ planner: "host-model" });
    expect(asked).toBe(1);
    await client.close();
  });
});
