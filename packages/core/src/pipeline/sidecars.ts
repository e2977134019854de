import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { dataExtension, FORMAT_EXTENSION, type OutputFormat } from "../sinks/formats.js";

/**
 * `customers.parquet` -> `customers` and `.parquet`: the split files keep the
 * data file's extension (a name without one gets `format`'s, CSV by default).
 */
function stemAndExtension(filename: string, format?: OutputFormat): { stem: string; ext: string } {
  const found = dataExtension(filename);
  return found ? { stem: filename.slice(0, -found.ext.length), ext: found.ext } : { stem: filename, ext: FORMAT_EXTENSION[format ?? "csv"] };
}

/** The files a run may write beside its data file: `<stem>.card.md`, `<stem>.card.json`, `<stem>.train.csv`, `<stem>.test.csv`, `<stem>.exam.csv` (or `.parquet`...). */
export interface SidecarPaths {
  cardMarkdown: string;
  cardJson: string;
  train: string;
  test: string;
  /** Exam mode's test rows without the target, with a row id. */
  exam: string;
}

export function sidecarPaths(csvPath: string, format?: OutputFormat): SidecarPaths {
  const { stem, ext } = stemAndExtension(basename(csvPath), format);
  const at = (suffix: string) => join(dirname(csvPath), `${stem}${suffix}`);
  return { cardMarkdown: at(".card.md"), cardJson: at(".card.json"), train: at(`.train${ext}`), test: at(`.test${ext}`), exam: at(`.exam${ext}`) };
}

/** Every file a run may write for this CSV: the CSV itself, then its side files. */
export function runFilePaths(csvPath: string, format?: OutputFormat): string[] {
  const side = sidecarPaths(csvPath, format);
  return [csvPath, side.cardMarkdown, side.cardJson, side.train, side.test, side.exam];
}

/**
 * `<dir>/<name>.csv`, or `-2`, `-3`... the first whose CSV and side files all
 * look free, skipping `reserved` (names already tried). Only a hint: the run
 * claims the name atomically when it places its files, and takes the next
 * candidate if another run got there first.
 */
export function freeCsvPath(dir: string, filename: string, reserved: ReadonlySet<string> = new Set()): string {
  const { stem, ext } = stemAndExtension(filename);
  const taken = (candidate: string) => {
    const csv = join(dir, `${candidate}${ext}`);
    return reserved.has(csv) || runFilePaths(csv).some((p) => existsSync(p));
  };
  let candidate = stem;
  for (let i = 2; taken(candidate); i++) candidate = `${stem}-${i}`;
  return join(dir, `${candidate}${ext}`);
}
