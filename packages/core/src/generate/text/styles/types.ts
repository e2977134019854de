import type { Random } from "../../random.js";
import type { Piece } from "../compose.js";
import type { Tone } from "../tone.js";
import type { Topic } from "../topics.js";

/** What a style's build function may ask for one row. */
export interface BuildContext {
  readonly rng: Random;
  readonly tone: Tone;
  /** "vneg" .. "vpos", for list names such as `open_neg`. */
  readonly toneName: string;
  /** The row's mention as written ("#summer", "Denver"), if any. */
  readonly mention: string | undefined;
  /** Which kind of thing the mention is: hashtag, city, product, person, company or other. */
  readonly mentionType: string;
  /** A finished sentence from a list (its slots filled, capitalised). */
  say(list: string): string;
  /** A list's expansion as it is: no capital, no article resolution (a suffix such as ", officials say"). */
  raw(list: string): string;
  /** One sentence made of a lead-in ("Honestly, ", often empty) and the start of a text, as one sentence. */
  opening(lead: string, list: string): string;
  /** A list name for this tone, falling back from vneg to neg and vpos to pos when the style has no list of its own. */
  toned(prefix: string): string;
  /** True with probability p. */
  chance(p: number): boolean;
}

export interface StyleDef {
  readonly maxWords: number;
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** The topics this style knows, which of its lists a topic replaces, and what an unknown topic value gives instead (with {@topic}). */
  readonly topics: { readonly family: readonly Topic[]; readonly lists: readonly string[]; readonly unknown: Readonly<Record<string, readonly string[]>> };
  /** Does the tone of a row change the text? (bios and descriptions read the same either way.) */
  readonly toned: boolean;
  /** The row's sentences in order; the ones marked keep carry the mention or the topic. */
  build(ctx: BuildContext): Piece[];
}

export const piece = (text: string, keep = false): Piece => ({ text, keep });
