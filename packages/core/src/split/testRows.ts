import { Random } from "../generate/random.js";

/** Shares are taken in millionths, so split sizes come from integer arithmetic. */
export const PPM = 1_000_000;

/**
 * Test rows among the first `rows` of a run for a training share: integer
 * arithmetic on row counts, round(rows * testShare), so the chunks' counts
 * add up exactly whatever thread made which chunk (0.2 as 1 - 0.8 was
 * 0.19999999999999996: 122/28 on 150 rows).
 */
export function testRowsBefore(rows: number, train: number): number {
  const testPpm = PPM - Math.round(train * PPM);
  return Math.floor((rows * testPpm + PPM / 2) / PPM);
}

const DRIFT_ROWS = 0xd21f7;

/**
 * The test rows of a chunk when the spec has a drift: the same count as any
 * split of that share, chosen at random from (seed, chunk start) alone, never
 * from a value of the row. The generator shifts the drifted feature on these
 * rows before the target is drawn, and the split routes exactly these rows to
 * the test file, so both agree on any thread.
 */
export function driftTestRows(seed: number, start: number, length: number, train: number): boolean[] {
  const wanted = testRowsBefore(start + length, train) - testRowsBefore(start, train);
  const rows = Array.from({ length }, (_, i) => i);
  const rng = Random.for(seed, start, DRIFT_ROWS);
  const test = new Array<boolean>(length).fill(false);
  // A partial Fisher-Yates shuffle: the first `wanted` places hold a uniform sample of the rows.
  for (let n = 0; n < wanted; n++) {
    const j = n + rng.int(length - n);
    const r = rows[j]!;
    rows[j] = rows[n]!;
    rows[n] = r;
    test[r] = true;
  }
  return test;
}
