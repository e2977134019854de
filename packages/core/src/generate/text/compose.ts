import type { Random } from "../random.js";

/**
 * The template engine behind text columns. A template is plain English with
 * slots: `{name}` picks one entry of the word list `name` (entries may hold
 * slots themselves; `{name_cap}` capitalises it), `{a}` becomes "a" or "an" for the word after it, and
 * `{@key}` is a value from the row (the topic, the mention). Templates are
 * compiled once per run into parts, so a row costs a few picks and
 * concatenations, not parsing.
 */

/** Per-row values a template may read through `{@key}`, and lists a row overrides (a topic's own problems). */
export interface RowContext {
  readonly values: Map<string, string>;
  readonly lists: Map<string, Pool> | undefined;
}

type Part = string | { readonly list: string; readonly cap: boolean } | { readonly row: string } | typeof ARTICLE;

/** Marks where "a"/"an" goes; resolved when the sentence is finished. */
const ARTICLE = "\u0001";
const ARTICLE_RE = /\u0001(\s*)(\S+)/g;

/** "an" before a vowel letter and before numbers said with a vowel sound: an 8-day, an 80 y/o, an 11, an 18-hour. */
const takesAn = (word: string): boolean => /^[aeiouAEIOU]/.test(word) || /^8/.test(word) || /^(11|18)(\D|$)/.test(word);

/** A compiled list of alternatives, each a sequence of parts. */
export class Pool {
  private constructor(readonly items: readonly (readonly Part[])[]) {}

  static of(templates: readonly string[]): Pool {
    if (templates.length === 0) throw new Error("a text pool needs at least one entry");
    return new Pool(templates.map(parseTemplate));
  }
}

function parseTemplate(template: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(@?)([a-z_0-9]+)\}/g)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    const [, at, name] = match;
    parts.push(at ? { row: name! } : name === "a" ? ARTICLE : name!.endsWith("_cap") ? { list: name!.slice(0, -4), cap: true } : { list: name!, cap: false });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** Word lists by name; a style's lists over the shared ones. */
export class Lexicon {
  private readonly pools = new Map<string, Pool>();

  constructor(...layers: readonly Readonly<Record<string, readonly string[]>>[]) {
    for (const layer of layers) for (const [name, entries] of Object.entries(layer)) this.pools.set(name, Pool.of(entries));
  }

  has(name: string): boolean {
    return this.pools.has(name);
  }

  pool(name: string): Pool {
    const pool = this.pools.get(name);
    if (!pool) throw new Error(`text lexicon has no list "${name}"`);
    return pool;
  }

  /** Checks every slot of every list resolves, so a typo in a template fails at start-up, not on row 90,000. */
  verify(rowKeys: readonly string[], rowLists: readonly string[]): void {
    for (const [name, pool] of this.pools) {
      for (const item of pool.items) {
        for (const part of item) {
          if (typeof part !== "object") continue;
          if ("list" in part && !this.pools.has(part.list) && !rowLists.includes(part.list)) throw new Error(`text list "${name}" uses unknown list "${part.list}"`);
          if ("row" in part && !rowKeys.includes(part.row)) throw new Error(`text list "${name}" uses unknown row value "${part.row}"`);
        }
      }
    }
  }

  /** One expansion of a pool: a random entry with its slots filled, recursively. */
  expand(pool: Pool, rng: Random, row: RowContext, depth = 0): string {
    const item = pool.items[pool.items.length === 1 ? 0 : rng.int(pool.items.length)]!;
    let out = "";
    for (const part of item) {
      if (typeof part === "string") out += part;
      else if ("list" in part) {
        if (depth > 8) throw new Error("text lists nest too deeply");
        const text = this.expand(row.lists?.get(part.list) ?? this.pool(part.list), rng, row, depth + 1);
        out += part.cap && text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
      } else out += row.values.get(part.row) ?? "";
    }
    return out;
  }

  /** Several lists expanded back to back into one sentence ("Honestly, " + "best charger I have owned."). */
  joined(names: readonly string[], rng: Random, row: RowContext): string {
    let out = "";
    for (const name of names) out += this.expand(row.lists?.get(name) ?? this.pool(name), rng, row);
    return finishSentence(out);
  }

  sentence(name: string, rng: Random, row: RowContext): string {
    return finishSentence(this.expand(row.lists?.get(name) ?? this.pool(name), rng, row));
  }
}

/** Articles resolved, first letter capitalised. */
export function finishSentence(text: string): string {
  let s = text.includes(ARTICLE) ? text.replace(ARTICLE_RE, (_, space: string, word: string) => `${takesAn(word) ? "an" : "a"}${space}${word}`) : text;
  s = s.trim();
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A sentence of a text; kept ones (the mention, the topic) are never dropped for length. */
export interface Piece {
  readonly text: string;
  readonly keep: boolean;
}

/**
 * Joins sentences in order while they fit in maxWords, kept ones first in
 * line for the budget; if even the kept ones do not fit, the text is cut at a
 * word and ends with an ellipsis, as a clipped preview would.
 */
export function joinWithin(pieces: readonly Piece[], maxWords: number): string {
  const counts = pieces.map((p) => countWords(p.text));
  let budget = maxWords;
  for (let i = 0; i < pieces.length; i++) if (pieces[i]!.keep) budget -= counts[i]!;
  if (budget < 0) {
    const all = pieces.filter((p) => p.keep && p.text).map((p) => p.text).join(" ");
    return `${all.split(" ").slice(0, maxWords).join(" ").replace(/[,;:.!?]+$/, "")}...`;
  }
  const chosen: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (!p.text) continue;
    if (p.keep) chosen.push(p.text);
    else if (counts[i]! <= budget) {
      chosen.push(p.text);
      budget -= counts[i]!;
    }
  }
  if (chosen.length === 0) {
    const first = pieces.find((p) => p.text)?.text ?? "";
    return `${first.split(" ").slice(0, maxWords).join(" ").replace(/[,;:.!?]+$/, "")}...`;
  }
  return chosen.join(" ");
}
