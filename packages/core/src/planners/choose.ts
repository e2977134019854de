import type { OpenAIOptions, PlannerChoice } from "../dataset.js";
import { SynthdataError } from "../errors.js";
import { OFFLINE_PLANNER_VERSION } from "./offline/version.js";
import type { Planner } from "./planner.js";
import type { HostModel } from "./llm/hostModelPlanner.js";

/**
 * A planner that needs no key and no network: lexicon, stated ranges and
 * lists, domain defaults (offline/offlinePlanner.ts). Its code loads when it
 * plans: a cache hit needs only its fingerprint.
 */
export const offlinePlanner: Planner = {
  name: "offline",
  fingerprint: OFFLINE_PLANNER_VERSION,
  async plan(description) {
    const { planOffline } = await import("./offline/offlinePlanner.js");
    return planOffline(description);
  },
};

/**
 * auto: OpenAI when there is a key, else the host's model when the door has one, else offline; openai without a key is an
 * error that says how to set one. The OpenAI SDK is loaded only when used, so
 * offline and cached runs start fast.
 */
export async function choosePlanner(choice: PlannerChoice, openai: OpenAIOptions, hostModel?: HostModel): Promise<Planner> {
  if (choice === "offline") return offlinePlanner;
  if (choice === "host-model" || (choice === "auto" && !openai.apiKey)) {
    if (!hostModel) return offlinePlanner;
    const { createHostModelPlanner } = await import("./llm/hostModelPlanner.js");
    return createHostModelPlanner(hostModel);
  }
  if (!openai.apiKey) {
    throw new SynthdataError(
      "OPENAI_NOT_CONFIGURED",
      "the OpenAI planner needs a key: set OPENAI_API_KEY in the environment or in a .env file (VS Code: run \"Synthetic Data: Set OpenAI API Key\"), or use the offline planner",
    );
  }
  const { createOpenAIPlanner } = await import("./openai/openaiPlanner.js");
  return createOpenAIPlanner({
    apiKey: openai.apiKey,
    ...(openai.baseURL ? { baseURL: openai.baseURL } : {}),
    ...(openai.model ? { model: openai.model } : {}),
    ...(openai.timeoutMs !== undefined ? { timeoutMs: openai.timeoutMs } : {}),
    ...(openai.maxRetries !== undefined ? { maxRetries: openai.maxRetries } : {}),
  });
}
