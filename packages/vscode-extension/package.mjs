// Packages the extension as a .vsix with vsce: `pnpm package:vscode` (builds first), or
// node package.mjs [out.vsix] after a build. No apt, no browser: vsce comes from npm into
// .tools/vsce at the repository root (not a workspace dependency: its @azure dependencies
// declare Node 22 and the workspace is engine-strict; it runs fine on Node 20).
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const VSCE_VERSION = "3.9.2";
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const tools = here("../../.tools/vsce");
const vsce = `${tools}/node_modules/@vscode/vsce/vsce`;
const out = resolve(process.argv[2] ?? here("./synthdata.vsix"));

const installed = existsSync(`${tools}/node_modules/@vscode/vsce/package.json`) ? JSON.parse(await readFile(`${tools}/node_modules/@vscode/vsce/package.json`, "utf8")).version : undefined;
if (installed !== VSCE_VERSION) {
  console.error(`installing @vscode/vsce ${VSCE_VERSION} into .tools/vsce`);
  await mkdir(tools, { recursive: true });
  execFileSync("npm", ["install", "--prefix", tools, "--engine-strict=false", "--no-audit", "--no-fund", "--no-save", "--loglevel=error", `@vscode/vsce@${VSCE_VERSION}`], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
}
// The marketplace wants a licence and an icon inside the package.
await copyFile(here("../../LICENSE"), here("./LICENSE"));
await copyFile(here("../../assets/icon.png"), here("./icon.png"));
if (!existsSync(here("./dist/extension.cjs")) || !existsSync(here("./dist/mcp/main.js"))) throw new Error("build the extension first: pnpm build");
// --no-dependencies: the bundles already hold core and its dependencies.
execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--out", out], { cwd: here("."), stdio: ["ignore", "ignore", "inherit"] });
console.log(`packaged ${out}`);
