// The realism checks of scripts/eval-realism.mjs (format: docs/planner.md, "The realism evaluation").
// Each check reads the CSV as written (csv-parse, every cell a string) and says what a domain
// expert expects of a column or a pair of columns; it returns { ok, why }.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** ~275,000 English words (an-array-of-english-words, MIT), loaded once, only when a text check runs. */
let english;
function englishWords() {
  english ??= new Set(require("an-array-of-english-words"));
  return english;
}

// Spaces, "_" and "-" (and other punctuation: "k/d" is the column k_d) do not count, nor does a
// possessive "'s" (the planner names "mother's age" mother_age).
const bare = (s) => String(s).toLowerCase().replace(/['’]s\b/g, "");
const norm = (s) => bare(s).replace(/[^a-z0-9]+/g, "");
const words = (s) => bare(s).split(/[^a-z0-9]+/).filter(Boolean);

/**
 * A reference ("baby weight") names a planned column: equal after removing case, spaces, `_`
 * and `-`; else the shortest column whose name contains every word of the reference (or its
 * first 4 letters).
 */
export function resolveColumn(columns, reference) {
  const want = norm(reference);
  const exact = columns.find((c) => norm(c) === want);
  if (exact !== undefined) return exact;
  const parts = words(reference);
  const shortest = (list) => list.sort((a, b) => a.length - b.length)[0];
  const whole = columns.filter((c) => parts.every((w) => norm(c).includes(w)));
  if (whole.length) return shortest(whole);
  return shortest(columns.filter((c) => parts.every((w) => norm(c).includes(w) || (w.length > 4 && norm(c).includes(w.slice(0, 4))))));
}

const filled = (v) => v !== undefined && v !== "";
const isNumber = (v) => v.trim() !== "" && Number.isFinite(Number(v));
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const NAME_WORD = /^(?:[A-Z][a-zA-Z'’-]*\.?|[a-z]{1,3}|[IVX]+)$/;
const tokens = (s) => s.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];

/** A cell as a number for ordering and correlation: numbers, true/false, ISO dates (as days). */
function numeric(v) {
  if (!filled(v)) return undefined;
  if (isNumber(v)) return Number(v);
  if (v === "true") return 1;
  if (v === "false") return 0;
  if (DATE.test(v) || DATETIME.test(v)) {
    const t = Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
    return Number.isNaN(t) ? undefined : t / 86_400_000;
  }
  return undefined;
}

const example = (bad) => (bad.length ? ` (e.g. ${bad.slice(0, 3).map((b) => JSON.stringify(b)).join(", ")})` : "");

function typeCheck(values, type) {
  const v = values.filter(filled);
  if (v.length === 0) return { ok: false, why: "every cell is empty" };
  const all = (test, what) => {
    const bad = v.filter((x) => !test(x));
    return bad.length === 0 ? { ok: true } : { ok: false, why: `${bad.length} cells are not ${what}${example(bad)}` };
  };
  switch (type) {
    case "number":
      return all(isNumber, "numbers");
    case "integer":
      return all((x) => /^-?\d+$/.test(x), "integers");
    case "boolean":
      return all((x) => x === "true" || x === "false", "true/false");
    case "date":
      return all((x) => DATE.test(x) && !Number.isNaN(Date.parse(`${x}T00:00:00Z`)), "YYYY-MM-DD dates");
    case "datetime":
      return all((x) => DATETIME.test(x) && !Number.isNaN(Date.parse(x)), "date-times");
    case "category": {
      const distinct = new Set(v).size;
      return distinct <= 50 ? { ok: true } : { ok: false, why: `${distinct} distinct values, not a category (<= 50)${example([...new Set(v)])}` };
    }
    case "text": {
      const meanWords = v.reduce((a, x) => a + tokens(x).length, 0) / v.length;
      const distinct = new Set(v).size / v.length;
      return meanWords >= 3 && distinct >= 0.5 ? { ok: true } : { ok: false, why: `not free text (mean ${meanWords.toFixed(1)} words, ${(distinct * 100).toFixed(0)}% distinct)${example(v)}` };
    }
    case "name": {
      const looks = (x) => {
        const parts = x.trim().split(/\s+/);
        return parts.length >= 1 && parts.length <= 5 && parts.every((p) => NAME_WORD.test(p)) && /^[A-Z]/.test(x) && !/\d/.test(x);
      };
      const bad = v.filter((x) => !looks(x));
      const distinct = new Set(v).size;
      if (bad.length > v.length * 0.02) return { ok: false, why: `${bad.length} cells do not look like person names${example(bad)}` };
      return distinct >= Math.min(20, v.length / 2) ? { ok: true } : { ok: false, why: `only ${distinct} distinct names` };
    }
    case "email":
      return all((x) => EMAIL.test(x), "email addresses");
    case "id": {
      const distinct = new Set(v).size;
      return distinct === v.length ? { ok: true } : { ok: false, why: `${v.length - distinct} repeated values` };
    }
    default:
      return { ok: false, why: `unknown type "${type}" in the fixture` };
  }
}

function rangeCheck(values, min, max) {
  const bad = [];
  for (const x of values.filter(filled)) {
    if (typeof min === "string" || typeof max === "string") {
      const cmp = (bound) => (bound.length === 10 ? x.slice(0, 10) : x);
      if ((min !== undefined && cmp(String(min)) < String(min)) || (max !== undefined && cmp(String(max)) > String(max))) bad.push(x);
    } else {
      const n = Number(x);
      if (!Number.isFinite(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) bad.push(x);
    }
  }
  return bad.length === 0 ? { ok: true } : { ok: false, why: `${bad.length} values outside [${min ?? "-inf"}, ${max ?? "inf"}]${example(bad)}` };
}

function vocabularyCheck(values, allowed, all) {
  const set = new Set(allowed.map((a) => String(a).toLowerCase()));
  const seen = new Set();
  const bad = [];
  for (const x of values.filter(filled)) {
    const l = x.toLowerCase();
    if (set.has(l)) seen.add(l);
    else bad.push(x);
  }
  if (bad.length) return { ok: false, why: `${bad.length} values not in the vocabulary${example([...new Set(bad)])}` };
  const absent = [...set].filter((a) => !seen.has(a));
  return all && absent.length ? { ok: false, why: `listed values never appear: ${absent.join(", ")}` } : { ok: true };
}

function orderCheck(rows, first, second, minGap, maxGap) {
  let bad = 0;
  let n = 0;
  const examples = [];
  for (const r of rows) {
    const a = numeric(r[first]);
    const b = numeric(r[second]);
    if (a === undefined || b === undefined) continue;
    n++;
    const gap = b - a;
    if (gap < -1e-9 || (minGap !== undefined && gap < minGap - 1e-9) || (maxGap !== undefined && gap > maxGap + 1e-9)) {
      bad++;
      if (examples.length < 3) examples.push(`${r[first]} -> ${r[second]}`);
    }
  }
  if (n === 0) return { ok: false, why: `no row has both ${first} and ${second} as numbers or dates` };
  return bad === 0 ? { ok: true } : { ok: false, why: `${bad}/${n} rows out of order${example(examples)}` };
}

/** Expressions over column references, + - * /, parentheses and days(a, b): a tiny parser, no eval. */
function compile(expression, resolve) {
  const src = expression;
  let i = 0;
  const skip = () => {
    while (src[i] === " ") i++;
  };
  const refs = new Set();
  function primary() {
    skip();
    if (src[i] === "(") {
      i++;
      const e = sum();
      skip();
      if (src[i++] !== ")") throw new Error(`missing ) in ${src}`);
      return e;
    }
    if (src[i] === "-") {
      i++;
      const e = primary();
      return (row) => -e(row);
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      const value = Number(num[0]);
      return () => value;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (!id) throw new Error(`cannot read "${src.slice(i)}" in ${src}`);
    i += id[0].length;
    skip();
    if (id[0] === "days" && src[i] === "(") {
      i++;
      const a = sum();
      skip();
      if (src[i++] !== ",") throw new Error(`days() takes two arguments in ${src}`);
      const b = sum();
      skip();
      if (src[i++] !== ")") throw new Error(`missing ) in ${src}`);
      return (row) => b(row) - a(row);
    }
    const column = resolve(id[0]);
    if (column === undefined) throw new Error(`no column ${id[0]}`);
    refs.add(column);
    return (row) => numeric(row[column]);
  }
  function product() {
    let left = primary();
    for (;;) {
      skip();
      const op = src[i];
      if (op !== "*" && op !== "/") return left;
      i++;
      const l = left;
      const r = primary();
      left = op === "*" ? (row) => l(row) * r(row) : (row) => l(row) / r(row);
    }
  }
  function sum() {
    let left = product();
    for (;;) {
      skip();
      const op = src[i];
      if (op !== "+" && op !== "-") return left;
      i++;
      const l = left;
      const r = product();
      left = op === "+" ? (row) => l(row) + r(row) : (row) => l(row) - r(row);
    }
  }
  const fn = sum();
  skip();
  if (i < src.length) throw new Error(`unexpected "${src.slice(i)}" in ${src}`);
  return { fn, refs: [...refs] };
}

function formulaCheck(rows, column, expression, tolerance, resolve) {
  let compiled;
  try {
    compiled = compile(expression, resolve);
  } catch (error) {
    return { ok: false, why: error.message };
  }
  let n = 0;
  let good = 0;
  const examples = [];
  for (const r of rows) {
    if (!filled(r[column]) || compiled.refs.some((c) => !filled(r[c]))) continue;
    const actual = numeric(r[column]);
    const expected = compiled.fn(r);
    if (actual === undefined || !Number.isFinite(expected)) continue;
    n++;
    // Allow the rounding of the written cell as well as the relative tolerance.
    const decimals = (r[column].split(".")[1] ?? "").length;
    if (Math.abs(actual - expected) <= tolerance * Math.abs(expected) + 0.5 * 10 ** -decimals + 1e-9) good++;
    else if (examples.length < 3) examples.push(`${r[column]} vs ${expected.toFixed(4)}`);
  }
  if (n === 0) return { ok: false, why: "no row has the column and every input" };
  return good / n >= 0.95 ? { ok: true } : { ok: false, why: `${((good / n) * 100).toFixed(1)}% of rows match${example(examples)}` };
}

function ranks(xs) {
  const order = xs.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]);
  const r = new Array(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
}

export function spearman(pairs) {
  const ra = ranks(pairs.map((p) => p[0]));
  const rb = ranks(pairs.map((p) => p[1]));
  const n = pairs.length;
  const ma = ra.reduce((a, x) => a + x, 0) / n;
  const mb = rb.reduce((a, x) => a + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (ra[i] - ma) * (rb[i] - mb);
    saa += (ra[i] - ma) ** 2;
    sbb += (rb[i] - mb) ** 2;
  }
  return saa === 0 || sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
}

function correlationCheck(rows, a, b, sign) {
  const pairs = [];
  for (const r of rows) {
    const x = numeric(r[a]);
    const y = numeric(r[b]);
    if (x !== undefined && y !== undefined) pairs.push([x, y]);
  }
  if (pairs.length < 10) return { ok: false, why: `${a} and ${b} are not both numeric on enough rows` };
  const rho = spearman(pairs);
  const ok = (sign === "+" ? rho >= 0.1 : rho <= -0.1);
  return ok ? { ok: true, detail: `rho ${rho.toFixed(2)}` } : { ok: false, why: `Spearman rho ${rho.toFixed(3)}, want ${sign} with |rho| >= 0.1` };
}

function outcomeCheck(rows, target, driver, direction, level) {
  const y = (r) => numeric(r[target]);
  const usable = rows.filter((r) => y(r) !== undefined && filled(r[driver]));
  if (usable.length < 40) return { ok: false, why: `${target} is not a yes/no or number on enough rows` };
  const ys = usable.map(y);
  const binary = ys.every((v) => v === 0 || v === 1);
  const mean = (xs) => xs.reduce((a, x) => a + x, 0) / Math.max(1, xs.length);
  const m = mean(ys);
  const sd = Math.sqrt(mean(ys.map((v) => (v - m) ** 2)));
  let low;
  let high;
  if (level !== undefined) {
    const want = String(level).toLowerCase();
    const hits = usable.filter((r) => r[driver].toLowerCase() === want);
    if (hits.length === 0) return { ok: false, why: `${driver} never equals "${level}"` };
    high = mean(hits.map(y));
    low = mean(usable.filter((r) => r[driver].toLowerCase() !== want).map(y));
  } else {
    const withDriver = usable.map((r) => [numeric(r[driver]), y(r)]).filter((p) => p[0] !== undefined);
    if (withDriver.length < 40) return { ok: false, why: `${driver} is not numeric; give a "level" for a category driver` };
    withDriver.sort((p, q) => p[0] - q[0]);
    const q = Math.floor(withDriver.length / 4);
    low = mean(withDriver.slice(0, q).map((p) => p[1]));
    high = mean(withDriver.slice(withDriver.length - q).map((p) => p[1]));
  }
  const diff = high - low;
  const needed = binary ? 0.03 : 0.1 * sd;
  const ok = direction === "up" ? diff >= needed : -diff >= needed;
  const what = level !== undefined ? `"${level}" vs rest` : "Q4 - Q1";
  return ok ? { ok: true } : { ok: false, why: `${what} of ${target}: ${diff.toFixed(3)}, want ${direction} by at least ${needed.toFixed(3)}` };
}

function textCheck(values) {
  const v = values.filter(filled);
  if (v.length < values.length * 0.9) return { ok: false, why: `only ${((v.length / Math.max(1, values.length)) * 100).toFixed(0)}% of rows have text` };
  if (v.some((x) => /\b(lorem|ipsum)\b/i.test(x))) return { ok: false, why: "lorem ipsum" };
  const distinct = new Set(v).size / v.length;
  if (distinct < 0.9) return { ok: false, why: `${(distinct * 100).toFixed(0)}% distinct values (want >= 90%)` };
  const dict = englishWords();
  let total = 0;
  let known = 0;
  const unknown = new Set();
  for (const x of v) {
    for (const t of tokens(x)) {
      total++;
      const base = t.replace(/'(s|t|re|ve|ll|d|m)$/, "");
      if (dict.has(t) || dict.has(base) || base === "n") known++;
      else if (unknown.size < 5) unknown.add(t);
    }
  }
  if (total === 0) return { ok: false, why: "no words" };
  const share = known / total;
  return share >= 0.8 ? { ok: true } : { ok: false, why: `${(share * 100).toFixed(0)}% English words (want >= 80%)${example([...unknown])}` };
}

/** Runs one check against the rows; a reference that names no column fails it. */
export function runCheck(check, rows, columns) {
  const resolve = (ref) => resolveColumn(columns, ref);
  const need = (ref) => {
    const c = resolve(ref);
    if (c === undefined) throw new MissingColumn(ref);
    return c;
  };
  const col = (name) => rows.map((r) => r[name]);
  try {
    switch (check.kind) {
      case "type":
        return typeCheck(col(need(check.column)), check.type);
      case "range":
        return rangeCheck(col(need(check.column)), check.min, check.max);
      case "vocabulary":
        return vocabularyCheck(col(need(check.column)), check.values, check.all === true);
      case "order":
        return orderCheck(rows, need(check.first), need(check.second), check.minGap, check.maxGap);
      case "formula":
        return formulaCheck(rows, need(check.column), check.expression, check.tolerance ?? 0.02, resolve);
      case "correlation":
        return correlationCheck(rows, need(check.a), need(check.b), check.sign);
      case "outcome":
        return outcomeCheck(rows, need(check.target), need(check.driver), check.direction, check.level);
      case "text":
        return textCheck(col(need(check.column)));
      default:
        return { ok: false, why: `unknown check kind "${check.kind}"` };
    }
  } catch (error) {
    if (error instanceof MissingColumn) return { ok: false, why: `no column "${error.reference}"` };
    throw error;
  }
}

class MissingColumn extends Error {
  constructor(reference) {
    super(reference);
    this.reference = reference;
  }
}

/** What a check is about, for the failure lines: "range baby weight". */
export function checkLabel(check) {
  const subject = check.column ?? (check.kind === "order" ? `${check.first} < ${check.second}` : check.kind === "correlation" ? `${check.a} ~ ${check.b}` : check.kind === "outcome" ? `${check.target} <- ${check.driver}` : "");
  return `${check.kind}${check.type ? `:${check.type}` : ""} ${subject}`;
}
