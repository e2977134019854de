import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SynthdataError, type ErrorCode } from "../src/errors.js";
import { createOpenAIPlanner, type OpenAIPlannerOptions } from "../src/planners/openai/openaiPlanner.js";
import { apiError, churnAnswer, completion, refusal, startFakeOpenAI, type FakeOpenAI } from "./support/fakeOpenAI.js";

const CANARY = "sk-canary-DO-NOT-LEAK-1234";
const DESCRIPTION = "online store orders with order id, price, quantity and whether the order was returned";

/** Every error and result a test produced: none may carry the key, in any form. */
const seen: unknown[] = [];

function expectNoKey(value: unknown): void {
  const texts = [inspect(value, { depth: 10, showHidden: true }), value instanceof Error ? `${value.message}\n${value.stack}` : "", JSON.stringify(value) ?? ""];
  if (value instanceof SynthdataError) texts.push(JSON.stringify(value.data ?? {}), JSON.stringify(value.issues));
  for (const text of texts) {
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain("DO-NOT-LEAK");
    expect(text).not.toMatch(/sk-canary/);
  }
}

async function planError(options: Partial<OpenAIPlannerOptions> & { baseURL: string }, signal?: AbortSignal): Promise<SynthdataError> {
  const planner = createOpenAIPlanner({ apiKey: CANARY, ...options });
  const outcome = await planner.plan(DESCRIPTION, signal ? { signal } : {}).then(
    (result) => result,
    (error: unknown) => error,
  );
  seen.push(outcome);
  expect(outcome).toBeInstanceOf(SynthdataError);
  return outcome as SynthdataError;
}

function expectCode(error: SynthdataError, code: ErrorCode): void {
  expect(error.code, error.message).toBe(code);
}

describe("OpenAI planner failures, against a local server", () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI();
  });
  afterAll(async () => {
    await server.close();
    expect(seen.length).toBeGreaterThan(10);
    for (const value of seen) expectNoKey(value);
  });
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(() => {
    // Every request carried the key where it belongs, and only there.
    for (const request of server.requests) {
      expect(request.headers["authorization"]).toBe(`Bearer ${CANARY}`);
      expect(request.raw).not.toContain(CANARY);
    }
  });

  it("a refusal asks for a dataset description instead", async () => {
    server.reply(refusal("I'm sorry, I can't help with that."));
    const error = await planError({ baseURL: server.baseURL });
    expectCode(error, "UNINTERPRETABLE_DESCRIPTION");
    expect(error.message).toContain("declined");
    expect(error.message).toMatch(/describe the rows and columns you want, e\.g\./);
    expect(server.requests).toHaveLength(1);
  });

  it("an answer cut off at the token limit says to ask for fewer columns", async () => {
    server.reply(completion('{"notADataset":null,"title":"Orders","domain":"e-commerce","description":null,"columns":[{"kind":"id","na', "length"));
    const error = await planError({ baseURL: server.baseURL });
    expectCode(error, "OPENAI_BAD_RESPONSE");
    expect(error.message).toMatch(/cut off/);
    expect(error.message).toMatch(/fewer columns/);
    expect(server.requests).toHaveLength(1);
  });

  it("a content filter stop says to reword", async () => {
    server.reply(completion("", "content_filter"));
    const error = await planError({ baseURL: server.baseURL });
    expectCode(error, "OPENAI_BAD_RESPONSE");
    expect(error.message).toMatch(/content filter/);
    expect(error.message).toMatch(/reword/);
  });

  it("an answer that is not JSON is a bad response, with no second call", async () => {
    server.reply(completion("Sure! Here is your dataset: {title: Orders"));
    const error = await planError({ baseURL: server.baseURL });
    expectCode(error, "OPENAI_BAD_RESPONSE");
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.message).toContain("Sure! Here is your dataset");
    expect(server.requests).toHaveLength(1);
  });

  it("401: the key was rejected, no retry, and the server's echo of the key stays out of the message", async () => {
    server.reply(apiError(401, `Incorrect API key provided: ${CANARY}. You can find your API key at https://platform.openai.com/account/api-keys.`, "invalid_api_key"));
    const error = await planError({ baseURL: server.baseURL });
    expectCode(error, "OPENAI_AUTH");
    expect(error.message).toMatch(/the key was rejected/);
    expect(error.message).toContain("OPENAI_API_KEY");
    expect(error.data).toMatchObject({ status: 401, requestId: "req_fake_1" });
    expect(server.requests).toHaveLength(1);
  });

  it("403: the key may not use the model", async () => {
    server.reply(apiError(403, `Project does not have access to model gpt-4o-mini (key ${CANARY})`));
    const error = await planError({ baseURL: server.baseURL });
    expectCode(error, "OPENAI_AUTH");
    expect(error.message).toContain("gpt-4o-mini");
    expect(server.requests).toHaveLength(1);
  });

  it("429, 429, 200: the SDK's retries carry it to success on the third request", async () => {
    server.reply(apiError(429, "Rate limit reached"), apiError(429, "Rate limit reached"), completion(churnAnswer()));
    const planner = createOpenAIPlanner({ apiKey: CANARY, baseURL: server.baseURL, maxRetries: 2 });
    const result = await planner.plan(DESCRIPTION);
    seen.push(result);
    expect(result.spec.columns.length).toBe(10);
    expect(server.requests).toHaveLength(3);
  });

  it("429 on every request: OPENAI_RATE_LIMIT after exactly maxRetries + 1 requests, with the request id", async () => {
    server.reply(apiError(429, "Rate limit reached"), apiError(429, "Rate limit reached"), apiError(429, "Rate limit reached"));
    const error = await planError({ baseURL: server.baseURL, maxRetries: 2 });
    expectCode(error, "OPENAI_RATE_LIMIT");
    expect(error.message).toMatch(/429/);
    expect(error.message).toMatch(/3 attempts/);
    expect(error.data).toMatchObject({ status: 429, attempts: 3, requestId: "req_fake_3" });
    expect(server.requests).toHaveLength(3);
  });

  it("429 insufficient_quota says the quota is used up", async () => {
    server.reply(apiError(429, "You exceeded your current quota", "insufficient_quota"));
    const error = await planError({ baseURL: server.baseURL, maxRetries: 0 });
    expectCode(error, "OPENAI_RATE_LIMIT");
    expect(error.message).toMatch(/quota/);
    expect(server.requests).toHaveLength(1);
  });

  it("a Retry-After longer than the deadline ends on time, still reported as a rate limit", async () => {
    server.reply({ kind: "json", status: 429, body: { error: { message: "slow down", type: "requests" } }, headers: { "retry-after": "30" } });
    const started = Date.now();
    const error = await planError({ baseURL: server.baseURL, timeoutMs: 400, maxRetries: 2 });
    expect(Date.now() - started).toBeLessThan(2000);
    expectCode(error, "OPENAI_RATE_LIMIT");
    expect(server.requests).toHaveLength(1);
  });

  it("5xx on every request: OPENAI_UNAVAILABLE after exactly maxRetries + 1 requests", async () => {
    server.reply(apiError(500, "internal"), apiError(502, "bad gateway"), apiError(503, "overloaded"));
    const error = await planError({ baseURL: server.baseURL, maxRetries: 2 });
    expectCode(error, "OPENAI_UNAVAILABLE");
    expect(error.message).toMatch(/503 \(server error\) after 3 attempts/);
    expect(server.requests).toHaveLength(3);

    server.requests.length = 0;
    server.reply(apiError(500, "internal"), apiError(500, "internal"));
    const once = await planError({ baseURL: server.baseURL, maxRetries: 1 });
    expectCode(once, "OPENAI_UNAVAILABLE");
    expect(server.requests).toHaveLength(2);
  });

  it("404: names the model and the base URL to check", async () => {
    server.reply(apiError(404, "The model `gpt-9` does not exist"));
    const error = await planError({ baseURL: server.baseURL, model: "gpt-9" });
    expectCode(error, "OPENAI_UNAVAILABLE");
    expect(error.message).toContain('"gpt-9"');
    expect(error.message).toContain("OPENAI_BASE_URL");
  });

  it("400: the server's reason, and that the model must support structured outputs", async () => {
    server.reply(apiError(400, `Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model (key ${CANARY}).`));
    const error = await planError({ baseURL: server.baseURL });
    expectCode(error, "OPENAI_BAD_RESPONSE");
    expect(error.message).toContain("json_schema");
    expect(error.message).toContain("(key [key])");
    expect(error.message).toContain("structured outputs");
    expect(server.requests).toHaveLength(1);
  });

  it("a server slower than timeoutMs: OPENAI_TIMEOUT, on time", async () => {
    server.reply({ kind: "json", status: 200, body: completionBody(), delayMs: 3000 });
    const started = Date.now();
    const error = await planError({ baseURL: server.baseURL, timeoutMs: 300, maxRetries: 0 });
    expect(Date.now() - started).toBeLessThan(1500);
    expectCode(error, "OPENAI_TIMEOUT");
    expect(error.message).toMatch(/did not answer within 0\.3 s/);
    expect(server.requests).toHaveLength(1);
    await expect.poll(() => server.requests[0]!.closedEarly, { timeout: 1000 }).toBe(true);
  });

  it("headers on time but a body that never finishes: OPENAI_TIMEOUT, on time", async () => {
    server.reply({ kind: "slowBody", status: 200, body: completionBody(), delayMs: 3000 });
    const started = Date.now();
    const error = await planError({ baseURL: server.baseURL, timeoutMs: 300, maxRetries: 0 });
    expect(Date.now() - started).toBeLessThan(1500);
    expectCode(error, "OPENAI_TIMEOUT");
  });

  it("retries do not stretch the deadline: timeoutMs bounds the whole plan", async () => {
    server.reply({ kind: "json", status: 200, body: completionBody(), delayMs: 3000 });
    const started = Date.now();
    const error = await planError({ baseURL: server.baseURL, timeoutMs: 500, maxRetries: 2 });
    expect(Date.now() - started).toBeLessThan(2000);
    expectCode(error, "OPENAI_TIMEOUT");
  });

  it("a server that hangs up: OPENAI_UNAVAILABLE after the SDK's retries", async () => {
    server.reply({ kind: "hangUp" }, { kind: "hangUp" });
    const error = await planError({ baseURL: server.baseURL, maxRetries: 1 });
    expectCode(error, "OPENAI_UNAVAILABLE");
    expect(error.message).toContain(new URL(server.baseURL).host);
    expect(server.requests).toHaveLength(2);
  });

  it("the caller's signal aborts the request: CANCELLED at once, and an aborted signal sends nothing", async () => {
    server.reply({ kind: "json", status: 200, body: completionBody(), delayMs: 3000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await planError({ baseURL: server.baseURL }, controller.signal);
    expect(Date.now() - started).toBeLessThan(1000);
    expectCode(error, "CANCELLED");
    expect(server.requests).toHaveLength(1);
    await expect.poll(() => server.requests[0]!.closedEarly, { timeout: 1000 }).toBe(true);

    server.requests.length = 0;
    const before = await planError({ baseURL: server.baseURL }, AbortSignal.abort());
    expectCode(before, "CANCELLED");
    expect(server.requests).toHaveLength(0);
  });

  it("bad options are refused before any request", async () => {
    expect(() => createOpenAIPlanner({ apiKey: "" })).toThrow(expect.objectContaining({ code: "OPENAI_NOT_CONFIGURED" }));
    expect(() => createOpenAIPlanner({ apiKey: CANARY, timeoutMs: -1 })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => createOpenAIPlanner({ apiKey: CANARY, maxRetries: 1.5 })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => createOpenAIPlanner({ apiKey: CANARY, baseURL: "not a url" })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    // A timeout above the cap is held to 25 s rather than refused.
    expect(createOpenAIPlanner({ apiKey: CANARY, timeoutMs: 60_000 }).name).toBe("openai");
  });
});

describe("OpenAI planner when the network is down", () => {
  it("a closed port: OPENAI_UNAVAILABLE naming the host, OPENAI_BASE_URL and the offline planner", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const error = await planError({ baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 1 });
    expectCode(error, "OPENAI_UNAVAILABLE");
    expect(error.message).toBe(`cannot reach 127.0.0.1:${port}; check OPENAI_BASE_URL or your network, or use --planner offline`);
    expect(error.data).toMatchObject({ attempts: 2 });
    expectNoKey(error);
  });
});

function completionBody(): unknown {
  const reply = completion(churnAnswer());
  return reply.kind === "json" ? reply.body : undefined;
}
