import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SchemaCache, cacheKey, compileSpec, describeSchema, generateDataset, normaliseDescription, type DatasetSpec } from "@synthdata/core";
import { SPEC_RULES_VERSION } from "../src/spec/rules.js";
import { OFFLINE_PLANNER_VERSION } from "../src/planners/offline/version.js";
import { tempDir } from "./helpers.js";

const writer = fileURLToPath(new URL("./support/cacheWriter.mjs", import.meta.url));
const spec: DatasetSpec = { title: "t", domain: "testing", columns: [{ name: "n", kind: "integer", min: 1, max: 9 }] } as DatasetSpec;
const entry = (fingerprint = "test") => ({ spec, fingerprint, warnings: [], createdAt: new Date().toISOString() });

function run(args: string[]): Promise<string> {
  const child = spawn(process.execPath, [writer, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  child.stderr.on("data", (d: Buffer) => (err += d));
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`writer exited ${code}: ${err}`)))),
  );
}

describe("schema cache", () => {
  it("misses on a first run with no file, then hits", async () => {
    const cache = new SchemaCache(join(await tempDir(), "nested", "cache"));
    expect(await cache.get("k")).toBeUndefined();
    await cache.set("k", entry());
    expect((await cache.get("k"))?.spec).toEqual(spec);
  });

  it("keys on the normalised description and the planner fingerprint", () => {
    expect(normaliseDescription("  Customers   with\tNAME\n")).toBe("customers with name");
    expect(cacheKey("Customers with name", "offline-2")).toBe(cacheKey("  customers  with name ", "offline-2"));
    expect(cacheKey("customers with name", "offline-2")).not.toBe(cacheKey("customers with name", "openai:gpt-4o-mini:p2"));
    expect(cacheKey("customers with name", "x")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps all 400 entries written by 4 processes at once, and the file is valid JSON throughout", async () => {
    const dir = await tempDir();
    const cache = new SchemaCache(dir);
    let reads = 0;
    let stop = false;
    const reader = (async () => {
      while (!stop) {
        try {
          const text = await readFile(cache.file, "utf8");
          JSON.parse(text); // throws if a reader ever sees a half-written file
          reads++;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await Promise.all(["a", "b", "c", "d"].map((p) => run([dir, p, "100"])));
    stop = true;
    await reader;
    expect(await cache.size()).toBe(400);
    const data = JSON.parse(await readFile(cache.file, "utf8"));
    for (const p of ["a", "b", "c", "d"]) for (let i = 0; i < 100; i++) expect(data.entries[`${p}-${i}`]).toBeDefined();
    expect(reads).toBeGreaterThan(0);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock"))).toEqual([]);
  });

  it("takes over the lock of a process killed with SIGKILL once it is stale", async () => {
    const dir = await tempDir();
    const cache = new SchemaCache(dir, { staleMs: 2000 });
    await cache.set("before", entry());
    const holder = spawn(process.execPath, [writer, dir, "hold"], { stdio: ["ignore", "pipe", "inherit"] });
    await once(holder.stdout, "data");
    holder.kill("SIGKILL");
    await once(holder, "exit");
    const started = Date.now();
    await cache.set("after", entry());
    const waited = Date.now() - started;
    expect(waited).toBeLessThan(15_000);
    expect(await cache.get("before")).toBeDefined();
    expect(await cache.get("after")).toBeDefined();
  });

  it("gives up with a typed error, not a hang, when a live process keeps the lock", async () => {
    const dir = await tempDir();
    const holder = spawn(process.execPath, [writer, dir, "hold"], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await once(holder.stdout, "data");
      const cache = new SchemaCache(dir, { staleMs: 2000, waitMs: 1000 });
      await expect(cache.set("k", entry())).rejects.toMatchObject({ code: "CACHE_ERROR", message: expect.stringMatching(/locked by another process/) });
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("survives a compromised lock: a typed error, the process alive, the file intact", async () => {
    const dir = await tempDir();
    const cache = new SchemaCache(dir, { staleMs: 2000 });
    await cache.set("before", entry());
    const hostile = new SchemaCache(dir, {
      staleMs: 2000,
      // Someone removes our lock while we hold it; proper-lockfile notices at its next update (500 ms).
      onLocked: async () => {
        await rm(`${cache.file}.lock`, { recursive: true, force: true });
        await new Promise((r) => setTimeout(r, 1500));
      },
    });
    await expect(hostile.set("during", entry())).rejects.toMatchObject({ code: "CACHE_ERROR", message: expect.stringMatching(/lock was taken over/) });
    expect(JSON.parse(await readFile(cache.file, "utf8")).entries.before).toBeDefined();
    await cache.set("after", entry());
    expect(await cache.get("after")).toBeDefined();
  });

  it("treats a truncated file as a miss, moves it aside and writes a valid one", async () => {
    const dir = await tempDir();
    const warnings: string[] = [];
    const cache = new SchemaCache(dir, { onWarning: (w) => warnings.push(w) });
    await cache.set("k", entry());
    const text = await readFile(cache.file, "utf8");
    await writeFile(cache.file, text.slice(0, text.length / 2));
    expect(await cache.get("k")).toBeUndefined();
    await cache.set("k2", entry());
    expect(warnings.join("\n")).toMatch(/not valid JSON; moved it to .*corrupt-/);
    expect((await readdir(dir)).some((f) => f.startsWith("specs.json.corrupt-"))).toBe(true);
    expect(JSON.parse(await readFile(cache.file, "utf8")).entries.k2).toBeDefined();
  });

  it("treats an entry whose spec no longer validates as a miss", async () => {
    const dir = await tempDir();
    const cache = new SchemaCache(dir);
    await writeFile(cache.file, JSON.stringify({ format: 1, entries: { k: { spec: { title: "x", columns: "nope" }, fingerprint: "f", warnings: [] } } }));
    expect(await cache.get("k")).toBeUndefined();
  });

  it("trusts a stamped entry as stored, and validates in full one changed on disk", async () => {
    const cache = new SchemaCache(await tempDir());
    const valid = { version: 1, title: "t", domain: "testing", columns: [{ name: "n", kind: "integer", min: 1, max: 9 }] };
    await cache.set("k", { ...entry(), spec: valid as DatasetSpec });
    const stored = JSON.parse(await readFile(cache.file, "utf8"));
    expect(stored.entries.k.validated).toMatch(/^[0-9a-f]{64}$/);
    expect((await cache.get("k"))?.spec).toEqual(valid);

    // Edited by hand, still valid: the stamp no longer matches, so it is validated, and used.
    stored.entries.k.spec.columns[0].max = 99;
    await writeFile(cache.file, JSON.stringify(stored));
    expect((await cache.get("k"))?.spec.columns[0]).toMatchObject({ max: 99 });

    // Edited into something invalid, keeping the old stamp: validated, and a miss.
    stored.entries.k.spec.columns[0] = { name: "n", kind: "faker", method: "person.constructor" };
    await writeFile(cache.file, JSON.stringify(stored));
    expect(await cache.get("k")).toBeUndefined();
  });

  it("validates in full, and ignores, an entry forged with the old sha256 stamp; compile still refuses a hostile method", async () => {
    const dir = await tempDir();
    const description = "customers with name";
    const forged = { version: 1, title: "t", domain: "testing", columns: [{ name: "x", kind: "faker", method: "person.constructor" }] };
    // What anyone could compute before stamps were signed: sha256 of the rules version and the spec.
    const sha = createHash("sha256").update(`${SPEC_RULES_VERSION}\n${JSON.stringify(forged)}`).digest("hex");
    const entry = { spec: forged, fingerprint: OFFLINE_PLANNER_VERSION, warnings: [], createdAt: "2026-01-01T00:00:00Z", validated: sha };
    await writeFile(join(dir, "specs.json"), JSON.stringify({ format: 1, entries: { [cacheKey(description, OFFLINE_PLANNER_VERSION)]: entry } }));
    const result = await generateDataset({ description }, { planner: "offline", cacheDir: dir, outPath: join(dir, "out.csv"), rows: 10 });
    expect(result.source).toBe("offline");
    expect(result.columns).not.toContain("x");
    expect(result.warnings.join("\n")).toMatch(/cached spec .* failed validation .* ignored/);
    // The generator's own guard, for a spec that reaches it unvalidated.
    expect(() => compileSpec(forged as never)).toThrow(expect.objectContaining({ code: "INVALID_SPEC" }));
  });

  it("works through a symlinked cache folder", async () => {
    const root = await tempDir();
    await mkdir(join(root, "real"));
    await symlink(join(root, "real"), join(root, "link"));
    const cache = new SchemaCache(join(root, "link"));
    await cache.set("k", entry());
    expect(await new SchemaCache(join(root, "real")).get("k")).toBeDefined();
  });

  it("evicts the oldest entries beyond its bound", async () => {
    const cache = new SchemaCache(await tempDir(), { maxEntries: 3 });
    for (const k of ["a", "b", "c", "d"]) await cache.set(k, entry());
    await cache.set("b", entry()); // refreshed: now the newest
    await cache.set("e", entry());
    expect(await cache.get("a")).toBeUndefined();
    expect(await cache.get("c")).toBeUndefined();
    for (const k of ["b", "d", "e"]) expect(await cache.get(k)).toBeDefined();
  });

  it("serves a description the second time from the cache, whatever its case and spacing", async () => {
    const cacheDir = await tempDir();
    const first = await describeSchema("students with name, GPA from 0 to 4 and whether they passed", { planner: "offline", cacheDir });
    expect(first).toMatchObject({ source: "offline", cached: false });
    const second = await describeSchema("  Students with name,   GPA from 0 to 4 and whether they PASSED ", { planner: "offline", cacheDir });
    expect(second).toMatchObject({ source: "cache", planner: "offline", cached: true });
    expect(second.spec).toEqual(first.spec);
    const skipped = await describeSchema("students with name, GPA from 0 to 4 and whether they passed", { planner: "offline", cacheDir, useCache: false });
    expect(skipped.source).toBe("offline");
  });
});
