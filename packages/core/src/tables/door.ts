import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { DatasetInput, DescribeResult, GenerateOptions, GenerateResult } from "../dataset.js";
import { SynthdataError, isSynthdataError } from "../errors.js";
import { suggestFilename } from "../csv/filename.js";
import { dataExtension, type OutputFormat } from "../sinks/formats.js";
import { rootTableName } from "./flatten.js";
import { writeTables, type TablesRunResult } from "./write.js";

/** How many folder names `shop-2`, `shop-3`... a run without `outPath` tries. */
const FREE_NAME_TRIES = 1000;

/**
 * generateDataset for a spec of several tables: the tables go into a folder
 * (`outPath`, or a free name from the title in `outDir`), one file per table.
 */
export async function generateTables(described: DescribeResult, input: DatasetInput, options: GenerateOptions, run: { rows: number; seed: number; format: OutputFormat }): Promise<GenerateResult> {
  if (options.outPath && dataExtension(options.outPath)) {
    throw new SynthdataError("INVALID_ARGUMENT", `this dataset has ${(described.spec.tables?.length ?? 0) + 1} tables, written as one file each in a folder: give --out a folder (e.g. ${options.outPath.replace(/\.[^./\\]+$/, "")}/), not a file name`);
  }
  if (options.exam) {
    // Grading (grade/answers.ts) re-derives the answers from a one-table card; a card of several tables does not hold what it needs yet.
    const root = rootTableName(described.spec);
    throw new SynthdataError("INVALID_ARGUMENT", `exam mode works on a one-table dataset for now, and this one has ${(described.spec.tables?.length ?? 0) + 1} tables: generate with a split (e.g. --split 0.8) and hold back ${described.spec.target ? `${described.spec.target} of ` : "the target of "}${root}.test yourself, or describe one table to get an exam that synthdata grade can mark`);
  }
  const write = (folder: string) =>
    writeTables(described.spec, folder, {
      rows: run.rows,
      seed: run.seed,
      signal: options.signal,
      onProgress: options.onProgress,
      previewRows: options.previewRows,
      card: options.card,
      overwrite: options.outPath !== undefined && (options.overwrite ?? false),
      allowedFolders: options.allowedFolders,
      description: input.description,
      warnings: [...described.warnings, ...(options.warnings ?? [])],
      format: run.format,
      split: options.split,
    });
  let result: TablesRunResult | undefined;
  // "shop/" and "shop" are the same folder; the paths reported name it without the trailing separator.
  if (options.outPath) result = await write(resolve(options.outPath));
  else {
    const stem = suggestFilename(described.spec.title).replace(/\.csv$/, "");
    for (let i = 1; i <= FREE_NAME_TRIES && !result; i++) {
      const folder = join(options.outDir ?? ".", i === 1 ? stem : `${stem}-${i}`);
      if (existsSync(folder)) continue;
      try {
        result = await write(folder);
      } catch (error) {
        if (!(isSynthdataError(error) && error.code === "OUTPUT_EXISTS")) throw error;
      }
    }
    if (!result) throw new SynthdataError("OUTPUT_EXISTS", `no free folder name like ${stem} in ${options.outDir ?? "."}; remove some or give --out`);
  }
  const rootName = rootTableName(described.spec);
  return {
    ...described,
    path: result.folder,
    format: run.format,
    rows: run.rows,
    seed: run.seed,
    columns: result.card?.columns.map((c) => c.name) ?? described.spec.columns.map((c) => c.name),
    bytes: result.bytes,
    preview: result.preview,
    files: { csv: result.files[rootName]!, ...(result.splits?.[rootName] ? { train: result.splits[rootName]!.train, test: result.splits[rootName]!.test } : {}), ...(result.cardJson ? { cardJson: result.cardJson, cardMarkdown: result.cardMarkdown! } : {}) },
    ...(result.card ? { card: result.card } : {}),
    tables: Object.fromEntries(Object.entries(result.files).map(([name, file]) => [name, { file, rows: result!.rows[name]! }])),
    schemaSqlFile: join(result.folder, "schema.sql"),
  };
}
