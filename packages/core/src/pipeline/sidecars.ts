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
