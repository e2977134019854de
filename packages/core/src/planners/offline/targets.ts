import type { Column, Effect } from "../../spec/schema.js";

/** Outcomes users ask a model to predict, whether each is good news, and a typical base rate. */
const OUTCOMES: { match: RegExp; good: boolean; rate: number }[] = [
  { match: /fraud/, good: false, rate: 0.04 },
  { match: /default/, good: false, rate: 0.15 },
  { match: /churn|cancel|unsubscrib|left|quit/, good: false, rate: 0.22 },
  { match: /readmit|diagnos|diabet|disease|sick|died|death/, good: false, rate: 0.18 },
  { match: /fail|drop ?out|dropped/, good: false, rate: 0.2 },
  { match: /return|refund|complain|spam|late|delinquen/, good: false, rate: 0.12 },
  { match: /pass|graduat|admit|accept/, good: true, rate: 0.7 },
  { match: /approv|hired|promot|won|win|success|surviv/, good: true, rate: 0.45 },
  { match: /convert|purchas|bought|buy|click|respond|renew|subscrib|engag|verified|viral/, good: true, rate: 0.3 },
];

/** Phrases that name an outcome to predict (even without "whether"). */
export const OUTCOME_WORDS = /\b(churn(ed|s)?|default(ed|s)?|fraud(ulent)?|passed|failed|converted|purchased|readmitted|approved|survived|clicked|cancell?ed|dropped out|graduated|renewed|is spam|hired|promoted|responded)\b/;

export function outcomeProfile(name: string): { good: boolean; rate: number } {
  const text = name.replace(/_/g, " ");
  return OUTCOMES.find((o) => o.match.test(text)) ?? { good: true, rate: 0.3 };
}

/** Features that usually lower risk (higher is better) or raise it. */
const PROTECTIVE = /score|income|salary|tenure|gpa|attendance|rating|experience|balance|hours|study|engagement|followers|savings|grade|years|visits|logins|credit/;
const RISKY = /loan|debt|absence|late|complaint|bmi|glucose|pressure|cholesterol|price|cost|amount|calls|errors|age|distance|ratio/;
const RISKY_VALUES = /\b(basic|free|monthly|new|low|none|cash|no)\b/;

/**
 * Effects that make a boolean target learnable from up to four plausible
 * features: protective ones lower a bad outcome, risky ones raise it.
 */
export function targetEffects(target: string, features: Column[]): Effect[] {
  const { good } = outcomeProfile(target);
  const effects: Effect[] = [];
  let unknownSign = 1;
  for (const f of features) {
    if (effects.length >= 4) break;
    const name = f.name.replace(/_/g, " ");
    if (f.kind === "integer" || f.kind === "number") {
      let sign = PROTECTIVE.test(name) ? 1 : RISKY.test(name) ? -1 : 0;
      let weight = 0.9;
      if (sign === 0) {
        sign = unknownSign;
        unknownSign = -unknownSign;
        weight = 0.5;
      }
      effects.push({ column: f.name, weight: round(weight * sign * (good ? 1 : -1)) });
    } else if (f.kind === "category" && !f.unique && f.values.length > 1 && f.values.length <= 12) {
      const risky = f.values.find((v) => RISKY_VALUES.test(v.toLowerCase())) ?? f.values[0]!;
      effects.push({ column: f.name, value: risky, weight: round(0.7 * (good ? -1 : 1)) });
    } else if (f.kind === "boolean") {
      effects.push({ column: f.name, weight: round(0.6 * (good ? 1 : -1)) });
    }
  }
  return effects;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
