import { wordsOf } from "./knowledge/index.js";

/**
 * What one column phrase says besides its concept: listed values, a stated range,
 * notes in parentheses (units: "(kg)", "(F)"), and the form of an outcome
 * ("whether ...", "had X", "is it X", "X?", "X yes/no", "X (target)").
 */
export interface PhraseFacts {
  /** The phrase as typed. */
  phrase: string;
  /** Lower-case words of the phrase without its values, range and notes: what names the column. */
  text: string;
  /** Words to match concepts and units against: text plus the notes. */
  words: string[];
  range?: { min: number; max: number; percent: boolean };
  values?: string[];
  /** The values were yes/no, y/n, true/false. */
  yesNo: boolean;
  /** "whether ...", "if ...": an outcome by its form, the strongest sign of a target. */
  whether: boolean;
  /** "had X", "was X", "is it X", "did X", "X?": a yes/no by its form. */
  question: boolean;
  /** "X (target)", "label: X", "predict X": the user named the target. */
  target: boolean;
  /** "is_fraud (about 5%)": the share of true asked for. */
  rate?: number;
  /** Words listed in parentheses with spaces only ("(bronze silver gold)"): values if the concept takes a vocabulary. */
  spaced?: string[];
  /** The words before the first "/" of a spaced slash list ("payment type paypal / credit card"): head and first value. */
  firstSegment?: string;
  /** A formula the user wrote in parentheses, over other columns' words: "fee (hours parked x hourly rate)". */
  formula?: { left: string; op: "+" | "-" | "*" | "/"; right: string };
}

/** "hours parked x hourly rate", "grams times price per gram", "parts + labor": two named quantities and an operator. */
const STATED_FORMULA = /^([a-z][a-z ]*?)\s+(\+|-|x|\*|×|times|plus|minus|divided by|over)\s+([a-z][a-z +*×]*)$/i;

const RATE_NOTE = /^(?:about|around|approx\.?|roughly|~)?\s*(\d+(?:\.\d+)?)\s*%$/i;
const RATE_WORDS = /^(?:(?:very|quite|fairly)\s+)?(?:rare|rarely|uncommon|common|few|frequent|mostly (?:no|yes|false|true)|imbalanced|unbalanced)$/i;
const YES_NO = new Set(["yes", "no", "y", "n", "true", "false", "0", "1", "t", "f"]);
/** Unit symbols that look like a list when written with a slash: "(mm/s)", "(km/h)", "(mg/dl)". */
const UNIT_TOKENS = new Set(["mm", "cm", "m", "km", "s", "sec", "h", "hr", "min", "kg", "g", "mg", "dl", "ml", "l", "mi", "ft", "in", "lb", "w", "kw", "kwh", "m2", "m3", "day", "yr", "mo", "wk", "mmol", "°c", "°f", "$", "€", "£", "usd", "eur", "kwh", "mwh", "gal", "lbs", "oz", "t", "tons", "tonnes", "ha", "acre", "ac", "bu", "l"]);
const SIZES = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"];
const STOP = new Set(["of", "at", "on", "per", "in", "for", "from", "by", "with", "within", "since", "during", "the", "a", "an", "to", "and", "or", "is", "was", "has", "had", "last", "each", "every", "over", "after", "before"]);

export function isYesNo(values: string[]): boolean {
  return values.length === 2 && values.every((v) => YES_NO.has(v.toLowerCase())) && values[0]!.toLowerCase() !== values[1]!.toLowerCase();
}

function splitValues(inner: string): string[] {
  // A list with commas keeps a slash inside a value: "(moneyline, spread, over/under, parlay)".
  const separators = /,|;/.test(inner) ? /\s*(?:\||,|;|\bor\b|\band\b)\s*/i : /\s*(?:\/|\||,|;|\bor\b|\band\b)\s*/i;
  return inner
    .split(separators)
    .map((s) => s.trim().replace(/^["']|["']$/g, ""))
    .filter(Boolean);
}

export function readPhrase(phrase: string): PhraseFacts {
  // "grade (K-5)": kindergarten is grade 0.
  let rest = phrase.trim().replace(/\bK\s*-\s*(\d{1,2})\b/, "0-$1").replace(/\s+(?:vs\.?|versus)\s+/gi, " or ");
  const notes: string[] = [];
  let values: string[] | undefined;
  let yesNo = false;
  let target = false;
  let question = /\?\s*$/.test(rest);
  rest = rest.replace(/\?+\s*$/, "").trim();
  // "churn (target)", "label: fraud", "predict default", "target - exited"
  const targetWord = /\s*\((?:target|label|outcome|to predict)\)|^(?:target|label|outcome|predict(?:ing)?)\s*[:=-]?\s+|\s+(?:target|label)$/i;
  if (targetWord.test(rest)) {
    target = true;
    rest = rest.replace(targetWord, " ").trim();
  }
  // Parenthesised or bracketed: values, a range, or a note (a unit).
  let rate: number | undefined;
  let spacedList: string[] | undefined;
  let formula: PhraseFacts["formula"];
  rest = rest.replace(/\(([^)]*)\)|\[([^\]]*)\]/g, (_, a: string | undefined, b: string | undefined) => {
    const inner = (a ?? b ?? "").trim();
    const parts = splitValues(inner);
    const spaced = inner.split(/\s+/);
    const stated = /^(?:about|around|approx\.?|roughly|~)?\s*(\d+(?:\.\d+)?)\s*%(?:\s*(?:true|yes|positive|of rows))?$/i.exec(inner);
    const written = STATED_FORMULA.exec(inner);
    if (written) {
      const op = ({ "+": "+", plus: "+", "-": "-", minus: "-", x: "*", "*": "*", "×": "*", times: "*", "divided by": "/", over: "/" } as const)[written[2]!.toLowerCase() as "x"];
      formula = { left: written[1]!.trim(), op, right: written[3]!.trim() };
      return " ";
    }
    // "(rare, about 2%)", "(mostly no, ~5%)": a rate with words about it, not two values.
    const withWords = parts.length >= 2 && parts.some((p) => RATE_NOTE.test(p)) ? parts.map((p) => RATE_NOTE.exec(p)).find(Boolean) : undefined;
    if (withWords && parts.every((p) => RATE_NOTE.test(p) || RATE_WORDS.test(p))) rate = Number(withWords[1]) / 100;
    else if (stated) rate = Number(stated[1]) / 100;
    else if (/^[a-zµμ°]{1,4}\s*\/\s*[a-z0-9³²µμ]{1,4}$/i.test(inner) && inner.split("/").every((p) => UNIT_TOKENS.has(p.trim().toLowerCase()) || /[µμ³²°]/.test(p))) notes.push(inner.replace("/", " per "));
    else if (parts.length >= 2 && !parts.every((p) => /^-?[\d.,]+[kKmM%]?$/.test(p))) values ??= parts;
    // "par (70, 71 or 72)", "bedrooms (1, 2, 3, 4)": three or more whole numbers are the values; two may be a range.
    else if (parts.length >= 3 && parts.every((p) => /^-?\d+$/.test(p)) && /,|\bor\b/.test(inner)) values ??= parts;
    else if (spaced.length >= 3 && spaced.every((w) => /^[A-Z0-9]{1,4}$/.test(w))) values ??= spaced;
    else if (parts.length === 1 && spaced.length >= 3 && spaced.every((w) => /^[a-z][a-z-]*$/i.test(w) && !STOP.has(w.toLowerCase()))) {
      spacedList = spaced;
      notes.push(inner);
    } else if (/\d/.test(inner)) return ` ${inner} `;
    else notes.push(inner);
    return " ";
  });
  // "y/n", "yes/no", "(yes or no)", "true/false" anywhere: a yes/no
  const yn = /\b(?:y\/n|yes\/no|no\/yes|yes or no|true\/false|0\/1|1\/0|t\/f)\b/i;
  if (yn.test(rest) || (values && isYesNo(values))) {
    yesNo = true;
    values = undefined;
    rest = rest.replace(yn, " ").trim();
  }
  // "membership type basic/plus/premium", "payment type paypal / credit card / apple pay"
  let firstSegment: string | undefined;
  // "training hours/yr", "visits/week": a rate per period.
  const perSlash = /\s*\/\s*(yr|year|mo|month|wk|week|day|hr|hour|game|visit|night|person|capita|head)$/i.exec(rest);
  if (perSlash && rest.split("/").length === 2 && /(hours|hrs|minutes|mins|days|km|miles|kg|lbs|visits|trips|sessions|units|\$|usd|calls|orders|spend|cost|price|rate)$/i.test(rest.slice(0, rest.indexOf("/")).trim())) {
    notes.push(`per ${perSlash[1]}`);
    rest = rest.slice(0, perSlash.index).trim();
  }
  const unitSlash = /\s([a-z°$€£]{1,6})\s*\/\s*([a-z0-9]{1,5})$/i.exec(rest);
  if (unitSlash && UNIT_TOKENS.has(unitSlash[1]!.toLowerCase()) && UNIT_TOKENS.has(unitSlash[2]!.toLowerCase())) {
    notes.push(`${unitSlash[1]} per ${unitSlash[2]}`);
    rest = rest.slice(0, unitSlash.index).trim();
  }
  if (!values && /\//.test(rest) && !/^\d/.test(rest) && !/\sor\s/i.test(rest)) {
    const segments = rest.split(/\s*\/\s*/);
    const head = segments[0]!.split(/\s+/);
    if (segments.length >= 2 && head.length >= 2 && segments.every((x) => x.trim() !== "")) {
      values = [head[head.length - 1]!, ...segments.slice(1).map((x) => x.trim())];
      firstSegment = segments[0]!;
      rest = head.slice(0, -1).join(" ");
    }
  }
  // "sizes XS-XXL"
  const sizes = /\b(XXS|XS|S|M|L|XL|XXL|XXXL)\s*(?:-|to|–)\s*(XXS|XS|S|M|L|XL|XXL|XXXL)\b/i.exec(rest);
  if (!values && sizes) {
    const a = SIZES.indexOf(sizes[1]!.toUpperCase());
    const b = SIZES.indexOf(sizes[2]!.toUpperCase());
    if (a >= 0 && b > a) {
      values = SIZES.slice(a, b + 1);
      rest = rest.replace(sizes[0], " ").trim();
    }
  }
  // "zone A-D", "grade A-F" (letter grades have no E)
  const letters = /\b([a-z])\s*(?:-|–|to)\s*([a-z])$/i.exec(rest);
  if (!values && letters && rest.slice(0, letters.index).trim() !== "") {
    const a = letters[1]!.toUpperCase().charCodeAt(0);
    const b = letters[2]!.toUpperCase().charCodeAt(0);
    if (b > a && b - a <= 11) {
      values = Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i)).filter((v) => !(v === "E" && b === 70));
      rest = rest.slice(0, letters.index).trim();
    }
  }
  // "shift day or night", "online or in person"
  if (!values && !/^(whether|if)\b/i.test(rest) && !/\bor not$/i.test(rest)) {
    const either = /^(.*?)\s*\b([a-z][\w-]*)\s+or\s+([a-z][\w/-]*(?:\s+[a-z][\w/-]*)?)$/i.exec(rest);
    if (either && (either[1]!.trim() === "" || !either[3]!.includes(" "))) {
      values = [either[2]!, either[3]!];
      rest = either[1]!.trim();
    }
  }
  let range: PhraseFacts["range"];
  const r = /(\$|€|£)?(-?\d[\d,]*(?:\.\d+)?)\s*([km%])?\s*(?:-|–|to)\s*(\$|€|£)?(-?\d[\d,]*(?:\.\d+)?)\s*([km%])?(?![\w])/i.exec(rest);
  if (r) {
    const scale = (s: string | undefined) => (s?.toLowerCase() === "k" ? 1e3 : s?.toLowerCase() === "m" ? 1e6 : 1);
    let min = Number(r[2]!.replace(/,/g, "")) * scale(r[3] ?? r[6]);
    const max = Number(r[5]!.replace(/,/g, "")) * scale(r[6]);
    if (min > max) min = max;
    range = { min, max, percent: (r[3] ?? r[6]) === "%" };
    rest = rest.replace(r[0], " ").trim();
    if (r[1] || r[4]) notes.push("$");
    if (range.percent) notes.push("%");
  }
  if (/^(whether|if)\b/i.test(rest)) {
    return finish(phrase, rest, notes, { range, values, yesNo, whether: true, question: false, target, rate, spaced: spacedList, firstSegment, formula });
  }
  if (/^(had|has|have|was|were|did|does|do|is it|are they|is there|got|ever)\b/i.test(rest) || /^[a-z]+ed (to|for|in|with|on)\b(?! (?:minutes|mins|hours|hrs|days|seconds|secs|weeks|months|years|cm|mm|km|kg|lbs|usd|dollars|euros|percent)\b)/i.test(rest) || /^(is|are)\s+\w+$/i.test(rest) || /^(?:is|was|has|had|did|Is|Was|Has|Had|Did)[A-Z]/.test(rest)) question = true;
  return finish(phrase, rest, notes, { range, values, yesNo, whether: false, question, target, rate, spaced: spacedList, firstSegment, formula });
}

function finish(phrase: string, rest: string, notes: string[], f: Omit<PhraseFacts, "phrase" | "text" | "words">): PhraseFacts {
  const textWords = wordsOf(rest.replace(/[$€£]/g, " $ "));
  const noteWords = notes.flatMap((n) => wordsOf(n));
  return {
    phrase,
    text: textWords.filter((w) => !/^[$€£#%]$/.test(w)).join(" "),
    words: [...textWords, ...noteWords],
    ...(f.range ? { range: f.range } : {}),
    ...(f.values ? { values: [...new Set(f.values)] } : {}),
    yesNo: f.yesNo,
    whether: f.whether,
    question: f.question,
    target: f.target,
    ...(f.rate !== undefined ? { rate: f.rate } : {}),
    ...(f.spaced ? { spaced: f.spaced } : {}),
    ...(f.firstSegment ? { firstSegment: f.firstSegment } : {}),
    ...(f.formula ? { formula: f.formula } : {}),
  };
}

/** Trailing words after a category's name that list its values: "species dog cat bird rabbit". */
export function trailingValues(words: string[], from: number): string[] | undefined {
  const tail = words.slice(from);
  if (tail.length < 3 || tail.some((w) => STOP.has(w) || !/^[a-z][a-z-]*$/.test(w) || /(ed|ing|ly)$/.test(w))) return undefined;
  return tail;
}
