export { ERROR_CODES, SynthdataError, formatIssues, isInputError, isSynthdataError } from "./errors.js";
export type { ErrorCode, SpecIssue } from "./errors.js";

export {
  COLUMN_KINDS,
  DERIVED_RULES,
  DISTRIBUTIONS,
  ID_FORMATS,
  columnSchema,
} from "./spec/schema.js";
export { datasetSpecSchema } from "./spec/datasetSchema.js";
export type { Column, ColumnKind, DatasetSpec, Distribution, Effect, Scenario, ScenarioKind } from "./spec/schema.js";
export { SCENARIO_KINDS } from "./scenarios/kinds.js";
export { checkScenarioNames } from "./scenarios/request.js";
export { expandScenarios, scenarioNotes } from "./scenarios/expand.js";
export { checkSpec, parseSpec } from "./spec/validate.js";
export { JSON_SCHEMA_DIALECT, specJsonSchema, specJsonSchemaOutline } from "./spec/jsonSchema.js";
export { columnDependencies, generationOrder } from "./spec/dependencies.js";

export { FAKER_CATALOG, catalogIds, describeCatalog, getCatalogEntry, nearestCatalogId } from "./catalog/catalog.js";
export type { CatalogEntry } from "./catalog/catalog.js";

export { DEFAULT_CHUNK_ROWS, compileSpec, fakerFor, generateBlocks, generateChunk } from "./generate/generator.js";
export type { CompiledSpec } from "./generate/generator.js";
export type { Block, Value } from "./generate/types.js";

export { CsvEncoder, RECORD_DELIMITER } from "./csv/encode.js";
export { neutraliseFormula } from "./csv/cells.js";
export { checkOutputPath, suggestFilename } from "./csv/filename.js";
export { writeFileAtomic } from "./csv/write.js";

export { planOffline } from "./planners/offline/offlinePlanner.js";
export { offlinePlanner } from "./planners/choose.js";
export { guessColumn } from "./planners/offline/guessColumn.js";
/** Loads the planner's vocabulary (domains, concept names) only when a door asks for it. */
export async function plannerVocabulary(): Promise<import("./planners/offline/vocabulary.js").PlannerVocabulary> {
  return (await import("./planners/offline/vocabulary.js")).plannerVocabulary();
}
export type { PlannerVocabulary } from "./planners/offline/vocabulary.js";
// The OpenAI planner is not exported from here: importing it loads the SDK, which
// offline and cached runs never need (start-up time). Doors go through describeSchema.
export type { OpenAIPlannerOptions } from "./planners/openai/openaiPlanner.js";
// Types only: the planner (prompt, schema, repair) loads when a door hands core a host model.
export type { HostModel, HostModelAnswer, HostModelRequest } from "./planners/llm/hostModelPlanner.js";
export { buildCard, renderCardMarkdown, specHash } from "./card/card.js";
export type { CardColumnStats, CardSplit } from "./card/card.js";
export type { SignalCheck } from "./card/signal.js";
export type { PlanOptions, PlanResult, Planner, SpecSource } from "./planners/planner.js";

export { redactSecrets } from "./secrets.js";
export { escapeControlCharacters } from "./displayText.js";
export { useStreamingHeap } from "./processHeap.js";
export { configureWorkerPool, workerPoolStats, type WorkerPoolStats } from "./parallel/pool.js";
export { DEFAULT_ROWS, MAX_ROWS, checkDescription, checkRows, checkSeed } from "./options.js";
export { generateDataset, resolveSpec } from "./dataset.js";
export { datasetCsvChunks, datasetTextChunks } from "./pipeline/run.js";
export { FORMAT_EXTENSION, OUTPUT_FORMATS, STREAMABLE_FORMATS, checkFormat, dataExtension, isOutputFormat, resolveFormat, withFormatExtension } from "./sinks/formats.js";
export type { OutputFormat } from "./sinks/formats.js";
export { cardStorage, primaryKeyColumn, storedType } from "./sinks/storedTypes.js";
export type { CardStorage, StoredType } from "./sinks/storedTypes.js";
export { tableName } from "./sinks/tableName.js";
export { freeCsvPath, runFilePaths, sidecarPaths } from "./pipeline/sidecars.js";
export type { CsvStreamOptions, TextStreamOptions } from "./pipeline/run.js";
export { describeSchema } from "./describe.js";
export { ENV_KEYS, openAIOptionsFrom, readEnvironment } from "./config.js";
export { SchemaCache, CACHE_FILE } from "./cache/schemaCache.js";
export { defaultCacheDir } from "./cache/cacheDir.js";
export { cacheKey, normaliseDescription } from "./cache/key.js";
export type { DatasetFiles, DatasetInput, DescribeOptions, DescribeResult, GenerateOptions, GenerateResult, OpenAIOptions, PlannerChoice } from "./dataset.js";
export type { DatasetCard } from "./card/card.js";
export { DEFAULT_PREVIEW_ROWS, MAX_PREVIEW_ROWS, checkPreviewRows, previewDataset } from "./pipeline/preview.js";
export type { PreviewColumn, PreviewOptions, PreviewResult } from "./pipeline/preview.js";
export type { PreviewTable } from "./pipeline/previewTables.js";

export { writeTables, SCHEMA_FILE, CARD_JSON as TABLES_CARD_JSON, CARD_MARKDOWN as TABLES_CARD_MARKDOWN } from "./tables/write.js";
export type { TablesRunOptions, TablesRunResult } from "./tables/write.js";
export type { TablesCard, CardTable } from "./tables/card.js";
export { isMultiTable, rootTableName } from "./tables/flatten.js";
export { gradePredictionFiles, gradePredictions, renderGrade } from "./grade/grade.js";
export type { DriverCheck, GradeReport } from "./grade/grade.js";
export { examAnswers } from "./grade/answers.js";
export type { ExamAnswers } from "./grade/answers.js";
export type { CardExam } from "./card/card.js";
