import { lstat, mkdir, realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { SynthdataError, checkOutputPath, dataExtension } from "@synthdata/core";

/**
 * Where a tool may write: output paths are checked against folders resolved
 * with realpath, once on the normalised path and again on the realpath of
 * the file (or of its nearest existing parent for a new file), so neither
 * `..`, an absolute path elsewhere, a `<root>-evil` sibling nor a symlink
 * pointing out gets through.
 */

/** Realpaths of the folders, created when missing. The first one is where files go by default. */
export async function resolveFolders(dirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const dir of dirs) {
    try {
      await mkdir(dir, { recursive: true });
      out.push(await realpath(dir));
    } catch (cause) {
      throw new SynthdataError("IO_ERROR", `cannot use output folder ${dir}: ${(cause as Error).message}; pass an existing, writable --output-dir`, { cause });
    }
  }
  return out;
}

/** True when `path` (absolute, normalised) lies strictly inside one of `folders`. */
export function isPathWithinFolders(path: string, folders: readonly string[]): boolean {
  if (path.includes("\0") || !isAbsolute(path)) return false;
  const normal = resolve(path);
  return folders.some((folder) => {
    const root = resolve(folder);
    const prefix = root.endsWith(sep) ? root : root + sep;
    return normal.startsWith(prefix) && normal.length > prefix.length;
  });
}

/**
 * The absolute path a requested `output_path` may be written to, or
 * PATH_NOT_ALLOWED with what to do instead. Relative paths are taken
 * from the first folder. With `folder` (a spec of several tables), the path
 * names the folder the tables go into: no data extension, and it may exist.
 */
export async function resolveOutputPath(requested: string, folders: readonly string[], options: { folder?: boolean } = {}): Promise<string> {
  const first = folders[0];
  if (first === undefined) throw notAllowed(requested, "there is no folder this server may write to", folders);
  if (requested.includes("\0")) throw notAllowed(requested, "the path contains a NUL byte", folders);
  if (sep === "/" && requested.includes("\\")) {
    throw notAllowed(requested, "backslashes are not path separators here; use forward slashes", folders);
  }
  if (sep === "/" && /^[A-Za-z]:/.test(requested)) throw notAllowed(requested, "it is a Windows drive path", folders);
  // By extension alone: a name that is only an extension (".csv") gets checkOutputPath's clearer message.
  const hasExtension = dataExtension(`x${requested.slice(requested.lastIndexOf("."))}`) !== undefined;
  if (options.folder && hasExtension) {
    throw new SynthdataError("INVALID_ARGUMENT", `this spec has several tables, written as one file each in a folder: give output_path a folder name such as ${JSON.stringify(requested.replace(/\.[^./]+$/, ""))}, not a file name`);
  }
  if (!options.folder && !hasExtension) {
    throw new SynthdataError(
      "INVALID_ARGUMENT",
      `output_path ${JSON.stringify(requested)} must end in .csv, .jsonl, .parquet or .sqlite (the card and split files are named after it); a dataset of several tables goes into a folder: pass its spec (describe_schema's) with a folder name, or leave output_path out`,
    );
  }
  checkOutputPath(requested, "output_path");
  const path = resolve(first, requested);
  if (!isPathWithinFolders(path, folders)) throw notAllowed(requested, `it resolves to ${path}`, folders);
  const real = await realTarget(path, options.folder ?? false);
  if (!isPathWithinFolders(real, folders)) throw notAllowed(requested, `it leads through a symbolic link to ${real}`, folders);
  return path;
}

/**
 * The absolute path of an existing file a tool may read (a card, a predictions CSV): inside the
 * folders on its real path too, so a symbolic link cannot lead out. Relative paths are taken from
 * the first folder.
 */
export async function resolveReadPath(requested: string, folders: readonly string[], what: string): Promise<string> {
  const first = folders[0];
  if (first === undefined) throw notAllowed(requested, "there is no folder this server may read from", folders);
  if (requested.includes("\0")) throw notAllowed(requested, "the path contains a NUL byte", folders);
  const path = resolve(first, requested);
  if (!isPathWithinFolders(path, folders)) throw notAllowed(requested, `it resolves to ${path}`, folders);
  const real = await realTarget(path, false);
  if (!isPathWithinFolders(real, folders)) throw notAllowed(requested, `it leads through a symbolic link to ${real}`, folders);
  try {
    if (!(await lstat(real)).isFile()) throw new Error("not a file");
  } catch {
    throw new SynthdataError("INVALID_ARGUMENT", `${what} ${JSON.stringify(requested)} is not a file in the output folder (${path})`);
  }
  return real;
}

/** Realpath of the file if it exists, else realpath of its nearest existing parent plus the rest. */
async function realTarget(path: string, folder: boolean): Promise<string> {
  const rest: string[] = [];
  let current = path;
  for (;;) {
    try {
      const stat = await lstat(current);
      if (current === path && !folder && stat.isDirectory()) {
        throw new SynthdataError("INVALID_ARGUMENT", `output_path ${path} is a folder; name a file such as data.csv inside it`);
      }
      return join(await realpath(current), ...rest.reverse());
    } catch (error) {
      if (error instanceof SynthdataError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      // A dangling symlink also lands here with ENOENT from realpath: lstat said it exists, so refuse it.
      if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
      if (await isLink(current)) return `(dangling link at ${current})`;
      const parent = dirname(current);
      if (parent === current) return path;
      rest.push(basename(current));
      current = parent;
    }
  }
}

async function isLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

function notAllowed(requested: string, why: string, folders: readonly string[]): SynthdataError {
  const where = folders.length === 1 ? folders[0] : folders.join(", ");
  const example = folders[0] ? relative(folders[0], join(folders[0], "data.csv")) : "data.csv";
  return new SynthdataError(
    "PATH_NOT_ALLOWED",
    `output_path ${JSON.stringify(requested)} is not allowed: ${why}. This server writes only inside ${where}; ` +
      `pass a relative path such as "${example}", or leave output_path out and a free name is picked.`,
    { data: { path: requested } },
  );
}
