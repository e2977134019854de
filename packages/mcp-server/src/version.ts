import { createRequire } from "node:module";

/** The package version, read from package.json (dist/ and src/ both sit one level below it). */
export const SERVER_VERSION: string = (createRequire(import.meta.url)("../package.json") as { version: string }).version;
