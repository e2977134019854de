// Packs the two publishable packages (the CLI `synthdata` and the MCP server `synthdata-mcp`)
// into tarballs, as `npm publish` would ship them. Usage: node scripts/pack.mjs [outDir]
// (default .packs/). Build first (`pnpm build`). Prints each tarball's path and size.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
export const PUBLISHED = ["packages/cli", "packages/mcp-server"];

export function packAll(outDir = join(root, ".packs")) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const tarballs = [];
  for (const dir of PUBLISHED) {
    const before = new Set(readdirSync(outDir));
    // pnpm pack resolves workspace: and catalog: specifiers; the bundles need none at run time.
    execFileSync("pnpm", ["pack", "--pack-destination", outDir], { cwd: join(root, dir), stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: "0" } });
    const made = readdirSync(outDir).find((f) => !before.has(f));
    if (!made) throw new Error(`pnpm pack made no tarball in ${dir}`);
    tarballs.push({ dir, path: join(outDir, made), bytes: statSync(join(outDir, made)).size });
  }
  return tarballs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const t of packAll(process.argv[2] ? resolve(process.argv[2]) : undefined)) console.log(`${t.path} ${(t.bytes / 1024 / 1024).toFixed(2)} MB`);
}
