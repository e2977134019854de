// A separate OS process that writes to the schema cache, for the concurrency tests.
// usage: node cacheWriter.mjs <dir> <prefix> <count>        writes <count> entries
//        node cacheWriter.mjs <dir> hold                     takes the lock, prints "locked", waits to be killed
import lockfile from "proper-lockfile";
import { SchemaCache } from "../../dist/cache/schemaCache.js";

const [dir, mode, count] = process.argv.slice(2);
const cache = new SchemaCache(dir, { staleMs: 2000 });
if (mode === "hold") {
  await import("node:fs/promises").then((fs) => fs.mkdir(dir, { recursive: true }));
  await lockfile.lock(cache.file, { realpath: false, stale: 2000, update: 500, onCompromised: () => {} });
  process.stdout.write("locked\n");
  setInterval(() => {}, 1000);
} else {
  const spec = { title: "t", domain: "testing", columns: [{ name: "n", kind: "integer", min: 1, max: 9 }] };
  for (let i = 0; i < Number(count); i++) {
    await cache.set(`${mode}-${i}`, { spec, fingerprint: "test", warnings: [], createdAt: new Date().toISOString() });
  }
  process.stdout.write("done\n");
}
