import { spawnSync } from "node:child_process";
import { chmod, cp, mkdir, readFile, readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, runCli, tmp } from "./helpers.js";

/**
 * A cache folder the user cannot write (what one `sudo` run leaves: owned by
 * root, 0755) used to stall every uncached run 15 s on the lock and blame
 * "another process". A permission error is not contention: the run goes on
 * uncached at once, with a warning that says what is wrong.
 *
 * As a normal user the folder is chmod 0555. As root (CI) chmod does not bind,
 * so the test does what happens for real: the folder stays root's, and the CLI
 * runs as the unprivileged user `nobody` (spawn's uid/gid), for whom it is not
 * writable. Both go through the kernel's permission check; nothing is mocked.
 */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/**
 * A copy of the built CLI (a self-contained bundle) that `nobody` can read: the checkout
 * may sit under a folder only root can enter (`mktemp -d` makes them 0700).
 */
async function cliForNobody(): Promise<string> {
  const dir = await tmp();
  await chmod(dir, 0o755);
  await cp(dirname(CLI), join(dir, "dist"), { recursive: true });
  return join(dir, "dist", basename(CLI));
}

/** Why running as `nobody` cannot work here (no CAP_SETUID, or the CLI copy is not readable to others), or undefined. */
function cannotRunAsNobody(cli: string): string | undefined {
  const probe = spawnSync(process.execPath, ["-e", "require('node:fs').accessSync(process.argv[1], 4)", cli], { uid: NOBODY, gid: NOBODY });
  if (probe.error) return `cannot start a process as uid ${NOBODY} (${probe.error.message})`;
  if (probe.status !== 0) return `uid ${NOBODY} cannot read ${cli}`;
  return undefined;
}

describe("synthdata generate with a cache folder it cannot write", () => {
  it.skipIf(process.platform === "win32")("warns at once that the folder is not writable and still writes the CSV", async (ctx) => {
    const cli = asRoot ? await cliForNobody() : CLI;
    const reason = asRoot ? cannotRunAsNobody(cli) : undefined;
    // CI runs as root and must run this test; elsewhere a machine that cannot is told why.
    if (reason && process.env["CI"]) throw new Error(`this test must run under CI: ${reason}`);
    if (reason) {
      console.warn(`skipped: running as root, chmod does not bind and ${reason}`);
      ctx.skip();
    }
    const dir = await tmp();
    const cache = join(dir, "cache");
    await mkdir(cache, { mode: 0o755 });
    if (asRoot) await chmod(dir, 0o777); // nobody writes the CSV (and its config folder) here, not in the cache
    else await chmod(cache, 0o555);
    const options = { env: { SYNTHDATA_CACHE_DIR: cache }, ...(asRoot ? { uid: NOBODY, gid: NOBODY, cli } : {}) };

    for (const out of ["a.csv", "b.csv"]) {
      const run = await runCli(["generate", "customers with name, age, city and whether they churned", "--rows", "200", "--seed", "1", "--out", out], dir, options);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/warning: the spec was not saved in the schema cache: the cache folder .* is not writable \((EACCES|EPERM)/);
      expect(run.stderr).not.toMatch(/another process/);
      // 15 s of lock retries on main; a cold CLI run with the offline planner takes about one.
      expect(run.ms).toBeLessThan(8000);
      expect((await readFile(join(dir, out), "utf8")).split("\r\n")[0]).toBe("name,age,city,churned");
    }
    expect(await readdir(cache)).toEqual([]);
  });
});
