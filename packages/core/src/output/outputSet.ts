import { link, lstat, open, rm, unlink } from "node:fs/promises";
import { basename, join } from "node:path";
import { SynthdataError, isSynthdataError } from "../errors.js";
import { renameWithRetry } from "./renameWithRetry.js";
import { ensureFolder, FolderGuard } from "./folderGuard.js";
import { hiddenName, isFile, StagedFile, sweepStaleTemps } from "./stagedFile.js";

/** A staged file and the name (in the set's folder) it is to take. */
export interface SetEntry {
  file: StagedFile;
  name: string;
}

export interface CommitOptions {
  /** Replace files already under these names (--force); otherwise any of them existing is OUTPUT_EXISTS. */
  replace: boolean;
  /** With replace: names of an earlier run's files this run does not write (a stale split): removed with the rest, or kept with the rest. */
  remove?: readonly string[];
}

/** Where link() is missing (FAT, some network shares): claim the name by exclusive create instead. */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK", "EXDEV"]);

interface Step {
  name: string;
  realDir: string;
  /** Our file, once placed under `name`. */
  placed?: StagedFile;
  /** Where the earlier file under `name` waits until the whole set is in place. */
  aside?: string;
}

/**
 * The files of one run, written in one folder and placed as a unit: all new,
 * or all as before. Each file is staged in a temp file; `commit` flushes
 * every one (so a full disk shows before any final name is touched), then
 * claims each final name atomically with a hard link (fails if the name
 * exists: no check-then-rename, so concurrent runs in any process never
 * replace each other). With `replace`, earlier files are moved aside first
 * and deleted only once every new file is in place; any failure puts them
 * back. With a FolderGuard, the folder's real path is checked when each temp
 * file is created and again before each link or rename.
 */
export class OutputSet {
  private readonly staged: StagedFile[] = [];

  private constructor(
    /** The folder as the caller named it (paths in results and messages). */
    readonly dir: string,
    private readonly guard: FolderGuard | undefined,
  ) {}

  /** Creates the folder if needed and sweeps our stale temp files from it. */
  static async open(dir: string, options: { allowedFolders?: readonly string[] | undefined } = {}): Promise<OutputSet> {
    const guard = options.allowedFolders ? new FolderGuard(options.allowedFolders) : undefined;
    await ensureFolder(dir, guard);
    const set = new OutputSet(dir, guard);
    await sweepStaleTemps(await set.realDir());
    return set;
  }

  /** The first of `names` that exists in the folder (any kind of entry), if any. */
  async firstTaken(names: readonly string[]): Promise<string | undefined> {
    for (const name of names) if (await lstat(join(this.dir, name)).then(() => true, () => false)) return name;
    return undefined;
  }

  /** A new temp file for the file to be named `name`. */
  async stage(name: string): Promise<StagedFile> {
    const file = await StagedFile.create(await this.realDir(), name, this.guard);
    this.staged.push(file);
    return file;
  }

  /** Places every entry under its name, or none: on failure each earlier file is back and the staged files stay staged. */
  async commit(entries: readonly SetEntry[], options: CommitOptions): Promise<void> {
    for (const entry of entries) await entry.file.finish();
    const steps: Step[] = [];
    try {
      for (const entry of entries) {
        const realDir = await this.realDir();
        const step: Step = { name: entry.name, realDir };
        steps.push(step);
        if (!(await isFile(join(realDir, entry.file.tempName), entry.file.identity))) {
          throw new SynthdataError("IO_ERROR", `the temp file for ${entry.name} in ${this.dir} disappeared (removed by another program?); run again`);
        }
        if (options.replace) step.aside = await this.moveAside(realDir, entry.name);
        await this.claim(join(realDir, entry.file.tempName), join(realDir, entry.name), entry.file);
        step.placed = entry.file;
      }
      if (options.replace) {
        for (const name of options.remove ?? []) {
          const realDir = await this.realDir();
          const step: Step = { name, realDir };
          steps.push(step);
          step.aside = await this.moveAside(realDir, name);
        }
      }
    } catch (error) {
      const problems = await rollback(steps);
      throw commitFailure(error, options.replace, problems);
    }
    // Every file is in place: drop the temp names (hard links) and the earlier files.
    for (const [i, entry] of entries.entries()) {
      if (!entry.file.gone) await rm(join(steps[i]!.realDir, entry.file.tempName), { force: true }).catch(() => undefined);
      entry.file.gone = true;
    }
    for (const step of steps) if (step.aside) await rm(step.aside, { force: true }).catch(() => undefined);
  }

  /** Closes and deletes these staged files (or all of them): the final names are left as they were. */
  async discard(files: readonly StagedFile[] = this.staged): Promise<void> {
    await Promise.all(
      files.map(async (file) => {
        await file.close();
        if (file.gone) return;
        // Where it was made, even if the folder has been swapped since; and only our own file.
        const temp = join(file.createdIn, file.tempName);
        if (await isFile(temp, file.identity)) await rm(temp, { force: true });
        file.gone = true;
      }),
    );
  }

  private async realDir(): Promise<string> {
    return this.guard ? this.guard.realDir(this.dir) : this.dir;
  }

  /** Claims `final` for our temp file atomically: it must not exist. */
  private async claim(temp: string, final: string, file: StagedFile): Promise<void> {
    try {
      await link(temp, final);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (code === "EEXIST") throw this.exists(final);
      if (!NO_HARD_LINKS.has(code)) throw error;
    }
    // An empty file claims the name exclusively; the data then moves over our own claim.
    const handle = await open(final, "wx").catch((error: NodeJS.ErrnoException) => Promise.reject(error.code === "EEXIST" ? this.exists(final) : error));
    const placeholder = await handle.stat();
    await handle.close();
    try {
      await renameWithRetry(temp, final);
    } catch (error) {
      if (await isFile(final, placeholder)) await unlink(final).catch(() => undefined);
      throw error;
    }
    file.gone = true;
  }

  /** Moves the file under `name` to a hidden name beside it; undefined when there is none. A folder is never replaced. */
  private async moveAside(realDir: string, name: string): Promise<string | undefined> {
    const path = join(realDir, name);
    const found = await lstat(path).catch(() => undefined);
    if (!found) return undefined;
    if (found.isDirectory()) {
      throw new SynthdataError("IO_ERROR", `${join(this.dir, name)} is a folder, so a file cannot take its name; move the folder away or choose another output name`, {
        data: { path: join(this.dir, name) },
      });
    }
    const aside = join(realDir, hiddenName(name, "replaced"));
    await renameWithRetry(path, aside);
    return aside;
  }

  private exists(final: string): SynthdataError {
    const shown = join(this.dir, basename(final));
    return new SynthdataError("OUTPUT_EXISTS", `${shown} already exists; choose another output path or allow overwriting`, { data: { path: shown } });
  }
}

/** Undoes the steps taken, last first; returns what could not be undone. */
async function rollback(steps: readonly Step[]): Promise<string[]> {
  const problems: string[] = [];
  for (const step of [...steps].reverse()) {
    const final = join(step.realDir, step.name);
    try {
      // Take back only our own file: another run may have claimed the name since.
      if (step.placed && (await isFile(final, step.placed.identity))) {
        if (step.placed.gone) {
          // It was moved there (no hard links): move it back, so the set can still be placed elsewhere.
          await renameWithRetry(final, join(step.realDir, step.placed.tempName));
          step.placed.gone = false;
        } else await unlink(final);
      }
      if (step.aside) {
        // Exclusive again: never put the earlier file over someone else's.
        await link(step.aside, final).catch(async (error: NodeJS.ErrnoException) => {
          if (!NO_HARD_LINKS.has(error.code ?? "")) throw error;
          if (await lstat(final).then(() => true, () => false)) throw error;
          await renameWithRetry(step.aside!, final);
        });
        await rm(step.aside, { force: true });
      }
    } catch (error) {
      problems.push(`${step.name}: ${(error as Error).message}${step.aside ? ` (the earlier file is kept as ${step.aside})` : ""}`);
    }
  }
  return problems;
}

function commitFailure(error: unknown, replace: boolean, problems: string[]): SynthdataError {
  const base = isSynthdataError(error) ? error : new SynthdataError("IO_ERROR", `could not place the files: ${(error as Error).message}`, { cause: error });
  const outcome = problems.length
    ? `; could not put everything back: ${problems.join("; ")}`
    : replace
      ? "; nothing was replaced (the earlier files are as they were)"
      : "; nothing was written";
  return new SynthdataError(base.code, `${base.message}${outcome}`, { cause: base, ...(base.data ? { data: { ...base.data } } : {}), issues: [...base.issues] });
}
