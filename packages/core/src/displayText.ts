/**
 * User text (column names, values, descriptions, a server's answer) bound for
 * a message a person reads in a terminal: control characters would act there
 * (ESC starts a colour or cursor sequence, BEL rings, CR overwrites the line,
 * bidi overrides reorder what follows), so they are shown as escapes instead.
 * Every message builder goes through here: SynthdataError escapes its message,
 * issues and warnings are escaped where they are rendered and returned.
 */
// C0 controls (tab and line feed apart, handled below), DEL, C1 controls, bidi embeddings/overrides/isolates, line/paragraph separators.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function escapeControlCharacters(text: string, options: { keepNewlines?: boolean } = {}): string {
  const escaped = text.replace(CONTROL, escapeOne);
  return options.keepNewlines ? escaped : escaped.replace(/[\n\t]/g, escapeOne);
}

function escapeOne(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (ch === "\n") return "\\n";
  if (ch === "\t") return "\\t";
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
