// pnpm bench: rows/s and peak RSS of synthdata next to a plain faker + csv-stringify loop,
// both measured in this run on this machine (compare the ratios, not absolute numbers).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const caseScript = fileURLToPath(new URL("./case.mjs", import.meta.url));
const sizes = (process.env.BENCH_ROWS ?? "100000,1000000").split(",").map(Number);
const dir = mkdtempSync(join(tmpdir(), "synthdata-bench-"));

function run(mode, rows) {
  const out = join(dir, `${mode}.csv`);
  const line = execFileSync(process.execPath, [caseScript, mode, String(rows), out], { encoding: "utf8" });
  rmSync(out, { force: true });
  return JSON.parse(line.trim().split("\n").pop());
}

const fmt = (n) => Math.round(n).toLocaleString("en-US");
console.log("10-column spec: uuid, full name, email, street address, city, date, integer, price, category, boolean\n");
console.log("rows        | case      | seconds | rows/s     | peak RSS MB | speed vs plain loop");
console.log("------------|-----------|---------|------------|-------------|--------------------");
try {
  for (const rows of sizes) {
    const base = run("baseline", rows);
    const ours = run("synthdata", rows);
    for (const r of [base, ours]) {
      const ratio = (r.rows / r.seconds) / (base.rows / base.seconds);
      console.log(`${fmt(rows).padEnd(11)} | ${(r.mode === "baseline" ? "plain" : "synthdata").padEnd(9)} | ${r.seconds.toFixed(2).padStart(7)} | ${fmt(r.rows / r.seconds).padStart(10)} | ${r.maxRssMb.toFixed(0).padStart(11)} | ${ratio.toFixed(2)}x`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
