import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiError, startFakeOpenAI, type FakeOpenAI } from "../../core/test/support/fakeOpenAI.js";
import { runCli, tmp } from "./helpers.js";

/**
 * A server that echoes the key back encoded (a debugging proxy showing the
 * Authorization header in base64, a URL with the key in its query) must not
 * get it onto the user's terminal: the loopback fake OpenAI answers 400 with
 * the key in base64, base64url, hex and percent-encoding in its error message.
 */
const CANARY = "sk-canary-DO-NOT-LEAK-1234?x/y+z";

const bearer = `Bearer ${CANARY}`;
const forms = {
  base64: Buffer.from(bearer).toString("base64"),
  base64url: Buffer.from(`:${CANARY}`).toString("base64url"),
  hex: Buffer.from(CANARY).toString("hex"),
  percent: encodeURIComponent(CANARY),
  percentAll: [...Buffer.from(CANARY)].map((b) => `%${b.toString(16).toUpperCase()}`).join(""),
};

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

describe("the CLI when a server echoes the key encoded", () => {
  it("shows the error without any encoded copy of the key", async () => {
    const dir = await tmp();
    const echoed = `bad header auth=${forms.base64} u=${forms.base64url} h=${forms.hex} q=${forms.percent} p=${forms.percentAll}`;
    fake.reply(apiError(400, echoed));
    const run = await runCli(["generate", "customers with name, age and whether they churned"], dir, { env: { OPENAI_API_KEY: CANARY, OPENAI_BASE_URL: fake.baseURL } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/rejected the request \(400\): bad header auth=/);
    expect(run.stderr).toContain("[key]");
    const seen = run.stdout + run.stderr;
    expect(seen).not.toContain(CANARY);
    // What each encoding carries of the key, beyond the few edge characters shared with the text around it.
    // No 16-character run of any of them is left (a cut message must not keep part of one either).
    const cores = [forms.base64.slice(10, 42), forms.base64url.slice(1, 40), forms.hex, forms.percent, forms.percentAll];
    for (const core of cores) {
      for (let i = 0; i + 16 <= core.length; i++) expect(seen.toLowerCase()).not.toContain(core.slice(i, i + 16).toLowerCase());
    }
    expect((await readdir(dir)).filter((f) => f.endsWith(".csv"))).toEqual([]);
  });
});
