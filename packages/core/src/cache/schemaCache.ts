import { randomBytes, randomInt } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import lockfile from "proper-lockfile";
import { renameWithRetry } from "../output/renameWithRetry.js";
import { SynthdataError } from "../errors.js";
import type { DatasetSpec } from "../spec/schema.js";
import { defaultSecretFile } from "./cacheDir.js";
import { withinSpecLimits } from "./limits.js";
import { cacheSecret } from "./secret.js";
import { validationStamp } from "./stamp.js";

export const CACHE_FILE = "specs.json";
const FORMAT = 1;

export interface CacheEntry {
  spec: DatasetSpec;
  /** The planner fingerprint that made it (planner, model, prompt version). */
  fingerprint: string;
  warnings: string[];
  createdAt: string;
  /** Set by set(): validationStamp(spec, the user's secret), so a hit can trust the spec without validating it again. */
  validated?: string;
}

interface CacheFile {
  format: typeof FORMAT;
  entries: Record<string, CacheEntry>;
}

export interface SchemaCacheOptions {
  /** Entries kept; the oldest go first. */
  maxEntries?: number;
  /** A lock older than this is taken over (a killed holder). proper-lockfile's floor is 2000 ms. */
  staleMs?: number;
  /** How long a writer waits for the lock in total before giving up. */
  waitMs?: number;
  /** Told about recoveries (a corrupt file moved aside); never sees a key. */
  onWarning?: (message: string) => void;
  /** Called while the lock is held, before the file is read (for diagnostics and fault-injection tests). */
  onLocked?: () => Promise<void>;
  /** The per-user secret stamps are signed with (default: defaultSecretFile()); never inside the cache folder. */
  secretFile?: string;
}

/**
 * The schema cache: one JSON file shared by every door and process. Readers
 * read without a lock (the file is only ever replaced by rename, so it is
 * always whole); writers take a proper-lockfile lock around
 * read-merge-write-rename, so concurrent writers lose nothing.
 */
export class SchemaCache {
  readonly file: string;
  private readonly maxEntries: number;
  private readonly staleMs: number;
  private readonly waitMs: number;

  constructor(
    readonly dir: string,
    private readonly options: SchemaCacheOptions = {},
  ) {
    this.file = join(dir, CACHE_FILE);
    this.maxEntries = options.maxEntries ?? 1000;
    this.staleMs = Math.max(2000, options.staleMs ?? 10_000);
    this.waitMs = options.waitMs ?? this.staleMs + 10_000;
  }

  /** The stored entry, or undefined on a miss (an unreadable file counts as a miss). */
  async get(key: string): Promise<CacheEntry | undefined> {
    const data = await this.read(false);
    const entry = data?.entries[key];
    if (!entry || typeof entry !== "object") return undefined;
    // Signed by set() with this user's secret under the same rules, unchanged since, and within the
    // structural limits: valid as it stands. The file alone can never make this true.
    const secret = await this.secret();
    if (secret && typeof entry.validated === "string" && entry.validated === validationStamp(entry.spec, secret) && withinSpecLimits(entry.spec)) {
      return { ...entry, warnings: storedWarnings(entry.warnings) };
    }
    // Stored by an older build, another user, or changed on disk: validate it (loading zod only now); one that fails is a miss.
    const { checkSpec } = await import("../spec/validate.js");
    const checked = checkSpec(entry.spec);
    if (!checked.spec) {
      this.options.onWarning?.(`a cached spec for this description failed validation (${checked.issues.length} problem${checked.issues.length === 1 ? "" : "s"}) and was ignored; planned it again`);
      return undefined;
    }
    return { ...entry, spec: checked.spec, warnings: storedWarnings(entry.warnings) };
  }

  /** Stores a spec that has passed validation (the stamp records that). */
  async set(key: string, entry: CacheEntry): Promise<void> {
    await this.withLock(async () => {
      const data = (await this.read(true)) ?? { format: FORMAT, entries: {} };
      delete data.entries[key];
      const secret = await this.secret();
      // Without a secret the entry is stored unsigned: every hit on it is validated in full.
      const { validated: _old, ...unsigned } = entry;
      data.entries[key] = secret ? { ...unsigned, validated: validationStamp(entry.spec, secret) } : unsigned;
      evictOldest(data, this.maxEntries);
      await this.write(data);
    });
  }

  private secret(): Promise<Buffer | undefined> {
    return cacheSecret(this.options.secretFile ?? defaultSecretFile(), this.dir);
  }

  /** Removes every entry; returns how many there were. */
  async clear(): Promise<number> {
    return this.withLock(async () => {
      const data = await this.read(true);
      await rm(this.file, { force: true });
      return data ? Object.keys(data.entries).length : 0;
    });
  }

  async size(): Promise<number> {
    const data = await this.read(false);
    return data ? Object.keys(data.entries).length : 0;
  }

  /**
   * The file's contents; undefined when there is none. A file that does not
   * parse is moved aside (only while holding the lock, so two processes do not
   * race on it) and reported, never a crash.
   */
  private async read(locked: boolean): Promise<CacheFile | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      this.options.onWarning?.(`the schema cache ${this.file} cannot be read (${(error as NodeJS.ErrnoException).code}); planning without it`);
      return undefined;
    }
    const data = parseCacheFile(text);
    if (data) return data;
    if (locked) {
      const aside = `${this.file}.corrupt-${Date.now()}`;
      await rename(this.file, aside).catch(() => rm(this.file, { force: true }));
      this.options.onWarning?.(`the schema cache was not valid JSON; moved it to ${aside} and started a new one`);
    }
    return undefined;
  }

  private async write(data: CacheFile): Promise<void> {
    const temp = join(this.dir, `.${CACHE_FILE}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    try {
      const handle = await open(temp, "wx");
      try {
        await handle.writeFile(JSON.stringify(data));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await renameWithRetry(temp, this.file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  /**
   * Takes the lock, retrying only while another process holds it (ELOCKED);
   * any other error (permissions, a read-only disk) ends the wait at once.
   */
  private async acquire(onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      try {
        return await lockfile.lock(this.file, {
          realpath: false,
          stale: this.staleMs,
          update: Math.floor(this.staleMs / 4),
          retries: 0,
          // The default handler throws from a timer and kills the process.
          onCompromised,
        });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== "ELOCKED") {
          if (code && NOT_WRITABLE.has(code)) throw notWritable(this.dir, error as NodeJS.ErrnoException);
          throw cacheError(`the schema cache ${this.file} could not be locked (${(error as Error).message})`, error);
        }
        if (Date.now() >= deadline) {
          throw cacheError(
            `the schema cache is locked by another process and the lock was not released within ${Math.round(this.waitMs / 1000)} s (${(error as Error).message}); try again, or delete ${this.file}.lock if no synthdata is running`,
            error,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100 + randomInt(100)));
      }
    }
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    try {
      await mkdir(this.dir, { recursive: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code && NOT_WRITABLE.has(code)) throw notWritable(this.dir, error as NodeJS.ErrnoException);
      throw cacheError(`cannot create the cache folder ${this.dir}: ${(error as Error).message}`, error);
    }
    let compromised: Error | undefined;
    const release = await this.acquire((error) => {
      compromised = error;
    });
    try {
      await this.options.onLocked?.();
      const result = await work();
      if (compromised) throw cacheError(`the schema cache lock was taken over while writing (${compromised.message}); the entry may not be saved`, compromised);
      return result;
    } finally {
      await release().catch(() => undefined);
    }
  }
}

/**
 * Errors that say the folder cannot be written at all (a read-only folder, one a
 * `sudo` run left owned by root, a read-only file system): waiting for a lock
 * would not help, so they fail at once.
 */
const NOT_WRITABLE = new Set(["EACCES", "EPERM", "EROFS", "ENOTDIR", "ENOENT", "EEXIST", "ENOSPC", "EDQUOT"]);

function notWritable(dir: string, error: NodeJS.ErrnoException): SynthdataError {
  const owner = error.code === "EACCES" || error.code === "EPERM" ? ` (a run with sudo may have left it owned by root: sudo chown -R "$USER" ${dir})` : "";
  return cacheError(
    `the cache folder ${dir} is not writable (${error.code}${error.syscall ? ` on ${error.syscall}` : ""}): fix its permissions${owner}, or set SYNTHDATA_CACHE_DIR to a folder you can write`,
    error,
  );
}

/** An entry's warnings as shown again on a hit: strings only, and not so many or so long that a planted file floods the terminal. */
function storedWarnings(warnings: unknown): string[] {
  return Array.isArray(warnings) ? warnings.filter((w): w is string => typeof w === "string").slice(0, 50).map((w) => w.slice(0, 1000)) : [];
}

function parseCacheFile(text: string): CacheFile | undefined {
  try {
    const data = JSON.parse(text) as unknown;
    if (!data || typeof data !== "object") return undefined;
    const file = data as Partial<CacheFile>;
    if (file.format !== FORMAT || !file.entries || typeof file.entries !== "object" || Array.isArray(file.entries)) return undefined;
    // Keys come from sha256; a null prototype keeps any odd key from reaching Object.prototype.
    return { format: FORMAT, entries: Object.assign(Object.create(null) as Record<string, CacheEntry>, file.entries) };
  } catch {
    return undefined;
  }
}

function evictOldest(data: CacheFile, max: number): void {
  const keys = Object.keys(data.entries);
  // Insertion order is age order: set() re-inserts a key at the end.
  for (let i = 0; i < keys.length - max; i++) delete data.entries[keys[i]!];
}

function cacheError(message: string, cause: unknown): SynthdataError {
  return new SynthdataError("CACHE_ERROR", message, { cause });
}
