import type { Column } from "../../spec/schema.js";
import { numericModel } from "../numeric.js";
import type { Value } from "../types.js";
import { categoryTones, toneOfShare, type Tone } from "../../spec/sentimentWords.js";

export { TONE_NAMES, type Tone } from "../../spec/sentimentWords.js";

/** Boolean columns whose true reads badly (churned, complained, cancelled...). */
const NEGATIVE_FLAG = /churn|complain|cancel|fraud|refund|return|default|late|delay|defect|broken|fail|error|spam|problem|issue|lost|reject|escalat|dissatisf|unsatisf|unhappy|angry|negative|bad/i;

/**
 * A function from the source column's value to a tone, or undefined for an
 * empty cell. Numbers are placed in the column's range (min..max, else two
 * standard deviations around the mean); booleans are positive when true
 * unless the column's name says true is bad; categories by their words, by a
 * leading number ("1 star" .. "5 stars") or, failing both, as mixed.
 */
export function toneReader(source: Column): (v: Value) => Tone | undefined {
  switch (source.kind) {
    case "integer":
    case "number": {
      const model = numericModel(source);
      const lo = Number.isFinite(model.lo) ? model.lo : model.center - 2 * model.scale;
      const hi = Number.isFinite(model.hi) ? model.hi : model.center + 2 * model.scale;
      return rangeReader(lo, hi);
    }
    case "formula":
      return rangeReader(source.min ?? 0, source.max ?? 1);
    case "boolean": {
      const flip = NEGATIVE_FLAG.test(source.name);
      return (v) => (typeof v === "boolean" ? (v !== flip ? 4 : 0) : undefined);
    }
    case "category": {
      const tones = categoryTones(source.values);
      return (v) => (typeof v === "string" ? (tones.get(v) ?? 2) : undefined);
    }
    default:
      return () => undefined;
  }
}

function rangeReader(lo: number, hi: number): (v: Value) => Tone | undefined {
  const span = hi - lo;
  return (v) => {
    if (typeof v !== "number") return typeof v === "boolean" ? (v ? 4 : 0) : undefined;
    return span > 0 ? toneOfShare((v - lo) / span) : 2;
  };
}

/** Tone of a text nothing sets: reviews lean positive as real ones do, complaints and tickets negative. */
export function defaultToneWeights(style: string): readonly number[] {
  switch (style) {
    case "review":
      return [0.1, 0.08, 0.14, 0.3, 0.38];
    case "complaint":
      return [0.45, 0.45, 0.1, 0, 0];
    case "support_ticket":
      return [0.25, 0.45, 0.3, 0, 0];
    case "feedback":
    case "comment":
      return [0.1, 0.15, 0.25, 0.3, 0.2];
    default:
      return [0.08, 0.12, 0.3, 0.3, 0.2];
  }
}
