import { spawn } from "node:child_process";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/main.js", import.meta.url));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process, with no OpenAI key and a private cache. */
function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env["PATH"] ?? "", SYNTHDATA_CACHE_DIR: join(cwd, ".cache"), ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const tmp = () => mkdtemp(join(tmpdir(), "synthdata-cli-"));
const csvFiles = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith(".csv"));

describe("synthdata CLI", () => {
  it("generates 1000 rows with a header from a description, without any key", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", "customers with name, email, age, city and whether they churned", "--seed", "7"], dir);
    expect(run.stderr).toContain("Wrote 1000 rows x 5 columns");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(await csvFiles(dir)).toEqual(["customers.csv"]);
    const rows = parse(await readFile(join(dir, "customers.csv")), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1000);
    expect(Object.keys(rows[0]!)).toEqual(["name", "email", "age", "city", "churned"]);
    expect(new Set(rows.map((r) => r["name"])).size).toBeGreaterThan(950);
  });

  it("warns on stderr and in the card about every column it guessed", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", "widgets with zorblax, price and whether it sold", "--rows", "50", "--seed", "3"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: guessed: zorblax, check it");
    const card = (await readdir(dir)).find((f) => f.endsWith(".card.md"))!;
    expect(await readFile(join(dir, card), "utf8")).toContain("guessed: zorblax, check it");
  });

  it("is reproducible with --seed and honours --rows and --out", async () => {
    const dir = await tmp();
    const args = ["generate", "orders with order id, product, price and order date", "--rows", "2500", "--seed", "99"];
    expect((await runCli([...args, "--out", "a.csv"], dir)).code).toBe(0);
    expect((await runCli([...args, "--out", "b.csv"], dir)).code).toBe(0);
    const a = await readFile(join(dir, "a.csv"), "utf8");
    expect(a).toBe(await readFile(join(dir, "b.csv"), "utf8"));
    expect(a.trimEnd().split("\r\n")).toHaveLength(2501);
  });

  it("never replaces an earlier file: a new name without --out, an error with --out unless --force", async () => {
    const dir = await tmp();
    const args = ["generate", "students with gpa and whether they passed", "--rows", "10"];
    await runCli(args, dir);
    await runCli(args, dir);
    expect((await csvFiles(dir)).sort()).toEqual(["students-2.csv", "students.csv"]);
    await writeFile(join(dir, "mine.csv"), "precious");
    const refused = await runCli([...args, "--out", "mine.csv"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists/);
    expect(await readFile(join(dir, "mine.csv"), "utf8")).toBe("precious");
    expect((await runCli([...args, "--out", "mine.csv", "--force"], dir)).code).toBe(0);
  });

  it("prints the spec as JSON on stdout with `schema`, and generates from it with --schema", async () => {
    const dir = await tmp();
    const schema = await runCli(["schema", "loan applications with income, credit score 300-850, loan amount, and whether the loan defaulted"], dir);
    expect(schema.code).toBe(0);
    const spec = JSON.parse(schema.stdout);
    expect(spec.columns.map((c: { name: string }) => c.name)).toEqual(["income", "credit_score", "loan_amount", "defaulted"]);
    spec.columns[1].max = 800;
    await writeFile(join(dir, "loans.json"), JSON.stringify(spec));
    const run = await runCli(["generate", "--schema", "loans.json", "--rows", "3000", "--out", "loans.csv", "--seed", "1"], dir);
    expect(run.code).toBe(0);
    const rows = parse(await readFile(join(dir, "loans.csv")), { columns: true }) as Record<string, string>[];
    expect(Math.max(...rows.map((r) => Number(r["credit_score"])))).toBeLessThanOrEqual(800);
  });

  it("writes the same bytes on 1 and 3 worker threads, with a faker method that loads faker on use", async () => {
    // The CLI is a bundle: this runs its worker entry, the validator chunk (--schema) and faker's chunk.
    const dir = await tmp();
    const columns = [
      { name: "company", kind: "faker", method: "company.name" },
      { name: "contact", kind: "faker", method: "person.fullName" },
      { name: "seats", kind: "integer", min: 1, max: 500 },
    ];
    await writeFile(join(dir, "spec.json"), JSON.stringify({ title: "Accounts", domain: "sales", columns }));
    const args = (workers: string, out: string) => ["generate", "--schema", "spec.json", "--rows", "6000", "--seed", "4", "--workers", workers, "--out", out, "--no-card"];
    expect((await runCli(args("1", "one.csv"), dir)).code).toBe(0);
    expect((await runCli(args("3", "three.csv"), dir)).code).toBe(0);
    const one = await readFile(join(dir, "one.csv"), "utf8");
    expect(await readFile(join(dir, "three.csv"), "utf8")).toBe(one);
    const rows = parse(one, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(6000);
    expect(new Set(rows.map((r) => r["company"])).size).toBeGreaterThan(1000);
  });

  it.each([
    [["generate", "write me a poem"], /something other than a dataset.*Describe the rows and list the columns/],
    [["generate", "asdkjh qwpoe zzxv"], /could not find a dataset/],
    [["generate", "customers with name", "--rows", "0"], /rows must be a whole number from 1/],
    [["generate", "customers with name", "--rows", "ten"], /--rows must be a whole number/],
    [["generate", "customers with name", "--planner", "magic"], /--planner must be auto, offline or openai/],
    [["generate"], /needs a description in quotes/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["generate", "--schema", "missing.json"], /cannot read schema file missing.json/],
  ])("exits 2 with a message saying what to change: %j", async (args, message) => {
    const dir = await tmp();
    const run = await runCli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(await csvFiles(dir)).toEqual([]);
  });

  it("exits 2 and names the column and field for an invalid schema file", async () => {
    const dir = await tmp();
    await writeFile(join(dir, "bad.json"), JSON.stringify({ title: "t", domain: "d", columns: [{ name: "age", kind: "integer", min: 9, max: 1 }] }));
    const run = await runCli(["generate", "--schema", "bad.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('column "age" min: min (9) is greater than max (1)');
  });

  it("stops on Ctrl-C (SIGINT) and leaves no partial file", async () => {
    const dir = await tmp();
    const child = spawn(process.execPath, [CLI, "generate", "people with name, email and city", "--rows", "50000000", "--out", "big.csv"], { cwd: dir, env: { PATH: process.env["PATH"] ?? "", SYNTHDATA_CACHE_DIR: join(dir, ".cache") } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Wait until the temp file exists, i.e. generation is under way.
    for (let i = 0; i < 200 && !(await readdir(dir)).some((f) => f.endsWith(".tmp")); i++) await new Promise((r) => setTimeout(r, 25));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(/Interrupted; no file was written/);
    expect((await readdir(dir)).filter((f) => !f.startsWith(".cache"))).toEqual([]);
  });

  it("prints usage with --help", async () => {
    const run = await runCli(["--help"], await tmp());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/synthdata generate "<description>"/);
  });

  it("writes the card and a stratified split with --split, and says so", async () => {
    const dir = await tmp();
    const run = await runCli(["generate", "bank customers with age, income, credit score 300-850 and whether the loan defaulted", "--seed", "3", "--rows", "2000", "--split", "0.8"], dir);
    expect(run.code, run.stderr).toBe(0);
    const files = (await readdir(dir)).filter((f) => !f.startsWith("."));
    const stem = files.find((f) => f.endsWith(".card.json"))!.replace(/\.card\.json$/, "");
    expect(files.sort()).toEqual([`${stem}.card.json`, `${stem}.card.md`, `${stem}.csv`, `${stem}.test.csv`, `${stem}.train.csv`]);
    const train = parse(await readFile(join(dir, `${stem}.train.csv`)), { columns: true }) as unknown[];
    const test = parse(await readFile(join(dir, `${stem}.test.csv`)), { columns: true }) as unknown[];
    // Stratified per chunk of rows, so the shares are exact to a row or two per chunk.
    expect(train.length + test.length).toBe(2000);
    expect(Math.abs(test.length - 400)).toBeLessThanOrEqual(4);
    expect(run.stderr).toContain(`train.csv (${train.length} rows)`);
    expect(run.stderr).toMatch(/signal check: \S+ auc/);
    expect(run.stderr).toMatch(/card: .*\.card\.md/);
  });

  it("serves the second run of a description from the cache, and shows and clears the cache", async () => {
    const dir = await tmp();
    const first = await runCli(["schema", "students with name, GPA from 0 to 4 and whether they passed"], dir);
    expect(first.stderr).toMatch(/spec from the offline planner/);
    const second = await runCli(["generate", "Students with name,  GPA from 0 to 4 and whether they passed", "--rows", "50"], dir);
    expect(second.stderr).toMatch(/spec from the cache \(made by the offline planner; no API call\)/);
    const path = await runCli(["cache", "path"], dir);
    expect(path.stdout.trim()).toBe(join(dir, ".cache", "specs.json"));
    const cleared = await runCli(["cache", "clear"], dir);
    expect(cleared.stderr).toMatch(/1 spec removed/);
    const third = await runCli(["schema", "students with name, GPA from 0 to 4 and whether they passed"], dir);
    expect(third.stderr).toMatch(/spec from the offline planner/);
  });

  it("asks for a key, exit 2, when --planner openai is used without one", async () => {
    const run = await runCli(["schema", "customers with name", "--planner", "openai"], await tmp());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs a key: set OPENAI_API_KEY/);
  });

  it("rejects a bad --split with what to write instead", async () => {
    const run = await runCli(["generate", "customers with name", "--split", "80"], await tmp());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/between 0 and 1 \(e\.g\. 0\.8\)/);
  });

  it("reproduces the same bytes from the dataset card", async () => {
    const dir = await tmp();
    const first = await runCli(["generate", "patients with age, blood pressure, some missing values and whether they were readmitted", "--rows", "3000", "--seed", "9", "--out", "a.csv"], dir);
    expect(first.code, first.stderr).toBe(0);
    const again = await runCli(["generate", "--schema", "a.card.json", "--rows", "3000", "--seed", "9", "--out", "b.csv"], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(await readFile(join(dir, "b.csv"), "utf8")).toBe(await readFile(join(dir, "a.csv"), "utf8"));
  });

  it("writes a UTF-8 byte order mark only with --bom", async () => {
    const dir = await tmp();
    await runCli(["generate", "customers with name and city", "--rows", "5", "--out", "plain.csv", "--no-card"], dir);
    const bom = await runCli(["generate", "customers with name and city", "--rows", "5", "--out", "excel.csv", "--no-card", "--bom", "--split", "0.8"], dir);
    expect(bom.code, bom.stderr).toBe(0);
    expect([...(await readFile(join(dir, "plain.csv"))).subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    for (const f of ["excel.csv", "excel.train.csv", "excel.test.csv"]) expect([...(await readFile(join(dir, f))).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(await readFile(join(dir, "excel.csv")), { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(["name", "city"]);
  });
});
