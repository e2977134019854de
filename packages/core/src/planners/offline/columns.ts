import type { Column } from "../../spec/schema.js";
import { readPhrase, trailingValues, type PhraseFacts } from "./facts.js";
import { knowledgeIndex, wordsOf } from "./knowledge/index.js";
import { ENTITY_MODULES } from "./knowledge/entities/index.js";
import { guessShape } from "./guessShape.js";
import { matchConcept, shapeForUnits } from "./match.js";
import { checkMatch, PARTICIPLE } from "./matchRules.js";
import type { Concept, ConceptShape } from "./knowledge/types.js";
import { columnNameFrom, writtenIdentifier } from "./phrases.js";

/** One column the planner made from one phrase, with what it knows about it. */
export interface PlannedColumn {
  column: Column;
  concept?: Concept | undefined;
  facts: PhraseFacts;
  /** How strongly the phrase asks to be the target: 0 not at all ... 4 "whether ..." or "(target)". */
  outcomeRank: number;
  /** Made from the knowledge base (not guessed from the words). */
  known: boolean;
}

const AUX = /\b(was|were|is|are|has|have|had|did|does|do|will|would|got|gets|get|became|becomes|ever|made|make|makes)\b\s*/;
const PRONOUN = /^(they|he|she|it|we|you|i|them|this|that|one|there)\s+/;

/**
 * The words of an outcome without "whether", its subject, auxiliary or time frame:
 * "whether the patient was readmitted within 30 days" -> "readmitted", "had a stroke" ->
 * "stroke", "is it fraud" -> "fraud".
 */
export function outcomeWords(text: string): string {
  let t = text.replace(/^(whether|if)\s+(or not\s+)?/, "").replace(/\s+or not$/, "");
  t = t.replace(/\s+(within|in|after|before|during|over|by)\s+(the\s+)?(next|first|last|\d+|a|an|one|two|three|six|twelve)\b.*$/, "");
  // "churned next quarter", "defaulted this year": the time frame is not the outcome's name.
  t = t.replace(/\s+(?:next|this|last|following|the following)\s+(?:day|week|month|quarter|year|season|term|semester|cycle)$/, "");
  const aux = AUX.exec(t);
  const before = t;
  if (aux && aux.index > 0 && t.slice(0, aux.index).trim().split(" ").length <= 3 && !/^made\b/.test(aux[0])) t = t.slice(aux.index + aux[0].length);
  else if (aux && aux.index === 0 && !/^made\b/.test(aux[0])) t = t.slice(aux[0].length);
  t = t.replace(PRONOUN, "").replace(/^(was|were|is|are|has|have|had|did|does|do|will|would)\s+/, "");
  // "the loan defaulted": the subject is the row, not the outcome. After "had"/"got" the words are
  // the object, not a subject: "had a heart attack" is a heart attack.
  const object = t !== before.replace(PRONOUN, "") && aux !== null;
  if (!object && /^(the|a|an|their|his|her|its|each|this|that)\s/.test(t) && t.split(" ").length > 2) t = t.replace(/^\S+\s+\S+\s+/, "");
  t = t.replace(/\b(the|a|an|any)\b/g, " ").replace(/\s+/g, " ").trim();
  return t || text;
}

/**
 * outcomeWords, keeping a subject that is part of a known outcome's name: "whether the refund
 * was approved" is "refund approved" (a concept), while "whether the patient was readmitted" is "readmitted".
 */
let rowNouns: Set<string> | undefined;
const ROW_NOUNS = () => (rowNouns ??= new Set(ENTITY_MODULES.flatMap((m) => m.entities.flatMap((e) => e.names))));

function outcomeText(text: string, subject: string): string {
  const words = outcomeWords(text);
  const m = /^(?:(?:whether|if)\s+)?(?:was|were|is|are|has|had|did)?\s*(?:(?:the|a|an|their|its|his|her|any)\s+)?(\w+)\s+(?:was|were|is|are|got|has been|had been|been)\s/.exec(text);
  if (!m) return words;
  // The rows themselves, or a table's ("orders ...: whether the order was returned"), are not part of the outcome.
  const noun = m[1]!.replace(/s$/, "");
  if (wordsOf(subject).some((w) => w.replace(/s$/, "") === noun) || ROW_NOUNS().has(m[1]!)) return words;
  const joined = `${m[1]} ${words}`;
  // A lone participle says nothing without what it is about: "whether damage was reported" is "damage reported".
  if (PRONOUN.test(`${m[1]} `) || /^(?:it|they|he|she|there|this|that|one)$/.test(m[1]!)) return words;
  return knowledgeIndex().byName.has(joined) || /^\w{3,}(?:ed|en)$/.test(words) ? joined : words;
}

/** Column name for a feature phrase: articles dropped, other words kept ("length_of_stay"). */
function nameFrom(text: string): string {
  return columnNameFrom(
    text
      .replace(/^(the|a|an|each|their|its|his|her|our|your|some|total number of)\s+/, "")
      .replace(/\b(column|field)\b/g, " ")
      .replace(/\s+(?:per|as|of)$/, "")
      // "wait time in days" -> wait_time_days, "height in cm" -> height_cm
      .replace(/\s+(?:in|as)\s+(days|hours|minutes|mins|seconds|secs|weeks|months|years|cm|mm|m|km|miles|kg|g|grams|lbs|pounds|usd|dollars|eur|euros|gbp|percent|inches|feet|celsius|fahrenheit|kwh|liters|litres|ml|mph)$/, " $1"),
  );
}

/** A trailing word that marks a row as having a property or not. */
const MARKER = / (enabled|disabled|flag|flagged|indicator|opted in|opted out|turned on|switched on)$/;

/** "number of X", "count of X", "total number of X": how many X. */
const COUNT_OF = /^(?:total\s+)?(?:number|count|no|num)\s+of\s+(.+)$/;

/** A trailing possessor with its article: "<head> of the <one or two words>" (not "number of visits"). */
const POSSESSOR = /^(.+?)\s+of\s+(?:the|a|an|each|every|their|his|her|its)\s+(\w+(?:\s\w+)?)((?:\s+in\s+\w+(?:\s\w+)?)?)$/;

/** A time frame says when, not what: "late payments in last year", "quit within a year", "goals this season". */
const TIME_FRAME =
  /\s+(?:within\s+(?:the\s+)?|in\s+(?:the\s+)?(?=(?:last|past|next|first|\d|a |an |one ))|over\s+the\s+)(?:(?:last|past|next|first)\s+)?(?:\d+\s*|a\s+|an\s+|one\s+|two\s+|three\s+|six\s+|twelve\s+)?(?:days?|weeks?|months?|years?|yr)\b.*$|\s+(?:last|past|this|next)\s+(?:\d+\s+)?(?:days?|weeks?|months?|years?|seasons?|quarters?)$/;

/** "left the hospital", "passed the exam", "bought a plan": an event that happened to the row or not. */
const VERB_LED = /^(\w+)\s+(?:the|a|an|their|his|her|its|our|my)\s+\w+/;

export function planColumn(phrase: string, domain: string | undefined, subject = ""): PlannedColumn {
  const facts = readPhrase(phrase);
  const verb = !facts.whether && !facts.question && !facts.values && !facts.range ? VERB_LED.exec(facts.text)?.[1] : undefined;
  const verbLed = verb !== undefined && PARTICIPLE.test(verb);
  const outcomeForm = facts.whether || facts.question || verbLed;
  const framed = facts.text.replace(TIME_FRAME, "").trim() || facts.text;
  // "age of the driver", "follower count of the author": the possessor says whose, the head what.
  const possessed = !outcomeForm && !facts.values && !facts.range ? POSSESSOR.exec(framed) : null;
  const matchText = facts.whether || facts.question ? outcomeText(framed, subject) : possessed ? `${possessed[2]} ${possessed[1]}${possessed[3]}` : framed;
  // Notes count for units ("(kg)"), but values listed with spaces ("(bronze silver gold)") name no concept.
  const listed = new Set((facts.spaced ?? []).map((v) => v.toLowerCase()));
  const matchWords = [...matchText.split(" ").filter(Boolean), ...facts.words.filter((w) => !facts.text.split(" ").includes(w) && !listed.has(w))];
  const context = wordsOf(subject).filter((w) => w.length > 2).slice(0, 8).map((w) => w.replace(/(?<=[^s])s$/, ""));
  const mw = matchText.split(" ");
  let match = checkMatch(matchConcept(matchWords, domain, context), { words: mw, facts, outcomeForm, domain });
  // "number of past claims": a count the knowledge base knows by the rest of the phrase beats the generic count.
  const counted = COUNT_OF.exec(matchText);
  if (counted && match && match.start === 0 && match.end < mw.length) {
    const rest = counted[1]!.split(" ");
    const own = checkMatch(matchConcept(rest, domain, context), { words: rest, facts, outcomeForm, domain });
    if (own && own.start === 0 && own.end === rest.length && own.concept.shape.kind === "integer") match = { ...own, start: mw.length - rest.length, end: mw.length };
  }
  // A phrase led by its verb is about the verb ("left" the hospital), not the object's name: the
  // whole phrase as a name, else the verb's own yes/no, else a yes/no guessed from the form.
  if (verbLed && match && match.start > 0) {
    const byVerb = matchConcept([verb!], domain);
    match = byVerb?.concept.shape.kind === "boolean" ? byVerb : undefined;
  }
  // "tweets", "videos" of an account: how many, as the knowledge base counts them ("number of tweets", "video count").
  if (!match && !outcomeForm && !facts.values && !facts.range && /^[a-z]{4,}s$/.test(matchText)) {
    const one = matchText.replace(/s$/, "");
    const counted = [`number of ${matchText}`, `${matchText} count`, `${one} count`, `total ${matchText}`].flatMap((n) => knowledgeIndex().byName.get(n) ?? []).find((c) => c.shape.kind === "integer" && !c.generic);
    if (counted) match = { concept: counted, start: 0, end: 1, corrected: new Map() };
  }
  let concept = match?.concept;
  let values = facts.values;
  if (!values && facts.spaced && concept && isCategory(concept.shape)) values = facts.spaced;
  // "payment type paypal / credit card": the words after the concept's name are the first value.
  let slashHead: string | undefined;
  if (values && facts.firstSegment && match && match.start === 0) {
    const first = facts.firstSegment.toLowerCase().split(/\s+/);
    if (match.end < first.length - 1) {
      // "payment via card/paypal": the preposition joins the name to its first value.
      const firstValue = first.slice(match.end);
      if (firstValue.length > 1 && /^(via|by|with|in|as|is|=|:)$/.test(firstValue[0]!)) firstValue.shift();
      values = [firstValue.join(" "), ...values.slice(1)];
      slashHead = first.slice(0, match.end).join(" ");
    }
  }
  if (!values && !facts.range) {
    const after = match && match.start === 0 && isCategory(concept!.shape) ? match.end : -1;
    if (after > 0) {
      const listed = trailingValues(matchText.split(" "), after);
      if (listed) values = listed;
    }
  }
  const written = writtenIdentifier(phrase);
  // "rate in $/kwh": the unit went to the notes, the "in" goes too.
  // "sessions last 30 days": the time frame is not the concept, but it stays in the name the user gave.
  const named = !outcomeForm && framed !== facts.text && !slashHead && !values ? facts.text : framed;
  let text = (slashHead ?? named).replace(/\s+in$/, (m) => (/\bin\s*[$€£]/.test(phrase) ? "" : m));
  if (values && values !== facts.values && !slashHead && values !== facts.spaced) text = matchText.split(" ").slice(0, match?.end ?? 1).join(" ");
  if (possessed && !slashHead && !(values && values !== facts.values)) text = `${possessed[2]} ${possessed[1]}${possessed[3]}`;
  let name = written ?? (facts.whether ? columnNameFrom(outcomeText(text, subject)) : facts.question ? columnNameFrom(text.replace(/^(is|was|are|were|did|does) (it|they|there|he|she) /, "").replace(/\b(a|an|the)\b/g, " ")) : text === "" ? (values ? columnNameFrom(values.join(" or ")) : concept?.id ?? "value") : nameFrom(text));

  let shape: ConceptShape | undefined;
  let unit: string | undefined;
  if (concept) ({ shape, unit } = shapeForUnits(concept, facts.words));
  // "user score out of 10", "rating out of 5": a scale the concept has no unit for is its range (1 up for stars).
  const outOf = /\bout of (\d+)\b/.exec(facts.text);
  if (outOf && !unit && !facts.range && !facts.values && (!shape || isNumeric(shape))) {
    const top = Number(outOf[1]);
    if (top >= 3 && top <= 1000) shape = withRange(shape, { min: top <= 5 ? 1 : 0, max: top, percent: false });
  }
  if (unit && !written && /^[a-z]+$/.test(unit) && !text.split(" ").includes(unit) && unit.length <= 12) name = `${name}_${unit}`.slice(0, 48);

  // "last promotion year", "graduation year": a trailing "year" the concept's name lacks asks for a calendar year.
  if (match && shape && isNumeric(shape) && mw[mw.length - 1] === "year" && !/^(per|a|an|each|every)$/.test(mw[mw.length - 2] ?? "") && match.end < mw.length && !facts.range && !values) {
    const top = (shape as { max?: number }).max;
    if (top === undefined || top < 1900) {
      shape = { kind: "integer", distribution: "normal", mean: 2019, sd: 3.5, min: 2005, max: 2024 };
      // Its relations were about the concept's own unit (years since), not a calendar year.
      if (concept) concept = { ...concept, relations: [] };
    }
  }
  // "dark mode enabled", "fraud flag": a trailing marker makes a yes/no of whatever it marks.
  const marked = !values && !facts.range && MARKER.test(text);
  const yesNo = facts.yesNo || marked || (outcomeForm && !(shape && isNumeric(shape) && concept?.outcome && facts.whether));
  if (facts.yesNo || marked || (yesNo && (!shape || shape.kind !== "category" || !values))) {
    shape = { kind: "boolean", probability: shape?.kind === "boolean" ? (shape.probability ?? 0.3) : 0.3 };
  } else if (values) {
    shape = categoryFor(values, shape);
  }
  if (facts.range && (!shape || shape.kind !== "boolean")) shape = withRange(shape, facts.range);
  const known = concept !== undefined || values !== undefined || facts.range !== undefined || facts.yesNo || outcomeForm;
  // "last vet visit", "last restocked": when something last happened is a date.
  if (/^last\s/.test(text) && (!match || match.start > 0) && (!shape || (shape.kind !== "date" && shape.kind !== "datetime")) && !values && !facts.range) {
    shape = { kind: "date", from: "2023-01-01", to: "2024-12-31" };
  }
  // "joined on", "signed up at": a verb with a trailing "on"/"at" says when it happened.
  if (/(ed|\sup|\sin|\sout)\s(on|at)$/.test(text) && !values && !facts.range && !facts.yesNo && (!shape || (shape.kind !== "date" && shape.kind !== "datetime"))) {
    shape = text.endsWith(" at") ? { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" } : { kind: "date", from: "2022-01-01", to: "2024-12-31" };
    // A date is never the outcome the verb's concept may be ("joined" as a yes/no).
    if (concept) concept = { ...concept, outcome: false, drivers: [], relations: [] };
  }
  // "paid within 30 days", "renewed in the first year": an event in a time frame happened or not.
  if (framed !== facts.text && PARTICIPLE.test(framed) && !values && !facts.range && (!shape || (shape.kind !== "date" && shape.kind !== "boolean"))) shape = { kind: "boolean", probability: 0.5 };
  // "posts per month", "tickets per agent": so many of a thing per unit is a rate, even when the
  // thing (a post, a ticket) is a concept of its own that is text or a label.
  if (shape && (shape.kind === "text" || shape.kind === "category" || shape.kind === "faker" || shape.kind === "boolean") && !values && !facts.range && !facts.yesNo && / per [a-z]+$/.test(text) && /s$/.test(text.split(" per ")[0]!)) shape = undefined;
  // "insurance covered %": the "%" left the name but still says what the column is.
  if (!shape) shape = guessShape(facts.words.includes("%") && !/%/.test(text) ? `${text} %` : text);
  // "posted date", "transaction date": the user asked for a day, not a moment, whatever the concept keeps.
  if (shape.kind === "datetime" && / date$|^date$/.test(text) && !/\b(?:time|timestamp|datetime)\b/.test(text)) shape = { kind: "date", from: shape.from.slice(0, 10), to: shape.to.slice(0, 10) };
  // A date, a datetime or free text is never a target, whatever its words' form.
  // A column the user defined by a formula ("revenue (units sold x price)") is computed, never predicted.
  const outcomeRank = ["date", "datetime", "text", "id"].includes(shape.kind) || facts.formula ? 0 : facts.whether || facts.target ? 4 : concept?.outcome && shape.kind === "boolean" ? 3 : concept?.outcome && (isNumeric(shape) || shape.kind === "category") ? 2 : facts.question || verbLed ? 1 : 0;
  return { column: { name, ...shape } as Column, concept, facts, outcomeRank, known };
}

function isCategory(shape: ConceptShape): boolean {
  return shape.kind === "category" || shape.kind === "faker";
}

/** A number or a whole number: a shape, or a planned column. */
export function isNumeric(shape: { kind: string }): boolean {
  return shape.kind === "integer" || shape.kind === "number";
}

/** Listed values, with the knowledge base's weights where it lists the same values. */
function categoryFor(values: string[], shape: ConceptShape | undefined): ConceptShape {
  if (shape?.kind === "category" && shape.weights) {
    const known = new Map(shape.values.map((v, i) => [v.toLowerCase(), shape.weights![i]!]));
    if (values.every((v) => known.has(v.toLowerCase()))) return { kind: "category", values, weights: values.map((v) => known.get(v.toLowerCase())!) };
  }
  return { kind: "category", values };
}

/** A stated range overrides the concept's: its typical centre is kept when it lies well inside ("credit score 300-850"). */
function withRange(shape: ConceptShape | undefined, range: NonNullable<PhraseFacts["range"]>): ConceptShape {
  const { min, max } = range;
  const spread = max - min;
  const integer = Number.isInteger(min) && Number.isInteger(max) && (shape === undefined || shape.kind !== "number" || spread > 20);
  const kind = integer ? "integer" : "number";
  const base = shape && isNumeric(shape) ? (shape as { mean?: number; sd?: number; distribution?: string }) : undefined;
  // A stated scale the concept's own scale does not contain ("satisfaction 1-10" for a 1-5
  // concept) is the same quantity on another scale: its distribution is mapped proportionally.
  const own = base as { min?: number; max?: number } | undefined;
  // The concept's own scale stated again ("review score 1-5"): its distribution stays as it is.
  if (shape && base && own?.min === min && own.max === max) return shape;
  // Only a scale that starts at 0 or 1 (ratings, scores) maps so: ages 5-12 are not adult ages shrunk.
  if (base?.mean !== undefined && own?.min !== undefined && own.max !== undefined && own.min <= 1 && own.max > own.min && (min < own.min || max > own.max) && Math.abs(Math.log(spread / (own.max - own.min))) > Math.log(1.5)) {
    const k = spread / (own.max - own.min);
    const mean = min + (base.mean - own.min) * k;
    const sd = Math.max((base.sd ?? (own.max - own.min) / 5) * k, integer ? 0.6 : spread / 50);
    const mapped = { distribution: "normal" as const, mean, sd, min, max };
    return kind === "number" ? { kind, ...mapped, decimals: spread <= 10 ? 2 : spread <= 1000 ? 1 : 0 } : { kind, ...mapped };
  }
  const typical = base?.mean !== undefined && base.mean > min + spread * 0.1 && base.mean < max - spread * 0.1;
  const numeric =
    typical && base?.distribution !== "uniform"
      ? { distribution: "normal" as const, mean: base!.mean!, sd: Math.min(base!.sd ?? spread / 5, spread / 4), min, max }
      : spread <= 10 && integer
        ? { distribution: "normal" as const, mean: min + spread * 0.6, sd: Math.max(spread / 4, 0.8), min, max }
        : { distribution: "normal" as const, mean: min + spread / 2, sd: spread / 5, min, max };
  return kind === "number" ? { kind, ...numeric, decimals: spread <= 10 ? 2 : spread <= 1000 ? 1 : 0 } : { kind, ...numeric };
}

export { guessShape };

/** Words for a shape in a warning: "free text", "a count". */
export function describeShape(column: Column): string {
  switch (column.kind) {
    case "text":
      return "free text";
    case "integer":
      return "a whole number";
    case "number":
      return "a number";
    case "boolean":
      return "a yes/no";
    case "date":
    case "datetime":
      return "a date";
    case "category":
      return `one of ${column.values.slice(0, 4).join("/")}${column.values.length > 4 ? "/..." : ""}`;
    default:
      return column.kind;
  }
}
