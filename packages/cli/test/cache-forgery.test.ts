import { createHash, createHmac } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheKey, offlinePlanner } from "@synthdata/core";
import { SPEC_RULES_VERSION } from "../../core/src/spec/rules.js";
import { runCli, tmp } from "./helpers.js";

/**
 * Whoever can write the cache file (a cloned repository through .env, another
 * user, a script) must not be able to plant a spec that skips validation. On
 * main the stamp was sha256(rules version + spec): anyone could recompute it.
 * Through the CLI process, with the cache file written by hand.
 */
const DESCRIPTION = "customers with name, age and city";
const PLANNED = "name,age,city";

/** A spec the validator refuses twice over: an id pattern of 100,000 characters (limit 40), 2 weights for 3 values. */
const planted = {
  version: 1,
  title: "Planted",
  domain: "testing",
  columns: [
    { name: "planted_id", kind: "id", format: "pattern", pattern: "#".repeat(100_000) },
    { name: "planted_plan", kind: "category", values: ["a", "b", "c"], weights: [1, 2] },
  ],
};

const sha256Stamp = (spec: unknown) => createHash("sha256").update(`${SPEC_RULES_VERSION}\n${JSON.stringify(spec)}`).digest("hex");

async function plant(cacheDir: string, spec: unknown, validated: string): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const entry = { spec, fingerprint: offlinePlanner.fingerprint, warnings: [], createdAt: "2026-01-01T00:00:00Z", validated };
  await writeFile(join(cacheDir, "specs.json"), JSON.stringify({ format: 1, entries: { [cacheKey(DESCRIPTION, offlinePlanner.fingerprint)]: entry } }));
}

const header = async (file: string) => (await readFile(file, "utf8")).split("\r\n")[0];

describe("a planted cache entry", () => {
  it("with a recomputed sha256 stamp is validated in full, refused, and planned again", async () => {
    const dir = await tmp();
    await plant(join(dir, ".cache"), planted, sha256Stamp(planted));
    const run = await runCli(["generate", DESCRIPTION, "--rows", "20", "--out", "c.csv"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(await header(join(dir, "c.csv"))).toBe(PLANNED);
    expect(run.stderr).toMatch(/warning: a cached spec for this description failed validation \(\d+ problems?\) and was ignored/);
    expect(run.stderr).toMatch(/spec from the offline planner/);
    // The planted entry was replaced by the planner's spec, signed this time.
    const stored = await readFile(join(dir, ".cache", "specs.json"), "utf8");
    expect(stored).not.toContain("planted_id");
  });

  it("signed with the user's own secret is still refused by the structural limits of the fast path", async () => {
    const dir = await tmp();
    // A first run makes the per-user secret, outside the cache folder, readable by the user alone.
    expect((await runCli(["schema", "orders with product and price"], dir)).code).toBe(0);
    const secretFile = join(dir, ".config", "synthdata", "cache-secret");
    if (process.platform !== "win32") expect((await import("node:fs")).statSync(secretFile).mode & 0o777).toBe(0o600);
    const secret = Buffer.from((await readFile(secretFile, "utf8")).trim(), "hex");
    const hmac = createHmac("sha256", secret).update(`${SPEC_RULES_VERSION}\n${JSON.stringify(planted)}`).digest("hex");
    await plant(join(dir, ".cache"), planted, hmac);
    const run = await runCli(["generate", DESCRIPTION, "--rows", "20", "--out", "c.csv"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(await header(join(dir, "c.csv"))).toBe(PLANNED);
    expect(run.stderr).toMatch(/failed validation .* ignored/);
  });
});

describe("a .env file in the working folder", () => {
  it("cannot choose the cache folder (or anything but the key and base URL), and says so", async () => {
    const dir = await tmp();
    // A valid spec, so only the folder decides: on main it was served from the planted folder.
    const valid = { version: 1, title: "Planted", domain: "testing", columns: [{ name: "planted", kind: "integer", min: 1, max: 9 }] };
    await plant(join(dir, "planted"), valid, sha256Stamp(valid));
    await writeFile(join(dir, ".env"), "SYNTHDATA_CACHE_DIR=planted\nSYNTHDATA_MODEL=gpt-4-32k\n");
    const env = { SYNTHDATA_CACHE_DIR: "", XDG_CACHE_HOME: join(dir, "xdg") };
    const run = await runCli(["generate", DESCRIPTION, "--rows", "20", "--out", "c.csv"], dir, { env });
    expect(run.code, run.stderr).toBe(0);
    expect(await header(join(dir, "c.csv"))).toBe(PLANNED);
    expect(run.stderr).toMatch(/warning: \.env sets "SYNTHDATA_CACHE_DIR", "SYNTHDATA_MODEL", which synthdata ignores: a \.env file may set only OPENAI_API_KEY and OPENAI_BASE_URL/);
    // The spec went to the user's own cache folder, from the process environment.
    expect(await readFile(join(dir, "xdg", "synthdata", "specs.json"), "utf8")).toContain('"name"');
    expect((await runCli(["cache", "path"], dir, { env })).stdout.trim()).toBe(join(dir, "xdg", "synthdata", "specs.json"));
  });
});
