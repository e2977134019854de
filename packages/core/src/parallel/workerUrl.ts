import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SynthdataError } from "../errors.js";

/**
 * The URL of a compiled worker module next to `from` (an `import.meta.url`).
 * worker_threads cannot load TypeScript on Node 20, so when `from` is a .ts
 * source (vitest runs core from src/) the module is taken from the build in
 * dist/ instead: tests that start workers need `pnpm --filter @synthdata/core build` first.
 */
export function compiledWorkerUrl(relative: string, from: string): URL {
  let url = new URL(relative, from);
  if (/\.ts$/.test(new URL(from).pathname)) {
    const href = url.href;
    const at = href.lastIndexOf("/src/");
    url = new URL(`${href.slice(0, at)}/dist/${href.slice(at + 5)}`);
  }
  const path = fileURLToPath(url);
  if (!existsSync(path)) {
    throw new SynthdataError(
      "INVALID_ARGUMENT",
      `the worker module ${path} is missing, so generation cannot use worker threads; build core (pnpm --filter @synthdata/core build) or pass workers: 1`,
      { data: { path } },
    );
  }
  return url;
}
