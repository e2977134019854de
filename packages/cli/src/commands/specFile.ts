import { readFile } from "node:fs/promises";
import { SynthdataError } from "@synthdata/core/doors";

/** A DatasetSpec JSON file, or a dataset card (<name>.card.json), whose spec it returns. */
export async function readSpecFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new SynthdataError("INVALID_ARGUMENT", `cannot read schema file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const data = JSON.parse(text) as unknown;
    // A dataset card (<name>.card.json) carries its spec: generating from the card reproduces the data.
    return data && typeof data === "object" && "cardVersion" in data && "spec" in data ? (data as { spec: unknown }).spec : data;
  } catch (error) {
    throw new SynthdataError("INVALID_ARGUMENT", `schema file ${path} is not valid JSON (${(error as Error).message}); write one with "synthdata schema <description> > ${path}"`);
  }
}
