import { DAY_NAMES, MONTH_NAMES, keepsCalendar } from "../generate/calendar.js";
import { formulaFinisher } from "../generate/formulaColumn.js";
import type { Value } from "../generate/types.js";
import { randomCalls } from "../spec/formula/check.js";
import { compileFormula, type FormulaNoise } from "../spec/formula/compile.js";
import { formulaColumns, parseFormula } from "../spec/formula/parse.js";
import { dateOffset, valueKind } from "../spec/relations.js";
import type { Column, DatasetSpec, Gap } from "../spec/schema.js";

/**
 * The relations between columns of a spec (formulas, ordered and bounded
 * pairs, conditional values, calendars, derived names), each in words and
 * measured on the rows as written, mess included: the answer key says how
 * often each holds and how many rows injected mess broke. Effects (the
 * learnable signal) stay in relationships.ts.
 */

/** What one chunk adds to one relation's figures: plain data, so a worker can send it. */
export interface RelationTally {
  rows: number;
  held: number;
  broken: number;
  /** Rows with an empty cell on either side (not checkable). */
  empty: number;
  /** Formula cells left empty because the maths is undefined there (division by zero). */
  undefinedMath: number;
  /** A few measured gaps (offsets), for the median. */
  gaps: number[];
  gapMin: number;
  gapMax: number;
  /** Conditional values: per case value, [count, sum] of numbers, or counts per category value. */
  groups: Map<string, number[]>;
}

interface Check {
  text: string;
  /** Checks row r and adds to the tally. */
  row(columns: readonly Value[][], r: number, t: RelationTally): void;
  /** Columns whose injected mess can break it (for the wording). */
  columns: string[];
  measured(t: RelationTally): string;
}

const DAY = 86_400_000;
const UNIT_MS = { days: DAY, hours: 3_600_000, minutes: 60_000, seconds: 1000 } as const;
const GAPS_PER_CHUNK = 64;
const GAPS_KEPT = 20_000;
const MAX_NOISE_TERMS = 4;
/** How far out a normal noise term may be and still count as "within noise". */
const NOISE_SD = 4;

function emptyTally(): RelationTally {
  return { rows: 0, held: 0, broken: 0, empty: 0, undefinedMath: 0, gaps: [], gapMin: Infinity, gapMax: -Infinity, groups: new Map() };
}

/** Compiles the relation checks of a spec once per thread. */
export function relationChecks(spec: DatasetSpec): Check[] {
  const index = new Map(spec.columns.map((c, i) => [c.name, i]));
  const at = (name: string) => index.get(name)!;
  const checks: Check[] = [];
  for (const column of spec.columns) {
    const self = at(column.name);
    if (column.kind === "formula") checks.push(formulaCheck(column, self, at));
    const offset = column.kind === "date" || column.kind === "datetime" ? dateOffset(column) : "offset" in column ? column.offset : undefined;
    if (offset) checks.push(offsetCheck(column, self, offset.columns, offset.direction === "after", offset.gap, column.kind === "date" || column.kind === "datetime" ? UNIT_MS[offset.unit ?? "days"] : 1, offset.unit ?? "days", at));
    if ("bounds" in column && column.bounds && !offset) checks.push(boundsCheck(column, self, column.bounds.atLeast ?? [], column.bounds.atMost ?? [], at));
    if ("conditional" in column && column.conditional) checks.push(conditionalCheck(column, self, at(column.conditional.column)));
    if ((column.kind === "date" || column.kind === "datetime") && column.calendar && column.calendar !== "any") {
      const calendar = column.calendar;
      const datetime = column.kind === "datetime";
      checks.push({
        text: `${column.name} falls on ${calendar === "weekdays" || !datetime ? "weekdays (Monday-Friday)" : "business hours (Monday-Friday 09:00-17:00)"}`,
        columns: [column.name],
        row: (cols, r, t) => {
          const v = cols[self]![r];
          if (typeof v !== "number") t.empty++;
          else if (keepsCalendar(v, calendar, datetime)) t.held++;
          else t.broken++;
        },
        measured: holds,
      });
    }
    if (column.kind === "derived" && (column.rule === "weekday_name" || column.rule === "month_name")) {
      const source = at(column.from[0]!);
      const names: readonly string[] = column.rule === "weekday_name" ? DAY_NAMES : MONTH_NAMES;
      const pick = column.rule === "weekday_name" ? (t: number) => new Date(t).getUTCDay() : (t: number) => new Date(t).getUTCMonth();
      checks.push({
        text: `${column.name} is the ${column.rule === "weekday_name" ? "day of the week" : "month"} of ${column.from[0]}`,
        columns: [column.name, column.from[0]!],
        row: (cols, r, t) => {
          const v = cols[self]![r];
          const d = cols[source]![r];
          if (v === null || typeof d !== "number") t.empty++;
          else if (v === names[pick(d)]) t.held++;
          else t.broken++;
        },
        measured: holds,
      });
    }
  }
  return checks;
}

function holds(t: RelationTally): string {
  const checked = t.held + t.broken;
  const parts = [`holds on ${checked ? pct(t.held / checked) : "no"} of rows${checked ? ` checked (${t.held} of ${checked})` : ""}`];
  if (t.empty) parts.push(`${t.empty} rows not checkable (an empty cell)`);
  return parts.join("; ");
}

function pct(x: number): string {
  const p = x * 100;
  return `${p === 100 || p === 0 ? p.toFixed(0) : p >= 99.99 ? "99.99" : p.toFixed(2)}%`;
}

function round(x: number, d = 2): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

function formulaCheck(column: Extract<Column, { kind: "formula" }>, self: number, at: (n: string) => number): Check {
  const ast = parseFormula(column.expression);
  const evaluate = compileFormula(ast, at);
  const finish = formulaFinisher(column);
  const terms = randomCalls(ast);
  const combos = terms === 0 ? 1 : terms <= MAX_NOISE_TERMS ? 2 ** terms : 0;
  const kind = valueKind(column);
  // The noise terms at their ends (4 sd for a normal, the ends of a uniform): the value lies between the extreme results.
  let combo = 0;
  let call = 0;
  const ends: FormulaNoise = {
    draw: (type, a, b) => {
      const high = ((combo >> call++) & 1) === 1;
      return type === "normal" ? a + (high ? NOISE_SD : -NOISE_SD) * b : high ? b : a;
    },
  };
  const names = [column.name, ...formulaColumns(ast)];
  return {
    text: `${column.name} = ${column.expression}${column.min !== undefined || column.max !== undefined ? ` (clamped to ${column.min ?? "-inf"}..${column.max ?? "inf"})` : ""}`,
    columns: names,
    row: (cols, r, t) => {
      const written = cols[self]![r];
      if (combos === 0) return;
      let lo: Value = null;
      let hi: Value = null;
      let undefinedMath = false;
      let anyEmpty = false;
      for (combo = 0; combo < combos; combo++) {
        call = 0;
        const raw = evaluate(cols, r, ends);
        if (typeof raw === "number" && Number.isNaN(raw)) undefinedMath = true;
        const v = finish(raw);
        if (v === null) {
          anyEmpty = true;
          continue;
        }
        if (lo === null || v < lo) lo = v;
        if (hi === null || v > hi) hi = v;
      }
      if (written === null) {
        if (undefinedMath) t.undefinedMath++;
        else t.empty++;
        return;
      }
      if (anyEmpty || lo === null) {
        t.empty++;
        return;
      }
      const ok = kind === "boolean" ? written === lo || written === hi : typeof written === "number" && written >= (lo as number) - 1e-9 * Math.max(1, Math.abs(lo as number)) && written <= (hi as number) + 1e-9 * Math.max(1, Math.abs(hi as number));
      if (ok) t.held++;
      else t.broken++;
    },
    measured: (t) => {
      if (combos === 0) return `not measured (more than ${MAX_NOISE_TERMS} random terms)`;
      const checked = t.held + t.broken;
      const how = terms > 0 ? `within noise (${NOISE_SD} sd)` : "exact";
      const parts = [`${how} on ${checked ? pct(t.held / checked) : "no"} of rows${checked ? ` checked (${t.held} of ${checked})` : ""}`];
      if (t.undefinedMath) parts.push(`${t.undefinedMath} cells empty because the formula is undefined there (division by zero, square root or log of a non-positive number)`);
      if (t.empty) parts.push(`${t.empty} rows not checkable (an empty cell)`);
      return parts.join("; ");
    },
  };
}

function describeGap(gap: Gap | undefined, unit: string, isDate: boolean): string {
  const min = gap?.min ?? 0;
  const max = gap?.max ?? (isDate ? Math.max(min, 30) : undefined);
  const shape = gap?.distribution && gap.distribution !== "uniform" ? ` (${gap.distribution}${gap.median !== undefined ? `, median ${gap.median}` : ""})` : "";
  return `${min}${max !== undefined ? `-${max}` : "+"}${isDate ? ` ${unit}` : ""}${shape}`;
}

function offsetCheck(column: Column, self: number, sources: string[], after: boolean, gap: Gap | undefined, unitMs: number, unit: string, at: (n: string) => number): Check {
  const isDate = unitMs !== 1;
  const idx = sources.map(at);
  const min = gap?.min ?? 0;
  const max = gap?.max ?? (isDate ? Math.max(min, 30) : Infinity);
  const ref = sources.length === 1 ? sources[0]! : `${after ? "max" : "min"}(${sources.join(", ")})`;
  const diff = after ? `${column.name} - ${ref}` : `${ref} - ${column.name}`;
  return {
    text: `${diff}: ${describeGap(gap, unit, isDate)} (${column.name} ${after ? "after" : "before"} ${sources.join(" and ")})`,
    columns: [column.name, ...sources],
    row: (cols, r, t) => {
      const v = cols[self]![r];
      let base: number | undefined;
      for (const i of idx) {
        const s = cols[i]![r];
        if (typeof s !== "number") continue;
        if (base === undefined || (after ? s > base : s < base)) base = s;
      }
      if (typeof v !== "number" || base === undefined) {
        t.empty++;
        return;
      }
      const g = (after ? v - base : base - v) / unitMs;
      const eps = 1e-9 * Math.max(1, Math.abs(v));
      if (g >= min - eps && g <= max + eps) t.held++;
      else t.broken++;
      if (g < t.gapMin) t.gapMin = g;
      if (g > t.gapMax) t.gapMax = g;
      if (t.gaps.length < GAPS_PER_CHUNK) t.gaps.push(g);
    },
    measured: (t) => `measured ${round(t.gapMin)}-${round(t.gapMax)}${isDate ? ` ${unit}` : ""}, median ${round(median(t.gaps))}; ${holds(t)}`,
  };
}

function boundsCheck(column: Column, self: number, atLeast: string[], atMost: string[], at: (n: string) => number): Check {
  const lo = atLeast.map(at);
  const hi = atMost.map(at);
  const text = [...atLeast.map((n) => `${n} <= ${column.name}`), ...atMost.map((n) => `${column.name} <= ${n}`)].join(", ");
  return {
    text: `${text} (${column.name} keeps its own distribution within these bounds)`,
    columns: [column.name, ...atLeast, ...atMost],
    row: (cols, r, t) => {
      const v = cols[self]![r];
      if (typeof v !== "number") {
        t.empty++;
        return;
      }
      let ok = true;
      let checkable = true;
      for (const i of lo) {
        const b = cols[i]![r];
        if (typeof b !== "number") checkable = false;
        else if (v < b) ok = false;
      }
      for (const i of hi) {
        const b = cols[i]![r];
        if (typeof b !== "number") checkable = false;
        else if (v > b) ok = false;
      }
      if (!ok) t.broken++;
      else if (!checkable) t.empty++;
      else t.held++;
    },
    measured: holds,
  };
}

function conditionalCheck(column: Extract<Column, { kind: "integer" | "number" | "category" }>, self: number, by: number): Check {
  const conditional = column.conditional!;
  const isCategory = column.kind === "category";
  const values = column.kind === "category" ? column.values : [];
  const cases =
    column.kind === "category"
      ? column.conditional!.cases.map((c) => `${c.value}: ${topWeight(values, c.weights)}`).join("; ")
      : column.conditional!.cases.map((c) => `${c.value}${c.mean !== undefined ? ` mean ${c.mean}` : ""}`).join("; ");
  return {
    text: `${column.name} depends on ${conditional.column} (${isCategory ? "weights" : "parameters"} by value: ${cases}); a relation between columns, not an effect on the target`,
    columns: [column.name, conditional.column],
    row: (cols, r, t) => {
      const v = cols[self]![r];
      const k = cols[by]![r];
      if (v === null || k === null || k === undefined) {
        t.empty++;
        return;
      }
      const key = String(k);
      let g = t.groups.get(key);
      if (!g) t.groups.set(key, (g = isCategory ? new Array<number>(values.length).fill(0) : [0, 0]));
      if (isCategory) {
        const j = values.indexOf(v as string);
        if (j >= 0) g[j]!++;
      } else if (typeof v === "number") {
        g[0]!++;
        g[1]! += v;
      }
      t.held++;
    },
    measured: (t) => {
      // The cases' order first (basic, premium, deluxe), then any other value seen.
      const listed = conditional.cases.map((c) => c.value).filter((v) => t.groups.has(v));
      const keys = [...listed, ...[...t.groups.keys()].filter((k) => !listed.includes(k)).sort()];
      if (isCategory) {
        return `measured most common value by ${conditional.column}: ${keys
          .map((k) => {
            const g = t.groups.get(k)!;
            const total = g.reduce((a, b) => a + b, 0);
            const j = g.indexOf(Math.max(...g));
            return `${k} -> ${values[j]} (${pct(total ? g[j]! / total : 0)})`;
          })
          .join(", ")}`;
      }
      return `measured mean by ${conditional.column}: ${keys.map((k) => `${k} ${round(t.groups.get(k)![1]! / t.groups.get(k)![0]!)}`).join(", ")}`;
    },
  };
}

function topWeight(values: readonly string[], weights: number[]): string {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const j = weights.indexOf(Math.max(...weights));
  return `mostly ${values[j]} (${Math.round((weights[j]! / total) * 100)}%)`;
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Checks each chunk (on any thread) for the card; `take()` hands over what changed, for RelationTotals. */
export class RelationCollector {
  private readonly checks: Check[];
  private tallies: RelationTally[];
  constructor(spec: DatasetSpec) {
    this.checks = relationChecks(spec);
    this.tallies = this.checks.map(emptyTally);
  }

  observe(columns: readonly Value[][], length: number): void {
    this.checks.forEach((check, c) => {
      const t = this.tallies[c]!;
      t.rows += length;
      for (let r = 0; r < length; r++) check.row(columns, r, t);
    });
  }

  take(): RelationTally[] {
    const out = this.tallies;
    this.tallies = this.checks.map(emptyTally);
    return out;
  }
}

/** A run's relation figures, merged from every collector's tallies in chunk order; `lines()` writes them for the card. */
export class RelationTotals {
  private readonly checks: Check[];
  private readonly totals: RelationTally[];
  constructor(private readonly spec: DatasetSpec) {
    this.checks = relationChecks(spec);
    this.totals = this.checks.map(emptyTally);
  }

  merge(deltas: readonly RelationTally[]): void {
    deltas.forEach((d, c) => {
      const t = this.totals[c]!;
      t.rows += d.rows;
      t.held += d.held;
      t.broken += d.broken;
      t.empty += d.empty;
      t.undefinedMath += d.undefinedMath;
      t.gapMin = Math.min(t.gapMin, d.gapMin);
      t.gapMax = Math.max(t.gapMax, d.gapMax);
      for (const g of d.gaps) if (t.gaps.length < GAPS_KEPT) t.gaps.push(g);
      for (const [k, g] of d.groups) {
        const into = t.groups.get(k);
        if (!into) t.groups.set(k, [...g]);
        else g.forEach((x, i) => (into[i]! += x));
      }
    });
  }

  /** One line per relation: the rule in words, then what the rows written show, and the rows mess broke. */
  lines(): string[] {
    const messy = new Set(this.spec.columns.filter((c) => (c.missing?.rate ?? 0) > 0 || ("outliers" in c && (c.outliers?.rate ?? 0) > 0) || ("typoRate" in c && (c.typoRate ?? 0) > 0)).map((c) => c.name));
    const duplicates = (this.spec.duplicates?.near ?? 0) > 0;
    return this.checks.map((check, c) => {
      const t = this.totals[c]!;
      const cause = check.columns.filter((n) => messy.has(n));
      const broken = t.broken > 0 ? `; broken on ${t.broken} rows${cause.length ? ` by injected mess in ${cause.join(", ")}` : duplicates ? " (near-duplicate rows change one value)" : ""}` : "";
      return `${check.text}: ${check.measured(t)}${broken}`;
    });
  }
}
