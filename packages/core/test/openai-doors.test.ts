import { spawn } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SchemaCache, describeSchema, defaultCacheDir, readEnvironment } from "@synthdata/core";
import { tempDir } from "./helpers.js";
import { apiError, churnAnswer, completion, refusal, startFakeOpenAI, type FakeOpenAI } from "./support/fakeOpenAI.js";

/**
 * The OpenAI planner behind the cache and the CLI, against a real loopback
 * server: one request per unique description, nothing cached that should not
 * be, and a canary key that never shows up anywhere but the Authorization header.
 */
const CANARY = "sk-canary-DO-NOT-LEAK-1234";
const CLI = fileURLToPath(new URL("../../cli/dist/main.js", import.meta.url));
const CHURN = "telecom customers with name, email, age, plan, monthly charges, tenure, signup date and whether they churned";

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const openai = () => ({ apiKey: CANARY, baseURL: fake.baseURL, maxRetries: 2, timeoutMs: 5000 });

function cli(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env["PATH"] ?? "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every file under dir, recursively, as text. */
async function allText(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const texts = await Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), "utf8")));
  return texts.join("\n");
}

describe("OpenAI planner behind the cache", () => {
  it("makes exactly one request per unique description; a hit makes none", async () => {
    const cacheDir = await tempDir();
    fake.reply(completion(churnAnswer()));
    const first = await describeSchema(CHURN, { planner: "auto", openai: openai(), cacheDir });
    expect(first).toMatchObject({ source: "openai", planner: "openai", cached: false });
    const again = await describeSchema(`  ${CHURN.toUpperCase()} `, { planner: "auto", openai: openai(), cacheDir });
    expect(again).toMatchObject({ source: "cache", planner: "openai", cached: true });
    expect(again.spec).toEqual(first.spec);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${CANARY}`);
    expect(await readFile(join(cacheDir, "specs.json"), "utf8")).not.toContain(CANARY);
  });

  it("caches nothing after a refusal, a 401, a rate limit or a cut-off answer", async () => {
    const cacheDir = await tempDir();
    const cases: [Parameters<FakeOpenAI["reply"]>, string, number][] = [
      [[refusal("I can't help with that.")], "UNINTERPRETABLE_DESCRIPTION", 1],
      [[apiError(401, `Incorrect API key provided: ${CANARY}`)], "OPENAI_AUTH", 1],
      [[apiError(429, "Rate limit reached")], "OPENAI_RATE_LIMIT", 3],
      [[completion('{"title": "cut', "length")], "OPENAI_BAD_RESPONSE", 1],
    ];
    for (const [replies, code, requests] of cases) {
      fake.requests.length = 0;
      fake.reply(...replies);
      const error = await describeSchema(CHURN, { openai: openai(), cacheDir }).catch((e: Error & { code: string }) => e);
      expect(error).toMatchObject({ code });
      expect((error as Error).message).not.toContain(CANARY);
      expect(JSON.stringify(error)).not.toContain(CANARY);
      expect(fake.requests, code).toHaveLength(requests);
      expect(await new SchemaCache(cacheDir).size()).toBe(0);
    }
  });

  it("refuses, and does not cache, an answer whose faker method is a template or code", async () => {
    const cacheDir = await tempDir();
    for (const method of ["{{person.firstName}}", "helpers.fake", "person.constructor", "constructor.constructor"]) {
      fake.requests.length = 0;
      // A server that does not enforce strict outputs can answer anything.
      const hostile = churnAnswer() as { columns: Record<string, unknown>[] };
      hostile.columns = hostile.columns.map((c) => (c["name"] === "first_name" ? { ...c, method } : c));
      fake.reply(completion(hostile));
      await expect(describeSchema(`${CHURN} #${method}`, { openai: openai(), cacheDir })).rejects.toMatchObject({ code: "OPENAI_BAD_RESPONSE", message: expect.stringMatching(/looks like code or a template.*not cached/) });
      expect(fake.requests).toHaveLength(1);
    }
    expect(await new SchemaCache(cacheDir).size()).toBe(0);
  });

  it("aborts the request when the caller cancels", async () => {
    fake.reply({ kind: "json", status: 200, body: {}, delayMs: 3000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    await expect(describeSchema(CHURN, { openai: openai(), cacheDir: await tempDir(), signal: controller.signal })).rejects.toMatchObject({ code: "CANCELLED" });
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.requests[0]!.closedEarly).toBe(true);
  });

  it("uses the cache folder from SYNTHDATA_CACHE_DIR", () => {
    expect(defaultCacheDir({ SYNTHDATA_CACHE_DIR: "/x/y" })).toBe("/x/y");
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/c" }, "linux")).toBe("/c/synthdata");
  });
});

describe("the CLI with a key", () => {
  it("plans with OpenAI from the environment, serves the repeat from the cache, and never shows the key", async () => {
    const dir = await tempDir();
    const env = { OPENAI_API_KEY: CANARY, OPENAI_BASE_URL: fake.baseURL, SYNTHDATA_CACHE_DIR: join(dir, ".cache") };
    fake.reply(completion(churnAnswer()));
    const first = await cli(["generate", CHURN, "--rows", "300", "--seed", "1", "--split", "0.8"], dir, env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/spec from the openai planner/);
    const second = await cli(["generate", CHURN, "--rows", "300", "--seed", "1", "--out", "again.csv"], dir, env);
    expect(second.stderr).toMatch(/spec from the cache \(made by the openai planner; no API call\)/);
    expect(fake.requests).toHaveLength(1);
    for (const text of [first.stdout, first.stderr, second.stdout, second.stderr, await allText(dir)]) expect(text).not.toContain(CANARY);
  });

  it("reads the key and base URL from a .env file in the working folder", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, ".env"), `OPENAI_API_KEY=${CANARY}\nOPENAI_BASE_URL=${fake.baseURL}\n`);
    fake.reply(completion(churnAnswer()));
    const run = await cli(["schema", CHURN], dir, { SYNTHDATA_CACHE_DIR: join(dir, ".cache") });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/openai planner/);
    expect(fake.requests).toHaveLength(1);
    expect(run.stdout + run.stderr).not.toContain(CANARY);
  });

  it("does not let a .env base URL redirect a key that comes from the environment", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, ".env"), "OPENAI_BASE_URL=http://attacker.example/v1\nSYNTHDATA_MODEL=gpt-4o\n");
    // Nor choose the model: a .env file may set only the key and the base URL.
    expect(readEnvironment({ OPENAI_API_KEY: CANARY }, dir)).toEqual({ OPENAI_API_KEY: CANARY });
    // Key and base URL from the same file are the user's own setup.
    await writeFile(join(dir, ".env"), `OPENAI_API_KEY=${CANARY}\nOPENAI_BASE_URL=${fake.baseURL}\n`);
    expect(readEnvironment({}, dir)).toEqual({ OPENAI_API_KEY: CANARY, OPENAI_BASE_URL: fake.baseURL });
    // The environment wins over the file.
    expect(readEnvironment({ OPENAI_API_KEY: "sk-env", OPENAI_BASE_URL: "http://127.0.0.1:1/v1" }, dir)).toMatchObject({ OPENAI_API_KEY: "sk-env", OPENAI_BASE_URL: "http://127.0.0.1:1/v1" });
  });

  it("exits 2 with a clear message, without the key, when the key is rejected", async () => {
    const dir = await tempDir();
    fake.reply(apiError(401, `Incorrect API key provided: ${CANARY}`));
    const run = await cli(["generate", CHURN], dir, { OPENAI_API_KEY: CANARY, OPENAI_BASE_URL: fake.baseURL, SYNTHDATA_CACHE_DIR: join(dir, ".cache") });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/key was rejected/);
    expect(run.stderr).not.toContain(CANARY);
    expect((await readdir(dir)).filter((f) => f.endsWith(".csv"))).toEqual([]);
  });

  it("exits 1 and names the host when the server cannot be reached", async () => {
    const dir = await tempDir();
    const run = await cli(["schema", CHURN], dir, { OPENAI_API_KEY: CANARY, OPENAI_BASE_URL: "http://127.0.0.1:9/v1", SYNTHDATA_CACHE_DIR: join(dir, ".cache") });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot reach 127\.0\.0\.1:9/);
    expect(run.stderr).not.toContain(CANARY);
  });
});
