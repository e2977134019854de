import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * A lint rule as a test: no code in core may turn text into code. Specs come
 * from a model and from users, so `eval`, `Function`, `vm` and faker's
 * `helpers.fake` templates are banned outright, not reviewed case by case.
 */
const ROOTS = ["../src", "../../mcp-server/src", "../../cli/src", "../../vscode-extension/src"].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const BANNED: [RegExp, string][] = [
  [/\beval\s*\(/, "eval("],
  [/\bnew\s+Function\s*\(/, "new Function("],
  [/(?<![\w.])Function\s*\(/, "Function("],
  [/["']node:vm["']|["']vm["']/, "the vm module"],
  [/helpers\.fake\s*\(/, "faker.helpers.fake("],
  [/\bsetTimeout\s*\(\s*["'`]/, "setTimeout with a string"],
];

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? sources(join(dir, e.name)) : Promise.resolve(/\.(ts|mts|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : []))));
  return files.flat();
}

describe("no text becomes code", () => {
  it("bans eval, Function, vm and helpers.fake in every package's source", async () => {
    const files = (await Promise.all(ROOTS.map(sources))).flat();
    expect(files.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const file of files) {
      const lines = (await readFile(file, "utf8")).split("\n");
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, "");
        if (/^\s*(\*|\/\*)/.test(code)) return;
        for (const [pattern, what] of BANNED) if (pattern.test(code)) found.push(`${file}:${i + 1} uses ${what}`);
      });
    }
    expect(found).toEqual([]);
  });
});
