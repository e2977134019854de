import { mkdir, realpath, stat } from "node:fs/promises";
import { dirname, sep } from "node:path";
import { SynthdataError } from "../errors.js";

/**
 * The folders a door lets a run write into (MCP's output folder), enforced on
 * the real path of the folder actually written into, at the moment of each
 * write: a path checked once before planning is not proof against a symbolic
 * link swapped in while the planner thinks.
 */
export class FolderGuard {
  private readonly roots: string[];

  /** `folders` are realpaths (resolved at start-up). */
  constructor(folders: readonly string[]) {
    this.roots = folders.map((f) => (f.endsWith(sep) ? f : f + sep));
  }

  /** True when the real path `real` is one of the folders or lies inside one. */
  contains(real: string): boolean {
    const withSep = real.endsWith(sep) ? real : real + sep;
    return this.roots.some((root) => withSep.startsWith(root));
  }

  /** The realpath of `dir`, or PATH_NOT_ALLOWED when it has come to lead outside the folders. */
  async realDir(dir: string): Promise<string> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (cause) {
      throw new SynthdataError("IO_ERROR", `cannot use folder ${dir}: ${(cause as Error).message}`, { cause });
    }
    if (!this.contains(real)) throw leftFolder(dir, real);
    return real;
  }

  /** PATH_NOT_ALLOWED unless `real` (a realpath) is inside the folders. */
  check(requested: string, real: string): void {
    if (!this.contains(real)) throw leftFolder(requested, real);
  }
}

function leftFolder(dir: string, real: string): SynthdataError {
  return new SynthdataError(
    "PATH_NOT_ALLOWED",
    `${dir} now leads outside the output folder (to ${real}, through a symbolic link), so nothing was written there; remove the link or choose another output path`,
    { data: { path: dir } },
  );
}

/**
 * Creates `dir` and its missing parents. With a guard, one level at a time,
 * each checked on its real path before the next is made inside it, so a link
 * planted on the way never gets a folder created at its far end.
 */
export async function ensureFolder(dir: string, guard: FolderGuard | undefined): Promise<void> {
  const fail = (cause: unknown) => {
    if (cause instanceof SynthdataError) throw cause;
    throw new SynthdataError("IO_ERROR", `cannot create folder ${dir}: ${(cause as Error).message}`, { cause });
  };
  if (!guard) {
    await mkdir(dir, { recursive: true }).catch(fail);
    return;
  }
  const missing: string[] = [];
  let current = dir;
  while (!(await isFolder(current))) {
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  await guard.realDir(current);
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => (error.code === "EEXIST" ? undefined : fail(error)));
    await guard.realDir(folder);
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
