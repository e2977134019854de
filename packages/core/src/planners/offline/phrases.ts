/**
 * The reader of descriptions: splits one into a subject ("teachers at a school
 * district") and the column phrases listed, then reads each phrase's facts (listed
 * values, a stated range, units and notes, an outcome form, the name to use).
 * It knows grammar, not concepts: concepts come from the knowledge base (match.ts).
 */
export interface DescriptionParts {
  subject: string;
  phrases: string[];
}

/** Words after which the column list starts: "customers with ...", "columns: ...". */
const LIST_MARKER = /\b(?:with|including|includes|include|containing|contains|that has|that have|having|columns?|fields?|features?)\b:?\s*|\bw\/\s*|:\s*/i;
/** Separators of the subject from the list when no marker says so: "CRM export - id, name", "nurses at 3 hospitals; name, ...". */
const SUBJECT_SEPARATOR = /\s*;\s*|\s+-{1,2}\s+|\s*[—–]\s*|[.?!]\s+/;
/** A request's own words before the first column: "I need years of experience, ...", "it should have age, ...". */
const LEAD_IN = /^(?:(?:i|we)(?:'d| would)? (?:need|want|like|would like)(?: to (?:have|see|include))?|(?:it|each row|every row|the data|the dataset) should (?:have|include|contain)|(?:please )?(?:include|add|give me)|columns? (?:are|should be))\s+/i;

/** A list marker after a comma: ", with driver id, ...". */
const LATE_MARKER = /,\s*(?:with|including|containing|having|that has|that have)\b:?\s*/i;
/** What a row is: "one row per driver per day", "each row a visit", "daily", "per store". */
const GRAIN = /^(?:(?:one|a|an|1|each|every)\s+(?:row|record|line|entry|observation)\b|per\s+\w+|(?:daily|weekly|monthly|hourly|yearly|annual)(?:\s+\w+)?$)/i;

export function splitDescription(description: string): DescriptionParts {
  const text = protectRanges(description.replace(/\s+/g, " ").trim());
  const firstComma = topLevelIndex(text, ",");
  const before = (i: number) => i >= 0 && (firstComma < 0 || i < firstComma);
  const marker = LIST_MARKER.exec(text);
  const colon = topLevelIndex(text, ":");
  let cut: { at: number; length: number } | undefined;
  // "predict hotel cancellations from lead time, deposit type, ...": the list follows "from".
  const predict = /\bpredict(?:ing)?\s+[^,;:]+?\s+(from|using|based on|given)\s+/i.exec(text);
  if (predict) {
    const at = predict.index + predict[0].lastIndexOf(predict[1]!) - 1;
    if (before(at)) cut = { at, length: predict.index + predict[0].length - at };
  }
  if (!cut && marker && before(marker.index)) cut = { at: marker.index, length: marker[0].length };
  // "patients with diabetes risk: age, bmi": a colon after the marker, before the list, starts the list.
  if (colon >= 0 && before(colon) && (!cut || colon > cut.at)) cut = { at: colon, length: 1 };
  // "a small bakery, one row per day: date, day of week, ...": a colon followed by the list starts it,
  // even after a comma of the subject's own, when the list after it holds more commas than the words before.
  if (!cut && colon > firstComma && firstComma >= 0) {
    const commas = (s: string) => s.split(",").length - 1;
    const head = text.slice(0, colon);
    if (commas(head) <= 2 && commas(text.slice(colon + 1)) >= commas(head) + 2 && !/[;(]/.test(head)) cut = { at: colon, length: 1 };
  }
  // "I want delivery routes, one row per driver per day, with driver id, ...": a list marker after a
  // comma or two starts the list when what comes before is the rows and their grain, not columns.
  if (!cut) {
    const late = LATE_MARKER.exec(text);
    if (late && topLevelIndex(text.slice(late.index), ",") === 0) {
      const head = text.slice(0, late.index).split(",").map((p) => p.trim());
      if (head.length <= 3 && head.slice(1).every((p) => GRAIN.test(p)) && (LEAD_IN.test(head[0]! + " ") || head.length > 1)) cut = { at: late.index, length: late[0].length };
    }
  }
  if (!cut) {
    const sep = SUBJECT_SEPARATOR.exec(text);
    if (sep && before(sep.index) && looksLikeSubject(text.slice(0, sep.index))) cut = { at: sep.index, length: sep[0].length };
  }
  let subject = cut ? text.slice(0, cut.at) : "";
  const list = cut ? text.slice(cut.at + cut.length) : text;
  let phrases = splitList(list)
    .map((p) => restoreRanges(p).trim())
    .map((p, i) => (i === 0 ? p.replace(LEAD_IN, "") : p))
    // "so I need driver id": the request's words before a column, wherever they fall.
    .map((p) => p.replace(/^(?:so|and|but|then)\s+(?=(?:i|we)\b)/i, "").replace(LEAD_IN, (m) => (/^(?:i|we)\b/i.test(m) ? "" : m)))
    .map((p) => p.replace(/^(?:and|or|plus|also|as well as|then)\s+/i, "").replace(/[.!;:,]+$/, "").replace(/\s*\?+\s*[.!;:,]*$/, "?").trim())
    .filter((p) => p.length > 0 && !/^(etc|and so on|and more|more)\.?$/i.test(p));
  // "I'm trying to predict the monthly premium from how people drive": a sentence about the data, not a
  // column; what it predicts joins the subject, where the planner looks for the target.
  const sentences = phrases.filter((p) => INTENT.test(p));
  for (const p of sentences) {
    const predicted = predictedIn(p);
    if (predicted) subject = `${subject} predict ${predicted}`.trim();
  }
  // "... predict the premium from how people drive, so I need ...": the clause after "from" is the sentence's, not a column.
  phrases = phrases.filter((p, i) => !sentences.includes(p) && !(i === 0 && /^(?:how|what|why|when)\s+(?:people|they|users|customers|we|you|drivers|players|students|patients|members)\b/i.test(p)));
  // "car wash transactions, timestamp, wash package, ...": with no marker, a first phrase naming the rows is the subject.
  if (!cut && subject === "" && phrases.length >= 4 && ROW_PHRASE.test(phrases[0]!)) subject = phrases.shift()!;
  return { subject: restoreRanges(subject).trim(), phrases };
}

/** What "predict ..." names: "predict whether the loan defaults from income, ..." is "loan defaults". */
export function predictedIn(text: string): string | undefined {
  return /\bpredict(?:ing)?\s+(?:(?:whether|if|the|which)\s+)?(.+?)(?:\s+(?:from|using|based on|given|by looking at)\b.*)?$/i.exec(text)?.[1];
}

/** A sentence of intent: "I'm trying to predict ...", "we want to see whether ...". */
const INTENT = /^(?:(?:so|and|but)\s+)?(?:i'?m|i am|we'?re|we are|i|we)\s+(?:(?:am|are)\s+)?(?:trying|looking|hoping|want|wanting|need|would like|'d like|going|plan|planning)\s+to\s+(?!(?:have|see|include|get)\s+(?:a|an|the)?\s*(?:column|field))\w+/i;
/** A phrase of two or more words ending in what rows usually are: "car wash transactions", "gym check-in logs". */
const ROW_PHRASE = /^[a-z][a-z-]*(?:\s+[a-z][a-z-]*)*\s+(?:transactions|records|logs|orders|visits|sessions|bookings|reservations|entries|sales|trips|rides|claims|tickets|appointments|applications|shipments|deliveries|events|readings|measurements|inspections|incidents|calls|purchases|rentals|donations|enrollments|admissions|listings|data)$/i;

/** A subject names rows, not a column: several words or a plural ("staff directory for a company", "tenants"). */
function looksLikeSubject(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 || /(s|data|list|log|table|export|sheet|roster|registry)$/i.test(words[0] ?? "");
}

/** The index of `ch` outside parentheses and brackets, or -1. */
function topLevelIndex(text: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ch) return i;
  }
  return -1;
}

/** "between 300 and 850" / "from 0 to 4" / "1 - 5" -> "300~850", so no separator splits them. */
function protectRanges(text: string): string {
  const n = String.raw`-?\$?\d[\d,]*(?:\.\d+)?[kKmM%]?`;
  return text
    .replace(new RegExp(String.raw`\bbetween\s+(${n})\s+and\s+(${n})`, "gi"), "$1~$2")
    .replace(new RegExp(String.raw`\bfrom\s+(${n})\s+(?:to|through|until)\s+(${n})`, "gi"), "$1~$2")
    .replace(new RegExp(String.raw`(${n})\s*(?:-|–|to)\s*(${n})`, "g"), "$1~$2");
}

function restoreRanges(text: string): string {
  return text.replace(/~/g, "-");
}

/** Splits on , ; " - " — -- ". " w/ and & plus, never inside parentheses or brackets ("or" never splits: "debit or credit"). */
function splitList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  const flush = () => {
    out.push(current);
    current = "";
  };
  for (let i = 0; i < list.length; i++) {
    const ch = list[i]!;
    if (ch === "(" || ch === "[") depth++;
    if (ch === ")" || ch === "]") depth = Math.max(0, depth - 1);
    if (depth === 0) {
      if (ch === "," || ch === ";" || ch === "—" || ch === "–") {
        flush();
        continue;
      }
      const sep = /^(?:\s+(?:and|&|plus|as well as|along with)\s+|\s+-{1,2}\s+|--|\.\s+|\s*\bw\/\s*)/i.exec(list.slice(i));
      // "w/" abbreviates "with" only as a word of its own, not the end of one ("oceanview/balcony").
      const inWord = sep !== null && /^w\//i.test(sep[0]) && /\w/.test(list[i - 1] ?? "");
      if (sep && !inWord && (sep[0].trim() !== "." || current.trim() !== "")) {
        flush();
        i += sep[0].length - 1;
        continue;
      }
    }
    current += ch;
  }
  flush();
  return out;
}

/** snake_case column name from a phrase, at most 40 characters. */
export function columnNameFrom(phrase: string): string {
  const name = phrase
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/%/g, " pct ")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/g, "");
  return name || "value";
}

/** A name the user wrote as an identifier (CustomerId, has_cr_card, EstimatedSalary): kept as written. */
export function writtenIdentifier(phrase: string): string | undefined {
  const t = phrase.trim().replace(/\?$/, "");
  if (/^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/.test(t) || /^[A-Za-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+$/.test(t) || /^[A-Z][a-z]+[A-Z][A-Za-z0-9]*$/.test(t) || /^[A-Z][A-Za-z0-9]*(?:[A-Z][a-z0-9]+)+$/.test(t)) {
    return t.slice(0, 64);
  }
  return undefined;
}
