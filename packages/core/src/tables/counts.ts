import { Random } from "../generate/random.js";
import type { ChildCount } from "../spec/datasetSchema.js";

/** Stream purpose of child counts (apart from every column's streams). */
const COUNTS = 0xc0de;
export const DEFAULT_CHILD_MEAN = 3;

/**
 * How many child rows parent row `row` has: a pure function of (seed, row), so
 * any chunk of parents can be counted alone. `shift` moves the log of the mean
 * (the count's effects from parent columns).
 */
export function childCount(count: ChildCount, seed: number, row: number, shift: number): number {
  const rng = Random.for(seed, row, COUNTS);
  const min = count.min ?? 0;
  const max = count.max ?? Infinity;
  const distribution = count.distribution ?? "poisson";
  let n: number;
  if (distribution === "uniform") {
    const hi = count.max ?? min;
    n = min + rng.int(hi - min + 1);
    if (shift !== 0) n = Math.round(n * Math.exp(shift));
  } else {
    const mean = (count.mean ?? DEFAULT_CHILD_MEAN) * Math.exp(shift);
    n = distribution === "negative_binomial" ? rng.poisson(gamma(rng, count.dispersion ?? 1) * (mean / (count.dispersion ?? 1))) : rng.poisson(mean);
  }
  return Math.max(min, Math.min(max, n));
}

/** Gamma(shape, 1) by Marsaglia and Tsang (shape < 1 boosted). */
function gamma(rng: Random, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(1 - rng.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Picks a row index in [0, rows): uniform, or Zipf-like (index 0 the most popular) with exponent `skew`. */
export function pickRow(rng: Random, rows: number, popularity: "uniform" | "zipf" | undefined, skew = 1): number {
  const u = rng.next();
  if (popularity !== "zipf" || rows <= 1) return Math.min(rows - 1, Math.floor(u * rows));
  // Inverse CDF of the continuous power law on [1, rows + 1).
  const x = Math.abs(skew - 1) < 1e-9 ? Math.pow(rows + 1, u) : Math.pow((Math.pow(rows + 1, 1 - skew) - 1) * u + 1, 1 / (1 - skew));
  return Math.min(rows - 1, Math.max(0, Math.floor(x) - 1));
}
