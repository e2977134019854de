import { readdir, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entries, runCli, spawnCli, tmp } from "./helpers.js";

/** SIGTERM (a service manager, `kill`) and SIGHUP (the terminal closed) stop a run like Ctrl-C: nothing left behind. */
describe("signals during a long run", () => {
  for (const [signal, code] of [["SIGTERM", 143], ["SIGHUP", 129]] as const) {
    // Windows has no SIGTERM/SIGHUP to catch: kill() there ends the process outright.
    it.skipIf(process.platform === "win32")(`${signal} stops a 5M-row run with exit ${code} and leaves no temp or final file`, async () => {
      const dir = await tmp();
      const child = spawnCli(["generate", "people with name, email and city", "--rows", "5000000", "--out", "big.csv"], dir);
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("close", (c, s) => resolve([c, s])));
      // Wait until the temp file has data, i.e. generation is under way.
      const hasData = async () => {
        for (const f of (await readdir(dir)).filter((f) => f.endsWith(".tmp"))) if ((await stat(join(dir, f)).catch(() => undefined))?.size) return true;
        return false;
      };
      for (let i = 0; i < 400 && !(await hasData()); i++) await new Promise((r) => setTimeout(r, 25));
      expect(await hasData()).toBe(true);
      child.kill(signal);
      expect(await closed).toEqual([code, null]);
      expect(stderr).toMatch(/Interrupted; no file was written/);
      expect(await entries(dir)).toEqual([]);
    });
  }
});

describe("stale temp files", () => {
  it("a run sweeps our temp files older than a few minutes from its folder, and keeps fresh and foreign ones", async () => {
    const dir = await tmp();
    const old = new Date(Date.now() - 60 * 60 * 1000);
    const plant = async (name: string, when?: Date) => {
      await writeFile(join(dir, name), "x");
      if (when) await utimes(join(dir, name), when, when);
    };
    await plant(".crashed.csv.0123456789ab.tmp", old); // ours, from a run killed an hour ago
    await plant(".crashed.card.json.ba9876543210.tmp", old);
    await plant(".running.csv.00112233aabb.tmp"); // ours, but fresh: another run may be writing it
    await plant("notes.tmp", old); // not ours
    await plant(".editor.swp.tmp", old);
    await plant(".report.csv.tmp", old);
    const run = await runCli(["generate", "people with name and city", "--rows", "10", "--out", "new.csv"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(await entries(dir)).toEqual([".editor.swp.tmp", ".report.csv.tmp", ".running.csv.00112233aabb.tmp", "new.card.json", "new.card.md", "new.csv", "notes.tmp"]);
  });
});
