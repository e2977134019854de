#!/usr/bin/env node
// Evaluates the offline planner against packages/core/test/fixtures/planner-cases.json.
// Run with `pnpm eval:planner` (builds first) or `node scripts/eval-planner.mjs` after
// `pnpm --filter @synthdata/core build`; add --verbose to see every planned column.
//
// Prints per case: recall (expected columns found / expected), typed recall (found
// with a kind a user would accept, e.g. "helpful votes" as a number, not a category),
// and whether the target was the expected column. Then per-domain and total figures.
// Exits 1 when total recall < fixture.threshold (0.9), typed recall <
// fixture.typedThreshold (0.85), target hits < 0.8, or a non-dataset description
// ("write me a poem") is not refused with UNINTERPRETABLE_DESCRIPTION.
import { readFile } from "node:fs/promises";

const core = process.env.SYNTHDATA_CORE_DIST ?? "../packages/core/dist";
const { planOffline } = await import(`${core}/planners/offline/offlinePlanner.js`);
const { evaluateCases } = await import(`${core}/planners/offline/evaluation.js`);

const TARGET_THRESHOLD = 0.8;
const fixture = JSON.parse(await readFile(new URL("../packages/core/test/fixtures/planner-cases.json", import.meta.url), "utf8"));
const threshold = Number(process.env.PLANNER_RECALL_THRESHOLD ?? fixture.threshold ?? 0.9);
const typedThreshold = Number(fixture.typedThreshold ?? 0.85);
const verbose = process.argv.includes("--verbose");

const summary = evaluateCases(fixture.cases, (d) => planOffline(d).spec);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const pad = (s, n) => String(s).padEnd(n);

console.log(`offline planner on ${fixture.cases.length} descriptions\n`);
console.log(`${pad("case", 23)}${pad("domain", 14)}${pad("recall", 13)}${pad("typed", 6)}${pad("target", 8)}problems`);
for (const s of summary.cases) {
  const target = s.targetHit === undefined ? "-" : s.targetHit ? "hit" : "MISS";
  const problems = s.error
    ? `ERROR: ${s.error.split("\n")[0]}`
    : [...s.missing.map((m) => `missing ${m}`), ...s.wrongKind.map((w) => `kind ${w}`)].join("; ");
  console.log(`${pad(s.id, 23)}${pad(s.domain, 14)}${pad(`${s.found}/${s.expected} ${pct(s.recall)}`, 13)}${pad(`${s.typed}/${s.expected}`, 6)}${pad(target, 8)}${problems}`);
  if (verbose) {
    const c = fixture.cases.find((x) => x.id === s.id);
    try {
      const { spec } = planOffline(c.description);
      console.log(`    -> ${spec.columns.map((col) => `${col.name}:${col.kind}`).join(", ")}${spec.target ? ` | target ${spec.target}` : ""}`);
    } catch {}
  }
}

console.log("\nper domain");
for (const [domain, d] of Object.entries(summary.byDomain)) {
  console.log(
    `  ${pad(domain, 14)}recall ${pad(`${d.found}/${d.expected} ${pct(d.recall)}`, 16)}typed ${pad(`${d.typed}/${d.expected} ${pct(d.typedRecall)}`, 16)}targets ${d.targetHits}/${d.targets}`,
  );
}

const refused = [];
const accepted = [];
for (const d of fixture.notDatasets ?? []) {
  try {
    planOffline(d);
    accepted.push(d);
  } catch (error) {
    if (error?.code === "UNINTERPRETABLE_DESCRIPTION") refused.push(d);
    else accepted.push(`${d} (threw ${error?.code ?? error})`);
  }
}
const targetRate = summary.targets === 0 ? 1 : summary.targetHits / summary.targets;
const typed = summary.cases.reduce((a, s) => a + s.typed, 0);
console.log(`\nTOTAL recall ${summary.found}/${summary.expected} = ${pct(summary.recall)} (threshold ${pct(threshold)})`);
console.log(`typed recall ${typed}/${summary.expected} = ${pct(summary.typedRecall)} (threshold ${pct(typedThreshold)})`);
console.log(`targets hit ${summary.targetHits}/${summary.targets} = ${pct(targetRate)} (threshold ${pct(TARGET_THRESHOLD)})`);
console.log(`non-datasets refused ${refused.length}/${refused.length + accepted.length}${accepted.length ? `; accepted: ${accepted.join(" | ")}` : ""}`);

// Held-out: descriptions written after the tuning and never used for it, the honest figure for new sentences.
const heldout = JSON.parse(await readFile(new URL("../packages/core/test/fixtures/planner-heldout.json", import.meta.url), "utf8"));
const held = evaluateCases(heldout.cases, (d) => planOffline(d).spec);
const heldRefused = (heldout.notDatasets ?? []).filter((d) => {
  try {
    planOffline(d);
    return false;
  } catch (error) {
    return error?.code === "UNINTERPRETABLE_DESCRIPTION";
  }
}).length;
console.log(`\nheld-out (${heldout.cases.length} descriptions not used for tuning)`);
for (const s of held.cases) {
  const problems = s.error ? `ERROR: ${s.error.split("\n")[0]}` : [...s.missing.map((m) => `missing ${m}`), ...s.wrongKind.map((w) => `kind ${w}`)].join("; ");
  console.log(`  ${pad(s.id, 21)}${pad(`${s.found}/${s.expected}`, 7)}typed ${pad(`${s.typed}/${s.expected}`, 7)}${pad(s.targetHit === undefined ? "-" : s.targetHit ? "hit" : "MISS", 6)}${problems}`);
}
console.log(`HELD-OUT recall ${held.found}/${held.expected} = ${pct(held.recall)}, typed ${pct(held.typedRecall)}, targets ${held.targetHits}/${held.targets}, non-datasets refused ${heldRefused}/${(heldout.notDatasets ?? []).length}`);

const failed =
  summary.recall < threshold ||
  summary.typedRecall < typedThreshold ||
  targetRate < TARGET_THRESHOLD ||
  accepted.length > 0 ||
  held.recall < heldout.threshold ||
  held.typedRecall < heldout.typedThreshold;
if (failed) console.error("\nFAIL: below threshold");
process.exit(failed ? 1 : 0);
