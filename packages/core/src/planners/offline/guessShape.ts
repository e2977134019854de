import type { ConceptShape } from "./knowledge/types.js";
import { knowledgeIndex, wordsOf } from "./knowledge/index.js";
import { KIND_HEAD, MEASURE_UNIT, PARTICIPLE } from "./matchRules.js";

/**
 * A phrase the knowledge base does not know becomes a column its words suggest: a
 * count, an amount, a rate, a duration, a date, a yes/no for a lone participle, else
 * free text. Never an invented low/medium/high. The planner warns about every one.
 */
/** Words that name something written: those stay free text. */
const TEXT_WORD = /^(text|comment|comments|note|notes|remark|remarks|description|feedback|review|message|body|bio|summary|reason|explanation|answer|response|reply|transcript|content|caption|title|headline|subject|question|story|essay|narrative|complaint|diagnosis|notes?|memo|log|details?)$/;

export function guessShape(phrase: string): ConceptShape {
  // "door cycles today", "goals so far": when it was counted is not what is counted.
  const text = phrase.replace(/ (?:today|yesterday|tonight|so far|to date|ytd|this (?:week|month|year|season|term|quarter))$/, "") || phrase;
  const t = ` ${text} `;
  const kind = KIND_HEAD.exec(text.split(" ").pop() ?? "");
  // "iPhone model", "engine type": a kind of thing the knowledge base does not list. Placeholder
  // labels, said so in the planner's warning, rather than free text or invented names.
  if (kind && text.includes(" ")) {
    const head = kind[1]!.replace(/s$/, "");
    const label = head.charAt(0).toUpperCase() + head.slice(1);
    return { kind: "category", values: ["A", "B", "C", "D", "E"].map((x) => `${label} ${x}`), weights: [0.3, 0.25, 0.2, 0.15, 0.1] };
  }
  // "vessel name", "ward name": the name of a thing the knowledge base does not list, as placeholder labels.
  const named = / ([a-z]+) name$/.exec(` ${text}`);
  if (named) {
    const label = named[1]!.charAt(0).toUpperCase() + named[1]!.slice(1);
    return { kind: "category", values: ["A", "B", "C", "D", "E", "F", "G", "H"].map((x) => `${label} ${x}`) };
  }
  const head = text.split(/ (?:per|of|in|at|on|for|by|with) /)[0]!;
  const last = head.split(" ").pop() ?? "";
  if (/ (at) $/.test(t)) return { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" };
  if (/ (on) $/.test(t)) return { kind: "date", from: "2022-01-01", to: "2024-12-31" };
  // "visits per day" is a rate, "cups of coffee a day" a count: neither is a date.
  if (/ (date|day|dob|when|birthday) $/.test(t) && !/ (per|a|each|every) day $/.test(t)) return { kind: "date", from: "2022-01-01", to: "2024-12-31" };
  // "week", "week of": the week a row is about, as its first day.
  if (/^ (week|week of|week starting|week start|week ending) $/.test(t) || (/ (week|week of|week starting|week ending) $/.test(t) && !/ (per|a|each|every|last|this|next) week $/.test(t))) return { kind: "date", from: "2023-01-02", to: "2024-12-30" };
  if (/ (time|timestamp|datetime) $/.test(t)) return { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" };
  if (/ (rate|percent|percentage|pct|share|ratio) |%/.test(t)) return { kind: "number", distribution: "normal", mean: 50, sd: 20, min: 0, max: 100, decimals: 1 };
  if (/ (amount|cost|price|spend|spent|revenue|fee|fees|paid|dollars|usd|musd|eur|value|valuation|raised|funding|budget|salary|income|pledged|donated|invested|earned|owed|lent|borrowed|\$) /.test(t)) return { kind: "number", distribution: "lognormal", mean: 120, sd: 150, min: 0, decimals: 2 };
  // "remote days per week", "hours per day": a share of a longer period, never more than it holds.
  const within = / (days?|hours?|nights?|months?|weeks?) (?:per|a|each|every) (day|week|month|year) $/.exec(t);
  if (within) {
    const SIZE: Record<string, Record<string, number>> = { day: { hour: 24 }, week: { day: 7, night: 7, hour: 168 }, month: { day: 31, night: 31, week: 5, hour: 744 }, year: { day: 365, night: 365, week: 52, month: 12, hour: 8760 } };
    const top = SIZE[within[2]!]?.[within[1]!.replace(/s$/, "")];
    if (top !== undefined) {
      // Hours of an activity: a couple a day, or about 5 a week (22 a month) of an activity done now and then,
      // skewed; whole days, weeks or months are counted.
      const r = (x: number) => Math.round(x * 10) / 10;
      if (within[1]!.startsWith("hour")) {
        const share = within[2] === "day" ? 0.1 : 0.03;
        return { kind: "number", distribution: "lognormal", mean: r(top * share), sd: r(top * share * 0.8), min: 0, max: top, decimals: 1 };
      }
      const workWeek = within[1]!.startsWith("day") && within[2] === "week";
      return { kind: "integer", distribution: "normal", mean: workWeek ? 2 : r(Math.max(1, top * 0.2)), sd: r(Math.max(1, top * 0.15)), min: 0, max: top };
    }
  }
  // Whole days, weeks, months or years are counted ("days in shelter"); minutes and hours are measured.
  if (/ (days|weeks|months|years) /.test(t) && !/ (minutes|mins|hours|hrs|seconds|secs) /.test(t)) return { kind: "integer", distribution: "lognormal", mean: 12, sd: 10, min: 0 };
  if (/ (minutes|mins|hours|hrs|seconds|secs|duration|length|days|weeks|months|years) /.test(t)) return durationGuess(t);
  // "critical violation flag", "push notifications enabled": a marker is a yes/no, whatever it marks.
  if (/ (flag|flagged|indicator|enabled|disabled|opted in|opted out|turned on|switched on|yes no|y n) $/.test(t)) return { kind: "boolean", probability: 0.3 };
  const hw = head.split(" ");
  // "ticket no", "invoice number", "bib #": the row's own number, unique; a room or seat number repeats across rows.
  if (hw.length >= 2 && /^(no|number|num|nr|#)$/.test(last) && !/^(of|the)$/.test(hw[hw.length - 2]!)) {
    if (/^(room|seat|table|floor|gate|platform|lane|bay|locker|bed|unit|apartment|house|street|jersey|shirt|route|bus|line|flight|model|part|pump|court|pitch|stall|booth|desk|cabin|slot|row|aisle|shelf|dock)$/.test(hw[hw.length - 2]!)) return { kind: "integer", distribution: "uniform", min: 1, max: 60 };
    return { kind: "id", format: "sequence", start: 1, unique: true };
  }
  // "quizzes completed", "loaves sold", "patients seen": a count of the things the participle did.
  if (hw.length >= 2 && (PARTICIPLE.test(last) || /ing$/.test(last)) && /[^s]s$/.test(hw[hw.length - 2]!)) return { kind: "integer", distribution: "poisson", mean: 6, min: 0 };
  // "vehicles aboard", "patients waiting", "books on hand": how many of the things are there.
  if (hw.length >= 2 && /^(aboard|onboard|inside|present|waiting|queued|enrolled|registered|available|remaining|outstanding|attending)$/.test(last) && /[^s]s$/.test(hw[hw.length - 2]!)) return { kind: "integer", distribution: "lognormal", mean: 40, sd: 40, min: 0 };
  // A plural unit ("distance nautical miles", "water liters") measures; it does not count.
  const unitWord = MEASURE_UNIT.test(last) || knowledgeIndex().unitWords.has(last);
  if (/ (count|number|num|no|times|total|qty|quantity|#) /.test(t) || (last.length > 3 && /[^su]s$/.test(last) && !/(ness|ics|ous|sis|ss)$/.test(last) && !unitWord)) {
    return { kind: "integer", distribution: "poisson", mean: 4, min: 0 };
  }
  // "vintage year", "graduation year": a calendar year.
  if (/ year $/.test(t)) return { kind: "integer", distribution: "normal", mean: 2016, sd: 5, min: 1995, max: 2024 };
  // "bus capacity", "venue size", "storage gb", "pace min per km": a measured quantity (or a unit the
  // knowledge base knows) is a number, never free text.
  if (/ (capacity|seats) /.test(t)) return { kind: "integer", distribution: "lognormal", mean: 60, sd: 80, min: 1 };
  if (/ (capacity|size|length|distance|weight|height|width|depth|area|volume|speed|pace|ph|temperature|temp|ratio|yield|load|power|pressure|degrees) /.test(t) || wordsOf(text).some((w) => knowledgeIndex().unitWords.has(w) || MEASURE_UNIT.test(w))) {
    return { kind: "number", distribution: "lognormal", mean: 20, sd: 15, min: 0, decimals: 1 };
  }
  if (/ (score|index|level|avg|average|mean) /.test(t)) return { kind: "number", distribution: "normal", mean: 50, sd: 15, min: 0, max: 100, decimals: 1 };
  if (/ per (day|week|month|year|hour|game|visit) /.test(t)) return { kind: "number", distribution: "lognormal", mean: 6, sd: 5, min: 0, decimals: 1 };
  if (last.length > 4 && /ed$/.test(last)) return { kind: "boolean", probability: 0.5 };
  // "successful", "eligible", "fraudulent": a lone adjective says whether the row is so.
  if (/^[a-z]{5,}(ful|ive|able|ible|ous|ent|less)$/.test(text)) return { kind: "boolean", probability: 0.4 };
  // "pm1", "x3", "var12": a code with a number in it is a measured value, not prose.
  if (/^[a-z]{1,6}\d{1,3}[a-z]?$/.test(text)) return { kind: "number", distribution: "normal", mean: 50, sd: 15, min: 0, decimals: 2 };
  // "borough", "shift", "tier": a lone unknown noun names a kind of thing, not a sentence someone
  // wrote. Placeholder labels (the warning says so) rather than review text under a noun's name.
  if (/^[a-z]+( [a-z]+)?$/.test(text) && !TEXT_WORD.test(last)) {
    const label = text.replace(/(^| )[a-z]/g, (m) => m.toUpperCase());
    return { kind: "category", values: ["A", "B", "C", "D", "E", "F"].map((x) => `${label} ${x}`), weights: [0.26, 0.22, 0.18, 0.14, 0.11, 0.09] };
  }
  // "project title", "talk subject": a short title, not a comment.
  if (/^(title|headline|subject|caption)$/.test(last)) return { kind: "text", style: "headline", maxWords: 8 };
  return { kind: "text", style: "comment", maxWords: 14 };
}

/**
 * How long something took, by its unit and what it is: a wait or a response takes minutes,
 * a session, visit, class or appointment most of an hour, an activity in hours a few.
 */
function durationGuess(t: string): ConceptShape {
  const waiting = / (wait|waiting|response|respond|delay|delayed|late|queue|hold|lead|commute|travel|transfer|idle|downtime|walk|drive) /.test(t);
  if (/ (seconds|secs) /.test(t)) return { kind: "integer", distribution: "lognormal", mean: waiting ? 40 : 120, sd: waiting ? 45 : 150, min: 1 };
  if (/ (hours|hrs) /.test(t)) return { kind: "number", distribution: "lognormal", mean: waiting ? 2 : 3, sd: 2.2, min: 0.1, max: 72, decimals: 1 };
  if (waiting) return { kind: "integer", distribution: "lognormal", mean: 12, sd: 10, min: 0, max: 240 };
  return { kind: "integer", distribution: "lognormal", mean: 50, sd: 28, min: 10, max: 480 };
}
