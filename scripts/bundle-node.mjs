// Bundles a Node program (the CLI or the MCP server) with core and every dependency into
// dist/ as ES modules, so the published package needs no install-time dependencies and a
// cold start loads a few files. Code a run may not need (the validator and zod, the
// planners, the OpenAI SDK, the signal check's models) stays in chunks that load on use.
// Core's generation worker is a second entry, a sibling of the chunk that starts it.
import { build } from "esbuild";
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * core/src/generate/englishDefinitions.ts imports faker for its English data. In a
 * bundle it reads that data from a JSON file written next to the chunks (JSON.parse is
 * much faster than compiling the same data as code), so faker's code is loaded only by
 * runs with a faker method fastFaker does not compile (core's loadFaker). Same faker
 * install, same data: checked here.
 */
const DEFINITIONS_FILE = "faker-en-definitions.json";
function englishDefinitionsAsJson(outdir) {
  return {
    name: "english-definitions-as-json",
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]src[\\/]generate[\\/]englishDefinitions\.ts$/ }, async () => {
        const { faker } = await import(pathToFileURL(createRequire(root("packages/core/package.json")).resolve("@faker-js/faker/locale/en")).href);
        const json = JSON.stringify(faker.rawDefinitions);
        if (!isDeepStrictEqual(JSON.parse(json), faker.rawDefinitions)) throw new Error("faker's English definitions do not survive JSON; bundle the module as it is");
        await mkdir(outdir, { recursive: true });
        await writeFile(`${outdir}/${DEFINITIONS_FILE}`, json);
        return {
          contents: `import { readFileSync } from "node:fs";\nexport const ENGLISH_DEFINITIONS = JSON.parse(readFileSync(new URL("./${DEFINITIONS_FILE}", import.meta.url), "utf8"));\n`,
          loader: "js",
        };
      });
    },
  };
}

/**
 * @param {{ name: string, packageDir: string, entry: string, lazy?: RegExp[] }} options
 *   packageDir: absolute folder of the package; entry: its main source file;
 *   lazy: inputs that must not be reachable from main.js by static imports.
 */
export async function bundleNodeProgram({ name, packageDir, entry, lazy = [] }) {
  const outdir = `${packageDir}/dist`;
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: {
      main: entry,
      // core/src/pipeline/run.ts starts it as new URL("./pipelineWorker.js", import.meta.url).
      pipelineWorker: root("packages/core/src/pipeline/pipelineWorker.ts"),
    },
    outdir,
    // Output paths in the metafile are then relative to the package: dist/main.js.
    absWorkingDir: packageDir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    alias: { "@synthdata/core/doors": root("packages/core/src/doors.ts"), "@synthdata/core": root("packages/core/src/index.ts") },
    // CommonJS dependencies (proper-lockfile) call require() for Node's own modules.
    banner: { js: 'import { createRequire as __synthdataRequire } from "node:module";\nconst require = __synthdataRequire(import.meta.url);' },
    // Flat: a chunk finds the worker entry as a sibling.
    chunkNames: "[name]-[hash]",
    keepNames: true,
    minify: true,
    legalComments: "linked",
    logLevel: "warning",
    plugins: [englishDefinitionsAsJson(outdir)],
    metafile: true,
  });
  if (lazy.length > 0) checkStartupFiles(result.metafile, "dist/main.js", lazy);
  // The published package carries the project's licence, and the licences of what it bundles.
  await copyFile(root("LICENSE"), `${packageDir}/LICENSE`);
  await writeFile(`${outdir}/THIRD_PARTY_LICENSES.txt`, await thirdPartyNotices(result.metafile, packageDir));
  const outputs = Object.entries(result.metafile.outputs);
  const total = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
  console.log(`${name}: dist/main.js ${(result.metafile.outputs["dist/main.js"].bytes / 1024).toFixed(0)} KB, ${outputs.length} files, ${(total / 1024 / 1024).toFixed(1)} MB in all`);
  return result;
}

/** The name, version and licence text of every npm package with code in the bundle. */
async function thirdPartyNotices(metafile, packageDir) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll("\\", "/"));
    if (m) dirs.add(join(packageDir, m[1]));
  }
  const notices = [];
  for (const dir of [...dirs].sort()) {
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    const licenceFile = (await readdir(dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = licenceFile ? await readFile(join(dir, licenceFile), "utf8") : `License: ${manifest.license ?? "see the package"}`;
    notices.push(`${manifest.name}@${manifest.version} (${manifest.license ?? "unknown"})\n\n${text.trim()}\n`);
  }
  return `Third-party software bundled in this package\n${"=".repeat(44)}\n\n${notices.join(`\n${"-".repeat(72)}\n\n`)}`;
}

/**
 * Fails the build when a module that should load on use is reachable from main.js by
 * static imports (a stray `import { parseSpec }` would put zod back into every start-up).
 */
function checkStartupFiles(metafile, mainFile, lazy) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const output = metafile.outputs[file];
    for (const input of Object.keys(output.inputs)) {
      if (lazy.some((pattern) => pattern.test(input))) throw new Error(`${input} is loaded at start-up (from ${file}); import it with await import() where it is needed`);
    }
    for (const imported of output.imports) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(mainFile);
}
