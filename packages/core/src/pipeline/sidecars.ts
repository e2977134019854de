import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The files a run may write beside its CSV: `<stem>.card.md`, `<stem>.card.json`, `<stem>.train.csv`, `<stem>.test.csv`. */
export interface SidecarPaths {
  cardMarkdown: string;
  cardJson: string;
  train: string;
  test: string;
}

export function sidecarPaths(csvPath: string): SidecarPaths {
  const stem = basename(csvPath).replace(/\.csv$/i, "");
  const at = (suffix: string) => join(dirname(csvPath), `${stem}${suffix}`);
  return { cardMarkdown: at(".card.md"), cardJson: at(".card.json"), train: at(".train.csv"), test: at(".test.csv") };
}

/** Every file a run may write for this CSV: the CSV itself, then its side files. */
export function runFilePaths(csvPath: string): string[] {
  const side = sidecarPaths(csvPath);
  return [csvPath, side.cardMarkdown, side.cardJson, side.train, side.test];
}

/**
 * `<dir>/<name>.csv`, or `-2`, `-3`... the first whose CSV and side files all
 * look free, skipping `reserved` (names already tried). Only a hint: the run
 * claims the name atomically when it places its files, and takes the next
 * candidate if another run got there first.
 */
export function freeCsvPath(dir: string, filename: string, reserved: ReadonlySet<string> = new Set()): string {
  const stem = filename.replace(/\.csv$/i, "");
  const taken = (candidate: string) => {
    const csv = join(dir, `${candidate}.csv`);
    return reserved.has(csv) || runFilePaths(csv).some((p) => existsSync(p));
  };
  let candidate = stem;
  for (let i = 2; taken(candidate); i++) candidate = `${stem}-${i}`;
  return join(dir, `${candidate}.csv`);
}
