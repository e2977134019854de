// Bundles the MCP server into a self-contained npm package (issue 15): `npx -y synthdata-mcp`
// needs no workspace and no install-time dependencies. See scripts/bundle-node.mjs.
import { fileURLToPath } from "node:url";
import { bundleNodeProgram } from "../../scripts/bundle-node.mjs";

await bundleNodeProgram({
  name: "mcp-server",
  packageDir: fileURLToPath(new URL(".", import.meta.url)).replace(/[\\/]$/, ""),
  entry: fileURLToPath(new URL("./src/main.ts", import.meta.url)),
});
