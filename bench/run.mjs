// pnpm bench: synthdata next to a plain faker + csv-stringify loop, both measured in this
// run on this machine (compare the ratios, not absolute numbers). Each case runs in its own
// process, so its peak RSS is its own.
//   BENCH_ROWS=100000,1000000   sizes (default 100k and 1M; BENCH_FULL=1 adds 10M)
//   BENCH_WORKERS=2             worker threads for the parallel case (default: cores)
//   BENCH_VARIETY_ROWS=1000000  rows for the distinct-value check (0 skips it)
//   BENCH_FORMAT_ROWS=1000000   rows for the per-format CLI cases (csv, jsonl, parquet, sqlite; 0 skips them)
//   BENCH_ONLY=formats          only the per-format cases (the machine may be shared: run what you measure)
//   BENCH_ONLY=tables           only the multi-table case
//   BENCH_TABLE_ROWS=10000,100000  customers of the seven-table shop (about 10 order items each; BENCH_FULL=1 adds 1M: 10M items)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { medianTimeToFirstRow } from "./firstRow.mjs";

const caseScript = fileURLToPath(new URL("./case.mjs", import.meta.url));
const specFile = fileURLToPath(new URL("./spec10.json", import.meta.url));
const full = process.env.BENCH_FULL === "1";
const sizes = (process.env.BENCH_ROWS ?? (full ? "100000,1000000,10000000" : "100000,1000000")).split(",").map(Number);
const workers = Number(process.env.BENCH_WORKERS ?? availableParallelism());
const varietyRows = Number(process.env.BENCH_VARIETY_ROWS ?? 1_000_000);
const formatRows = Number(process.env.BENCH_FORMAT_ROWS ?? 1_000_000);
const onlyFormats = process.env.BENCH_ONLY === "formats";
const onlyTables = process.env.BENCH_ONLY === "tables";
const tableSizes = (process.env.BENCH_TABLE_ROWS ?? (full ? "10000,100000,1000000" : "10000,100000")).split(",").map(Number).filter((n) => n > 0);
const dir = mkdtempSync(join(tmpdir(), "synthdata-bench-"));
// The sqlite case needs core's optional better-sqlite3; the CLI bundle finds it through NODE_PATH, like a global install.
const sqliteModules = fileURLToPath(new URL("../packages/core/node_modules", import.meta.url));

/** One case in its own process; `threads` undefined leaves the choice to the case (the CLI's default). */
function run(mode, rows, threads, extension = ".csv") {
  const out = join(dir, `${mode}-${threads ?? "default"}${extension}`);
  const args = [caseScript, mode, String(rows), out, ...(threads === undefined ? [] : [String(threads)])];
  const env = { ...process.env, NODE_PATH: sqliteModules };
  const line = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "pipe"], env });
  rmSync(out, { force: true, recursive: true });
  return JSON.parse(line.trim().split("\n").pop());
}

const fmt = (n) => Math.round(n).toLocaleString("en-US");
const rate = (r) => r.rows / r.seconds;
const results = new Map();

/** The generator cases at each size: the plain loop, synthdata on 1 thread and N workers, the CLI. */
function generatorCases() {
  console.log("10-column spec: uuid, full name, email, street address, city, date, integer, price, category, boolean");
  console.log(`${availableParallelism()} cores; parallel case uses ${workers} worker threads\n`);
  console.log("synthdata 1 thread / N workers: core's generator and CSV encoder in a plain node process; CLI: the built");
  console.log("`synthdata generate --schema` with its card and its default workers, the product path\n");
  console.log("rows        | case                | seconds | rows/s     | peak RSS MB | speed vs plain loop");
  console.log("------------|---------------------|---------|------------|-------------|--------------------");
  for (const rows of sizes) {
    const base = run("baseline", rows);
    const one = run("synthdata", rows, 1);
    const many = run("synthdata", rows, workers);
    const cli = run("cli", rows);
    results.set(rows, { base, one, many, cli });
    for (const [label, r] of [["plain faker+csv", base], ["synthdata 1 thread", one], [`synthdata ${workers} workers`, many], ["synthdata CLI+card", cli]]) {
      console.log(`${fmt(rows).padEnd(11)} | ${label.padEnd(19)} | ${r.seconds.toFixed(2).padStart(7)} | ${fmt(rate(r)).padStart(10)} | ${r.maxRssMb.toFixed(0).padStart(11)} | ${(rate(r) / rate(base)).toFixed(2)}x`);
    }
  }

  const small = Math.min(...sizes);
  const large = Math.max(...sizes);
  if (large > small) {
    const a = results.get(small);
    const b = results.get(large);
    const ratio = (key) => (b[key].maxRssMb / a[key].maxRssMb).toFixed(2);
    console.log(`\npeak RSS ${fmt(large)} / ${fmt(small)} rows (target <= 1.3x): synthdata CLI ${ratio("cli")}x; in a process with V8's default heap growth: 1 thread ${ratio("one")}x, ${workers} workers ${ratio("many")}x; plain loop ${ratio("base")}x`);
  }
}

/** The seven-table shop through the CLI: rows/s over all tables, and peak RSS as the child tables grow (target <= 1.3x). */
function tableCases() {
  console.log("\nseveral tables: the seven-table shop (customers, addresses, orders, order_items, products, payments, returns), `synthdata generate --schema` into a folder with its card");
  console.log("customers  | order items | all rows    | seconds | rows/s (all tables) | peak RSS MB");
  console.log("-----------|-------------|-------------|---------|---------------------|------------");
  const done = [];
  for (const rows of tableSizes) {
    let r;
    try {
      r = run("tables", rows, undefined, "");
    } catch (error) {
      console.log(`${fmt(rows).padEnd(10)} | failed: ${String(error.stderr ?? error.message).trim().split("\n").pop()}`);
      continue;
    }
    const all = Object.values(r.tables).reduce((a, b) => a + b, 0);
    done.push(r);
    console.log(`${fmt(rows).padEnd(10)} | ${fmt(r.tables.order_items).padStart(11)} | ${fmt(all).padStart(11)} | ${r.seconds.toFixed(2).padStart(7)} | ${fmt(all / r.seconds).padStart(19)} | ${r.maxRssMb.toFixed(0).padStart(11)}`);
  }
  if (done.length > 1) {
    const [a, b] = [done[0], done[done.length - 1]];
    console.log(`peak RSS at ${fmt(b.tables.order_items)} / ${fmt(a.tables.order_items)} order items: ${(b.maxRssMb / a.maxRssMb).toFixed(2)}x (target <= 1.3x)`);
  }
}

/** Time to first row in a cold process, and the distinct-value check. */
async function startupAndVariety() {
  // The 10-column spec cached under a description, as the offline planner leaves it, in a private cache.
  const cacheDir = join(dir, "cache");
  const description = "customers with id, name, email, address, city, signup date, age, price, plan and whether they are active";
  const { SchemaCache } = await import(new URL("../packages/core/dist/cache/schemaCache.js", import.meta.url));
  const { cacheKey } = await import(new URL("../packages/core/dist/cache/key.js", import.meta.url));
  const { OFFLINE_PLANNER_VERSION } = await import(new URL("../packages/core/dist/planners/offline/version.js", import.meta.url));
  const spec = JSON.parse(readFileSync(specFile, "utf8"));
  await new SchemaCache(cacheDir).set(cacheKey(description, OFFLINE_PLANNER_VERSION), { spec, fingerprint: OFFLINE_PLANNER_VERSION, warnings: [], createdAt: new Date().toISOString() });
  const ttfrOptions = { root: dir, env: { PATH: process.env.PATH ?? "", SYNTHDATA_CACHE_DIR: cacheDir } };
  const cached = (threads) => medianTimeToFirstRow(["generate", description, "--rows", "1000000", "--workers", String(threads)], ttfrOptions);
  const fromFile = await medianTimeToFirstRow(["generate", "--schema", specFile, "--rows", "1000000"], ttfrOptions);
  console.log(`\ntime to first row, \`synthdata generate\` in a cold process, 1M rows, median of 7:`);
  console.log(`  cached spec (description seen before): 1 thread ${(await cached(1)).toFixed(0)} ms, ${workers} workers ${(await cached(workers)).toFixed(0)} ms (target < 300 ms)`);
  console.log(`  spec from a file (--schema, validated):  ${fromFile.toFixed(0)} ms`);

  if (varietyRows > 0) {
    const line = execFileSync(process.execPath, [caseScript, "variety", String(varietyRows), "-"], { encoding: "utf8" });
    const { variety } = JSON.parse(line.trim().split("\n").pop());
    console.log(`\ndistinct-value ratio at ${fmt(varietyRows)} rows (target: within 10% of faker)`);
    console.log("column   | method                 | synthdata | faker  | difference");
    for (const v of variety) {
      console.log(`${v.column.padEnd(8)} | ${v.method.padEnd(22)} | ${v.synthdata.toFixed(4).padStart(9)} | ${v.faker.toFixed(4)} | ${(((v.synthdata - v.faker) / v.faker) * 100).toFixed(2).padStart(6)}%`);
    }
  }
}

try {
  if (!onlyFormats && !onlyTables) generatorCases();

  if (!onlyFormats && tableSizes.length > 0) tableCases();

  if (formatRows > 0 && !onlyTables) {
    // The CLI with its card and default workers, one process per format; the format comes from --out's extension.
    console.log(`\nformats, \`synthdata generate --schema\` (card included), ${fmt(formatRows)} rows (target: Parquet within 1.5x of CSV time)`);
    console.log("format  | seconds | rows/s     | peak RSS MB | time vs csv | CPU s  | CPU vs csv | file MB");
    console.log("--------|---------|------------|-------------|-------------|--------|------------|--------");
    const csvCase = run("cli", formatRows, undefined, ".csv");
    for (const [format, extension] of [["csv", ".csv"], ["jsonl", ".jsonl"], ["parquet", ".parquet"], ["sqlite", ".sqlite"]]) {
      let r;
      try {
        r = format === "csv" ? csvCase : run("cli", formatRows, undefined, extension);
      } catch (error) {
        console.log(`${format.padEnd(7)} | failed: ${String(error.stderr ?? error.message).trim().split("\n").pop()}`);
        continue;
      }
      console.log(`${format.padEnd(7)} | ${r.seconds.toFixed(2).padStart(7)} | ${fmt(rate(r)).padStart(10)} | ${r.maxRssMb.toFixed(0).padStart(11)} | ${(r.seconds / csvCase.seconds).toFixed(2).padStart(10)}x | ${r.cpuSeconds.toFixed(2).padStart(6)} | ${(r.cpuSeconds / csvCase.cpuSeconds).toFixed(2).padStart(9)}x | ${(r.bytes / 1e6).toFixed(1).padStart(6)}`);
    }
  }

  if (!onlyFormats && !onlyTables) await startupAndVariety();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
