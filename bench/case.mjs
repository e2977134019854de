// One bench case in its own process, so peak RSS belongs to that case alone.
// Usage: node bench/case.mjs <mode> <rows> <outfile|-> [workers]
//   baseline   plain faker + csv-stringify loop (what users would write)
//   synthdata  synthdata's generator and CSV encoder, on this thread (workers=1) or N worker threads
//   cli        the built CLI, `synthdata generate --schema spec10.json` with its card (workers optional);
//              the format follows outfile's extension (.csv, .jsonl, .parquet, .sqlite)
//   variety    distinct-value ratio of each text column, synthdata vs faker itself (prints JSON)
// With outfile "-" the CSV goes to stdout (for the time-to-first-row case).
import { readFileSync, createWriteStream, statSync } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { fileURLToPath } from "node:url";

const [mode, rowsText, out, workersText] = process.argv.slice(2);
const rows = Number(rowsText);
const start = performance.now();
// synthdata's own modules, from the build (the public index also loads planners and the OpenAI SDK).
const core = new URL("../packages/core/dist/", import.meta.url);
const specPath = new URL("./spec10.json", import.meta.url);

async function writeAll(chunks, path) {
  const file = path === "-" ? process.stdout : createWriteStream(path);
  for await (const chunk of chunks) if (!file.write(chunk)) await once(file, "drain");
  if (path !== "-") {
    file.end();
    await finished(file);
  }
}

if (mode === "synthdata") {
  const { parseSpec } = await import(new URL("spec/validate.js", core));
  const { compileSpec } = await import(new URL("generate/generator.js", core));
  const { csvChunks } = await import(new URL("parallel/csvChunks.js", core));
  const spec = parseSpec(JSON.parse(readFileSync(specPath, "utf8")));
  await writeAll(csvChunks(compileSpec(spec), { rows, seed: 1, workers: Number(workersText ?? 1) }), out);
} else if (mode === "cli") {
  // The product path in this process: the built CLI bundle, run as `synthdata generate --schema`
  // (card included, default workers unless given), so the peak RSS is the CLI's own.
  const cli = new URL("../packages/cli/dist/main.js", import.meta.url);
  process.argv = [process.argv[0], fileURLToPath(cli), "generate", "--schema", fileURLToPath(specPath), "--rows", String(rows), "--seed", "1", "--out", out, "--force", ...(workersText ? ["--workers", workersText] : [])];
  await import(cli.href);
  if (process.exitCode) throw new Error(`synthdata exited with ${process.exitCode}`);
} else if (mode === "tables") {
  // The seven-table shop (test fixture) through the built CLI: <rows> customers, a folder of CSV tables and the card.
  const cli = new URL("../packages/cli/dist/main.js", import.meta.url);
  const shop = new URL("../packages/core/test/fixtures/tables/shop.json", import.meta.url);
  process.argv = [process.argv[0], fileURLToPath(cli), "generate", "--schema", fileURLToPath(shop), "--rows", String(rows), "--seed", "1", "--out", out, "--force"];
  await import(cli.href);
  if (process.exitCode) throw new Error(`synthdata exited with ${process.exitCode}`);
} else if (mode === "baseline") {
  const { faker } = await import("@faker-js/faker");
  const { stringify } = await import("csv-stringify");
  faker.seed(1);
  const file = createWriteStream(out);
  const csv = stringify({ header: true, columns: ["id", "name", "email", "address", "city", "signup_date", "age", "price", "plan", "active"] });
  csv.pipe(file);
  const from = new Date("2020-01-01"), to = new Date("2024-12-31");
  for (let i = 0; i < rows; i++) {
    const ok = csv.write([
      faker.string.uuid(),
      faker.person.fullName(),
      faker.internet.email(),
      faker.location.streetAddress(),
      faker.location.city(),
      faker.date.between({ from, to }).toISOString().slice(0, 10),
      faker.number.int({ min: 18, max: 90 }),
      faker.commerce.price(),
      faker.helpers.weightedArrayElement([{ weight: 5, value: "basic" }, { weight: 3, value: "standard" }, { weight: 2, value: "premium" }]),
      faker.datatype.boolean(0.7),
    ]);
    if (!ok) await once(csv, "drain");
  }
  csv.end();
  await finished(file);
} else if (mode === "variety") {
  const { parseSpec } = await import(new URL("spec/validate.js", core));
  const { compileSpec, generateChunk } = await import(new URL("generate/generator.js", core));
  const { createFaker, loadFaker } = await import(new URL("generate/faker.js", core));
  await loadFaker();
  const spec = parseSpec(JSON.parse(readFileSync(specPath, "utf8")));
  const compiled = compileSpec(spec);
  const faker = createFaker();
  faker.seed(1);
  const calls = { "person.fullName": () => faker.person.fullName(), "internet.email": () => faker.internet.email(), "location.streetAddress": () => faker.location.streetAddress(), "location.city": () => faker.location.city() };
  const text = spec.columns.map((c, i) => [i, c]).filter(([, c]) => calls[c.method]);
  const ours = new Map(text.map(([i]) => [i, new Set()]));
  for (let k = 0; k * 1024 < rows; k++) {
    const block = generateChunk(compiled, 1, k, 1024, rows, faker);
    for (const [i, set] of ours) for (const v of block.columns[i]) set.add(v);
  }
  const result = text.map(([i, column]) => {
    const theirs = new Set();
    for (let r = 0; r < rows; r++) theirs.add(calls[column.method]());
    return { column: column.name, method: column.method, synthdata: ours.get(i).size / rows, faker: theirs.size / rows };
  });
  process.stdout.write(JSON.stringify({ mode, rows, variety: result }) + "\n");
  process.exit(0);
}

if (out !== "-") {
  const seconds = (performance.now() - start) / 1000;
  // CPU time of every thread of the process: on a shared machine it moves less with other load than wall time does.
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const tables = mode === "tables" ? tableCounts(out) : undefined;
  const bytes = tables ? tables.bytes : statSync(out).size;
  process.stdout.write(JSON.stringify({ mode, rows, workers: workersText ? Number(workersText) : undefined, seconds, cpuSeconds, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes, ...(tables ? { tables: tables.rows } : {}) }) + "\n");
}

/** Rows per table (from the card) and bytes of a multi-table run's folder. */
function tableCounts(folder) {
  const card = JSON.parse(readFileSync(`${folder}/card.json`, "utf8"));
  const rows = Object.fromEntries(card.tables.map((t) => [t.name, t.rows]));
  const bytes = card.tables.reduce((sum, t) => sum + statSync(`${folder}/${t.file}`).size, 0);
  return { rows, bytes };
}
