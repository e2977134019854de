import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, stat } from "node:fs/promises";
import { dirname, relative, isAbsolute, resolve } from "node:path";

const SECRET_BYTES = 32;
const loaded = new Map<string, Promise<Buffer | undefined>>();

/**
 * The per-user secret that cache stamps are an HMAC with: 32 random bytes in
 * a file only the user can read (0600, in a 0700 folder), made on first use.
 * Undefined when it cannot be had safely (the file is someone else's, others
 * may read or write it, it lies inside the cache folder, the folder cannot be
 * written): the cache then validates every hit in full, which costs start-up
 * time, never correctness.
 */
export function cacheSecret(file: string, cacheDir: string): Promise<Buffer | undefined> {
  const key = `${resolve(file)}\n${resolve(cacheDir)}`;
  let secret = loaded.get(key);
  if (!secret) {
    secret = inside(resolve(cacheDir), resolve(file)) ? Promise.resolve(undefined) : readOrCreate(resolve(file)).catch(() => undefined);
    loaded.set(key, secret);
  }
  return secret;
}

async function readOrCreate(file: string): Promise<Buffer | undefined> {
  const existing = await readTrusted(file);
  if (existing) return existing;
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  try {
    const handle = await open(file, "wx", 0o600);
    try {
      await handle.writeFile(randomBytes(SECRET_BYTES).toString("hex"));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readTrusted(file);
}

async function readTrusted(file: string): Promise<Buffer | undefined> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  if (!info.isFile()) return undefined;
  if (process.platform !== "win32") {
    // A secret that others may read or replace signs nothing.
    if ((info.mode & 0o077) !== 0) return undefined;
    if (process.getuid && info.uid !== process.getuid()) return undefined;
  }
  const text = (await readFile(file, "utf8")).trim();
  if (!/^[0-9a-f]{64}$/.test(text)) return undefined;
  return Buffer.from(text, "hex");
}

function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}
