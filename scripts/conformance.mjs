// Runs the MCP conformance suite's server scenarios against the built server over Streamable HTTP.
// The suite needs Node 22; it runs under the registry's node@22 package for this run only, while
// the server runs on this Node. Usage: node scripts/conformance.mjs (build first: pnpm build).
// Exits 1 when an applicable scenario fails; prints each scenario's result and why the others do not apply.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const SUITE = "@modelcontextprotocol/conformance@0.1.16";
const server = fileURLToPath(new URL("../packages/mcp-server/dist/main.js", import.meta.url));

/** Scenarios that test what any server with our capabilities must do. */
export const APPLICABLE = [
  "server-initialize",
  "ping",
  "logging-set-level",
  "tools-list",
  "tools-call-error",
  "resources-list",
  "prompts-list",
  "server-sse-multiple-streams",
  "dns-rebinding-protection",
];

/** The rest call fixtures of the suite's own test server (test_* tools, test:// resources, test_* prompts). */
export const NOT_APPLICABLE = {
  "completion-complete": "completes test_prompt_with_arguments; our completions are tested in test/prompts.test.ts",
  "tools-call-simple-text": "calls test_simple_text",
  "tools-call-image": "calls test_image_content; we return no images",
  "tools-call-audio": "calls test_audio_content; we return no audio",
  "tools-call-embedded-resource": "calls test_embedded_resource",
  "tools-call-mixed-content": "calls test_multiple_content_types",
  "tools-call-with-logging": "calls test_tool_with_logging; our log messages are tested in test/resources.test.ts",
  "tools-call-with-progress": "calls test_tool_with_progress; our progress is tested in test/stdio.test.ts",
  "tools-call-sampling": "calls test_sampling; our sampling is tested in test/sampling.test.ts",
  "tools-call-elicitation": "calls test_elicitation; our elicitation is tested in test/elicitation.test.ts",
  "elicitation-sep1034-defaults": "calls test_elicitation_sep1034_defaults",
  "elicitation-sep1330-enums": "calls test_elicitation_sep1330_enums",
  "json-schema-2020-12": "lists json_schema_2020_12_tool",
  "server-sse-polling": "calls test_reconnection, which must drop its stream mid-call",
  "resources-read-text": "reads test://static-text",
  "resources-read-binary": "reads test://static-binary",
  "resources-templates-read": "reads test://template/{id}/data",
  "resources-subscribe": "subscribes to test:// resources; we do not offer subscriptions",
  "resources-unsubscribe": "as resources-subscribe",
  "prompts-get-simple": "gets test_simple_prompt",
  "prompts-get-with-args": "gets test_prompt_with_arguments",
  "prompts-get-embedded-resource": "gets test_prompt_with_embedded_resource",
  "prompts-get-with-image": "gets test_prompt_with_image",
};

async function main() {
  const base = mkdtempSync(join(tmpdir(), "synthdata-conformance-"));
  const child = spawn(process.execPath, [server, "--http", "--port", "0", "--output-dir", base], {
    env: { PATH: process.env.PATH ?? "", SYNTHDATA_CACHE_DIR: join(base, ".cache") },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const url = await new Promise((resolve, reject) => {
    let seen = "";
    child.stderr.on("data", (d) => {
      seen += d;
      const m = /listening on (http:\/\/\S+)/.exec(seen);
      if (m) resolve(`${m[1]}/mcp`);
    });
    child.on("exit", (code) => reject(new Error(`the server exited (${code}) before listening:\n${seen}`)));
  });
  const results = [];
  try {
    for (const scenario of APPLICABLE) {
      const run = await promisify(execFile)("npx", ["-y", "-p", "node@22", "-p", SUITE, "-c", `conformance server --url ${url} --scenario ${scenario}`], {
        // Outside the repository: its .npmrc makes engines strict, and the suite's dependencies want Node 22 (which node@22 gives them).
        cwd: base,
        // pnpm passes the workspace's engine-strict to scripts as npm_config_engine_strict: not for the suite.
        env: { ...process.env, npm_config_engine_strict: "false" },
        maxBuffer: 64 * 1024 * 1024,
      }).then(
        (r) => ({ ok: true, out: r.stdout + r.stderr }),
        (e) => ({ ok: false, out: `${e.stdout ?? ""}${e.stderr ?? ""}` }),
      );
      const tally = /Passed: (\d+)\/(\d+)/.exec(run.out);
      const ok = run.ok && tally !== null && tally[1] === tally[2];
      results.push({ scenario, ok });
      console.log(`${ok ? "pass" : "FAIL"} ${scenario}${tally ? ` (${tally[1]}/${tally[2]} checks)` : ""}`);
      if (!ok) console.log(run.out.split("\n").filter((l) => !l.startsWith("npm warn")).slice(-30).join("\n"));
    }
  } finally {
    child.kill("SIGTERM");
  }
  for (const [scenario, why] of Object.entries(NOT_APPLICABLE)) console.log(`n/a  ${scenario}: ${why}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} of ${results.length} applicable scenarios pass (${SUITE})`);
  process.exitCode = failed ? 1 : 0;
}

await main();
