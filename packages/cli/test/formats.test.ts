/**
 * The built CLI, as users run it: --format and --out's extension, streaming
 * to stdout through a real shell pipe, Ctrl-C while streaming, preview, and
 * the sqlite format with and without its optional engine.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parquetMetadata } from "hyparquet";
import { describe, expect, it } from "vitest";
import { CLI, cliEnv, entries, runCli, spawnCli, tmp } from "./helpers.js";

const DESCRIPTION = "customers with name, age, signup date, plan (basic/pro/team) and whether they churned";
/** Where the workspace installed better-sqlite3 (core's optional dependency); a bundle finds it through NODE_PATH like a global install. */
const SQLITE_MODULES = fileURLToPath(new URL("../../core/node_modules", import.meta.url));

describe("--format and --out", () => {
  it("infers the format from --out's extension and writes split files in it", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", DESCRIPTION, "--rows", "2000", "--seed", "3", "--out", "c.parquet", "--split", "0.8"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("(parquet)");
    expect(await entries(dir)).toEqual(["c.card.json", "c.card.md", "c.parquet", "c.test.parquet", "c.train.parquet"]);
    const rows = async (name: string) => Number(parquetMetadata(new Uint8Array(await readFile(join(dir, name))).buffer).num_rows);
    expect((await rows("c.train.parquet")) + (await rows("c.test.parquet"))).toBe(await rows("c.parquet"));
    const card = JSON.parse(await readFile(join(dir, "c.card.json"), "utf8"));
    expect(card.storage.format).toBe("parquet");
    expect(card.storage.columns.find((c: { name: string }) => c.name === "signup_date").type).toBe("date");
    expect(card.files).toMatchObject({ csv: "c.parquet", train: "c.train.parquet", test: "c.test.parquet" });
  });

  it("names the file after the title with the format's extension when there is no --out", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", DESCRIPTION, "--rows", "50", "--format", "jsonl", "--no-card"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(await entries(dir)).toEqual(["customers.jsonl"]);
    const lines = (await readFile(join(dir, "customers.jsonl"), "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(50);
    expect(typeof JSON.parse(lines[0]!).age).toBe("number");
  });

  it("refuses a --format that contradicts --out's extension, and an unknown format, before writing anything", async () => {
    const dir = await tmp();
    const clash = await runCli(["generate", DESCRIPTION, "--format", "parquet", "--out", "x.csv"], dir);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/x\.csv names a csv file but the format asked for is parquet; end the name in \.parquet or leave the format out/);
    const unknown = await runCli(["generate", DESCRIPTION, "--format", "xlsx"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--format must be csv, jsonl, parquet or sqlite, got "xlsx"');
    expect(await entries(dir)).toEqual([]);
  });

  it("writes the CSV it always wrote when nothing names a format", async () => {
    const dir = await tmp();
    const plain = await runCli(["generate", DESCRIPTION, "--rows", "300", "--seed", "9", "--out", "a.csv", "--no-card"], dir);
    const named = await runCli(["generate", DESCRIPTION, "--rows", "300", "--seed", "9", "--out", "b.csv", "--format", "csv", "--no-card"], dir);
    expect([plain.code, named.code]).toEqual([0, 0]);
    expect(await readFile(join(dir, "b.csv"), "utf8")).toBe(await readFile(join(dir, "a.csv"), "utf8"));
  });
});

describe("sqlite", () => {
  it("without better-sqlite3: a clear error naming the install command, and no file", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", DESCRIPTION, "--rows", "100", "--out", "c.sqlite"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the sqlite format needs better-sqlite3");
    expect(run.stderr).toContain("npm install better-sqlite3@12.9.0");
    expect(await entries(dir)).toEqual([]);
  });

  it("with better-sqlite3 installed: a table the engine reads, rows and types as asked", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", DESCRIPTION, "--rows", "500", "--seed", "4", "--out", "c.db"], dir, { env: { NODE_PATH: SQLITE_MODULES } });
    expect(run.code, run.stderr).toBe(0);
    const { createRequire } = await import("node:module");
    const Database = createRequire(join(SQLITE_MODULES, "x.js"))("better-sqlite3") as new (p: string, o: object) => { prepare(s: string): { all(): Record<string, unknown>[] }; close(): void };
    const db = new Database(join(dir, "c.db"), { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) n FROM customers").all()[0]!.n).toBe(500);
      const types = Object.fromEntries(db.prepare("PRAGMA table_info(customers)").all().map((c) => [c.name, c.type]));
      expect(types).toMatchObject({ age: "INTEGER", signup_date: "DATE", churned: "BOOLEAN", plan: "TEXT" });
    } finally {
      db.close();
    }
  });
});

/** Runs a shell command line (a real pipe between real processes) with the test's env. */
function shell(line: string, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("/bin/sh", ["-c", line], { cwd, env: cliEnv(cwd) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("--out - (stdout)", () => {
  it("streams into head through a shell pipe and ends quietly when head closes the pipe", async () => {
    const dir = await tmp();
    // 2M rows would take many seconds to write: the run must stop when head is done, not finish.
    const started = Date.now();
    // The group reports the CLI's own exit status on stderr (sh has no PIPESTATUS).
    const run = await shell(`{ "${process.execPath}" "${CLI}" generate "${DESCRIPTION}" --rows 2000000 --seed 5 --out -; echo "cli exit $?" >&2; } | head -3`, dir);
    expect(Date.now() - started).toBeLessThan(15_000);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.slice(0, 3)).toHaveLength(3);
    expect(lines[0]).toBe("name,age,signup_date,plan,churned\r");
    // Quiet: no stack, no EPIPE message; and no file in the folder.
    expect(run.stderr).toBe("cli exit 0\n");
    expect(await entries(dir)).toEqual([]);
  }, 30_000);

  it("pipes JSON Lines into another program, summary on stderr, same rows as the file", async () => {
    const dir = await tmp();
    const run = await shell(`"${process.execPath}" "${CLI}" generate "${DESCRIPTION}" --rows 1000 --seed 5 --format jsonl --out - | wc -l`, dir);
    expect(run.stdout.trim()).toBe("1000");
    expect(run.stderr).toContain("Streamed 1000 rows x 5 columns to stdout (jsonl); seed 5");
    const file = await runCli(["generate", DESCRIPTION, "--rows", "1000", "--seed", "5", "--out", "same.jsonl", "--no-card"], dir);
    expect(file.code).toBe(0);
    const piped = await shell(`"${process.execPath}" "${CLI}" generate "${DESCRIPTION}" --rows 1000 --seed 5 --format jsonl --out - 2>/dev/null`, dir);
    expect(piped.stdout).toBe(await readFile(join(dir, "same.jsonl"), "utf8"));
  }, 30_000);

  it("refuses file-only options and formats with a hint", async () => {
    const dir = await tmp();
    const parquet = await runCli(["generate", DESCRIPTION, "--format", "parquet", "--out", "-"], dir);
    expect(parquet.code).toBe(2);
    expect(parquet.stderr).toContain("--out - streams csv or jsonl");
    const split = await runCli(["generate", DESCRIPTION, "--split", "0.8", "--out", "-"], dir);
    expect(split.code).toBe(2);
    expect(split.stderr).toContain("--split writes train and test files");
    expect(await entries(dir)).toEqual([]);
  });

  it("stops on Ctrl-C while streaming (exit 130) and leaves no file", async () => {
    const dir = await tmp();
    const child = spawnCli(["generate", DESCRIPTION, "--rows", "5000000", "--out", "-"], dir);
    let seen = 0;
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const firstData = new Promise<void>((resolve) => child.stdout.on("data", (d: Buffer) => ((seen += d.length), resolve())));
    await firstData;
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(code).toBe(130);
    expect(seen).toBeGreaterThan(0);
    expect(stderr).toContain("Interrupted");
    expect(await entries(dir)).toEqual([]);
  }, 30_000);
});

describe("preview", () => {
  it("prints the spec in short and the first rows as an aligned table, and writes nothing", async () => {
    const dir = await tmp();
    const run = await runCli(["preview", DESCRIPTION, "--rows", "4", "--seed", "11"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/column\s+kind\s+stored\s+values/);
    expect(run.stdout).toMatch(/age\s+integer\s+int64\s+integer, /);
    expect(run.stdout).toMatch(/plan\s+category\s+string\s+category of 3 values/);
    expect(run.stdout).toContain("Relations:");
    expect(run.stdout).toContain("churned is more likely when");
    const table = run.stdout.slice(run.stdout.indexOf("First 4 rows:")).trimEnd().split("\n").slice(2);
    expect(table).toHaveLength(6);
    // Aligned: every column of the header starts where its values start.
    const header = table[0]!;
    const at = ["age", "signup_date", "plan", "churned"].map((c) => header.indexOf(c));
    for (const row of table.slice(2)) for (const col of at) expect(row[col - 1]).toBe(" ");
    expect(run.stderr).toContain("nothing was written");
    expect(await entries(dir)).toEqual([]);

    // The rows are the first rows of the CSV this seed makes.
    const csvRun = await runCli(["generate", DESCRIPTION, "--rows", "4", "--seed", "11", "--out", "-"], dir);
    const first = csvRun.stdout.split("\r\n")[1]!.split(",");
    expect(table[2]!.trim().split(/\s{2,}/)).toEqual(first);
  });

  it("refuses more than 100 rows with a hint", async () => {
    const dir = await tmp();
    const run = await runCli(["preview", DESCRIPTION, "--rows", "500"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("preview rows must be a whole number from 1 to 100");
  });
});
