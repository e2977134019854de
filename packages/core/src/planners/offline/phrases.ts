/**
 * Splits a description into a subject ("loan applications") and the column
 * phrases the user listed ("income", "credit score 300-850", "whether the loan
 * defaulted"). Ranges and parenthesised lists are protected before splitting.
 */
export interface DescriptionParts {
  subject: string;
  phrases: string[];
}

const LIST_MARKERS = /\b(?:with|including|includes|include|containing|contains|that has|that have|having|columns?|fields?|features?)\b[:\s]*|:\s*/i;

export function splitDescription(description: string): DescriptionParts {
  const text = protectRanges(description.replace(/\s+/g, " ").trim());
  let marker = LIST_MARKERS.exec(text);
  // "patients with diabetes risk: age, bmi, ...": a colon after the first marker, before any list, starts the list.
  const colon = text.indexOf(":");
  if (marker && colon > marker.index && !/[,;]| and /.test(text.slice(marker.index, colon))) marker = Object.assign([":"], { index: colon, input: text, groups: undefined }) as RegExpExecArray;
  const subject = marker ? text.slice(0, marker.index) : "";
  const list = marker ? text.slice(marker.index + marker[0].length) : text;
  const phrases = splitList(list)
    .map((p) => restoreRanges(p).trim())
    .map((p) => p.replace(/^(?:and|or|plus|also|a|an|the|each|their|its|his|her)\s+/i, "").replace(/[.!?]+$/, "").trim())
    .filter((p) => p.length > 0);
  return { subject: restoreRanges(subject).trim(), phrases };
}

/** "between 300 and 850" / "from 0 to 4" -> "300~850" so splitting on "and" keeps them whole. */
function protectRanges(text: string): string {
  return text
    .replace(/\bbetween\s+(-?[\d.,]+[kKmM%]?)\s+and\s+(-?[\d.,]+[kKmM%]?)/gi, "$1~$2")
    .replace(/\bfrom\s+(-?[\d.,]+[kKmM%]?)\s+(?:to|through|until)\s+(-?[\d.,]+[kKmM%]?)/gi, "$1~$2")
    .replace(/(-?\d[\d.,]*[kKmM%]?)\s*(?:-|–|to)\s*(-?\d[\d.,]*[kKmM%]?)/g, "$1~$2")
    .replace(/\b(\d{4})(?:\s*~\s*)(\d{4})\b/g, "$1~$2");
}

function restoreRanges(text: string): string {
  return text.replace(/~/g, "-");
}

/** Splits on commas, semicolons, "and", "&", "plus", but never inside parentheses or brackets. */
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
      if (ch === "," || ch === ";") {
        flush();
        continue;
      }
      const rest = list.slice(i);
      const conj = /^\s+(?:and|&|plus|as well as)\s+/i.exec(rest);
      // "debit or credit" stays one phrase ("or" never splits); "and" does.
      if (conj) {
        flush();
        i += conj[0].length - 1;
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
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/g, "");
  return name || "value";
}
