// Bundles the extension and core (with its dependencies) into one CommonJS file for the
// extension host. Core is taken from its TypeScript source, so the bundle does not depend
// on core having been built first. Usage: node build.mjs [--watch]
import { build, context } from "esbuild";
import { cp, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** @type {import("esbuild").BuildOptions} */
const options = {
  entryPoints: [here("./src/extension.ts")],
  outfile: here("./dist/extension.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: ["vscode"],
  alias: { "@synthdata/core": here("../core/src/index.ts") },
  // Core is ESM and locates its worker files with import.meta.url; in a CJS bundle that is empty.
  // Give it the bundle's own URL. The extension passes workers: 1, so no worker file is loaded.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: '"use strict";\nconst __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  sourcemap: "linked",
  // Keep function and class names: stack traces in the output channel stay readable.
  keepNames: true,
  legalComments: "linked",
  logLevel: "warning",
};

if (process.argv.includes("--watch")) {
  const ctx = await context(options);
  await ctx.watch();
} else {
  const result = await build({ ...options, metafile: true });
  // The MCP server VS Code starts for Copilot (src/mcpServer.ts): the same bundle as the npm
  // package synthdata-mcp, built before this package (it is a dev dependency).
  await rm(here("./dist/mcp"), { recursive: true, force: true });
  await cp(here("../mcp-server/dist"), here("./dist/mcp"), { recursive: true });
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`vscode-extension: dist/extension.cjs ${(bytes / 1024 / 1024).toFixed(1)} MB`);
}
