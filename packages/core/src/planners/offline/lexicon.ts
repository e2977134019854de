import type { Column } from "../../spec/schema.js";

/** A column without its name: what the lexicon proposes for a phrase. */
export type ColumnShape = Column extends infer C ? (C extends Column ? Omit<C, "name"> : never) : never;

export interface PhraseFacts {
  /** Lowercase phrase without the range and listed values. */
  text: string;
  range?: { min: number; max: number; percent: boolean };
  values?: string[];
}

interface LexiconEntry {
  match: RegExp;
  build: (facts: PhraseFacts) => ColumnShape;
}

const year = (y: number) => `${y}`;
const REF_YEAR = 2025;

/** Numeric column honouring a stated range, else the defaults given. */
function numeric(
  kind: "integer" | "number",
  defaults: { distribution: "uniform" | "normal" | "lognormal" | "exponential" | "poisson"; mean?: number; sd?: number; min?: number; max?: number; decimals?: number },
) {
  return (f: PhraseFacts): ColumnShape => {
    if (f.range) {
      const { min, max } = f.range;
      const spread = max - min;
      // Keep the lexicon's typical centre when it lies well inside the stated range (credit score 300-850 centres near 690).
      const typical = defaults.mean !== undefined && defaults.mean > min + spread * 0.1 && defaults.mean < max - spread * 0.1;
      const shape: ColumnShape =
        defaults.distribution === "uniform"
          ? { kind, distribution: "uniform", min, max }
          : typical && defaults.distribution === "normal"
            ? { kind, distribution: "normal", mean: defaults.mean!, sd: Math.min(defaults.sd ?? spread / 5, spread / 4), min, max }
            : { kind, distribution: "normal", mean: min + spread / 2, sd: spread / 5, min, max };
      return kind === "number" ? { ...shape, decimals: defaults.decimals ?? (spread <= 10 ? 2 : spread <= 1000 ? 1 : 0) } as ColumnShape : shape;
    }
    const { decimals, ...rest } = defaults;
    return (kind === "number" ? { kind, ...rest, decimals: decimals ?? 2 } : { kind, ...rest }) as ColumnShape;
  };
}

const faker = (method: string): (() => ColumnShape) => () => ({ kind: "faker", method });
const category = (values: string[], weights?: number[]) => (f: PhraseFacts): ColumnShape =>
  f.values ? { kind: "category", values: f.values } : { kind: "category", values, ...(weights ? { weights } : {}) };
const date = (from: string, to: string) => (): ColumnShape => ({ kind: "date", from, to });
const datetime = (from: string, to: string) => (): ColumnShape => ({ kind: "datetime", from, to });

/**
 * Phrase patterns, most specific first. Each maps what users write to a
 * column shape with realistic ranges and distributions.
 */
export const LEXICON: LexiconEntry[] = [
  // identifiers
  { match: /\b(uuid|guid)\b/, build: () => ({ kind: "id", format: "uuid", unique: true }) },
  { match: /\b(order|invoice|transaction|ticket|tracking|account|policy|claim) (number|no|#)\b/, build: () => ({ kind: "id", format: "pattern", pattern: "??-########", unique: true }) },
  { match: /(^|\b)(id|identifier)$|_id$|\b\w+ id$/, build: () => ({ kind: "id", format: "sequence", start: 1, unique: true }) },
  // people
  { match: /\bfirst ?name|given name|forename/, build: faker("person.firstName") },
  { match: /\blast ?name|surname|family name/, build: faker("person.lastName") },
  { match: /\bmiddle name/, build: faker("person.middleName") },
  { match: /\b(product|item) name|\bproduct\b|\bitem\b/, build: faker("commerce.productName") },
  { match: /\b(company|employer|business|organization|organisation|vendor|supplier|merchant)( name)?\b/, build: faker("company.name") },
  { match: /\b(city)\b/, build: faker("location.city") },
  { match: /\b(country)\b/, build: faker("location.country") },
  { match: /\busername|user name|handle|screen name/, build: faker("internet.username") },
  { match: /\b(full ?name|name|customer|patient|student|employee|author|owner|user|member|client|person|applicant|borrower|teacher|doctor|physician)\b/, build: faker("person.fullName") },
  { match: /\be-?mail/, build: faker("internet.email") },
  { match: /\bphone|mobile|telephone|cell\b/, build: faker("phone.number") },
  { match: /\bjob|occupation|profession|position|role|title\b/, build: faker("person.jobTitle") },
  { match: /\b(gender|sex)\b/, build: category(["female", "male", "non-binary"], [49, 49, 2]) },
  // places
  { match: /\bzip|postal|postcode/, build: faker("location.zipCode") },
  { match: /\b(street )?address\b|\bstreet\b/, build: faker("location.streetAddress") },
  { match: /\bstate|province|region\b/, build: faker("location.state") },
  { match: /\blatitude|\blat\b/, build: faker("location.latitude") },
  { match: /\blongitude|\blon\b|\blng\b/, build: faker("location.longitude") },
  { match: /\bip( address)?\b/, build: faker("internet.ipv4") },
  { match: /\burl|website|link\b/, build: faker("internet.url") },
  // dates and times
  { match: /\b(date of birth|birth ?date|birthday|dob)\b/, build: date("1945-01-01", "2006-12-31") },
  { match: /\b(timestamp|datetime|time|created at|updated at|logged at|posted at)\b/, build: datetime(`${year(REF_YEAR - 2)}-01-01T00:00:00Z`, `${year(REF_YEAR - 1)}-12-31T23:59:59Z`) },
  { match: /\b(date|day|joined|signup|sign up|registered|enrolled|admitted|discharged)\b/, build: date(`${REF_YEAR - 3}-01-01`, `${REF_YEAR - 1}-12-31`) },
  // numbers
  { match: /\bcredit score|fico\b/, build: numeric("integer", { distribution: "normal", mean: 690, sd: 75, min: 300, max: 850 }) },
  { match: /\bgpa|grade point/, build: numeric("number", { distribution: "normal", mean: 3.0, sd: 0.5, min: 0, max: 4, decimals: 2 }) },
  { match: /\bage\b/, build: numeric("integer", { distribution: "normal", mean: 40, sd: 14, min: 18, max: 90 }) },
  { match: /\b(income|salary|wage|earnings)\b/, build: numeric("number", { distribution: "lognormal", mean: 62000, sd: 30000, min: 8000, decimals: 0 }) },
  { match: /\bloan( amount)?|mortgage|principal\b/, build: numeric("number", { distribution: "lognormal", mean: 18000, sd: 12000, min: 500, decimals: 0 }) },
  { match: /\b(price|cost|fee|fare)\b/, build: numeric("number", { distribution: "lognormal", mean: 45, sd: 40, min: 0.5, decimals: 2 }) },
  { match: /\b(amount|balance|revenue|spend|spending|total|value|payment|deposit|transaction)\b/, build: numeric("number", { distribution: "lognormal", mean: 250, sd: 300, min: 0.01, decimals: 2 }) },
  { match: /\b(rating|stars?|review score)\b/, build: numeric("integer", { distribution: "uniform", min: 1, max: 5 }) },
  { match: /\b(percent|percentage|pct|%|rate|ratio)\b/, build: numeric("number", { distribution: "uniform", min: 0, max: 100, decimals: 1 }) },
  { match: /\b(score|grade|mark|marks|result)\b/, build: numeric("integer", { distribution: "normal", mean: 72, sd: 14, min: 0, max: 100 }) },
  { match: /\b(tenure|months)\b/, build: numeric("integer", { distribution: "exponential", mean: 24, min: 1, max: 120 }) },
  { match: /\b(years of experience|experience|years)\b/, build: numeric("integer", { distribution: "exponential", mean: 8, min: 0, max: 45 }) },
  { match: /\b(followers|following|subscribers|friends|connections)\b/, build: numeric("integer", { distribution: "lognormal", mean: 1500, sd: 6000, min: 0 }) },
  { match: /\b(likes|shares|comments|retweets|views|clicks|impressions)\b/, build: numeric("integer", { distribution: "lognormal", mean: 120, sd: 400, min: 0 }) },
  { match: /\b(quantity|qty|count|number of|num|visits|purchases|orders|items|absences|attempts|logins)\b/, build: numeric("integer", { distribution: "poisson", mean: 3, min: 0 }) },
  { match: /\bheart rate|pulse|bpm\b/, build: numeric("integer", { distribution: "normal", mean: 74, sd: 11, min: 40, max: 180 }) },
  { match: /\bsystolic|blood pressure|\bbp\b/, build: numeric("integer", { distribution: "normal", mean: 122, sd: 15, min: 80, max: 200 }) },
  { match: /\bdiastolic\b/, build: numeric("integer", { distribution: "normal", mean: 79, sd: 10, min: 45, max: 130 }) },
  { match: /\bbmi\b/, build: numeric("number", { distribution: "normal", mean: 27, sd: 5, min: 15, max: 55, decimals: 1 }) },
  { match: /\bcholesterol\b/, build: numeric("integer", { distribution: "normal", mean: 195, sd: 38, min: 100, max: 400 }) },
  { match: /\bglucose|blood sugar\b/, build: numeric("integer", { distribution: "normal", mean: 100, sd: 22, min: 55, max: 300 }) },
  { match: /\btemperature|temp\b/, build: numeric("number", { distribution: "normal", mean: 36.8, sd: 0.5, min: 35, max: 41.5, decimals: 1 }) },
  { match: /\bweight\b/, build: numeric("number", { distribution: "normal", mean: 75, sd: 15, min: 35, max: 200, decimals: 1 }) },
  { match: /\bheight\b/, build: numeric("number", { distribution: "normal", mean: 170, sd: 10, min: 140, max: 210, decimals: 1 }) },
  { match: /\b(hours|duration|minutes|time spent)\b/, build: numeric("number", { distribution: "lognormal", mean: 6, sd: 4, min: 0, decimals: 1 }) },
  { match: /\b(discount)\b/, build: numeric("number", { distribution: "uniform", min: 0, max: 50, decimals: 0 }) },
  // categories
  { match: /\bpayment (method|type)\b/, build: category(["credit card", "debit card", "paypal", "bank transfer", "cash"], [40, 25, 20, 10, 5]) },
  { match: /\b(plan|tier|subscription)\b/, build: category(["basic", "standard", "premium"], [50, 35, 15]) },
  { match: /\bplatform\b/, build: category(["instagram", "tiktok", "twitter", "facebook", "youtube"]) },
  { match: /\bdevice\b/, build: category(["mobile", "desktop", "tablet"], [60, 32, 8]) },
  { match: /\bchannel|source\b/, build: category(["organic", "paid search", "social", "email", "referral"]) },
  { match: /\b(department|category|genre|segment)\b/, build: faker("commerce.department") },
  { match: /\bdiagnosis|condition|disease\b/, build: category(["hypertension", "type 2 diabetes", "asthma", "copd", "heart failure", "pneumonia"]) },
  { match: /\b(major|subject|course)\b/, build: category(["computer science", "biology", "economics", "psychology", "mathematics", "history", "engineering"]) },
  { match: /\bstatus\b/, build: category(["active", "pending", "inactive"], [70, 20, 10]) },
  { match: /\b(type|kind|level|class|group)\b/, build: category(["A", "B", "C"]) },
  { match: /\b(currency)\b/, build: faker("finance.currencyCode") },
  { match: /\b(description|comment|notes?|review|bio|text|message|content|caption)\b/, build: faker("lorem.sentence") },
  { match: /\b(color|colour)\b/, build: faker("color.human") },
  // flags
  { match: /^(is|has|was|did|can|should) |\b(flag|active|verified|subscribed|member|premium|smoker|married|vip|enrolled)\b/, build: () => ({ kind: "boolean", probability: 0.5 }) },
];

export function lookupShape(facts: PhraseFacts): ColumnShape | undefined {
  if (facts.values && facts.values.length > 0 && !facts.range) return { kind: "category", values: facts.values };
  for (const entry of LEXICON) if (entry.match.test(facts.text)) return entry.build(facts);
  if (facts.range) return numeric(Number.isInteger(facts.range.min) && Number.isInteger(facts.range.max) ? "integer" : "number", { distribution: "uniform" })(facts);
  return undefined;
}
