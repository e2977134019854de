#!/usr/bin/env node
// Realism evaluation of the offline planner (issue 14): every case of
// packages/core/test/fixtures/realism/*.json is planned offline, generated (2000 rows, seed 7 unless
// the case says otherwise), written to CSV, read back with csv-parse and checked the way a domain
// expert would look at it (scripts/realism/checks.mjs; format in docs/planner.md).
//
//   pnpm eval:realism                      builds, then runs every fixture
//   node scripts/eval-realism.mjs [--core packages/core/dist] [--group general] [--case id] [--verbose] [--json out.json]
//
// Prints one line per case, figures by check kind and by domain, the planner's time per
// description, and last `realism=R cases=N checks=M failed=F` (R = passed checks / all checks).
// Exits 1 when R < --threshold (default 0, i.e. report only).
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { parse } from "csv-parse/sync";
import { checkLabel, resolveColumn, runCheck } from "./realism/checks.mjs";
import { TABLE_CHECKS, runTableCheck, tableCheckLabel } from "./realism/tableChecks.mjs";

const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const root = new URL("..", import.meta.url);
const coreDir = resolve(arg("core") ?? new URL("../packages/core/dist", import.meta.url).pathname);
const verbose = process.argv.includes("--verbose");
const threshold = Number(arg("threshold") ?? 0);

const { planOffline } = await import(pathToFileURL(join(coreDir, "planners/offline/offlinePlanner.js")).href);
const { generateDataset } = await import(pathToFileURL(join(coreDir, "index.js")).href);

const fixtureDir = new URL("packages/core/test/fixtures/realism/", root);
const groups = (await readdir(fixtureDir)).filter((f) => f.endsWith(".json")).sort();
const cases = [];
for (const file of groups) {
  const group = file.replace(/\.json$/, "");
  if (arg("group") && arg("group") !== group) continue;
  for (const c of JSON.parse(await readFile(new URL(file, fixtureDir), "utf8"))) if (!arg("case") || arg("case") === c.id) cases.push({ ...c, group });
}

const work = await mkdtemp(join(tmpdir(), "synthdata-realism-"));
const byKind = new Map();
const byDomain = new Map();
const tally = (map, key, ok) => {
  const t = map.get(key) ?? { passed: 0, total: 0 };
  t.total++;
  if (ok) t.passed++;
  map.set(key, t);
};
const times = [];
const results = [];
let passed = 0;
let total = 0;
const pad = (s, n) => String(s).padEnd(n);

for (const c of cases) {
  let spec;
  let warnings = [];
  let rows = [];
  let columns = [];
  let error;
  const tables = new Map();
  try {
    const t0 = performance.now();
    ({ spec, warnings } = planOffline(c.description));
    times.push(performance.now() - t0);
    // A spec of several tables is written as a folder, one CSV per table (realism/tables.json).
    const out = join(work, spec.tables?.length ? c.id : `${c.id}.csv`);
    const result = await generateDataset({ spec }, { rows: c.rows ?? 2000, seed: c.seed ?? 7, outPath: out, overwrite: true, card: false, workers: 1 });
    for (const [name, t] of Object.entries(result.tables ?? { [spec.table ?? "data"]: { file: out } })) {
      const text = await readFile(t.file, "utf8");
      const parsed = parse(text, { columns: true, skip_empty_lines: false });
      tables.set(name, { rows: parsed, columns: parse(text.split("\n", 1)[0])[0] ?? [] });
    }
    rows = [...tables.values()][0].rows;
    columns = spec.tables?.length ? [...tables.values()][0].columns : spec.columns.map((col) => col.name);
    await rm(out, { recursive: true, force: true });
  } catch (e) {
    error = e instanceof Error ? e.message.split("\n")[0] : String(e);
  }
  const failures = [];
  let casePassed = 0;
  for (const check of c.checks) {
    const onTable = check.table !== undefined && !TABLE_CHECKS.has(check.kind) ? tables.get(resolveColumn([...tables.keys()], check.table)) : undefined;
    const result = error
      ? { ok: false, why: `planning or generation failed: ${error}` }
      : TABLE_CHECKS.has(check.kind)
        ? runTableCheck(check, tables)
        : check.table !== undefined && !onTable
          ? { ok: false, why: `no table "${check.table}" (tables: ${[...tables.keys()].join(", ")})` }
          : runCheck(check, onTable?.rows ?? rows, onTable?.columns ?? columns);
    tally(byKind, check.kind, result.ok);
    tally(byDomain, c.domain, result.ok);
    total++;
    if (result.ok) {
      passed++;
      casePassed++;
    } else failures.push(`${TABLE_CHECKS.has(check.kind) ? tableCheckLabel(check) : `${check.table ? `${check.table}: ` : ""}${checkLabel(check)}`}: ${result.why}`);
  }
  results.push({ id: c.id, group: c.group, domain: c.domain, passed: casePassed, checks: c.checks.length, failures, warnings, error });
  const status = failures.length === 0 ? "PASS" : "FAIL";
  console.log(`${status} ${pad(c.id, 34)}${pad(c.domain, 16)}${casePassed}/${c.checks.length}${failures.length ? `  ${failures.join(" | ")}` : ""}`);
  if (verbose && spec) {
    console.log(`     columns: ${spec.columns.map((col) => `${col.name}:${col.kind}`).join(", ")}${spec.target ? ` | target ${spec.target}` : ""}`);
    for (const t of spec.tables ?? []) console.log(`     ${t.name}: ${t.columns.map((col) => `${col.name}:${col.kind}`).join(", ")}`);
    for (const w of warnings) console.log(`     warning: ${w}`);
  }
}
await rm(work, { recursive: true, force: true });

const ratio = (t) => `${t.passed}/${t.total} ${(t.passed / Math.max(1, t.total)).toFixed(3)}`;
console.log("\nby check kind");
for (const [kind, t] of [...byKind].sort()) console.log(`  ${pad(kind, 14)}${ratio(t)}`);
console.log("by domain");
for (const [domain, t] of [...byDomain].sort()) console.log(`  ${pad(domain, 16)}${ratio(t)}`);
if (times.length) {
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1);
  // The first call also loads the planner and its knowledge base.
  console.log(`planner ms per description: first ${times[0].toFixed(1)}, median ${q(0.5)}, p95 ${q(0.95)}, max ${sorted[sorted.length - 1].toFixed(1)}`);
}
if (arg("json")) await writeFile(arg("json"), JSON.stringify({ results, byKind: Object.fromEntries(byKind), byDomain: Object.fromEntries(byDomain), times }, null, 2));
const r = passed / Math.max(1, total);
console.log(`realism=${r.toFixed(3)} cases=${cases.length} checks=${total} failed=${total - passed}`);
process.exit(r < threshold ? 1 : 0);
