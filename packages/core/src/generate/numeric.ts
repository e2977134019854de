import type { IntegerColumn, NumberColumn } from "../spec/schema.js";
import type { Random } from "./random.js";

/**
 * A numeric column's distribution, resolved once per run: how to draw a value
 * given a shift from effects, and the centre/scale other columns use to
 * standardise this one when it is an effect source.
 */
export interface NumericModel {
  readonly center: number;
  readonly scale: number;
  readonly lo: number;
  readonly hi: number;
  /**
   * A value in standard deviations from the centre, as an effect from this column reads it: on the
   * log scale for a lognormal column, so its long tail (a 70 kg parcel among 2 kg ones) moves what
   * it drives by a few SDs, not by fourteen (which piles the driven column at its bound).
   */
  standardize(v: number): number;
  /** One value; `shift` is the sum of effects in standard deviations of this column. */
  draw(rng: Random, shift: number): number;
  /**
   * One value within [lo, hi] as well (bounds by other columns of the row:
   * clicks <= impressions): drawn from the distribution until it fits, else
   * uniform inside, so values never pile up at the bound.
   */
  drawWithin(rng: Random, shift: number, lo: number, hi: number): number;
}

const MAX_TRIES = 10;

type Shape = Omit<NumericModel, "drawWithin" | "standardize"> & { sample: (rng: Random, shift: number) => number; standardize?: (v: number) => number };

export function numericModel(column: IntegerColumn | NumberColumn): NumericModel {
  const shape = numericShape(column);
  const factor = 10 ** (column.kind === "number" ? (column.decimals ?? 2) : 0);
  const { sample, standardize, ...model } = shape;
  const drawWithin = (rng: Random, shift: number, a: number, b: number): number => {
    const lo = Math.max(model.lo, a);
    const hi = Math.min(model.hi, b);
    const kLo = Math.ceil(lo * factor - 1e-7);
    const kHi = Math.floor(hi * factor + 1e-7);
    if (kHi < kLo) return Math.round(Math.min(lo, hi) * factor) / factor;
    for (let i = 0; i < MAX_TRIES; i++) {
      const k = Math.round(sample(rng, shift) * factor);
      if (k >= kLo && k <= kHi) return k / factor;
    }
    if (Number.isFinite(kLo) && Number.isFinite(kHi)) return (kLo + Math.floor(rng.next() * (kHi - kLo + 1))) / factor;
    // One side open: fold the draw back inside instead of stopping at the bound.
    const k = Math.round(sample(rng, shift) * factor);
    return (Number.isFinite(kHi) ? kHi - Math.abs(k - kHi) : kLo + Math.abs(k - kLo)) / factor;
  };
  return { ...model, drawWithin, standardize: standardize ?? ((v: number) => (v - model.center) / model.scale) };
}

function numericShape(column: IntegerColumn | NumberColumn): Shape {
  const isInt = column.kind === "integer";
  const lo = column.min === undefined ? -Infinity : isInt ? Math.ceil(column.min) : column.min;
  const hi = column.max === undefined ? Infinity : isInt ? Math.floor(column.max) : column.max;
  const bounded = Number.isFinite(lo) && Number.isFinite(hi);
  const factor = 10 ** (column.kind === "number" ? (column.decimals ?? 2) : 0);
  const finish = (v: number) => {
    const clamped = Math.min(hi, Math.max(lo, v));
    return Math.round(clamped * factor) / factor;
  };
  // Draw until the value lies within the bounds, so bounds do not pile values up at the edges.
  const bounded_draw = (sample: () => number) => {
    for (let i = 0; i < MAX_TRIES; i++) {
      const v = sample();
      if (v >= lo && v <= hi) return finish(v);
    }
    return finish(sample());
  };

  switch (column.distribution ?? "uniform") {
    case "uniform": {
      const scale = (hi - lo) / Math.sqrt(12) || 1;
      return {
        center: (lo + hi) / 2,
        scale,
        lo,
        hi,
        draw: isInt
          ? (rng, shift) => finish(lo + rng.int(hi - lo + 1) + shift * scale)
          : (rng, shift) => finish(lo + rng.next() * (hi - lo) + shift * scale),
        sample: isInt ? (rng, shift) => lo + rng.int(hi - lo + 1) + shift * scale : (rng, shift) => lo + rng.next() * (hi - lo) + shift * scale,
      };
    }
    case "normal": {
      const mean = column.mean ?? (lo + hi) / 2;
      const sd = column.sd ?? (bounded ? (hi - lo) / 6 : Math.max(Math.abs(mean) * 0.2, 1));
      const sample = (rng: Random, shift: number) => mean + sd * (rng.normal() + shift);
      return { center: mean, scale: sd, lo, hi, sample, draw: (rng, shift) => bounded_draw(() => sample(rng, shift)) };
    }
    case "lognormal": {
      const mean = column.mean!;
      const sd = column.sd ?? mean * 0.5;
      const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
      const sigma = Math.sqrt(sigma2);
      const mu = Math.log(mean) - sigma2 / 2;
      // Effects act on the log scale: a shift of 1 moves the log by one sigma.
      const sample = (rng: Random, shift: number) => Math.exp(mu + sigma * (rng.normal() + shift));
      // The log's z (a value at or below 0 as far down as the column's own draws go).
      const standardize = (v: number) => (v > 0 ? Math.max(-4, (Math.log(v) - mu) / sigma) : -4);
      return { center: mean, scale: sd, lo, hi, sample, standardize, draw: (rng, shift) => bounded_draw(() => sample(rng, shift)) };
    }
    case "exponential": {
      const base = Number.isFinite(lo) && lo < column.mean! ? lo : 0;
      const spread = column.mean! - base;
      const sample = (rng: Random, shift: number) => base + rng.exponential(spread * Math.exp(shift));
      return { center: column.mean!, scale: spread, lo, hi, sample, draw: (rng, shift) => bounded_draw(() => sample(rng, shift)) };
    }
    case "poisson": {
      const mean = column.mean!;
      const k = 1 / Math.sqrt(mean);
      const sample = (rng: Random, shift: number) => rng.poisson(mean * Math.exp(shift * k));
      return { center: mean, scale: Math.sqrt(mean), lo, hi, sample, draw: (rng, shift) => bounded_draw(() => sample(rng, shift)) };
    }
  }
}
