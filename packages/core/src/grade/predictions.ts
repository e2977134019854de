import { SynthdataError } from "../errors.js";

/** Rows of a small CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF), header first. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

/** A learner's predictions, by exam row id, as the text they wrote. */
export interface Predictions {
  column: string;
  byId: Map<number, string>;
}

/**
 * Reads a predictions CSV: the exam's id column and one prediction column (named as the target,
 * `prediction`, or the only other column). Each error says what to fix.
 */
export function readPredictions(text: string, idColumn: string, target: string): Predictions {
  const rows = parseCsvRows(text);
  const header = rows[0];
  if (!header || header.length < 2) {
    throw new SynthdataError("INVALID_ARGUMENT", `the predictions file needs a header with ${idColumn} and ${target} (or prediction), then one row per exam row`);
  }
  const idAt = header.indexOf(idColumn);
  if (idAt < 0) throw new SynthdataError("INVALID_ARGUMENT", `the predictions file has no ${idColumn} column (its columns: ${header.join(", ")}); keep the exam file's ${idColumn} beside each prediction`);
  const others = header.map((_, i) => i).filter((i) => i !== idAt);
  const at = header.indexOf(target) >= 0 ? header.indexOf(target) : header.indexOf("prediction") >= 0 ? header.indexOf("prediction") : others.length === 1 ? others[0]! : -1;
  if (at < 0) throw new SynthdataError("INVALID_ARGUMENT", `the predictions file has no ${target} or prediction column (its columns: ${header.join(", ")})`);
  const byId = new Map<number, string>();
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const idText = (cells[idAt] ?? "").trim();
    const id = Number(idText);
    if (!/^\d+$/.test(idText)) throw new SynthdataError("INVALID_ARGUMENT", `line ${r + 1} of the predictions: ${idColumn} "${idText}" is not a row id from the exam file`);
    if (byId.has(id)) throw new SynthdataError("INVALID_ARGUMENT", `line ${r + 1} of the predictions: ${idColumn} ${id} is predicted twice`);
    byId.set(id, (cells[at] ?? "").trim());
  }
  return { column: header[at]!, byId };
}
