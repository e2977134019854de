import { execFileSync } from "node:child_process";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { entries, runCli, tmp } from "./helpers.js";

/**
 * A run's files (CSV, card, split) are one unit: all new, or all as before.
 * Nothing is left under a final name when a later file fails, and an earlier
 * set replaced with --force comes back byte for byte.
 */
const DESCRIPTION = "loan applications with income, credit score 300-850, loan amount, employment years and whether the loan defaulted";

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of await entries(dir)) {
    const path = join(dir, name);
    out.set(name, (await stat(path)).isDirectory() ? `dir:${(await readdir(path)).join(",")}` : await readFile(path, "latin1"));
  }
  return out;
}

describe("a run's files are written as one set", () => {
  it("--force over an earlier run whose card.md is a folder fails and leaves the earlier set byte-identical", async () => {
    const dir = await tmp();
    const first = await runCli(["generate", DESCRIPTION, "--rows", "300", "--seed", "1", "--split", "0.8", "--out", "x.csv"], dir);
    expect(first.code, first.stderr).toBe(0);
    await rm(join(dir, "x.card.md"));
    await mkdir(join(dir, "x.card.md"));
    await writeFile(join(dir, "x.card.md", "notes.txt"), "mine");
    const before = await snapshot(dir);
    expect([...before.keys()]).toEqual(["x.card.json", "x.card.md", "x.csv", "x.test.csv", "x.train.csv"]);

    const second = await runCli(["generate", DESCRIPTION, "--rows", "500", "--seed", "2", "--split", "0.7", "--out", "x.csv", "--force"], dir);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/x\.card\.md is a folder/);
    expect(second.stderr).toMatch(/nothing was replaced/);
    // Same names, same bytes, and no temp or set-aside file left behind.
    expect(await snapshot(dir)).toEqual(before);
  });

  it("--force replaces the whole earlier set, including side files this run does not write", async () => {
    const dir = await tmp();
    expect((await runCli(["generate", DESCRIPTION, "--rows", "100", "--split", "0.8", "--out", "x.csv"], dir)).code).toBe(0);
    const run = await runCli(["generate", DESCRIPTION, "--rows", "120", "--seed", "5", "--out", "x.csv", "--force"], dir);
    expect(run.code, run.stderr).toBe(0);
    // A stale split beside the new CSV would pass for a split of it.
    expect(await entries(dir)).toEqual(["x.card.json", "x.card.md", "x.csv"]);
    expect(JSON.parse(await readFile(join(dir, "x.card.json"), "utf8"))).toMatchObject({ reproduce: { seed: 5, rows: 120 } });
  });
});

/** A small tmpfs, so the disk fills up while the card is written. Needs root (CI runs as root). */
const mounts: string[] = [];
function mountTmpfs(dir: string, bytes: number): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${bytes}`, "tmpfs", dir], { stdio: "pipe" });
    mounts.push(dir);
    return true;
  } catch (error) {
    console.warn(`skipping the disk-full test: cannot mount a tmpfs here (${(error as Error).message.split("\n")[0]}); it runs in CI as root`);
    return false;
  }
}
afterAll(() => {
  for (const dir of mounts) execFileSync("umount", [dir]);
});

/** tmpfs counts whole pages per file. */
const PAGE = (() => {
  try {
    return Number(execFileSync("getconf", ["PAGESIZE"], { encoding: "utf8" }).trim()) || 4096;
  } catch {
    return 4096;
  }
})();
const pages = (bytes: number) => Math.ceil(bytes / PAGE);

describe("disk full while the card is written", () => {
  it("leaves no file under a final name, and an earlier set replaced with --force intact", async (ctx) => {
    // Sizes of the new run's files, measured on a roomy disk with the same seed.
    const roomy = await tmp();
    const args = ["generate", DESCRIPTION, "--rows", "3000", "--seed", "9", "--out", "x.csv"];
    expect((await runCli(args, roomy)).code).toBe(0);
    const size = async (d: string, f: string) => (await stat(join(d, f))).size;
    const newCsv = await size(roomy, "x.csv");
    expect((await size(roomy, "x.card.json")) + (await size(roomy, "x.card.md"))).toBeGreaterThan(PAGE);

    const base = await tmp();
    const disk = join(base, "disk");
    await mkdir(disk);
    // The earlier set (small) plus the new CSV fill the disk exactly: the new card does not fit.
    const earlier = ["generate", DESCRIPTION, "--rows", "20", "--seed", "3", "--out", "x.csv"];
    const probe = await tmp();
    expect((await runCli(earlier, probe)).code).toBe(0);
    const earlierPages = (await Promise.all(["x.csv", "x.card.json", "x.card.md"].map((f) => size(probe, f)))).reduce((n, b) => n + pages(b), 0);
    if (!mountTmpfs(disk, (earlierPages + pages(newCsv)) * PAGE)) return ctx.skip();

    expect((await runCli(earlier, disk, { cacheRoot: base })).code).toBe(0);
    const before = await snapshot(disk);
    const run = await runCli([...args, "--force"], disk, { cacheRoot: base });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ENOSPC|no space/i);
    expect(run.stderr).toMatch(/x\.card\.(json|md)/);
    expect(await snapshot(disk)).toEqual(before);

    // And with no earlier set (its room taken by a filler file): nothing of the run is left.
    for (const f of ["x.csv", "x.card.json", "x.card.md"]) await rm(join(disk, f));
    await writeFile(join(disk, "filler.bin"), Buffer.alloc(earlierPages * PAGE));
    const fresh = await runCli(args, disk, { cacheRoot: base });
    expect(fresh.code, fresh.stderr).toBe(1);
    expect(fresh.stderr).toMatch(/x\.card\.(json|md)/);
    expect(await entries(disk)).toEqual(["filler.bin"]);
  });
});
