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
  /** One value; `shift` is the sum of effects in standard deviations of this column. */
  draw(rng: Random, shift: number): number;
}

const MAX_TRIES = 10;

export function numericModel(column: IntegerColumn | NumberColumn): NumericModel {
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
      };
    }
    case "normal": {
      const mean = column.mean ?? (lo + hi) / 2;
      const sd = column.sd ?? (bounded ? (hi - lo) / 6 : Math.max(Math.abs(mean) * 0.2, 1));
      return { center: mean, scale: sd, lo, hi, draw: (rng, shift) => bounded_draw(() => mean + sd * (rng.normal() + shift)) };
    }
    case "lognormal": {
      const mean = column.mean!;
      const sd = column.sd ?? mean * 0.5;
      const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
      const sigma = Math.sqrt(sigma2);
      const mu = Math.log(mean) - sigma2 / 2;
      // Effects act on the log scale: a shift of 1 moves the log by one sigma.
      return { center: mean, scale: sd, lo, hi, draw: (rng, shift) => bounded_draw(() => Math.exp(mu + sigma * (rng.normal() + shift))) };
    }
    case "exponential": {
      const base = Number.isFinite(lo) && lo < column.mean! ? lo : 0;
      const spread = column.mean! - base;
      return { center: column.mean!, scale: spread, lo, hi, draw: (rng, shift) => bounded_draw(() => base + rng.exponential(spread * Math.exp(shift))) };
    }
    case "poisson": {
      const mean = column.mean!;
      const k = 1 / Math.sqrt(mean);
      return { center: mean, scale: Math.sqrt(mean), lo, hi, draw: (rng, shift) => bounded_draw(() => rng.poisson(mean * Math.exp(shift * k))) };
    }
  }
}
