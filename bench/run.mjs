// pnpm bench: synthdata next to a plain faker + csv-stringify loop, both measured in this
// run on this machine (compare the ratios, not absolute numbers). Each case runs in its own
// process, so its peak RSS is its own.
//   BENCH_ROWS=100000,1000000   sizes (default 100k and 1M; BENCH_FULL=1 adds 10M)
//   BENCH_WORKERS=2             worker threads for the parallel case (default: cores)
//   BENCH_VARIETY_ROWS=1000000  rows for the distinct-value check (0 skips it)
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const caseScript = fileURLToPath(new URL("./case.mjs", import.meta.url));
const full = process.env.BENCH_FULL === "1";
const sizes = (process.env.BENCH_ROWS ?? (full ? "100000,1000000,10000000" : "100000,1000000")).split(",").map(Number);
const workers = Number(process.env.BENCH_WORKERS ?? availableParallelism());
const varietyRows = Number(process.env.BENCH_VARIETY_ROWS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), "synthdata-bench-"));

function run(mode, rows, threads = 1) {
  const out = join(dir, `${mode}-${threads}.csv`);
  const line = execFileSync(process.execPath, [caseScript, mode, String(rows), out, String(threads)], { encoding: "utf8", maxBuffer: 1 << 20 });
  rmSync(out, { force: true });
  return JSON.parse(line.trim().split("\n").pop());
}

/** Spawns a cold process that streams the CSV to stdout; ms until the first data row arrives. */
function timeToFirstRow(threads) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [caseScript, "synthdata", "1000000", "-", String(threads)], { stdio: ["ignore", "pipe", "inherit"] });
    let seen = "";
    let done = false;
    child.stdout.on("data", (data) => {
      if (done) return;
      seen += data.toString("latin1");
      const header = seen.indexOf("\r\n");
      if (header >= 0 && seen.indexOf("\r\n", header + 2) >= 0) {
        done = true;
        resolve(performance.now() - t0);
        child.kill();
      }
    });
    child.on("error", reject);
    child.on("exit", () => done || reject(new Error("the time-to-first-row case ended before writing a row")));
  });
}

const fmt = (n) => Math.round(n).toLocaleString("en-US");
const rate = (r) => r.rows / r.seconds;
console.log("10-column spec: uuid, full name, email, street address, city, date, integer, price, category, boolean");
console.log(`${availableParallelism()} cores; parallel case uses ${workers} worker threads\n`);
console.log("rows        | case                | seconds | rows/s     | peak RSS MB | speed vs plain loop");
console.log("------------|---------------------|---------|------------|-------------|--------------------");
const results = new Map();
try {
  for (const rows of sizes) {
    const base = run("baseline", rows);
    const one = run("synthdata", rows, 1);
    const many = run("synthdata", rows, workers);
    results.set(rows, { base, one, many });
    for (const [label, r] of [["plain faker+csv", base], ["synthdata 1 thread", one], [`synthdata ${workers} workers`, many]]) {
      console.log(`${fmt(rows).padEnd(11)} | ${label.padEnd(19)} | ${r.seconds.toFixed(2).padStart(7)} | ${fmt(rate(r)).padStart(10)} | ${r.maxRssMb.toFixed(0).padStart(11)} | ${(rate(r) / rate(base)).toFixed(2)}x`);
    }
  }

  const small = Math.min(...sizes);
  const large = Math.max(...sizes);
  if (large > small) {
    const a = results.get(small);
    const b = results.get(large);
    console.log(`\npeak RSS ${fmt(large)} / ${fmt(small)} rows: plain ${(b.base.maxRssMb / a.base.maxRssMb).toFixed(2)}x, synthdata 1 thread ${(b.one.maxRssMb / a.one.maxRssMb).toFixed(2)}x, ${workers} workers ${(b.many.maxRssMb / a.many.maxRssMb).toFixed(2)}x (target <= 1.3x)`);
  }

  const ttfr = async (threads) => {
    const times = [];
    for (let i = 0; i < 3; i++) times.push(await timeToFirstRow(threads));
    return times.sort((x, y) => x - y)[1];
  };
  console.log(`\ntime to first row (cold process, spec from a file, median of 3): 1 thread ${(await ttfr(1)).toFixed(0)} ms, ${workers} workers ${(await ttfr(workers)).toFixed(0)} ms (target < 300 ms)`);

  if (varietyRows > 0) {
    const line = execFileSync(process.execPath, [caseScript, "variety", String(varietyRows), "-"], { encoding: "utf8" });
    const { variety } = JSON.parse(line.trim().split("\n").pop());
    console.log(`\ndistinct-value ratio at ${fmt(varietyRows)} rows (target: within 10% of faker)`);
    console.log("column   | method                 | synthdata | faker  | difference");
    for (const v of variety) {
      console.log(`${v.column.padEnd(8)} | ${v.method.padEnd(22)} | ${v.synthdata.toFixed(4).padStart(9)} | ${v.faker.toFixed(4)} | ${(((v.synthdata - v.faker) / v.faker) * 100).toFixed(2).padStart(6)}%`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
