import type { Column, Effect } from "../../spec/schema.js";

/** Outcomes users ask a model to predict, whether each is good news, and a typical base rate. */
const OUTCOMES: { match: RegExp; good: boolean; rate: number }[] = [
  { match: /fraud|scam|spam|anomal|intrusion|attack/, good: false, rate: 0.04 },
  { match: /default|delinquen|bankrupt/, good: false, rate: 0.15 },
  { match: /churn|cancel|unsubscrib|\bleft\b|quit|exited|attrition|resign/, good: false, rate: 0.22 },
  { match: /readmit|diabet|disease|sick|died|death|mortality|stroke|cancer|angina|hypertens|malignan|infect/, good: false, rate: 0.18 },
  { match: /no.?show/, good: false, rate: 0.2 },
  { match: /fail|drop ?out|dropped|outage|breakdown|defect|injur/, good: false, rate: 0.15 },
  { match: /return|refund|complain|late|delay|denied|reject/, good: false, rate: 0.15 },
  { match: /pass|graduat|admit|accept|complet|on time|showed up/, good: true, rate: 0.7 },
  { match: /approv|hired|promot|won\b|\bwin|success|surviv|all star|selected/, good: true, rate: 0.45 },
  { match: /convert|purchas|bought|buy|click|respond|renew|subscrib|engag|verified|viral|filed|claim/, good: true, rate: 0.3 },
];

/**
 * Phrases that name an outcome to predict even without "whether"
 * ("..., and churn", "exited", "heart disease (yes/no)", "dropout risk").
 */
export const OUTCOME_WORDS =
  /\b(churn(ed|s)?|attrition|exited|default(ed|s)?|fraud(ulent)?|is fraud|passed|failed|converted|purchased|readmitted|readmission|approved|denied|rejected|survived|cancell?ed|cancellation|dropped out|dropout( risk)?|graduated|renewed|is spam|spam|hired|promoted|responded|admitted|accepted|won|win|winner|outcome|target|label|heart disease|diabetes|stroke|no-show|no show|showed up|delayed|late delivery|delivered on time|on time|anomal(y|ous)|outage|went viral|viral|left( the company| the job)?|quit|completed( the course)?|claim filed|subscribed|returned|refunded|final (grade|score|exam score|result|mark))\b/;

export function outcomeProfile(name: string): { good: boolean; rate: number } {
  const text = name.replace(/_/g, " ");
  return OUTCOMES.find((o) => o.match.test(text)) ?? { good: true, rate: 0.3 };
}

/** Features that usually lower risk (higher is better) or raise it. */
const PROTECTIVE =
  /score|income|salary|tenure|gpa|attendance|rating|experience|balance|hours studied|study|engagement|followers|savings|grade|years|visits|logins|credit|previous|quiz|videos|practice|practiced|sleep|completeness|subscribers|matches|watch|active|friends|level|performance|interview|assists|points|rebounds|support|satisfaction/;
const RISKY =
  /loan|debt|absen|tardies|late|complaint|bmi|glucose|pressure|cholesterol|price|cost|amount|calls|errors|age|distance|ratio|tickets|wait|charges|delay|duration|deaths|outlier|mileage|weight|claims|defects|incidents|days|fee|overtime|humidity|temperature|voltage/;
const RISKY_VALUES = /\b(basic|free|monthly|month-to-month|new|low|none|cash|no|rent|placebo|economy|smoker|current|emergency|fiber optic)\b/;

function sideOf(name: string): number {
  // Protective wins for names that mention both ("credit score" vs "credit")
  if (/\bage\b/.test(name) && !/(percentage|average|usage|mileage|damage|voltage)/.test(name)) return -1;
  return PROTECTIVE.test(name) ? 1 : RISKY.test(name) ? -1 : 0;
}

/**
 * Effects that make a target learnable from up to five plausible features:
 * protective ones lower a bad outcome, risky ones raise it, features with a
 * known direction first. On a boolean or numeric target the weight is a
 * log-odds or standard-deviation shift; on a category target it favours the
 * value that stands for the bad (or good) end.
 */
export function targetEffects(target: Column, features: Column[]): Effect[] {
  const { good } = outcomeProfile(target.name);
  const outcome = target.kind === "category" ? categoryOutcome(target.values, good) : undefined;
  const scale = target.kind === "integer" || target.kind === "number" ? 0.45 : 1;
  const candidates = features
    .map((f, i) => {
      const name = f.name.replace(/_/g, " ");
      let sign = 0;
      let weight = 0;
      let value: string | undefined;
      if (f.kind === "integer" || f.kind === "number") {
        sign = sideOf(name);
        weight = sign === 0 ? 0.5 : 0.9;
      } else if (f.kind === "category" && f.values.length > 1 && f.values.length <= 12) {
        value = f.values.find((v) => RISKY_VALUES.test(v.toLowerCase())) ?? f.values[0]!;
        sign = -1;
        weight = 0.7;
      } else if (f.kind === "boolean") {
        sign = /smok|overtime|late|angina|diabet|hypertens|adverse|complication/.test(name) ? -1 : 1;
        weight = 0.6;
      } else return undefined;
      const known = sign !== 0 || f.kind !== "integer";
      return { f, i, sign: sign === 0 ? (i % 2 === 0 ? 1 : -1) : sign, weight, value, known };
    })
    .filter((c): c is NonNullable<typeof c> => c !== undefined)
    .sort((a, b) => Number(b.known) - Number(a.known) || a.i - b.i)
    .slice(0, 5);
  // On a "bad" outcome protective features push down; for a good one (passed), up.
  const direction = target.kind === "category" || target.kind === "boolean" ? (good ? 1 : -1) : 1;
  return candidates.map((c) => ({
    column: c.f.name,
    ...(c.value !== undefined ? { value: c.value } : {}),
    weight: round(c.weight * c.sign * direction * scale),
    ...(outcome !== undefined ? { outcome } : {}),
  }));
}

/** The category value a risk-like target's effects favour: "high" for risk, "yes" for yes/no. */
function categoryOutcome(values: string[], good: boolean): string {
  const lower = values.map((v) => v.toLowerCase());
  const bad = lower.findIndex((v) => /^(high|very high|yes|true|positive|severe|critical|1)$/.test(v));
  if (bad >= 0) return values[bad]!;
  return good ? values[0]! : values[values.length - 1]!;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
