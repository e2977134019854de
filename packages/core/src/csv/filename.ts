import { SynthdataError } from "../errors.js";

/** Names Windows reserves whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const MAX_STEM = 56; // 60 with ".csv"

/**
 * A file name for a dataset: lowercase ASCII slug of the title (or
 * description), safe on Windows, macOS and Linux, at most 60 characters.
 */
export function suggestFilename(titleOrDescription: string, extension = ".csv"): string {
  const slug = titleOrDescription
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  let stem = slug.slice(0, MAX_STEM).replace(/-+$/g, "");
  if (stem.length > 0 && slug.length > MAX_STEM && slug[MAX_STEM] !== "-") {
    // Cut at a word boundary when the slug was too long.
    const cut = stem.lastIndexOf("-");
    if (cut > 20) stem = stem.slice(0, cut);
  }
  if (stem === "") stem = "dataset";
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem}-data`;
  return `${stem}${extension}`;
}

/** What Windows treats as a device whatever follows the first dot (`CON.csv`, `nul .txt`), in any case. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³]|conin\$|conout\$)$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The longest suffix of a side file named after the CSV's stem (`.card.json`, `.train.csv`). */
const SIDE_FILE_SUFFIX = ".card.json";
const MAX_NAME_BYTES = 255;

/** `name` with control characters shown as `\uXXXX`, so a message never sends them raw to a terminal. */
export function visible(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Refuses an output path (as the user typed it: `--out`, `output_path`) whose
 * file name some system cannot hold or a terminal would garble: Windows
 * device names with any extension, an empty stem (`.csv`), control
 * characters, a trailing dot or space (Windows drops them), and names (with
 * the side files named after them) over 255 bytes. INVALID_ARGUMENT with
 * what to do.
 */
export function checkOutputPath(path: string, what = "output file"): void {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? "";
  const shown = `"${visible(path)}"`;
  const refuse = (why: string) => {
    throw new SynthdataError("INVALID_ARGUMENT", `${what} ${shown} ${why}`, { data: { path: visible(path) } });
  };
  if (CONTROL.test(path)) refuse("contains a control character (a newline, tab or other invisible character); choose a name of visible characters, e.g. \"data.csv\"");
  if (name === "") refuse('has no file name; name it like "folder/data.csv"');
  if (/[. ]$/.test(name)) refuse("must not end in a dot or a space (Windows drops them, so the file would get another name); choose a name ending in its extension, e.g. \"data.csv\"");
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : dot === 0 ? "" : name;
  if (stem === "" || /^\.+$/.test(stem)) refuse('has an empty name before its extension; choose a name such as "data.csv"');
  if (/[. ]$/.test(stem)) refuse("must not end in a dot or a space before its extension (Windows drops them); choose a name such as \"data.csv\"");
  const device = name.split(".")[0]!.replace(/ +$/, "");
  if (WINDOWS_DEVICE.test(device)) {
    refuse(`is a device name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension) and cannot be a file there; choose another name, e.g. "${device.toLowerCase()}-data.csv"`);
  }
  const sideStem = name.replace(/\.csv$/i, "");
  const bytes = Math.max(Buffer.byteLength(name), Buffer.byteLength(sideStem + SIDE_FILE_SUFFIX));
  if (bytes > MAX_NAME_BYTES) refuse(`is too long: with its card (<name>${SIDE_FILE_SUFFIX}) it takes ${bytes} bytes, and file names may be at most ${MAX_NAME_BYTES} bytes; shorten it`);
  for (const part of parts.slice(0, -1)) {
    if (Buffer.byteLength(part) > MAX_NAME_BYTES) refuse(`has a folder name over ${MAX_NAME_BYTES} bytes, which no file system holds; shorten it`);
  }
}
