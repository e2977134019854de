import { encode } from "gpt-tokenizer/model/gpt-4o-mini";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeSchema, type HostModel } from "../src/index.js";
import { MAX_DESCRIPTION_LENGTH } from "../src/options.js";
import { hostModelRequest } from "../src/planners/llm/hostModelPlanner.js";
import { buildChatRequest } from "../src/planners/openai/openaiPlanner.js";
import { tempDir } from "./helpers.js";
import { answer, churnAnswer, col, completion, startFakeOpenAI, type FakeOpenAI } from "./support/fakeOpenAI.js";

/**
 * The several-tables part of the request (prompt paragraph and wire fields) is
 * offered only to descriptions that name several related entities or ask for
 * tables (wireShape.ts); every other request is about 540 tokens smaller.
 */

type Json = Record<string, any>;

const ONE_TABLE = [
  "telecom customers with name, email, age, plan, monthly charges, tenure, signup date and whether they churned",
  "customers with age income city plan and whether they churned ".repeat(80).slice(0, MAX_DESCRIPTION_LENGTH),
  "instagram posts with likes, comments and posted at",
  "orders with order id, customer name, product, quantity, price",
];
const SHOP = "an online shop with customers (name, email, signup date, segment), their orders (date, status), order items of products (quantity, line total) and products (name, category, price); customers churn more when they order less";
const SEVERAL = [SHOP, "a hospital database: patients, visits, prescriptions", "library with books, members and loans", "two tables: authors and books", "a relational dataset of employees and the departments they work in"];

const offersTables = (description: string) => {
  const body = buildChatRequest(description);
  const schema = body.response_format.json_schema.schema as Json;
  const host = hostModelRequest(description).system;
  const openai = { schema: "tables" in schema.properties && "table" in schema.$defs, prompt: /relations act as columns/.test(body.messages[0]!.content) };
  return { ...openai, host: /relations act as columns/.test(host) && host.includes('"tables":') };
};

describe("the several-tables part of the request", () => {
  it("is offered, in prompt and schema, to both paths when the description names several entities or asks for tables, and only then", () => {
    for (const d of ONE_TABLE) expect(offersTables(d), d.slice(0, 60)).toEqual({ schema: false, prompt: false, host: false });
    for (const d of SEVERAL) expect(offersTables(d), d).toEqual({ schema: true, prompt: true, host: true });
  });

  it("keeps a multi-table request under 4000 tokens for an ordinary description, on both paths", () => {
    const openai = (d: string) => {
      const body = buildChatRequest(d);
      return body.messages.reduce((n, m) => n + encode(m.content).length, 0) + encode(JSON.stringify(body.response_format.json_schema.schema)).length;
    };
    const host = (d: string) => encode(hostModelRequest(d).system).length + encode(hostModelRequest(d).user).length;
    const longest = `${SHOP}; `.repeat(20).slice(0, MAX_DESCRIPTION_LENGTH);
    console.log(`multi-table request tokens: OpenAI ${openai(SHOP)}, host model ${host(SHOP)}; for a ${longest.length}-character multi-table description: OpenAI ${openai(longest)}, host model ${host(longest)}`);
    expect(openai(SHOP)).toBeLessThan(4000);
    expect(host(SHOP)).toBeLessThan(4000);
    expect(openai(longest)).toBeLessThan(4000);
    expect(host(longest)).toBeLessThan(4000);
  });
});

/** Descriptions that ask for mess, difficulty or a teaching scenario, each in other words. */
const ASKS_FOR_MESS = [
  "telecom customers with age, plan and whether they churned, with some missing values",
  "loan applications with income, amount and default; 5% duplicate rows",
  "patients with age, bmi and diabetes, noisy labels",
  "students with study hours and pass/fail, make it hard to predict",
  "transactions with amount and fraud, with a data leak",
  "insurance claims with claim amount and fraud, imbalanced classes",
  "customers with name and city, typos in names",
  "employees with salary and tenure, a few outliers in salary",
  "sales with region and revenue and a Simpson's paradox",
  "dirty data: customers with email, phone and signup date",
  "an online shop with customers (name, email), their orders (date, status) and products (name, price); some missing emails",
];

describe("the mess and teaching part of the request", () => {
  const offersMess = (description: string) => {
    const body = buildChatRequest(description);
    const schema = body.response_format.json_schema.schema as Json;
    const host = hostModelRequest(description).system;
    return {
      schema: ["mess", "difficulty", "duplicates", "scenario"].every((k) => k in schema.properties) && "mess" in schema.$defs,
      prompt: body.messages[0]!.content.includes("Mess and scenario only when asked"),
      host: host.includes("Mess and scenario only when asked") && host.includes('"mess":'),
    };
  };

  it("is offered, in prompt and schema, to both paths when the description asks for mess, difficulty or a scenario, and only then", () => {
    for (const d of ASKS_FOR_MESS) expect(offersMess(d), d).toEqual({ schema: true, prompt: true, host: true });
    for (const d of [...ONE_TABLE, ...SEVERAL]) expect(offersMess(d), d.slice(0, 60)).toEqual({ schema: false, prompt: false, host: false });
  });

  it("offers a child table's mess list too when several tables and mess are asked for", () => {
    const schema = buildChatRequest(ASKS_FOR_MESS.at(-1)!).response_format.json_schema.schema as Json;
    expect(schema.$defs.table.properties).toHaveProperty("mess");
    expect(schema.$defs.table.properties).toHaveProperty("duplicates");
    expect((buildChatRequest(SHOP).response_format.json_schema.schema as Json).$defs.table.properties).not.toHaveProperty("mess");
  });
});

describe("asking for tables by name, against a local chat-completions server", () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI();
  });
  afterAll(() => server.close());

  it("plans several tables for 'two tables: authors and books', which names no entity the offline reader relates", async () => {
    const books = { name: "books", rows: null, parent: "authors", count: { mean: 3, min: 1, max: 12, dispersion: null, effects: null }, orphans: null };
    const reply = answer({
      title: "Authors and books",
      domain: "publishing",
      table: "authors",
      columns: [col({ kind: "id", name: "author_id", format: "sequence" }), col({ kind: "faker", name: "name", method: "person.fullName" })],
      tables: [{ ...books, relations: [{ kind: "reference", name: "author_id", table: "authors", column: null, popularity: null, hidden: null }], columns: [col({ kind: "id", name: "book_id", format: "sequence" }), col({ kind: "faker", name: "title", method: "book.title" })] }],
    });
    server.reply(completion(reply));
    const result = await describeSchema("two tables: authors and books", { planner: "openai", openai: { apiKey: "sk-test-shape", baseURL: server.baseURL }, cacheDir: await tempDir() });
    expect(server.requests.at(-1)!.body.response_format.json_schema.schema.properties).toHaveProperty("tables");
    expect(result.spec.table).toBe("authors");
    expect(result.spec.tables!.map((t) => t.name)).toEqual(["books"]);
    expect(result.spec.tables![0]!.references).toEqual([{ name: "author_id", table: "authors" }]);
  });
});

describe("a long multi-table description, against a local chat-completions server", () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI();
  });
  afterAll(() => server.close());

  it("lists the catalog in the prompt rather than the schema, and a method near a catalog id is repaired to it", async () => {
    const longest = `${SHOP}; `.repeat(20).slice(0, MAX_DESCRIPTION_LENGTH);
    const reply = answer({
      title: "Shop customers",
      domain: "e-commerce",
      table: "customers",
      columns: [
        col({ kind: "id", name: "customer_id", format: "sequence" }),
        col({ kind: "faker", name: "full_name", method: "person.full_name" }),
        col({ kind: "faker", name: "email", method: "internet.email" }),
      ],
      tables: null,
    });
    server.reply(completion(reply));
    const result = await describeSchema(longest, { planner: "openai", openai: { apiKey: "sk-test-shape", baseURL: server.baseURL }, cacheDir: await tempDir() });
    const body = server.requests.at(-1)!.body;
    const faker = (body.response_format.json_schema.schema.$defs.column.anyOf as Json[]).find((v) => v.properties.kind.enum[0] === "faker")!;
    expect(faker.properties.method).toEqual({ type: "string" });
    expect(body.messages[0].content).toContain("person: firstName lastName");
    expect(result.spec.columns.map((c) => [c.name, "method" in c ? c.method : c.kind])).toEqual([["customer_id", "id"], ["full_name", "person.fullName"], ["email", "internet.email"]]);
    expect(result.warnings).toContain('column "full_name": faker method "person.full_name" is not in the catalog; used "person.fullName"');
  });
});

describe("the host model's schema text", () => {
  it("says strict mode's bookkeeping once: an answer that leaves unused fields out plans the same spec as one that writes them null", async () => {
    const system = hostModelRequest("telecom customers with plan and whether they churned").system;
    expect(system).not.toContain('"required"');
    expect(system).not.toContain('"additionalProperties"');
    const full = JSON.stringify(churnAnswer());
    const lean = JSON.stringify(churnAnswer(), (_key, value) => (value === null ? undefined : value));
    expect(lean.length).toBeLessThan(full.length);
    const plan = async (text: string) => {
      const model: HostModel = { name: "sampling:shape-test", complete: async () => ({ text }) };
      return describeSchema("telecom customers with plan and whether they churned", { openai: { apiKey: undefined }, hostModel: model, cacheDir: await tempDir() });
    };
    const [a, b] = await Promise.all([plan(full), plan(lean)]);
    expect(b.planner).toBe("host-model");
    expect(b.spec).toEqual(a.spec);
    expect(b.spec.target).toBe("churned");
  });
});
