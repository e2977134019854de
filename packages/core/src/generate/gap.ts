import type { Gap } from "../spec/schema.js";
import type { Random } from "./random.js";

const MAX_TRIES = 16;

/**
 * Draws the gap of an ordered pair (delivery after ship, high above open) in
 * its own units, within [min, max]: uniform, or normal / lognormal /
 * exponential around a median, truncated by redrawing (never piled up at
 * the ends). `uniform` is true when the caller may spread it over a grid.
 */
export interface GapSampler {
  readonly min: number;
  readonly max: number;
  readonly uniform: boolean;
  draw(rng: Random): number;
}

export function gapSampler(gap: Gap | undefined, defaultMax: number): GapSampler {
  const min = gap?.min ?? 0;
  const distribution = gap?.distribution ?? "uniform";
  const max = gap?.max ?? (distribution === "uniform" ? Math.max(min, defaultMax) : Infinity);
  const bounded = Number.isFinite(max);
  const truncated = (sample: (rng: Random) => number): ((rng: Random) => number) => {
    return (rng) => {
      for (let i = 0; i < MAX_TRIES; i++) {
        const g = sample(rng);
        if (g >= min && g <= max) return g;
      }
      return bounded ? min + rng.next() * (max - min) : min;
    };
  };
  let draw: (rng: Random) => number;
  switch (distribution) {
    case "uniform":
      draw = (rng) => min + rng.next() * (max - min);
      break;
    case "normal": {
      const centre = gap?.median ?? (bounded ? (min + max) / 2 : min + 2 * (gap?.sd ?? 1));
      const sd = gap?.sd ?? (bounded ? (max - min) / 4 || 1 : Math.max(centre - min, 1) / 2);
      draw = truncated((rng) => centre + sd * rng.normal());
      break;
    }
    case "lognormal": {
      const m = (gap?.median ?? (bounded ? (min + max) / 2 : min + 1)) - min || 1;
      const sigma = gap?.sd !== undefined ? Math.sqrt(Math.log(1 + (gap.sd * gap.sd) / (m * m))) : 0.5;
      draw = truncated((rng) => min + m * Math.exp(sigma * rng.normal()));
      break;
    }
    case "exponential": {
      const scale = gap?.median !== undefined ? (gap.median - min) / Math.LN2 : bounded ? (max - min) / 3 || 1 : 1;
      draw = truncated((rng) => min + rng.exponential(scale));
      break;
    }
  }
  return { min, max, uniform: distribution === "uniform", draw };
}

/**
 * A value on a grid (whole days, seconds, cents: value = k * step) inside
 * [lo, hi], from a sample x of that interval. A uniform sample is spread
 * over one extra step and floored, so every grid point is equally likely
 * (delivery 1-7 days after ship gives 1 as often as 4); others are rounded
 * to the nearest point. When no grid point lies inside, the one just above
 * lo is taken (the card counts such a row).
 */
export function onGrid(lo: number, hi: number, u: number, x: number, uniform: boolean, step: number, inverse: boolean): number {
  // inverse: step is a count per unit (numbers: 100 for cents), so k / step avoids 0.1 * 3 rounding errors.
  const toK = (v: number) => (inverse ? v * step : v / step);
  const fromK = (k: number) => (inverse ? k / step : k * step);
  const kLo = Math.ceil(toK(lo) - 1e-9);
  const kHi = Math.floor(toK(hi) + 1e-9);
  if (kHi < kLo) return fromK(kLo);
  const k = uniform ? kLo + Math.floor(u * (kHi - kLo + 1)) : Math.round(toK(x));
  return fromK(Math.min(kHi, Math.max(kLo, k)));
}
