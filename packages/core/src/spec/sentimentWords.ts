/**
 * How values read as sentiment, shared by validation (a sentimentFrom
 * category must have values that read as one) and the text generator (which
 * tone each value gives). Word patterns written for this project.
 *
 * The tone of a text as five steps: 0 very negative, 1 negative, 2 mixed,
 * 3 positive, 4 very positive. A 1-5 rating maps one star to one step.
 */
export type Tone = 0 | 1 | 2 | 3 | 4;
export const TONE_NAMES = ["vneg", "neg", "mixed", "pos", "vpos"] as const;

/** Where a numeric value sits in its range, as a tone: fifths of the range. */
export function toneOfShare(t: number): Tone {
  if (!(t >= 0)) return 0;
  if (t >= 1) return 4;
  return Math.min(4, Math.floor(t * 5 + 1e-9)) as Tone;
}

const VERY_NEGATIVE = /^(very|extremely|highly|strongly|totally)[ _-]*(dis|un)|^(terrible|awful|horrible|angry|furious|hate|worst|very[ _-]*(negative|bad|poor|unhappy))/i;
const NEGATIVE = /^(neg|bad|poor|dis|unsat|unhap|not[ _-]|no$|detractor|sad|upset|annoyed|frustrat|complain|dislike|thumbs[ _-]*down|-1$)/i;
const VERY_POSITIVE = /^((very|extremely|highly|strongly|totally)[ _-]*(satisf|happy|positive|pleased|good|likely)|excellent|outstanding|amazing|love|delighted|ecstatic|perfect|superb|best)/i;
const POSITIVE = /^(pos|good|great|satisf|happy|pleased|like|promoter|yes$|thumbs[ _-]*up|recommend|glad|\+1$|fine|content)/i;
const MIXED = /^(neutral|mixed|passive|ok|okay|average|neither|meh|so[ _-]*so|fair|moderate|indifferent|undecided|unsure|mid)/i;

/** The tone of one category value read as sentiment ("satisfied", "very dissatisfied", "neutral", "4 stars"); undefined when it does not read as one. */
export function toneOfWord(value: string): Tone | undefined {
  const v = value.trim();
  if (VERY_NEGATIVE.test(v)) return 0;
  if (VERY_POSITIVE.test(v)) return 4;
  if (NEGATIVE.test(v)) return 1;
  if (MIXED.test(v)) return 2;
  if (POSITIVE.test(v)) return 3;
  return undefined;
}

/** Tones of a category's values: by their words, else by leading numbers placed in their own range. */
export function categoryTones(values: readonly string[]): Map<string, Tone> {
  const tones = new Map<string, Tone>();
  const numbers = values.map((v) => /^\s*(-?\d+(?:\.\d+)?)/.exec(v)?.[1]).map((n) => (n === undefined ? undefined : Number(n)));
  const known = numbers.filter((n): n is number => n !== undefined);
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  values.forEach((value, i) => {
    const word = toneOfWord(value);
    if (word !== undefined) tones.set(value, word);
    else if (numbers[i] !== undefined && hi > lo) tones.set(value, toneOfShare((numbers[i]! - lo) / (hi - lo)));
  });
  return tones;
}

