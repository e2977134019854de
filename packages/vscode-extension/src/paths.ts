// Workspace containment: the extension writes only inside the workspace folder.
// Pure Node (no `vscode` import) so it is tested on real folders with a plain runner.
import { realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, parse, relative, resolve, sep } from "node:path";
import { FORMAT_EXTENSION, SynthdataError, isMultiTable, runFilePaths, suggestFilename, type DatasetSpec, type OutputFormat } from "@synthdata/core";

/**
 * True when `candidate` is `root` itself or lies below it. Both must be absolute.
 * Compares against `root + sep` so `/w-evil` is not inside `/w`.
 */
export function isPathWithin(root: string, candidate: string): boolean {
  if (root.includes("\0") || candidate.includes("\0")) return false;
  if (!isAbsolute(root) || !isAbsolute(candidate)) return false;
  const r = stripTrailingSep(normalize(root));
  const c = stripTrailingSep(normalize(candidate));
  if (c === r) return true;
  return c.startsWith(r.endsWith(sep) ? r : r + sep);
}

function stripTrailingSep(path: string): string {
  // Keep the filesystem root ("/" or "C:\") as it is.
  return path.length > parse(path).root.length && path.endsWith(sep) ? path.slice(0, -1) : path;
}

/**
 * The absolute output folder for a `synthdata.outputFolder` value: relative values are
 * taken from the workspace folder; anything that lands outside it is refused.
 */
export function resolveOutputFolder(workspaceRoot: string, setting: string): string {
  const value = setting.trim() === "" ? "." : setting.trim();
  if (value.includes("\0")) {
    throw new SynthdataError("PATH_NOT_ALLOWED", "synthdata.outputFolder contains a NUL character; set it to a folder inside the workspace, e.g. \"data\"");
  }
  // A Windows drive or UNC path on another system is never inside a POSIX workspace (and vice versa).
  if (sep === "/" && (/^[a-zA-Z]:[\\/]/.test(value) || value.startsWith("\\\\"))) {
    throw outside(value, workspaceRoot);
  }
  const folder = resolve(workspaceRoot, value);
  if (!isPathWithin(workspaceRoot, folder)) throw outside(value, workspaceRoot);
  return folder;
}

function outside(value: string, root: string): SynthdataError {
  return new SynthdataError(
    "PATH_NOT_ALLOWED",
    `synthdata.outputFolder "${value}" is outside the workspace folder ${root}; set it to a folder inside the workspace, e.g. "data"`,
    { data: { outputFolder: value } },
  );
}

/**
 * Checks `target` (a file or folder that may not exist yet) against symlinks: the
 * realpath of its nearest existing ancestor must be inside the workspace's realpath.
 * Catches `data -> /home/me/.ssh` planted in a cloned repository.
 */
export async function checkRealPathWithin(workspaceRoot: string, target: string): Promise<void> {
  const realRoot = await realpath(workspaceRoot).catch((cause: unknown) => {
    throw new SynthdataError("IO_ERROR", `cannot read the workspace folder ${workspaceRoot}: ${(cause as Error).message}`, { cause });
  });
  let existing = target;
  for (;;) {
    try {
      const real = await realpath(existing);
      if (!isPathWithin(realRoot, real)) {
        throw new SynthdataError(
          "PATH_NOT_ALLOWED",
          `${relative(workspaceRoot, existing) || existing} leads outside the workspace (through a symbolic link to ${real}); choose another synthdata.outputFolder`,
          { data: { path: target } },
        );
      }
      return;
    } catch (error) {
      if (error instanceof SynthdataError) throw error;
      const parent = dirname(existing);
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || parent === existing) throw error;
      existing = parent;
    }
  }
}

/** Where a run of `spec` goes: one data file (with its side files), or a folder of files for a spec of several tables. */
export interface RunTarget {
  path: string;
  folder: boolean;
}

/** `<outDir>/<title>.<ext>`, or the folder `<outDir>/<title>` for a spec of several tables (one file per table in it). */
export function runTarget(outDir: string, spec: DatasetSpec, format: OutputFormat): RunTarget {
  if (isMultiTable(spec)) return { path: join(outDir, suggestFilename(spec.title, "")), folder: true };
  return { path: join(outDir, suggestFilename(spec.title, FORMAT_EXTENSION[format])), folder: false };
}

/** The first file of an earlier run that the run would meet: the folder itself, or the data file or one of its side files (card, split, exam); undefined when all are free. */
export async function runTargetTaken(target: RunTarget, exists: (path: string) => Promise<boolean>): Promise<string | undefined> {
  const paths = target.folder ? [target.path] : runFilePaths(target.path);
  const taken = await Promise.all(paths.map(exists));
  return paths.find((_, i) => taken[i]);
}

/** The first free numbered target beside `target` (Keep Both): `name-2.csv` with its side files, or the folder `name-2`. */
export async function freeRunTarget(target: RunTarget, exists: (path: string) => Promise<boolean>): Promise<RunTarget> {
  const folder = dirname(target.path);
  const name = target.path.slice(folder.length + 1);
  return target.folder ? { path: await freeFolderName(folder, name, exists), folder: true } : { path: await freeFileName(folder, name, exists), folder: false };
}

/** `name-2`, `name-3`... in `parent`, the first that `exists` says is free. */
export async function freeFolderName(parent: string, name: string, exists: (path: string) => Promise<boolean>): Promise<string> {
  for (let n = 2; n < 10_000; n++) {
    const candidate = join(parent, `${name}-${n}`);
    if (!(await exists(candidate))) return candidate;
  }
  throw new SynthdataError("OUTPUT_EXISTS", `too many folders named ${name}-N in ${parent}; remove some or choose another output folder`);
}

/** `name.csv` in `folder`, or `name-2.csv`, `name-3.csv`... the first whose CSV and side files `exists` says are free. */
export async function freeFileName(folder: string, fileName: string, exists: (path: string) => Promise<boolean>): Promise<string> {
  const { name, ext } = parse(fileName);
  for (let n = 2; n < 10_000; n++) {
    const candidate = join(folder, `${name}-${n}${ext}`);
    const taken = await Promise.all(runFilePaths(candidate).map(exists));
    if (!taken.some(Boolean)) return candidate;
  }
  throw new SynthdataError("OUTPUT_EXISTS", `too many files named ${name}-N${ext} in ${folder}; remove some or choose another output folder`);
}
