#!/usr/bin/env node
// Plans every one-table description (the realism fixtures other than tables*.json,
// planner-cases.json and planner-heldout.json) with the offline planner and writes each spec and its warnings as JSON,
// to check that a change to the several-tables reader leaves one-table plans byte-identical:
//
//   node scripts/plan-snapshot.mjs --core /path/to/main/packages/core/dist before.json
//   node scripts/plan-snapshot.mjs after.json && cmp before.json after.json
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const at = args.indexOf("--core");
const core = resolve(at >= 0 ? args.splice(at, 2)[1] : new URL("../packages/core/dist", import.meta.url).pathname);
if (args.some((a) => a.startsWith("-"))) {
  console.error("usage: node scripts/plan-snapshot.mjs [--core <packages/core/dist>] [out.json]");
  process.exit(args.includes("--help") || args.includes("-h") ? 0 : 2);
}
const out = args[0] ?? "plans.json";
const { planOffline } = await import(pathToFileURL(join(core, "planners/offline/offlinePlanner.js")).href);
const fixtures = new URL("../packages/core/test/fixtures/", import.meta.url);
const descriptions = [];
for (const f of readdirSync(new URL("realism/", fixtures)).sort()) {
  if (f.endsWith(".json") && !f.startsWith("tables")) for (const c of JSON.parse(readFileSync(new URL(`realism/${f}`, fixtures), "utf8"))) descriptions.push(c.description);
}
for (const f of ["planner-cases.json", "planner-heldout.json"]) for (const c of JSON.parse(readFileSync(new URL(f, fixtures), "utf8")).cases) descriptions.push(c.description);
const plans = {};
let several = 0;
for (const d of descriptions) {
  try {
    plans[d] = planOffline(d);
    if (plans[d].spec.tables?.length) several++;
  } catch (e) {
    plans[d] = { error: e instanceof Error ? e.message : String(e) };
  }
}
writeFileSync(out, JSON.stringify(plans, null, 1));
console.log(`${descriptions.length} descriptions (${Object.keys(plans).length} distinct), ${several} planned as several tables -> ${out}`);
