import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { churnAnswer, completion, startFakeOpenAI, type FakeOpenAI } from "../../core/test/support/fakeOpenAI.js";
import { childEnv, spawnServer, tmp } from "./helpers.js";

/**
 * Issue 12 item 5: a web page on another origin must not spend the user's key
 * through REST. The server runs with a key against a loopback OpenAI server
 * that counts chat completions.
 */
const CANARY = "sk-canary-DO-NOT-LEAK-rest";
const ALLOWED = "https://allowed.example";
const EVIL = "http://evil.example";

describe("REST and the OpenAI key", () => {
  let fake: FakeOpenAI;
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  let token: string;
  let stderr = "";
  let n = 0;
  /** A description not asked before: each one would cost a completion unless it is refused or planned offline. */
  const fresh = () => `telecom customers with name, email, age, plan and whether they churned (${++n})`;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    const base = await tmp();
    child = spawnServer(["--http", "--port", "0", "--allow-origin", ALLOWED], {
      cwd: base,
      env: childEnv(join(base, "cache"), { OPENAI_API_KEY: CANARY, OPENAI_BASE_URL: fake.baseURL }),
    });
    [url, token] = await new Promise<[string, string]>((resolve, reject) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        const at = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        const tok = /token for pages on other origins: (\S+)/.exec(stderr);
        if (at && tok) resolve([at[1]!, tok[1]!]);
      });
      child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    });
  });
  afterAll(async () => {
    child?.kill("SIGTERM");
    await fake?.close();
  });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.reply(completion(churnAnswer()));
  });

  const generate = (headers: Record<string, string>, body: unknown = { description: fresh(), rows: 20, seed: 1 }) =>
    fetch(`${url}/generate`, { method: "POST", headers, body: JSON.stringify(body) });

  it("refuses a text/plain body (what a page sends without a preflight) with 415, before any planner runs", async () => {
    for (const type of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await generate({ "Content-Type": type, Origin: EVIL });
      expect(res.status, type).toBe(415);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/application\/json/);
    }
    // A body with no Content-Type at all (fetch with a Blob) is refused too.
    const untyped = await fetch(`${url}/generate`, { method: "POST", headers: { Origin: EVIL }, body: new Blob([JSON.stringify({ description: fresh() })]) });
    expect(untyped.status).toBe(415);
    expect(fake.requests).toHaveLength(0);
  });

  it("serves a page on a foreign origin with the offline planner and a warning: 0 chat completions, data still readable", async () => {
    for (let i = 0; i < 5; i++) {
      const res = await generate({ "Content-Type": "application/json", Origin: EVIL });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("x-synthdata-source")).toBe("offline");
      expect(res.headers.get("x-synthdata-warning")).toMatch(/planned offline.*--allow-origin/);
      expect(res.headers.get("access-control-expose-headers")).toMatch(/X-Synthdata-Warning/);
      expect((await res.text()).split("\n")[0]).toMatch(/churn/i);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it("lets an origin given with --allow-origin use the key: one chat completion", async () => {
    const res = await generate({ "Content-Type": "application/json", Origin: ALLOWED });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-synthdata-source")).toBe("openai");
    expect(res.headers.get("x-synthdata-warning")).toBeNull();
    await res.text();
    expect(fake.requests).toHaveLength(1);
  });

  it("lets any origin use the key with the start-up token, as a Bearer or X-Synthdata-Token header", async () => {
    const auths: Record<string, string>[] = [{ Authorization: `Bearer ${token}` }, { "X-Synthdata-Token": token }];
    for (const auth of auths) {
      fake.requests.length = 0;
      const res = await generate({ "Content-Type": "application/json", Origin: EVIL, ...auth });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-synthdata-source")).toBe("openai");
      await res.text();
      expect(fake.requests).toHaveLength(1);
    }
    const preflight = await fetch(`${url}/generate`, {
      method: "OPTIONS",
      headers: { Origin: EVIL, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type, x-synthdata-token" },
    });
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/X-Synthdata-Token/);
  });

  it("refuses a wrong token with 401 instead of planning", async () => {
    const res = await generate({ "Content-Type": "application/json", Origin: EVIL, Authorization: "Bearer not-the-token" });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("BAD_TOKEN");
    expect(fake.requests).toHaveLength(0);
  });

  it("keeps the key for callers without an Origin (curl, scripts, testing tools) and for spec requests from anywhere", async () => {
    const res = await generate({ "Content-Type": "application/json" });
    expect(res.headers.get("x-synthdata-source")).toBe("openai");
    await res.text();
    expect(fake.requests).toHaveLength(1);
    const spec = { title: "S", domain: "d", columns: [{ name: "n", kind: "integer", min: 1, max: 9 }] };
    const bySpec = await generate({ "Content-Type": "application/json", Origin: EVIL }, { spec, rows: 3 });
    expect(bySpec.status).toBe(200);
    expect(bySpec.headers.get("x-synthdata-source")).toBe("spec");
    expect(bySpec.headers.get("x-synthdata-warning")).toBeNull();
    expect(fake.requests).toHaveLength(1);
    expect(stderr).not.toContain(CANARY);
  });
});
