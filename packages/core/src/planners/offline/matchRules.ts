import type { PhraseFacts } from "./facts.js";
import { knowledgeIndex } from "./knowledge/index.js";
import { matchConcept, type ConceptMatch } from "./match.js";

/** Units of measure a guessed column may carry ("storage gb", "roof tilt degrees"), beside the knowledge base's unit words. */
export const MEASURE_UNIT = /^(bar|kpa|hpa|mbar|atm|inches|inch|feet|ft|square|sq|sqin|yards|degrees|deg|gb|mb|tb|kb|ghz|mhz|mah|kw|kwh|mw|mwh|w|watts|v|volts|mm|cm|km|kg|mg|lbs|lb|oz|mph|kph|kmh|psi|rpm|db|lux|ppm|ha|hectares|acres|sqft|m2|liters|litres|ml|gallons|meters|metres|tonnes|tons|kilograms|kilometers|kilometres)$/;

/** A participle, regular or not: "completed", "watched", "sold", "won", "bought". */
export const PARTICIPLE = /^(?:\w{3,}ed|used|owed|fed|led|sold|paid|made|done|won|lost|bought|held|kept|seen|read|written|given|taken|shown|grown|run|caught|thrown|spent|sent|built|brought|taught|met|hit|shot|left|found|told|driven|flown|ridden|eaten|drunk|worn|sung|swum)$/;

/** Words for people whose name a "<word> name" column is ("driver name", "host name", "pet owner name"). */
const PERSON =
  /^(customer|client|patient|employee|staff|user|member|student|pupil|teacher|nurse|doctor|physician|dentist|driver|rider|passenger|guest|tenant|owner|agent|rep|representative|manager|author|artist|player|athlete|runner|applicant|candidate|buyer|seller|host|person|contact|volunteer|attendee|respondent|subscriber|donor|borrower|holder|winner|coach|referee|pilot|captain|chef|waiter|worker|operator|technician|inspector|officer|broker|landlord|parent|guardian|child|kid|mother|father|spouse|partner|friend|full|first|last|middle|maiden|given|family|sur|nick|display|legal|emergency|baby|infant|resident|citizen|voter|lead|prospect|founder|ceo|instructor|trainer|tutor|mentor|caller|sender|recipient|reviewer|creator|influencer|streamer|musician|singer|actor|director|writer|photographer|courier|picker|cashier|clerk|farmer|fisherman|beekeeper|veterinarian|vet|surgeon|pharmacist|therapist|counselor|advisor|planner|analyst|engineer|developer|designer|scientist|researcher|professor|lecturer|principal|dean|supervisor|employer|recruiter|interviewer|sponsor|referrer|account|rep|salesperson|seller|vendor|supplier|contractor|freelancer|traveler|traveller|camper|hiker|climber|cyclist|swimmer|golfer|boxer|fighter|wrestler|jockey|bowler|batter|pitcher|keeper|goalkeeper|striker|defender|gamer|streamer|his|her|their)s?$/;

const PREPOSITIONS = new Set(["on", "in", "at", "per", "of", "for", "with", "by"]);

/** Words that make a phrase a count of what comes before them. */
const COUNT_HEAD = /^(count|counts|number|qty|quantity)$/;
const RATE_HEAD = /^(rate|ratio|percentage|percent|pct|share|proportion)$/;
const MONEY_HEAD = /^(amount|amt|value|cost|price|fee|fees|usd|eur|gbp|dollars|euros|spend|budget|revenue)$/;

/** Head nouns that make a phrase a kind of thing, a category: "iPhone model", "engine type", "pet breed". */
export const KIND_HEAD = /^(model|models|type|types|kind|brand|make|category|class|tier|variant|version|genre|style|breed|species|series|edition|flavor|flavour|colour|color)$/;

/** What a rule about the knowledge base's match may read. */
export interface MatchContext {
  /** The words the match was made on, as typed (lower case). */
  words: string[];
  facts: PhraseFacts;
  /** The phrase asks for a yes/no by its form ("whether ...", "X?", "left the company"). */
  outcomeForm: boolean;
  domain: string | undefined;
}

/**
 * English puts the head noun last and the knowledge base names concepts, not phrases: a match
 * the rest of the phrase contradicts is set aside (the column is then guessed from its words)
 * or replaced. Each rule says which phrases it is for; they are tried in this order, each on
 * what the ones before it left.
 */
const RULES: { why: string; rule: (m: ConceptMatch, c: MatchContext) => ConceptMatch | undefined | "keep" }[] = [
  {
    why: '"practice tests taken" among students: one word of a phrase naming another domain\'s count (a lab\'s tests performed) is not what the phrase means here',
    rule: (m, { words: w, domain, outcomeForm }) =>
      !outcomeForm && domain !== undefined && w.length >= 3 && m.end - m.start === 1 && m.start > 0 && !m.concept.generic && m.concept.domains !== undefined && !m.concept.domains.includes(domain as never) && PARTICIPLE.test(w[w.length - 1]!) ? undefined : "keep",
  },
  {
    why: '"volunteer hours per month", "months": a plural time unit is a duration, never the hour of the day or the calendar month',
    rule: (m, { words: w }) => (m.end - m.start === 1 && /^(hours|days|weeks|months|years|minutes)$/.test(w[m.start] ?? "") && CLOCK.has(m.concept.id) ? undefined : "keep"),
  },
  {
    why: '"quizzes completed", "loaves sold": a count of things, not the participle\'s yes/no (things sold are units sold)',
    rule: (m, { words: w, outcomeForm }) => {
      if (outcomeForm || w.length < 2 || m.start !== w.length - 1 || m.end !== w.length || !PARTICIPLE.test(w[w.length - 1]!) || !/[^s]s$/.test(w[w.length - 2]!)) return "keep";
      const sold = w[w.length - 1] === "sold" ? knowledgeIndex().byId.get("units_sold") : undefined;
      return sold ? { ...m, concept: sold, start: 0, end: w.length } : undefined;
    },
  },
  {
    why: '"security trainings completed", "practice tests taken": a count of the things done, not the thing a word before them names (a stock\'s "security")',
    rule: (m, { words: w, outcomeForm }) =>
      !outcomeForm && w.length >= 3 && m.end <= w.length - 2 && PARTICIPLE.test(w[w.length - 1]!) && /[^s]s$/.test(w[w.length - 2]!) && m.concept.shape.kind !== "integer" ? undefined : "keep",
  },
  {
    why: '"deposit paid", "fees charged": money that changed hands, not the kind of deposit',
    rule: (m, { words: w, facts, outcomeForm }) =>
      !outcomeForm && !facts.values && w.length >= 2 && m.end < w.length && /^(paid|charged|collected|refunded|owed|received|spent|raised|donated|pledged|billed)$/.test(w[w.length - 1]!) && ["category", "faker", "text", "boolean"].includes(m.concept.shape.kind) ? undefined : "keep",
  },
  {
    why: '"students riding", "patients per shift": how many of a kind of person or thing, not their names',
    rule: (m, { words: w, outcomeForm }) => {
      if (outcomeForm || m.concept.shape.kind !== "faker" || m.end >= w.length || !/s$/.test(w[m.end - 1]!)) return "keep";
      const next = w[m.end]!;
      return (m.end === w.length - 1 && /\w{3,}(ing|ed)$/.test(next)) || next === "per" ? undefined : "keep";
    },
  },
  {
    why: '"hospital name", "ward name", "vessel name": the name of a thing is that thing (a category the knowledge base lists, else placeholder labels), never a person\'s name',
    rule: (m, { words: w, domain }) => {
      const c = m.concept.shape;
      if (w.length < 2 || m.start !== w.length - 1 || w[m.start] !== "name" || c.kind !== "faker" || !c.method.startsWith("person.")) return "keep";
      const owner = w.slice(0, -1);
      if (PERSON.test(owner[owner.length - 1]!)) return "keep";
      const thing = matchConcept(owner, domain);
      if (thing && thing.concept.shape.kind === "faker" && thing.concept.shape.method.startsWith("person.")) return "keep";
      return thing && thing.end === owner.length && (thing.concept.shape.kind === "category" || (thing.concept.shape.kind === "faker" && !thing.concept.shape.method.startsWith("person."))) ? { ...thing, start: 0, end: w.length } : undefined;
    },
  },
  {
    why: '"employees", "nurses on shift", "items": a plural of a person or a thing the knowledge base names in the singular is how many of them, not one name',
    rule: (m, { words: w, outcomeForm }) => {
      if (outcomeForm || m.end - m.start !== 1) return "keep";
      // A lone plural of a kind ("devices", "languages" of a subscriber) or of a thing written ("tweets",
      // "reviews" of an account) is how many too; notes and comments stay what was written.
      // A plural of a yes/no ("strokes" of a golf round, "defaults") counts them too.
      const lone = (w.length === 1 && (m.concept.shape.kind === "category" || (m.concept.shape.kind === "text" && !WRITTEN_PLURAL.test(w[0]!)))) || m.concept.shape.kind === "boolean";
      if (m.concept.shape.kind !== "faker" && !lone) return "keep";
      const typed = w[m.start]!;
      return /[^s]s$/.test(typed) && !m.concept.names.includes(typed) && (m.end === w.length || PREPOSITIONS.has(w[m.end]!)) ? undefined : "keep";
    },
  },
  {
    why: '"roof tilt degrees", "storage gb": a trailing unit word after words the knowledge base does not know is the unit, not the concept',
    rule: (m, { words: w, outcomeForm }) => (!outcomeForm && m.start === w.length - 1 && m.start > 0 && (knowledgeIndex().unitWords.has(w[m.start]!) || MEASURE_UNIT.test(w[m.start]!)) ? undefined : "keep"),
  },
  {
    why: '"iPhone model", "engine type": a head noun of kind the match does not reach makes the phrase a category, whatever its first words name',
    rule: (m, { words: w, outcomeForm, domain }) => {
      if (outcomeForm || w.length < 2 || !KIND_HEAD.test(w[w.length - 1]!)) return "keep";
      if (m.end < w.length && m.concept.shape.kind !== "category") return undefined;
      // "router model" outside the concept's domains, "hull type" by a generic head: the head alone
      // names another domain's kind (a car model) or any kind (a store department).
      const foreign = m.concept.domains !== undefined && !(domain !== undefined && m.concept.domains.includes(domain as never));
      return m.start === w.length - 1 && m.start > 0 && (foreign || m.concept.generic) ? undefined : "keep";
    },
  },
  {
    why: '"scholarship holder", "premium subscriber", "repeat customer": a kind of person is a yes/no about them',
    rule: (m, { words: w, domain }) => {
      // "orders per customer", "tickets by agent": the person after a preposition is whose, not who the row is.
      if (w.length < 2 || (m.start === 0 && m.end >= w.length) || w.includes("name") || PREPOSITIONS.has(w[w.length - 2]!)) return "keep";
      const tail = matchConcept([w[w.length - 1]!], domain);
      if (!(tail?.concept.generic && tail.concept.shape.kind === "faker" && tail.concept.shape.method.startsWith("person.") && !tail.concept.shape.method.startsWith("person.job"))) return "keep";
      return { ...tail, start: w.length - 1, end: w.length, concept: { ...tail.concept, shape: { kind: "boolean", probability: 0.3 }, units: [], relations: [] } };
    },
  },
  {
    why: '"total rentals", "riders total": a total of things counted is a count, not the money concept "total"',
    rule: (m, { words: w, outcomeForm }) => (!outcomeForm && m.end - m.start === 1 && w[m.start] === "total" && w.some((x, i) => i !== m.start && /[^su]s$/.test(x) && x.length > 3) ? undefined : "keep"),
  },
  {
    why: '"goal amount", "claim value", "skipped rate": a trailing money or rate word is the head; a label or yes/no its first words name is not the column',
    rule: (m, { words: w, outcomeForm, domain }) => {
      if (outcomeForm || w.length < 2) return "keep";
      // "fraud rate" read as a generic rate: what the rate is of, when the knowledge base knows it as a yes/no.
      if (m.concept.generic && m.concept.id === "percentage" && m.start === w.length - 1 && RATE_HEAD.test(w[m.start]!)) {
        const of = matchConcept(w.slice(0, -1), domain);
        return of && of.start === 0 && of.end === w.length - 1 && of.concept.shape.kind === "boolean" ? rateOf(of, w.length) : "keep";
      }
      if (m.end >= w.length || !(MONEY_HEAD.test(w[w.length - 1]!) || RATE_HEAD.test(w[w.length - 1]!)) || !["faker", "category", "text", "boolean"].includes(m.concept.shape.kind)) return "keep";
      return m.concept.shape.kind === "boolean" && RATE_HEAD.test(w[w.length - 1]!) && m.end === w.length - 1 ? rateOf(m, w.length) : undefined;
    },
  },
  {
    why: '"items count", "products number": the trailing quantity word is the head; the thing it counts is not the column',
    rule: (m, { words: w, outcomeForm }) => (!outcomeForm && m.end < w.length && COUNT_HEAD.test(w[w.length - 1]!) && ["faker", "category", "text"].includes(m.concept.shape.kind) ? undefined : "keep"),
  },
  {
    why: '"fuel used liters", "active power kw", "distance to the station in meters": a quantity in a unit of measure, never the category, name or flag its other words name',
    rule: (m, { words: w, facts, outcomeForm }) =>
      !outcomeForm && !facts.values && !facts.spaced && ["category", "faker", "text", "boolean"].includes(m.concept.shape.kind) && w.some((x, i) => (i < m.start || i >= m.end) && (MEASURE_UNIT.test(x) || (TIME_UNIT.test(x) && !/^(?:within|in|after|before|next|first|last)$/.test(w[i - 2] ?? w[i - 1] ?? "")))) ? undefined : "keep",
  },
  {
    why: '"start pressure bar", "end weight kg": a measure taken at a start or an end is the measure, not the start date',
    rule: (m, { words: w, outcomeForm }) =>
      !outcomeForm && (m.concept.shape.kind === "date" || m.concept.shape.kind === "datetime") && w.some((x, i) => (i < m.start || i >= m.end) && (MEASURE_UNIT.test(x) || /^(pressure|temperature|temp|weight|height|depth|altitude|elevation|speed|volume|level|reading|score|count|balance|charge|battery|mileage|odometer|distance|power|voltage|heart|hr)$/.test(x))) ? undefined : "keep",
  },
  {
    why: '"project title", "song title", "talk title": the title of a thing is its name, not a job title',
    rule: (m, { words: w }) =>
      m.concept.id === "person_job_title" && w[m.start] === "title" && m.start > 0 && !/^(job|position|work|official|employee|staff|his|her|their|current|professional)$/.test(w[m.start - 1]!) ? undefined : "keep",
  },
  {
    why: '"recycling weight kg", "luggage height": a body measure named after a thing is the thing\'s measure, not a person\'s',
    rule: (m, { words: w, outcomeForm }) => {
      if (outcomeForm || m.start === 0 || !BODY_MEASURE.has(m.concept.id)) return "keep";
      return w.slice(0, m.start).some((x) => PERSON.test(x) || /^(body|patient|adult|baby|birth|his|her|my|their|start|starting|end|ending|final|current|baseline|target|goal|initial|ideal|pre|post|admission|discharge|intake)$/.test(x)) ? "keep" : undefined;
    },
  },
  {
    why: '"volume collected in ml" at a blood bank: another domain\'s quantity (a market\'s trading volume) is not what a unit it never takes measures',
    rule: (m, { words: w, domain, outcomeForm }) => {
      const c = m.concept;
      if (outcomeForm || domain === undefined || c.domains === undefined || c.domains.includes(domain as never) || (c.shape.kind !== "number" && c.shape.kind !== "integer")) return "keep";
      const known = new Set([...(c.units ?? []).flatMap((u) => u.words.map((x) => x.toLowerCase())), ...c.names.flatMap((n) => n.split(" "))]);
      return w.some((x, i) => (i < m.start || i >= m.end) && MEASURE_UNIT.test(x) && !known.has(x)) ? undefined : "keep";
    },
  },
  {
    why: '"insurance covered %": a percentage of something, never the category the other words name',
    rule: (m, { facts, outcomeForm }) =>
      !outcomeForm && facts.words.includes("%") && facts.rate === undefined && !/\d/.test(facts.phrase) && !facts.values && !facts.spaced && ["category", "faker", "text", "boolean"].includes(m.concept.shape.kind) ? undefined : "keep",
  },
];

const TIME_UNIT = /^(minutes|mins|hours|hrs|seconds|secs)$/;
/** A person's body measures, which a thing named before them ("trash weight") does not have. */
const BODY_MEASURE = new Set(["body_weight", "height_cm", "bmi"]);

/** Plurals that name what was written, not how many: "comments", "notes". */
const WRITTEN_PLURAL = /^(comments|notes|remarks|details|symptoms notes|instructions|lyrics|minutes|answers|responses|feedbacks)$/;

/** "default rate", "churn percentage": the share of rows where a yes/no happens, around its usual rate, with its drivers. */
function rateOf(m: ConceptMatch, end: number): ConceptMatch {
  const c = m.concept.shape;
  const p = Math.round(Math.min(0.9, Math.max(0.01, c.kind === "boolean" ? (c.probability ?? 0.3) : 0.3)) * 1000) / 10;
  const shape = { kind: "number" as const, distribution: "normal" as const, mean: p, sd: Math.max(0.5, Math.round(p * 4) / 10), min: 0, max: 100, decimals: p < 10 ? 2 : 1 };
  return { ...m, end, concept: { ...m.concept, shape, units: [], relations: [] } };
}

/** Concepts of a point in time, which a plural unit ("hours") never names. */
const CLOCK = new Set(["hour_of_day", "day_of_week", "month_name", "year", "week"]);

/** The match after the rules above: kept, replaced, or set aside (undefined). */
export function checkMatch(match: ConceptMatch | undefined, context: MatchContext): ConceptMatch | undefined {
  let current = match;
  for (const { rule } of RULES) {
    if (!current) return undefined;
    const out = rule(current, context);
    if (out !== "keep") current = out;
  }
  return current;
}
