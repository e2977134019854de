import { createHash } from "node:crypto";
import type { MessCounts } from "../mess/inject.js";
import type { CardStorage } from "../sinks/storedTypes.js";
import type { DatasetSpec } from "../spec/schema.js";
import { SYNTHDATA_VERSION } from "../version.js";
import { describeGenerator } from "./generatorText.js";
import { describeRelationships } from "./relationships.js";
import type { SignalCheck } from "./signal.js";

/** What the card says about one column, measured on the rows written. */
export interface CardColumnStats {
  nullShare: number;
  distinct: number;
  /** True when `distinct` stopped counting at a cap (the real count is at least this). */
  distinctCapped: boolean;
  min?: number | string;
  max?: number | string;
  mean?: number;
  trueShare?: number;
  top?: { value: string; count: number }[];
}

export interface CardSplit {
  by: "random" | "time";
  train: number;
  trainRows: number;
  testRows: number;
  stratifyOn?: string;
  timeColumn?: string;
  cutoff?: string;
}

export interface CardExam {
  target: string;
  idColumn: string;
  rows: number;
}

/** The dataset card: how to reproduce the data, what is in it, and the answer key. */
export interface DatasetCard {
  cardVersion: 1;
  title: string;
  domain: string;
  reproduce: { description?: string; specHash: string; seed: number; rows: number; tool: string; toolVersion: string };
  files: { csv?: string; train?: string; test?: string; exam?: string };
  /** The format of the data files and each column's stored type (absent on cards made before formats). */
  storage?: CardStorage;
  target?: string;
  split?: CardSplit;
  /** Exam mode: the test rows went out without `target` as the exam file, each with its run row number (1-based) in `idColumn`. */
  exam?: CardExam;
  columns: ({ name: string; kind: string; generator: string } & CardColumnStats & { injected?: { missing: number; outliers: number; typos: number; labelFlips: number } })[];
  /** Effects and links that make the signal: the answer key's hidden relationships. */
  relationships: string[];
  /** Relations between columns of a row (formulas, ordered and bounded pairs, conditional values, calendars), each measured on the rows written. */
  relations: string[];
  mess: { lines: string[]; exactDuplicates: number; nearDuplicates: number; difficulty: number };
  signal?: SignalCheck;
  /** Teaching scenarios built in (spec `scenario`), each with what a careful learner should notice. */
  scenarios?: string[];
  warnings: string[];
  spec: DatasetSpec;
}

export interface CardInput {
  spec: DatasetSpec;
  /** The spec with its scenarios expanded into columns and effects: what the columns and relationships describe. */
  expanded?: DatasetSpec;
  /** The answer key's lines on the scenarios (scenarios/expand.ts). */
  scenarios?: string[];
  description?: string;
  seed: number;
  rows: number;
  stats: Map<string, CardColumnStats>;
  /** Lines from RelationTotals: each relation in words and as measured. */
  relations?: string[];
  mess?: MessCounts;
  signal?: SignalCheck;
  split?: CardSplit;
  exam?: CardExam;
  files: DatasetCard["files"];
  warnings?: string[];
}

/** sha256 of the spec's JSON with keys in a fixed order, so equal specs hash alike. */
export function specHash(spec: DatasetSpec): string {
  return createHash("sha256").update(canonicalJson(spec)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export function buildCard(input: CardInput): DatasetCard {
  const { spec } = input;
  const warnings = [...(input.warnings ?? [])];
  if (input.signal?.warning) warnings.push(input.signal.warning);
  const mess = input.mess;
  return {
    cardVersion: 1,
    title: spec.title,
    domain: spec.domain,
    reproduce: {
      ...(input.description ? { description: input.description } : {}),
      specHash: specHash(spec),
      seed: input.seed,
      rows: input.rows,
      tool: "synthdata",
      toolVersion: SYNTHDATA_VERSION,
    },
    files: input.files,
    ...(input.signal ? { target: input.signal.target } : spec.target ? { target: spec.target } : {}),
    ...(input.split ? { split: input.split } : {}),
    ...(input.exam ? { exam: input.exam } : {}),
    columns: (input.expanded ?? spec).columns.map((c) => {
      const injected = mess?.columns.get(c.name);
      const hasInjected = injected && (injected.missing || injected.outliers || injected.typos || injected.labelFlips);
      return { name: c.name, kind: c.kind, generator: describeGenerator(c), ...input.stats.get(c.name)!, ...(hasInjected ? { injected } : {}) };
    }),
    relationships: describeRelationships(input.expanded ?? spec),
    relations: input.relations ?? [],
    mess: { lines: messLines(spec, input.rows, mess), exactDuplicates: mess?.exactDuplicates ?? 0, nearDuplicates: mess?.nearDuplicates ?? 0, difficulty: spec.difficulty ?? 0 },
    ...(input.signal ? { signal: input.signal } : {}),
    ...(input.scenarios?.length ? { scenarios: input.scenarios } : {}),
    warnings,
    spec,
  };
}

function messLines(spec: DatasetSpec, rows: number, mess: MessCounts | undefined): string[] {
  if (!mess) return [];
  const pct = (n: number) => `${n} (${((n / rows) * 100).toFixed(2)}% of rows)`;
  const lines: string[] = [];
  for (const c of spec.columns) {
    const m = mess.columns.get(c.name);
    if (!m) continue;
    if (m.missing) lines.push(`${c.name}: ${pct(m.missing)} values removed${c.missing?.when?.length ? " (more often depending on other columns, see relationships)" : " at random"}`);
    if (m.outliers) lines.push(`${c.name}: ${pct(m.outliers)} outliers about ${"outliers" in c ? (c.outliers?.magnitude ?? 6) : 6} standard deviations out`);
    if (m.typos) lines.push(`${c.name}: ${pct(m.typos)} values with a typo`);
    if (m.labelFlips) lines.push(`${c.name}: ${pct(m.labelFlips)} labels flipped (label noise)`);
  }
  if (mess.exactDuplicates) lines.push(`${pct(mess.exactDuplicates)} rows are exact copies of an earlier row (ids included)`);
  if (mess.nearDuplicates) lines.push(`${pct(mess.nearDuplicates)} rows are near copies of an earlier row (own id, one value changed)`);
  if (spec.difficulty) lines.push(`difficulty ${spec.difficulty}: the target's effects were scaled by ${(1 - spec.difficulty).toFixed(2)}`);
  return lines;
}

/** The card for people, as Markdown. */
function storageLine(storage: CardStorage): string {
  const where = storage.table ? `, table \`${storage.table}\`${storage.primaryKey ? ` (primary key ${cell(storage.primaryKey)})` : ""}` : "";
  return `- format: ${storage.format}${where}; stored types: ${storage.columns.map((c) => `${cell(c.name)} ${c.type}`).join(", ")}`;
}

export function renderCardMarkdown(card: DatasetCard): string {
  const out: string[] = [];
  out.push(`# ${card.title}`, "", `Domain: ${card.domain}. ${card.reproduce.rows} rows, ${card.columns.length} columns.`, "");
  out.push("## Reproduce", "");
  if (card.reproduce.description) out.push(`- description: "${card.reproduce.description}"`);
  out.push(`- seed: ${card.reproduce.seed}`, `- rows: ${card.reproduce.rows}`, `- spec sha256: \`${card.reproduce.specHash}\``, `- tool: ${card.reproduce.tool} ${card.reproduce.toolVersion}`);
  const files = Object.entries(card.files).filter(([, v]) => v);
  if (files.length) out.push(`- files: ${files.map(([k, v]) => `${k} \`${v}\``).join(", ")}`);
  if (card.storage) out.push(storageLine(card.storage));
  out.push("", `The spec is in the \`.card.json\` file beside this one: \`synthdata generate --schema <name>.card.json --seed ${card.reproduce.seed} --rows ${card.reproduce.rows}\` makes the same bytes.`, "");
  out.push("## Columns", "", "| column | kind | generator | empty | distinct | summary |", "|---|---|---|---|---|---|");
  for (const c of card.columns) {
    out.push(`| ${cell(c.name)} | ${c.kind} | ${cell(c.generator)} | ${(c.nullShare * 100).toFixed(1)}% | ${c.distinctCapped ? ">=" : ""}${c.distinct} | ${cell(summary(c))} |`);
  }
  out.push("", "## Answer key: hidden relationships", "");
  out.push(...(card.relationships.length ? card.relationships.map((r) => `- ${r}`) : ["- none: the columns are independent"]));
  if (card.relations.length) out.push("", "## Answer key: relations between columns", "", ...card.relations.map((r) => `- ${r}`));
  out.push("", "## Answer key: injected mess", "");
  out.push(...(card.mess.lines.length ? card.mess.lines.map((l) => `- ${l}`) : ["- none"]));
  if (card.scenarios?.length) out.push("", "## Answer key: teaching scenarios", "", ...card.scenarios.map((l) => `- ${l}`));
  if (card.split) {
    out.push("", "## Train/test split", "");
    out.push(
      `- ${card.split.by === "time" ? `by time on ${card.split.timeColumn} (test from ${card.split.cutoff})` : card.split.stratifyOn ? `random, stratified on ${card.split.stratifyOn}` : "random"}: ${card.split.trainRows} train rows, ${card.split.testRows} test rows`,
    );
  }
  if (card.exam && card.files.train && card.files.exam) {
    out.push("", "## Exam", "");
    out.push(
      `- for the learner: \`${card.files.train}\` (${card.split?.trainRows ?? "?"} rows, with ${cell(card.exam.target)}) and \`${card.files.exam}\` (${card.exam.rows} rows, without it; ${cell(card.exam.idColumn)} names each row)`,
      `- for the instructor: this card is the answer key; \`synthdata grade ${card.files.exam.replace(/\.exam\.[^.]+$/, "")}.card.json predictions.csv\` re-derives the answers from its spec, seed and rows and scores a learner's predictions (a CSV of ${cell(card.exam.idColumn)} and ${cell(card.exam.target)})`,
    );
  }
  if (card.signal) {
    const s = card.signal;
    out.push("", "## Signal check", "");
    out.push(
      `A ${s.model} fitted on ${s.trainRows} rows and scored on ${s.testRows} held-out rows predicts **${s.target}** with ${s.metric} ${s.score} (a model that knows nothing: ${s.baseline}). Verdict: **${s.note ?? s.verdict}**.`,
    );
    if (s.ceiling !== undefined) out.push("", `${capitalise(ceilingLine(s))} (the ceiling: the generator's own ${s.task === "regression" ? "expected values" : "probabilities"} scored on the same held-out rows, after label noise and mess).`);
  }
  if (card.warnings.length) out.push("", "## Warnings", "", ...card.warnings.map((w) => `- ${w}`));
  return `${out.join("\n")}\n`;
}

/** "best possible auc 0.86; a logistic regression gets 0.81": the ceiling beside the baseline model's score. */
export function ceilingLine(s: SignalCheck): string {
  return `best possible ${s.metric} ${s.ceiling}; a ${s.model.replace(/ \(.*\)$/, "")} gets ${s.score}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function summary(c: DatasetCard["columns"][number]): string {
  if (c.trueShare !== undefined) return `${(c.trueShare * 100).toFixed(1)}% true`;
  if (c.mean !== undefined) return `min ${c.min}, max ${c.max}, mean ${c.mean}`;
  if (c.min !== undefined) return `${c.min} to ${c.max}`;
  if (c.top?.length) return `top: ${c.top.slice(0, 3).map((t) => `${t.value} (${t.count})`).join(", ")}`;
  return "";
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
