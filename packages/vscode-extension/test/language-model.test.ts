import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeSchema } from "@synthdata/core";
import { describe, expect, it } from "vitest";
import { churnAnswer } from "../../core/test/support/fakeOpenAI.js";
import { languageModelHostModel, pickLanguageModel, type LanguageModelChatLike } from "../src/languageModel.js";

const DESCRIPTION = "telecom customers with plan, monthly charges, tenure and whether they churned";

/** A Copilot-like model at the edge: streams a scripted answer in small pieces, records what it got. */
function fakeChat(answer: string | Error, id = "gpt-4o") {
  const sent: string[][] = [];
  const chat: LanguageModelChatLike = {
    id,
    vendor: "copilot",
    async send(parts) {
      sent.push(parts);
      if (answer instanceof Error) throw answer;
      return (async function* () {
        for (let i = 0; i < answer.length; i += 50) yield answer.slice(i, i + 50);
      })();
    },
  };
  return { chat, sent };
}

const options = async () => ({ planner: "host-model" as const, cacheDir: await mkdtemp(join(tmpdir(), "synthdata-vscode-lm-")) });

describe("planning with VS Code's language models", () => {
  it("plans through the model with core's prompt, streamed, and says which model", async () => {
    const { chat, sent } = fakeChat(JSON.stringify(churnAnswer()));
    const result = await describeSchema(DESCRIPTION, { ...(await options()), hostModel: languageModelHostModel(chat) });
    expect(result.planner).toBe("host-model");
    expect(result.spec.target).toBe("churned");
    expect(result.warnings[0]).toBe("planned by the host's model vscode:copilot/gpt-4o (gpt-4o)");
    expect(sent).toHaveLength(1);
    expect(sent[0]![0]).toMatch(/JSON Schema/);
    expect(sent[0]![1]).toContain(DESCRIPTION);
  });

  it("plans offline with a warning when the user declines consent or the answer is not a spec", async () => {
    for (const answer of [new Error("NoPermissions: the user did not grant access"), "I cannot do that."]) {
      const { chat } = fakeChat(answer);
      const result = await describeSchema(DESCRIPTION, { ...(await options()), hostModel: languageModelHostModel(chat) });
      expect(result.planner).toBe("offline");
      expect(result.warnings.join("\n")).toMatch(/vscode:copilot\/gpt-4o.*planned offline instead/);
    }
  });

  it("never uses OpenAI with planner host-model, even with a key in the environment, and plans offline without a model", async () => {
    const before = process.env["OPENAI_API_KEY"];
    process.env["OPENAI_API_KEY"] = "sk-test-not-used";
    try {
      const result = await describeSchema(DESCRIPTION, await options());
      expect(result.planner).toBe("offline");
    } finally {
      if (before === undefined) delete process.env["OPENAI_API_KEY"];
      else process.env["OPENAI_API_KEY"] = before;
    }
  });

  it("picks the first model offered, and none when the host has no vscode.lm, offers none, or fails", async () => {
    const logged: string[] = [];
    expect(await pickLanguageModel(async () => ["a", "b"], (m) => logged.push(m))).toBe("a");
    expect(await pickLanguageModel(async () => [], (m) => logged.push(m))).toBeUndefined();
    expect(await pickLanguageModel(undefined, (m) => logged.push(m))).toBeUndefined();
    expect(await pickLanguageModel(() => Promise.reject(new Error("not allowed")), (m) => logged.push(m))).toBeUndefined();
    expect(logged).toEqual(["no language model from VS Code (not allowed); planning offline"]);
  });
});
