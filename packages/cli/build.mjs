// Bundles the CLI with core and its dependencies into dist/ (ES modules), so a cold
// `synthdata generate` loads a few files instead of ~200 and starts fast (issue 6:
// time to first row). Code a run may not need (the validator and zod, the offline
// planner, the OpenAI SDK, the signal check's models) stays in chunks that load on use.
// The generation worker is a second entry, next to the chunk that starts it.
import { build } from "esbuild";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * core/src/generate/englishDefinitions.ts imports faker for its English data. In the
 * bundle it reads that data from a JSON file written next to the chunks (JSON.parse is
 * much faster than compiling the same data as code): faker's code (and
 * parsing ~480 KB of it) is then loaded only by runs with a faker method fastFaker
 * does not compile (core's loadFaker). Same faker install, same data: checked here.
 */
const DEFINITIONS_FILE = "faker-en-definitions.json";
const englishDefinitionsAsJson = {
  name: "english-definitions-as-json",
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]src[\\/]generate[\\/]englishDefinitions\.ts$/ }, async () => {
      const { faker } = await import(pathToFileURL(createRequire(here("../core/package.json")).resolve("@faker-js/faker/locale/en")).href);
      const json = JSON.stringify(faker.rawDefinitions);
      if (!isDeepStrictEqual(JSON.parse(json), faker.rawDefinitions)) throw new Error("faker's English definitions do not survive JSON; bundle the module as it is");
      await mkdir(here("./dist"), { recursive: true });
      await writeFile(here(`./dist/${DEFINITIONS_FILE}`), json);
      return {
        contents: `import { readFileSync } from "node:fs";\nexport const ENGLISH_DEFINITIONS = JSON.parse(readFileSync(new URL("./${DEFINITIONS_FILE}", import.meta.url), "utf8"));\n`,
        loader: "js",
      };
    });
  },
};

await rm(here("./dist"), { recursive: true, force: true });
const result = await build({
  entryPoints: {
    main: here("./src/main.ts"),
    // core/src/pipeline/run.ts starts it as new URL("./pipelineWorker.js", import.meta.url).
    pipelineWorker: here("../core/src/pipeline/pipelineWorker.ts"),
  },
  outdir: here("./dist"),
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  alias: { "@synthdata/core/doors": here("../core/src/doors.ts") },
  // CommonJS dependencies (proper-lockfile) call require() for Node's own modules.
  banner: { js: 'import { createRequire as __synthdataRequire } from "node:module";\nconst require = __synthdataRequire(import.meta.url);' },
  // Flat: a chunk finds the worker entry as a sibling.
  chunkNames: "[name]-[hash]",
  keepNames: true,
  minify: true,
  legalComments: "linked",
  logLevel: "warning",
  plugins: [englishDefinitionsAsJson],
  metafile: true,
});
checkStartupFiles(result.metafile);
const bytes = (name) => result.metafile.outputs[`dist/${name}`]?.bytes ?? 0;
console.log(`cli: dist/main.js ${(bytes("main.js") / 1024).toFixed(0)} KB, ${Object.keys(result.metafile.outputs).length} files`);

/**
 * Fails the build when a module that should load on use is reachable from main.js by
 * static imports (a stray `import { parseSpec }` would put zod back into every start-up).
 */
function checkStartupFiles(metafile) {
  const lazy = [
    /node_modules\/(zod|openai|ml-[a-z-]+)\//,
    /node_modules\/@faker-js\/faker\/dist\/(?!locale\/en\.js$)/,
    /core\/src\/spec\/(schema|validate)\.ts$/,
    /core\/src\/planners\/(openai\/|offline\/(?!version\.ts$))/,
  ];
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
  visit("dist/main.js");
}
