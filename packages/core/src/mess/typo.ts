import type { Random } from "../generate/random.js";

export type TypoKind = "swap" | "drop" | "double";

/** One typo in a word: two neighbouring letters swapped, a letter dropped, or a letter doubled. */
export function addTypo(text: string, rng: Random): string {
  const letters = [...text];
  const positions = letters.flatMap((ch, i) => (/\p{L}/u.test(ch) ? [i] : []));
  if (positions.length < 2) return text;
  const at = positions[rng.int(positions.length)]!;
  const kind = rng.int(3);
  if (kind === 0 && at + 1 < letters.length && letters[at + 1] !== letters[at]) {
    [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  } else if (kind === 1 || kind === 0) {
    letters.splice(at, 1);
  } else {
    letters.splice(at, 0, letters[at]!);
  }
  return letters.join("");
}
