import { RelationCollector, type RelationTally } from "../card/relations.js";
import { StatsCollector, type ColumnTally } from "../card/stats.js";
import { CsvEncoder } from "../csv/encode.js";
import type { Block, Value } from "../generate/types.js";
import { emptyColumnMess, MessInjector, type MessCounts } from "../mess/inject.js";
import { chunkEncoder, type ChunkData, type ChunkEncoder } from "../sinks/sink.js";
import type { OutputFormat } from "../sinks/formats.js";
import type { Column, DatasetSpec } from "../spec/schema.js";
import { SplitRouter, type SplitPlan } from "../split/split.js";
import { compileSpec } from "../generate/generator.js";
import { targetTruth, type TargetTruth } from "../generate/truth.js";

/** What every chunk of a run needs to know; plain data, so it can go to a worker thread. */
export interface ChunkPlan {
  /** The spec as generated (after difficulty and class-rate preparation). */
  spec: DatasetSpec;
  seed: number;
  /** What each chunk is encoded as, on the thread that made it (default csv). */
  format?: OutputFormat | undefined;
  split?: SplitPlan | undefined;
  /** Rows (from the start of the run) to hand back as values for the signal check. */
  sampleRows: number;
  /** Rows to hand back as CSV cell text for a preview. */
  previewRows: number;
  /** Count the card's per-column figures (skipped when no card is written). */
  tallies: boolean;
  /** The target whose truth (the generator's side channel) comes back beside the sampled rows, for the card's ceiling. */
  truthOf?: string | undefined;
  /** Exam mode (with a split): the test rows are encoded without the target, after a row id column (see examSpec). */
  exam?: ExamPlan | undefined;
}

/** What exam mode writes: the test rows without `target`, each after its run row number (1-based) in `idColumn`. */
export interface ExamPlan {
  target: string;
  idColumn: string;
}

/** The exam file's spec: the row id (a whole number) first, then every column but the target. */
export function examSpec(spec: DatasetSpec, exam: ExamPlan): DatasetSpec {
  const id: Column = { name: exam.idColumn, kind: "id", format: "sequence" } as Column;
  return { ...spec, target: undefined, columns: [id, ...spec.columns.filter((c) => c.name !== exam.target)] } as DatasetSpec;
}

/** `row_id`, or `exam_row_id`, `row_id_2`... when the spec has a column of that name. */
export function examIdColumn(spec: DatasetSpec): string {
  const names = new Set(spec.columns.map((c) => c.name));
  for (const candidate of ["row_id", "exam_row_id"]) if (!names.has(candidate)) return candidate;
  let i = 2;
  while (names.has(`row_id_${i}`)) i++;
  return `row_id_${i}`;
}

/** One chunk, finished: its data for the sink (and split parts), and what the card needs from it. */
export interface ChunkOutput {
  index: number;
  rows: number;
  data: ChunkData;
  train?: ChunkData;
  test?: ChunkData;
  /** Exam mode: the test rows as the exam file holds them. */
  exam?: ChunkData;
  trainRows: number;
  testRows: number;
  tallies: ColumnTally[];
  /** The card's relation checks on this chunk's rows as written. */
  relations: RelationTally[];
  mess: MessCounts;
  sample: Value[][];
  /** The target's truth for each sampled row (TargetTruth.stride numbers a row), when the plan asks for it. */
  sampleTruth: number[][];
  /** With a split: which of the sampled rows (by their place in `sample`) went to the test file. */
  sampleTest: number[];
  preview: string[][];
}

/**
 * Everything that happens to a generated chunk: mess on top of the clean
 * values, the card's tallies, the sink's data (CSV text, JSON Lines, typed
 * columns), and the train/test routing. It
 * depends only on the chunk (and the plan), so chunks can be finished on any
 * thread in any order and still give the same bytes.
 */
export class ChunkPipeline {
  /** CSV cell text for previews, whatever the format. */
  private readonly encoder: CsvEncoder;
  private readonly chunks: ChunkEncoder;
  /** One per thread: its cost per cell drops once a column passes the distinct cap. */
  private readonly stats: StatsCollector | undefined;
  private readonly relations: RelationCollector | undefined;
  private readonly truth: TargetTruth | undefined;
  private readonly exam: { encoder: ChunkEncoder; target: number } | undefined;

  constructor(private readonly plan: ChunkPlan) {
    this.exam = plan.exam
      ? { encoder: chunkEncoder(plan.format ?? "csv", examSpec(plan.spec, plan.exam)), target: plan.spec.columns.findIndex((c) => c.name === plan.exam!.target) }
      : undefined;
    this.truth = plan.truthOf !== undefined ? targetTruth(compileSpec(plan.spec), plan.truthOf, plan.seed) : undefined;
    this.encoder = new CsvEncoder(plan.spec);
    this.chunks = chunkEncoder(plan.format ?? "csv", plan.spec);
    this.stats = plan.tallies ? new StatsCollector(plan.spec) : undefined;
    this.relations = plan.tallies ? new RelationCollector(plan.spec) : undefined;
  }

  header(): string {
    return this.encoder.header();
  }

  /**
   * The mess on top of the clean values. With the plan's target truth, also a copy of the clean
   * block (what the target was drawn from) and each row's origin (a row that mess duplicated takes
   * the truth of the row it copies), so the truth can be had for any rows afterwards.
   */
  private finish(block: Block, withTruth: boolean): { mess: MessCounts; truthOf?: (rows: readonly number[]) => number[][] } {
    const mess = new MessInjector(this.plan.spec, this.plan.seed);
    const truth = withTruth ? this.truth : undefined;
    if (!truth) {
      mess.apply(block);
      return { mess: mess.counts };
    }
    const clean: Block = { ...block, columns: block.columns.map((c) => c.slice()) };
    const origin = Array.from({ length: block.length }, (_, r) => r);
    mess.apply(block, (to, from) => (origin[to] = origin[from]!));
    const stride = truth.stride;
    return {
      mess: mess.counts,
      truthOf: (rows) => {
        const values = truth.of(clean, rows.map((r) => origin[r]!));
        return rows.map((_, i) => Array.from(values.subarray(i * stride, (i + 1) * stride)));
      },
    };
  }

  /**
   * The test rows of a block as a split writes them (after mess), with their run row numbers
   * (1-based) and the target's truth: the answers an exam is graded against, re-derived from the
   * spec, seed and rows alone.
   */
  answers(block: Block): { train: Block; test: Block; rowIds: number[]; truth: number[][] } {
    const { truthOf } = this.finish(block, true);
    const { train, test, testRows } = new SplitRouter(this.plan.split!, this.plan.spec, this.plan.seed).route(block);
    return { train, test, rowIds: testRows.map((r) => block.start + r + 1), truth: truthOf?.(testRows) ?? [] };
  }

  process(block: Block): ChunkOutput {
    const { split } = this.plan;
    const sampled = Math.max(0, Math.min(block.length, this.plan.sampleRows - block.start));
    const { mess, truthOf } = this.finish(block, sampled > 0);
    this.stats?.observe(block.columns, block.length);
    this.relations?.observe(block.columns, block.length);
    const output: ChunkOutput = {
      index: block.index,
      rows: block.length,
      data: this.chunks.encode(block),
      trainRows: 0,
      testRows: 0,
      tallies: this.stats?.take() ?? [],
      relations: this.relations?.take() ?? [],
      mess,
      sample: firstRows(block, sampled),
      sampleTruth: truthOf?.(Array.from({ length: sampled }, (_, r) => r)) ?? [],
      sampleTest: [],
      preview: this.encoder.records(block, Math.max(0, Math.min(block.length, this.plan.previewRows - block.start))),
    };
    if (split) {
      // A router per chunk keeps each chunk's class shares exact and chunks independent.
      const parts = new SplitRouter(split, this.plan.spec, this.plan.seed).route(block);
      output.train = this.chunks.encode(parts.train);
      if (this.exam) {
        const { target, encoder } = this.exam;
        const ids = parts.testRows.map((r) => block.start + r + 1);
        output.exam = encoder.encode({ ...parts.test, columns: [ids, ...parts.test.columns.filter((_, i) => i !== target)] });
      } else output.test = this.chunks.encode(parts.test);
      output.sampleTest = parts.testRows.filter((r) => r < sampled);
      output.trainRows = parts.train.length;
      output.testRows = parts.test.length;
    }
    return output;
  }
}

/** The block's first n rows, each as its cells in column order (the signal check's sample). */
export function firstRows(block: Block, n: number): Value[][] {
  const rows: Value[][] = [];
  for (let r = 0; r < n; r++) rows.push(block.columns.map((c) => c[r] ?? null));
  return rows;
}

/** Adds one chunk's mess counts to the run's. */
export function addMessCounts(total: MessCounts, chunk: MessCounts): void {
  for (const [name, c] of chunk.columns) {
    let t = total.columns.get(name);
    if (!t) total.columns.set(name, (t = emptyColumnMess()));
    t.missing += c.missing;
    t.outliers += c.outliers;
    t.typos += c.typos;
    t.labelFlips += c.labelFlips;
  }
  total.exactDuplicates += chunk.exactDuplicates;
  total.nearDuplicates += chunk.nearDuplicates;
}
