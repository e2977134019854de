import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ResourceListChangedNotificationSchema, LoggingMessageNotificationSchema, type CallToolResult, type LoggingMessageNotification } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PAGE_BYTES } from "../src/resources/registerResources.js";
import { tmp } from "./helpers.js";
import { linkClient, type Linked } from "./memory.js";

const SPEC = {
  title: "Gym members",
  domain: "fitness",
  columns: [
    { name: "member_id", kind: "id", format: "sequence", prefix: "M-" },
    { name: "plan", kind: "category", values: ["basic", "plus", "pro"] },
    { name: "visits", kind: "integer", distribution: "poisson", mean: 8, min: 0, max: 60 },
    { name: "churned", kind: "boolean", probability: 0.2 },
  ],
};

let linked: Linked | undefined;
afterEach(async () => {
  await linked?.close();
  linked = undefined;
});

const generate = (l: Linked, args: Record<string, unknown>) => l.client.callTool({ name: "generate_dataset", arguments: args }) as Promise<CallToolResult>;
const readText = async (l: Linked, uri: string) => {
  const result = await l.client.readResource({ uri });
  return result.contents.map((c) => ("text" in c ? c.text : "")).join("");
};

describe("datasets as resources", () => {
  it("lists and reads what generate_dataset wrote under synthdata:// URIs, the links in the result point there, and list_changed comes once per dataset", async () => {
    const dir = await tmp();
    let changed = 0;
    linked = await linkClient(dir, { setup: (c) => c.setNotificationHandler(ResourceListChangedNotificationSchema, () => void changed++) });
    expect((await linked.client.listResources()).resources.filter((r) => r.uri.startsWith("synthdata://datasets/"))).toEqual([]);
    const result = await generate(linked, { spec: SPEC, rows: 50, seed: 7 });
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    const links = result.content.filter((c) => c.type === "resource_link");
    expect(links.map((l) => l.uri).sort()).toEqual(["synthdata://datasets/gym-members/gym-members.card.json", "synthdata://datasets/gym-members/gym-members.card.md", "synthdata://datasets/gym-members/gym-members.csv"]);
    expect((result.structuredContent as { resources: Record<string, string> }).resources["csv"]).toBe("synthdata://datasets/gym-members/gym-members.csv");
    await vi.waitFor(() => expect(changed).toBe(1));

    const listed = (await linked.client.listResources()).resources.map((r) => [r.uri, r.mimeType]);
    expect(listed).toEqual(
      expect.arrayContaining([
        ["synthdata://datasets/gym-members/gym-members.csv", "text/csv"],
        ["synthdata://datasets/gym-members/gym-members.card.md", "text/markdown"],
        ["synthdata://datasets/gym-members/gym-members.card.json", "application/json"],
      ]),
    );
    const path = (result.structuredContent as { path: string }).path;
    expect(await readText(linked, "synthdata://datasets/gym-members/gym-members.csv")).toBe(await readFile(path, "utf8"));
    const card = JSON.parse(await readText(linked, "synthdata://datasets/gym-members/gym-members.card.json")) as { reproduce: { seed: number } };
    expect(card.reproduce.seed).toBe(7);
    expect(await readText(linked, "synthdata://datasets/gym-members/gym-members.card.md")).toMatch(/Gym members/);

    // A second dataset with the same name in the file system gets its own resource name.
    await generate(linked, { spec: SPEC, rows: 10, seed: 8, output_path: "again/gym-members.csv" });
    await vi.waitFor(() => expect(changed).toBe(2));
    const names = (await linked.client.listResources()).resources.map((r) => r.uri).filter((u) => u.endsWith(".csv"));
    expect(names).toEqual(["synthdata://datasets/gym-members/gym-members.csv", "synthdata://datasets/gym-members-2/gym-members.csv"]);
  });

  it("refuses URIs for files the server did not write (-32002), whatever the path says", async () => {
    const dir = await tmp();
    await writeFile(join(dir, "secret.csv"), "a\n1\n");
    linked = await linkClient(dir);
    await generate(linked, { spec: SPEC, rows: 5, seed: 1 });
    for (const uri of ["synthdata://datasets/gym-members/secret.csv", "synthdata://datasets/gym-members/..%2Fsecret.csv", "synthdata://datasets/secret/secret.csv", "synthdata://datasets/gym-members/gym-members.csv?page=2"]) {
      await expect(linked.client.readResource({ uri }), uri).rejects.toMatchObject({ code: -32002 });
    }
  });

  it("reads a large CSV in pages of whole lines that join back into the file, and says so in the result", async () => {
    const dir = await tmp();
    linked = await linkClient(dir);
    const result = await generate(linked, { spec: SPEC, rows: 30_000, seed: 3 });
    const path = (result.structuredContent as { path: string }).path;
    const whole = await readFile(path, "utf8");
    expect(Buffer.byteLength(whole)).toBeGreaterThan(2 * PAGE_BYTES);
    const uri = "synthdata://datasets/gym-members/gym-members.csv";
    const pages: string[] = [];
    let next: string | undefined = uri;
    while (next) {
      const read = await linked.client.readResource({ uri: next });
      const [data, note] = read.contents;
      expect("text" in data! && Buffer.byteLength(data.text)).toBeLessThanOrEqual(PAGE_BYTES + 16 * 1024);
      expect("text" in note! && note.text).toMatch(/page \d+ of \d+/);
      pages.push("text" in data! ? data.text : "");
      expect(pages.at(-1)!.endsWith("\n")).toBe(true);
      next = data!._meta?.["next"] as string | undefined;
    }
    expect(pages.length).toBe(Math.ceil(Buffer.byteLength(whole) / PAGE_BYTES));
    expect(pages.join("")).toBe(whole);
  });

  it("serves the faker catalog and the spec's JSON Schema (2020-12) as resources", async () => {
    linked = await linkClient(await tmp());
    const catalog = JSON.parse(await readText(linked, "synthdata://catalog/faker.json")) as { id: string }[];
    expect(catalog.map((e) => e.id)).toContain("person.fullName");
    const schema = JSON.parse(await readText(linked, "synthdata://schema/dataset-spec.json")) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["title", "domain", "columns", "target"]));
  });
});

describe("the rest of the spec", () => {
  it("declares logging, tools without listChanged, and resources with listChanged; tools/list stays under 6 KB", async () => {
    linked = await linkClient(await tmp());
    const caps = linked.client.getServerCapabilities()!;
    expect(caps.logging).toEqual({});
    expect(caps.tools).toEqual({});
    expect(caps.resources).toEqual({ listChanged: true });
    const list = await linked.client.listTools();
    expect(JSON.stringify(list).length).toBeLessThan(6 * 1024);
    const spec = (list.tools.find((t) => t.name === "generate_dataset")!.inputSchema.properties as Record<string, { properties?: Record<string, unknown>; required?: string[] }>)["spec"]!;
    expect(spec.required).toEqual(["title", "domain", "columns"]);
    expect(spec.properties?.["title"]).toMatchObject({ type: "string", minLength: 1, maxLength: 120 });
    expect(list.tools.every((t) => t.inputSchema["$schema"] === "https://json-schema.org/draft/2020-12/schema")).toBe(true);
  });

  it("sends warnings and progress as log messages at or above the level the client set", async () => {
    const messages: LoggingMessageNotification["params"][] = [];
    linked = await linkClient(await tmp(), { setup: (c) => c.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void messages.push(n.params)) });
    // The offline planner guesses "zorbleflux" and warns about it.
    const first = await generate(linked, { description: "members with age, plan and zorbleflux", rows: 40_000, seed: 1 });
    expect(first.isError).toBeFalsy();
    await vi.waitFor(() => expect(messages.some((m) => m.level === "info" && /of 40000 rows written/.test(String(m.data)))).toBe(true));
    expect(messages.some((m) => m.level === "warning" && /zorbleflux/.test(String(m.data)))).toBe(true);

    messages.length = 0;
    await linked.client.setLoggingLevel("error");
    await generate(linked, { description: "members with age, plan and zorbleflux", rows: 40_000, seed: 2 });
    await generate(linked, { spec: { ...SPEC, columns: [...SPEC.columns, { name: "x", kind: "formula", expression: "nonsense(" }] }, rows: 5 });
    await new Promise((r) => setTimeout(r, 50));
    expect(messages.filter((m) => m.level === "warning" || m.level === "info")).toEqual([]);
  });
});

describe("the dataset registry", () => {
  it("forgets the oldest datasets beyond its limit, and a dataset written again keeps its name", async () => {
    const { DatasetRegistry } = await import("../src/resources/datasetRegistry.js");
    const registry = new DatasetRegistry(2);
    registry.add({ csv: "/a/one.csv" });
    registry.add({ csv: "/a/two.csv" });
    registry.add({ csv: "/a/one.csv", cardJson: "/a/one.card.json" });
    registry.add({ csv: "/b/three.csv" });
    expect(registry.entries().map((e) => e.name)).toEqual(["one", "three"]);
    expect(registry.file("one", "one.card.json")?.path).toBe("/a/one.card.json");
    expect(registry.file("two", "two.csv")).toBeUndefined();
  });
});
