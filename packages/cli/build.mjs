// Bundles the CLI (issue 6: time to first row; issue 15: a self-contained npm package).
// See scripts/bundle-node.mjs. Run from packages/cli.
import { fileURLToPath } from "node:url";
import { bundleNodeProgram } from "../../scripts/bundle-node.mjs";

await bundleNodeProgram({
  name: "cli",
  packageDir: fileURLToPath(new URL(".", import.meta.url)).replace(/[\\/]$/, ""),
  entry: fileURLToPath(new URL("./src/main.ts", import.meta.url)),
  // Start-up must not load these: they come in with await import() when a run needs them.
  lazy: [
    /node_modules\/(zod|openai|ml-[a-z-]+)\//,
    /node_modules\/@faker-js\/faker\/dist\/(?!locale\/en\.js$)/,
    /core\/src\/spec\/(schema|validate)\.ts$/,
    /core\/src\/planners\/(openai\/|offline\/(?!version\.ts$))/,
    // Only a Parquet run loads the Parquet writer (and only a sqlite run better-sqlite3, by require at run time).
    /core\/src\/sinks\/(parquet\/|(parquet|sqlite)\.ts$)/,
  ],
});
