import { readFile } from "node:fs/promises";
import { plannerVocabulary } from "@synthdata/core";
import { completable } from "@modelcontextprotocol/sdk/server/completable.js";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { ErrorCode, McpError, type GetPromptResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { DatasetRegistry } from "./resources/datasetRegistry.js";
import { SPEC_GUIDE_URI } from "./resources/registerResources.js";
import { SPEC_GUIDE } from "./tools/guide.js";

/** Completions offered at most: the spec caps a completion at 100 values. */
const MAX_COMPLETIONS = 100;

/** Ways to make a dataset harder, each with the spec fields that do it (the prompt's `how`). */
export const HARDER_WAYS = new Map<string, string>([
  ["label noise", "labelNoise on the target (0.05-0.2): some labels flipped"],
  ["missing values", "missing {rate, when} on a few columns, depending on other columns (MAR)"],
  ["outliers", "outliers {rate, magnitude} on numeric columns"],
  ["typos", "typoRate on text and category columns"],
  ["duplicates", "duplicates {exact, near} shares of rows"],
  ["weaker signal", "difficulty 0.3-0.7, or smaller effect weights"],
  ["class imbalance", "a lower rate on a boolean target (e.g. 0.03)"],
]);

/** Learning goals offered as completions for design_dataset. */
export const LEARNING_GOALS = [
  "binary classification",
  "multiclass classification",
  "regression",
  "handling missing values",
  "outlier detection",
  "imbalanced classes",
  "feature engineering with dates",
  "joins and aggregation",
  "data cleaning",
  "time-based train/test split",
];

function startingWith(values: Iterable<string>, typed: string): string[] {
  const prefix = typed.toLowerCase();
  const out: string[] = [];
  for (const v of values) if (v.toLowerCase().startsWith(prefix) && out.length < MAX_COMPLETIONS) out.push(v);
  return out;
}

/** Prompts an assistant can offer its user: design a dataset, make one harder, explain a card. */
export function registerPrompts(server: McpServer, datasets: DatasetRegistry): void {
  const datasetName = () =>
    completable(z.string().describe("a dataset this server wrote (its resource name)"), (typed) => startingWith(datasets.entries().map((e) => e.name), typed ?? ""));

  server.registerPrompt(
    "design_dataset",
    {
      title: "Design a dataset for a learning goal",
      description: "Plans a synthetic dataset that teaches a skill (e.g. binary classification) in a domain, then generates it",
      argsSchema: {
        goal: completable(z.string().describe("what the dataset should teach or test, e.g. binary classification"), (typed) => startingWith(LEARNING_GOALS, typed ?? "")),
        domain: completable(z.string().describe("the subject, e.g. healthcare").optional(), async (typed) => startingWith((await plannerVocabulary()).domains, typed ?? "")),
        include: completable(z.string().describe("a column or concept it must have, e.g. blood pressure").optional(), async (typed) => startingWith((await plannerVocabulary()).concepts, typed ?? "")),
      },
    },
    ({ goal, domain, include }): GetPromptResult => ({
      description: `Design a dataset for ${goal}`,
      messages: [
        {
          role: "user",
          content: {
            type: "text",
            text:
              `Design a synthetic dataset for practising ${goal}${domain ? ` in ${domain}` : ""}${include ? `, with ${include} among its columns` : ""}. ` +
              "Write a one-paragraph description (what one row is, 6-12 columns with realistic ranges, a target column and what drives it), " +
              "call describe_schema with it, check the spec against the goal (edit columns, effects or mess as needed), then call generate_dataset " +
              "with the spec and about 2000 rows. Finish by telling me what the dataset teaches and which columns carry the signal.",
          },
        },
        { role: "user", content: { type: "resource", resource: { uri: SPEC_GUIDE_URI, mimeType: "text/markdown", text: SPEC_GUIDE } } },
      ],
    }),
  );

  server.registerPrompt(
    "make_harder",
    {
      title: "Make a dataset harder",
      description: "Adds realistic difficulty (noise, missing values, outliers ...) to a dataset this server wrote and generates the new version",
      argsSchema: {
        dataset: datasetName(),
        how: completable(z.string().describe(`one of: ${[...HARDER_WAYS.keys()].join(", ")}`).optional(), (typed) => startingWith(HARDER_WAYS.keys(), typed ?? "")),
      },
    },
    async ({ dataset, how }): Promise<GetPromptResult> => {
      const card = await cardFile(datasets, dataset, "cardJson");
      const run = datasets.get(dataset)?.run;
      const ways = how && HARDER_WAYS.has(how) ? [`${how}: ${HARDER_WAYS.get(how)}`] : [...HARDER_WAYS].map(([k, v]) => `${k}: ${v}`);
      return {
        description: `Make ${dataset} harder`,
        messages: [
          {
            role: "user",
            content: {
              type: "text",
              text:
                `Make the dataset "${dataset}" harder to learn from, the way real data is, without removing its signal. Its spec and card are below. ` +
                `Edit the spec with ${how ? "this change" : "one or two of these changes"}:\n- ${ways.join("\n- ")}\n` +
                `Then call generate_dataset with the edited spec${run ? `, rows ${run.rows} and seed ${run.seed}` : ""}, and tell me what changed and how it should affect a model.\n\n` +
                `Spec:\n${JSON.stringify(run?.spec ?? null)}`,
            },
          },
          { role: "user", content: { type: "resource", resource: card } },
        ],
      };
    },
  );

  server.registerPrompt(
    "explain_card",
    {
      title: "Explain a dataset's card",
      description: "Explains a dataset this server wrote: what a row is, the hidden relationships, the mess injected and what a model can learn",
      argsSchema: { dataset: datasetName() },
    },
    async ({ dataset }): Promise<GetPromptResult> => ({
      description: `Explain the card of ${dataset}`,
      messages: [
        {
          role: "user",
          content: {
            type: "text",
            text:
              `Explain the dataset "${dataset}" from its card below, for someone about to train a model on it: what one row is, each column in a phrase, ` +
              "the relationships that were built in (the answer key), the mess injected and how much, and what accuracy the signal check suggests is reachable.",
          },
        },
        { role: "user", content: { type: "resource", resource: await cardFile(datasets, dataset, "cardMarkdown") } },
      ],
    }),
  );
}

async function cardFile(datasets: DatasetRegistry, name: string, role: "cardJson" | "cardMarkdown"): Promise<{ uri: string; mimeType: string; text: string }> {
  const entry = datasets.get(name);
  if (!entry) {
    const known = datasets.entries().map((e) => e.name);
    throw new McpError(ErrorCode.InvalidParams, `no dataset "${name}" on this server; ${known.length ? `it has ${known.join(", ")}` : "generate one with generate_dataset first"}`);
  }
  const file = entry.files.find((f) => f.role === role);
  if (!file) throw new McpError(ErrorCode.InvalidParams, `"${name}" was written without a card (card: false); generate it again with the card`);
  return { uri: file.uri, mimeType: file.mimeType, text: await readFile(file.path, "utf8") };
}
