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
