/**
 * What a door (the CLI) needs to turn a description or a spec into files, and
 * nothing more: `@synthdata/core/doors`. The full index also exports the
 * validator (zod), the planners and the catalog, which a run loads only when
 * it needs them; importing the index would load them all at start-up, where a
 * cached run has no use for them (time to first row, issue 6).
 */
export { SynthdataError, isInputError, isSynthdataError } from "./errors.js";
export { escapeControlCharacters } from "./displayText.js";
export { generateDataset, resolveSpec } from "./dataset.js";
export type { DatasetInput, DescribeOptions, DescribeResult, GenerateOptions, GenerateResult, PlannerChoice } from "./dataset.js";
export { describeSchema } from "./describe.js";
export { checkOutputPath } from "./csv/filename.js";
export { OUTPUT_FORMATS, STREAMABLE_FORMATS, checkFormat, resolveFormat } from "./sinks/formats.js";
export type { OutputFormat } from "./sinks/formats.js";
export { datasetTextChunks } from "./pipeline/run.js";
export { checkRows, checkSeed } from "./options.js";
export { readEnvironment } from "./config.js";
export { SchemaCache } from "./cache/schemaCache.js";
export { defaultCacheDir } from "./cache/cacheDir.js";
export { useStreamingHeap } from "./processHeap.js";
export { DEFAULT_PREVIEW_ROWS, MAX_PREVIEW_ROWS, previewDataset } from "./pipeline/preview.js";
export type { PreviewColumn, PreviewOptions, PreviewResult } from "./pipeline/preview.js";
export type { PreviewTable } from "./pipeline/previewTables.js";
export { SCENARIO_KINDS, type ScenarioKind } from "./scenarios/kinds.js";
export { checkScenarioNames } from "./scenarios/request.js";
export { gradePredictionFiles, gradePredictions, renderGrade } from "./grade/grade.js";
export type { DriverCheck, GradeReport } from "./grade/grade.js";
