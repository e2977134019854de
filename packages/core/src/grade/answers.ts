import type { CardExam, CardSplit, DatasetCard } from "../card/card.js";
import { specHash } from "../card/card.js";
import { SynthdataError } from "../errors.js";
import { compileSpec, generateBlocks } from "../generate/generator.js";
import type { Value } from "../generate/types.js";
import { prepareGenerationSpec } from "../mess/prepare.js";
import { expandScenarios } from "../scenarios/expand.js";
import { ChunkPipeline } from "../pipeline/chunk.js";
import { planSplit } from "../pipeline/run.js";
import type { Column, DatasetSpec } from "../spec/schema.js";
import { parseSpec } from "../spec/validate.js";

/** Training rows kept for refitting the baseline when grading (as many as the signal check fits on). */
const TRAIN_SAMPLE = 8_000;

/** An exam's answers, re-derived from its card: nothing secret has to be kept besides the card itself. */
export interface ExamAnswers {
  /** The spec as generated (difficulty and class rates applied): what the truth and the baseline come from. */
  spec: DatasetSpec;
  target: Column;
  exam: CardExam;
  /** The exam rows in the exam file's order: their ids, values as written (target included) and truth. */
  ids: number[];
  rows: Value[][];
  truth: number[][];
  /** The first training rows, as written. */
  train: Value[][];
}

/** Reads a card's JSON text (a .card.json file) and checks it can be graded against. */
export function readExamCard(text: string): DatasetCard & { exam: CardExam; split: CardSplit } {
  let card: unknown;
  try {
    card = JSON.parse(text);
  } catch {
    throw new SynthdataError("INVALID_ARGUMENT", "the card is not JSON: give the <name>.card.json file written beside the exam");
  }
  const c = card as Partial<DatasetCard> | null;
  if (!c || typeof c !== "object" || c.cardVersion !== 1 || !c.spec || !c.reproduce) {
    throw new SynthdataError("INVALID_ARGUMENT", "this is not a synthdata card: give the <name>.card.json file written beside the exam");
  }
  if (!c.exam || !c.split) throw new SynthdataError("INVALID_ARGUMENT", "this card has no exam: generate one with --exam and a split (synthdata generate ... --split 0.8 --exam)");
  return c as DatasetCard & { exam: CardExam; split: CardSplit };
}

/**
 * Makes the run of a card again (its spec, seed and rows; the same bytes as when it was written)
 * and keeps what grading needs: the exam rows with their targets and truth, and a training sample.
 */
export async function examAnswers(cardText: string, options: { signal?: AbortSignal | undefined } = {}): Promise<ExamAnswers> {
  const card = readExamCard(cardText);
  const spec = parseSpec(card.spec);
  if (specHash(spec) !== card.reproduce.specHash) throw new SynthdataError("INVALID_ARGUMENT", "the card's spec does not match its sha256: the card was edited, so its exam cannot be re-derived");
  // The spec as the run generated it: its scenarios built in (as writeDataset does), then prepared.
  const generationSpec = prepareGenerationSpec(expandScenarios(spec, { train: card.split.train }));
  const compiled = compileSpec(generationSpec);
  const target = generationSpec.columns.find((c) => c.name === card.exam.target);
  if (!target) throw new SynthdataError("INVALID_ARGUMENT", `the card's exam target "${card.exam.target}" is not a column of its spec`);
  const run = { rows: card.reproduce.rows, seed: card.reproduce.seed, signal: options.signal };
  const split = await planSplit({ train: card.split.train, by: card.split.by, ...(card.split.timeColumn ? { timeColumn: card.split.timeColumn } : {}) }, compiled, run);
  const pipeline = new ChunkPipeline({ spec: generationSpec, seed: run.seed, split, sampleRows: 0, previewRows: 0, tallies: false, truthOf: target.name });
  const answers: ExamAnswers = { spec: generationSpec, target, exam: card.exam, ids: [], rows: [], truth: [], train: [] };
  for await (const block of generateBlocks(compiled, run)) {
    const { train, test, rowIds, truth } = pipeline.answers(block);
    answers.ids.push(...rowIds);
    answers.truth.push(...truth);
    for (let r = 0; r < test.length; r++) answers.rows.push(test.columns.map((c) => c[r] ?? null));
    for (let r = 0; r < train.length && answers.train.length < TRAIN_SAMPLE; r++) answers.train.push(train.columns.map((c) => c[r] ?? null));
  }
  if (answers.ids.length !== card.exam.rows) throw new SynthdataError("INVALID_ARGUMENT", `re-deriving the exam gave ${answers.ids.length} rows, the card says ${card.exam.rows}: it was made by another version of synthdata`);
  return answers;
}
