// Builds the Claude Desktop bundle (.mcpb): the bundled server (dist/, built first), the
// manifest (version taken from package.json), the icon, README and licence, validated and
// packed with the MCP Bundle tool (@anthropic-ai/mcpb). Usage: node build-mcpb.mjs [out.mcpb]
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
// The package exports no package.json; its CLI sits at a fixed place in the root node_modules.
const mcpbCli = here("../../node_modules/@anthropic-ai/mcpb/dist/cli/cli.js");
const out = resolve(process.argv[2] ?? here("./dist-mcpb/synthdata-mcp.mcpb"));

export function mcpb(args) {
  return execFileSync(process.execPath, [mcpbCli, ...args], { encoding: "utf8" });
}

const pkg = JSON.parse(await readFile(here("./package.json"), "utf8"));
const manifest = JSON.parse(await readFile(here("./mcpb/manifest.json"), "utf8"));
delete manifest.$schema;
manifest.version = pkg.version;
const stage = await mkdtemp(join(tmpdir(), "synthdata-mcpb-"));
try {
  await cp(here("./dist"), join(stage, "dist"), { recursive: true });
  await cp(here("../../assets/icon.png"), join(stage, "icon.png"));
  await cp(here("./README.md"), join(stage, "README.md"));
  await cp(here("../../LICENSE"), join(stage, "LICENSE"));
  await writeFile(join(stage, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(mcpb(["validate", join(stage, "manifest.json")]));
  await rm(out, { force: true });
  process.stdout.write(mcpb(["pack", stage, out]));
} finally {
  await rm(stage, { recursive: true, force: true });
}
