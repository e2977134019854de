import type { Column, Offset } from "../../spec/schema.js";
import { isNumeric, type PlannedColumn } from "./columns.js";
import { refersTo } from "./links.js";

/**
 * Pairs of columns whose names say which comes first, when the knowledge base did not
 * relate them: a request is completed after it was submitted, a unit arrives after the
 * alarm, a rental is returned after it starts (its length in days when one is listed),
 * a maximum salary is above the minimum. Without this the two are drawn apart and half
 * the rows run backwards.
 */

/** Words of a moment, by the stage of a process they name: a later stage comes after an earlier one. */
const STAGES: [number, RegExp][] = [
  [0, /^(?:created|creation|opened|submitted|submission|requested|request|reported|report|filed|filing|alarm|call|called|ordered|order|placed|purchase|purchased|booked|booking|reservation|reserved|applied|application|signup|sign|registered|registration|listed|listing|posted|issued|issue|hired|hire|enrolled|enrollment|admitted|admission|launch|launched|sent|incident|onset|diagnosis|diagnosed|invoice|invoiced|billed|bill|open|opening|entry|entered)$/],
  [1, /^(?:start|started|starting|begin|began|beginning|pickup|pick|dispatch|dispatched|shipped|ship|shipping|assigned|scheduled|departure|departed|kickoff|first|rental|checkin|check|boarding)$/],
  [2, /^(?:end|ended|ending|finish|finished|completed|completion|complete|closed|close|closing|resolved|resolution|returned|return|delivered|delivery|arrival|arrived|checkout|out|discharge|discharged|dropoff|drop|deadline|due|expiry|expiration|expires|expired|cancelled|canceled|cancellation|terminated|termination|last|sold|paid|payment|approved|approval|decision|repaired|fixed|settled|settlement|graduated|graduation|left|exit|exited|churned|renewal)$/],
];

const DATE_KINDS = new Set(["date", "datetime"]);

function stageOf(name: string): number | undefined {
  const words = name.split("_").filter((w) => !/^(?:date|time|datetime|timestamp|at|on|of|the|day|utc|local)$/.test(w));
  // "check in" / "check out", "pick up" / "drop off": the second word decides.
  const joined = words.join(" ");
  if (/\bcheck in\b|\bcheckin\b/.test(joined)) return 1;
  if (/\bcheck out\b|\bcheckout\b|\bdrop off\b/.test(joined)) return 2;
  for (const w of [...words].reverse()) for (const [stage, re] of STAGES) if (re.test(w)) return stage;
  return undefined;
}

/** The length listed beside a pair, as days: "rental days", "campaign length in days", "duration minutes", "nights". */
function durationOf(items: PlannedColumn[]): { name: string; perDay: number } | undefined {
  for (const p of items) {
    const c = p.column;
    if (!isNumeric(c)) continue;
    const n = c.name;
    if (!/(?:^|_)(?:duration|length|days|nights|hours|minutes|mins|weeks|term)(?:_|$)|^(?:hours|minutes|days|nights)_\w+|_(?:parked|taken|spent|stayed)$/.test(n) || /(?:^|_)(?:per|each|avg|average|until|since|before|after|late|overdue|early|remaining|left|labor|labour|work|worked|billable|practice|study|training|volunteer|overtime|active|sleep|screen|watch|driving|flight|flying|logged)(?:_|$)/.test(n)) continue;
    const perDay = /(?:^|_)minutes?(?:_|$)|_mins?$/.test(n) ? 1 / 1440 : /(?:^|_)hours?(?:_|$)|_hrs?$/.test(n) ? 1 / 24 : /(?:^|_)weeks?(?:_|$)/.test(n) ? 7 : /(?:^|_)(?:days?|nights?)(?:_|$)/.test(n) ? 1 : undefined;
    if (perDay !== undefined) return { name: n, perDay };
  }
  return undefined;
}

/** A usual gap from the earlier to the later moment, by the words of the later one. */
function gapFor(earlier: Column, later: Column): Pick<Offset, "gap" | "unit"> {
  const l = later.name;
  const bothTimes = earlier.kind === "datetime" && later.kind === "datetime";
  if (bothTimes && /arriv|on_scene|dispatch|respon/.test(l)) return { gap: { min: 1, max: 60, distribution: "lognormal", median: 8 }, unit: "minutes" };
  if (bothTimes && /(?:^|_)shift(?:_|$)/.test(l)) return { gap: { min: 3, max: 14, distribution: "normal", median: 8.5, sd: 1.5 }, unit: "hours" };
  if (bothTimes && /(?:^|_)(?:end|ended|finish|finished|checkout|out|drop|dropoff)(?:_|$)/.test(l)) return { gap: { min: 0.25, max: 12, distribution: "lognormal", median: 1.5 }, unit: "hours" };
  if (/deadline|due|expir|renewal/.test(l)) return { gap: { min: 7, max: 365, distribution: "lognormal", median: 30 }, unit: "days" };
  if (bothTimes) return { gap: { min: 0.1, max: 72, distribution: "lognormal", median: 4 }, unit: "hours" };
  return { gap: { min: 0, max: 120, distribution: "lognormal", median: 5 }, unit: "days" };
}

function linkMoments(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  const moments = items
    .filter((p) => DATE_KINDS.has(p.column.kind) && p !== target)
    .map((p) => ({ p, stage: stageOf(p.column.name) ?? (/(?:^|_)received(?:_|$)/.test(p.column.name) ? 0 : undefined) }))
    .filter((m): m is { p: PlannedColumn; stage: number } => m.stage !== undefined);
  // "received date, completed date": a repair is received first, unless something was shipped to be received.
  const received = moments.find((m) => /(?:^|_)received(?:_|$)/.test(m.p.column.name));
  if (received && !moments.some((m) => /(?:^|_)(?:shipped|ship|sent|dispatched|mailed)(?:_|$)/.test(m.p.column.name))) received.stage = 0;
  else if (received) received.stage = 2;
  const duration = durationOf(items);
  // "drop-off date, pickup date" at a repair shop, "pickup time, drop-off time" of a ride: the order listed decides.
  const pick = moments.find((m) => /(?:^|_)pick(?:_?up)?(?:_|$)/.test(m.p.column.name));
  const drop = moments.find((m) => /(?:^|_)drop(?:_?off)?(?:_|$)/.test(m.p.column.name));
  if (pick && drop && items.indexOf(drop.p) < items.indexOf(pick.p)) {
    [drop.stage, pick.stage] = [1, 2];
    // A ride's drop-off follows its pickup (the knowledge base says so); a repair shop's pickup follows the drop-off.
    const { offset, ...rest } = drop.p.column as Column & { offset?: { columns: string[] } };
    if (offset?.columns.includes(pick.p.column.name)) drop.p.column = rest as Column;
  }
  for (const later of moments) {
    const c = later.p.column as Column & { offset?: unknown; after?: unknown };
    if (c.offset || c.after) continue;
    // The nearest earlier stage: "completed" follows "started" when both are listed, else "submitted".
    const earlier = moments.filter((m) => m.stage < later.stage && m.p !== later.p).sort((a, b) => b.stage - a.stage)[0];
    if (!earlier) continue;
    // Never a loop: the earlier one may not already be placed after the later one.
    const e = earlier.p.column as Column & { offset?: { columns: string[] }; after?: { column: string } };
    if (e.offset?.columns.includes(c.name) || e.after?.column === c.name) continue;
    if (duration && later.stage === 2) {
      const type = later.p.column.kind === "datetime" ? "datetime" : "date";
      const scale = duration.perDay === 1 ? "" : ` * ${duration.perDay === 7 ? "7" : `(1 / ${Math.round(1 / duration.perDay)})`}`;
      later.p.column = { name: c.name, kind: "formula", expression: `addDays(${earlier.p.column.name}, ${duration.name}${scale})`, type } as Column;
      continue;
    }
    later.p.column = { ...c, offset: { columns: [earlier.p.column.name], direction: "after", ...gapFor(earlier.p.column, c) } } as Column;
  }
}

const LOW = /^(?:min|minimum|lowest|low|starting|base|floor)_(.+)$/;
const HIGH = /^(?:max|maximum|highest|high|top|ceiling|cap)_(.+)$/;

/** "min salary" and "max salary": the maximum sits above the minimum, on the same scale. */
function linkRanges(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  for (const high of items) {
    const h = HIGH.exec(high.column.name);
    if (!h || !isNumeric(high.column)) continue;
    const low = items.find((p) => p !== high && isNumeric(p.column) && LOW.exec(p.column.name)?.[1] === h[1]);
    if (!low || low === target) continue;
    const l = low.column as Column & { mean?: number; offset?: unknown; bounds?: unknown; effects?: unknown };
    const c = high.column as Column & { mean?: number; offset?: unknown; bounds?: unknown; effects?: unknown };
    if (c.offset || c.bounds || l.offset) continue;
    // A range's ends are in proportion (a posted salary band runs about 1.2-1.6 times its floor):
    // the target keeps its own shape and effects and the other end follows it.
    const decimals = (high.column as { decimals?: number }).decimals ?? (high.column.kind === "integer" ? 0 : 2);
    const type = high.column.kind === "integer" ? "integer" : "number";
    const positive = ((l as { min?: number }).min ?? -1) >= 0 && ((c as { min?: number }).min ?? -1) >= 0 && !/temp|degree|elevation|altitude/.test(h[1]!);
    if (positive && high === target) low.column = { name: low.column.name, kind: "formula", expression: `round(${high.column.name} * uniform(0.6, 0.85), ${decimals})`, type, decimals, min: 0 } as Column;
    else if (positive) high.column = { name: high.column.name, kind: "formula", expression: `round(${low.column.name} * uniform(1.2, 1.6), ${decimals})`, type, decimals, min: 0 } as Column;
    else if (high !== target) {
      // A temperature or a height above sea level: the top sits a few units above the bottom.
      const { effects: _e, ...shape } = l;
      const spread = Math.abs((shape as { sd?: number }).sd ?? 1);
      high.column = { ...shape, name: c.name, offset: { columns: [low.column.name], direction: "after", gap: { min: 0, max: spread * 3, distribution: "lognormal", median: spread } } } as Column;
    }
  }
}

/** People counted in a row never exceed the room's capacity: attendees, guests, passengers, occupants. */
function linkCapacity(items: PlannedColumn[]): void {
  const capacity = items.find((p) => isNumeric(p.column) && /(?:^|_)capacity(?:_|$)|^(?:max|maximum)_(?:guests|occupancy|people|attendees|seats)/.test(p.column.name));
  if (!capacity) return;
  for (const p of items) {
    if (p === capacity || !isNumeric(p.column)) continue;
    if (!/(?:^|_)(?:attendees|attendance|guests|passengers|occupants|participants|people|riders|visitors|headcount|seated|party_size|group_size)(?:_|$)/.test(p.column.name)) continue;
    const c = p.column as Column & { bounds?: { atMost?: string[] } };
    if (c.bounds) continue;
    p.column = { ...c, bounds: { atMost: [capacity.column.name] } } as Column;
  }
}

/** A household holds its children and an adult: "household size" > "children in household". */
function linkMembers(items: PlannedColumn[]): void {
  const whole = items.find((p) => isNumeric(p.column) && /^(?:household|family|party|group|team|class|crew)_size$|^(?:household|family)_members$|^people_in_(?:household|party|group)$/.test(p.column.name));
  // The knowledge base may already place the whole above its parts (a household is its children and at least one adult).
  if (!whole || (whole.column as { offset?: unknown }).offset) return;
  const part = items.find((p) => p !== whole && p.column.kind === "integer" && !(p.column as { bounds?: unknown }).bounds && /(?:^|_)(?:children|kids|minors|infants|dependents|dependants)(?:_|$)/.test(p.column.name));
  // The household is its children and at least one adult, mostly one or two.
  if (part) whole.column = { ...whole.column, offset: { columns: [part.column.name], direction: "after", gap: { min: 1, max: 6, distribution: "lognormal", median: 1.6 } } } as Column;
}

/** Years of something a person has done, and the age they start it at: nobody has more experience than their years since then. */
const YEARS_OF = /^(?:years_(?:as_\w+|of_experience(?:_\w+)?|experience(?:_\w+)?|playing|driving|licensed|employed|of_service|in_\w+|at_\w+|coaching|teaching|competing|pro|professional|on_tour)|(?:tenure|experience|service|playing|driving)_years|years_since_(?:licensed|hired|joining))$/;

/**
 * Run after the effects are set: years that drive something (salary follows experience) keep their
 * shape and stay at most the age; years that drive nothing become a share of the years since the start age.
 */
export function linkYearsToAge(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  const age = items.find((p) => isNumeric(p.column) && /^(?:age|\w+_age|age_years)$/.test(p.column.name) && !/(?:car|vehicle|home|house|building|account|machine|equipment|tree|pet|dog|cat|meter|elevator|asset)_age$/.test(p.column.name));
  if (!age) return;
  for (const p of items) {
    const c = p.column as Column & { offset?: unknown; bounds?: unknown };
    if (p === target || p === age || !isNumeric(c) || c.offset || c.bounds || !YEARS_OF.test(c.name)) continue;
    if (refersTo(age.column, c.name, items)) continue;
    const drives = items.some((q) => ((q.column as { effects?: { column: string }[] }).effects ?? []).some((e) => e.column === c.name));
    if (drives) {
      p.column = { ...c, bounds: { atMost: [age.column.name] } } as Column;
      continue;
    }
    const start = /driving|licensed/.test(c.name) ? 16 : /pro|playing|competing|on_tour|professional/.test(c.name) ? 15 : 18;
    const type = c.kind === "integer" ? "integer" : "number";
    p.column = { name: c.name, kind: "formula", expression: `round(max(0, ${age.column.name} - ${start}) * uniform(0.05, 0.85)${type === "integer" ? "" : ", 1"})`, type, ...(type === "number" ? { decimals: 1 } : {}), min: 0 } as Column;
  }
}

/** Steps of a funnel, in order: an email is opened before its link is clicked, clicked before a form is filled. */
const FUNNEL: RegExp[] = [
  /^(?:opened|opened_email|email_opened|viewed|saw_ad|delivered|visited)$/,
  /^(?:clicked|clicked_the_link|clicked_link|link_clicked|clicked_ad|clicked_through|added_to_cart)$/,
  /^(?:entered_credentials|submitted_credentials|entered_password|submitted_form|signed_up|purchased|converted|checked_out|bought)$/,
];

/** A later step happens only to rows that took the earlier one; among those, at its own share. */
function linkFunnel(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  const steps = FUNNEL.map((re) => items.find((p) => p.column.kind === "boolean" && re.test(p.column.name)));
  for (let i = 1; i < steps.length; i++) {
    const later = steps[i];
    const earlier = steps.slice(0, i).reverse().find(Boolean);
    if (!later || !earlier || later === target || (later.column as { effects?: unknown[] }).effects?.length) continue;
    const p = (c: Column) => ((c as { rate?: number; probability?: number }).rate ?? (c as { probability?: number }).probability ?? 0.3);
    const share = Math.min(0.95, Math.max(0.02, p(later.column) / Math.max(0.05, p(earlier.column))));
    later.column = { name: later.column.name, kind: "formula", expression: `${earlier.column.name} and uniform(0, 1) < ${Math.round(share * 100) / 100}`, type: "boolean" } as Column;
  }
}

export function linkOrderedPairs(items: PlannedColumn[], target: PlannedColumn | undefined): void {
  linkMoments(items, target);
  linkRanges(items, target);
  linkCapacity(items);
  linkMembers(items);
  linkFunnel(items, target);
}
