import type { DatasetSpec, DatasetTable, LookupColumn, ReferenceColumn, RollupColumn } from "../../spec/datasetSchema.js";
import type { Column, Effect } from "../../spec/schema.js";
import { parseSpec } from "../../spec/validate.js";
import type { PlanResult } from "../planner.js";
import { planColumn, type PlannedColumn } from "./columns.js";
import { type EntityPlan, type EntityTable } from "./entities.js";
import { ENTITY_MODULES } from "./knowledge/entities/index.js";
import type { EntityKnowledge } from "./knowledge/entityTypes.js";
import { applyLinks, driverEffects, linkedDrivers, SOURCE_KINDS } from "./links.js";
import { applyMess, type MessRequest } from "./mess.js";
import { linkNames, untitledNames } from "./names.js";
import { featurePolarity, guessedSign, outcomePolarity } from "./polarity.js";
import { bareNoun } from "./nounEntities.js";
import { singularOf } from "./knowledge/entities/nouns.js";
import { rootOnOutcome } from "./outcomeRoot.js";
import { applyRelations } from "./relations.js";
import { priceByItem } from "./itemPrice.js";

/**
 * A multi-table spec from the tables entities.ts found: each table's columns planned
 * from its column phrases by the one-table planner's reader (planColumn, relations,
 * links), a key, a reference to its parent (its foreign key) and to the tables of
 * their own rows it joins, lookups (unit price from products), rollups on the parent
 * (order_count, total), time order (an order after its customer signed up), and an
 * outcome the description asks for on the root, driven by a count of child rows.
 */

interface BuiltTable {
  table: EntityTable;
  items: PlannedColumn[];
  columns: Column[];
  references: ReferenceColumn[];
  lookups: LookupColumn[];
  rollups: RollupColumn[];
  /** A derived label the user's own name column took the place of ("name" of a brewery is its company name). */
  labelled?: string | undefined;
}

/** Quantifiers and verbs around an outcome: "some customers churn", "flag which patients get readmitted". */
const OUTCOME_NOISE = /\b(some|a few|few|many|most|several|of them|which|who|that|whether|if|flag|flags|mark|label|predict|predicting|prediction|will|eventually|later|end up|ends up|also|and|the|a|an|their|they|them)\b/gi;

export function planTables(asked: EntityPlan, context: { original: string; subject: string; domain?: string | undefined; mess: MessRequest }): PlanResult {
  const plan = rootOnOutcome(asked);
  const warnings = [...plan.warnings];
  const built = plan.tables.map((t) => buildTable(t, warnings));
  const byEntity = new Map(built.map((b) => [b.table.entity.id, b]));
  // Children first: a parent's rollup may sum a child's own rollup (total_spent over orders.order_total).
  for (const b of [...built].reverse()) relate(b, byEntity);
  const position = (table: string) => plan.tables.findIndex((t) => t.entity.table === table);
  const mention = (table: string) => plan.tables.find((t) => t.entity.table === table)?.mention ?? -1;
  for (const b of built) b.rollups.sort((x, y) => position(x.table) - position(y.table));
  // The outcome follows the child table the description names first.
  built[0]!.rollups.sort((x, y) => (mention(x.table) < 0 ? 99 : mention(x.table)) - (mention(y.table) < 0 ? 99 : mention(y.table)));
  const root = built[0]!;
  const target = chooseOutcome(plan, built, context, warnings);
  if (target) driveTarget(root, target, warnings);
  for (const b of built) b.columns = b.items.map((p) => p.column);
  for (const b of built) {
    linkNames(b.columns);
    untitledNames(b.columns, b.items.map((p) => p.facts.phrase));
  }

  const section = (b: BuiltTable) => ({
    ...(b.references.length ? { references: b.references } : {}),
    ...(b.lookups.length ? { lookups: b.lookups } : {}),
    ...(b.rollups.length ? { rollups: b.rollups } : {}),
  });
  const tables: DatasetTable[] = built.slice(1).map((b) => {
    const t = b.table;
    const parent = t.parent ? { table: plan.tables.find((x) => x.entity.id === t.parent!.parent)!.entity.table, count: t.parent.count } : undefined;
    return { name: t.entity.table, ...(t.own ? { rows: t.entity.rows! } : { parent: parent! }), columns: b.columns, ...section(b) };
  });
  const spec: DatasetSpec = applyMess(
    {
      version: 1,
      title: titleOf(context.subject, built),
      domain: context.domain ?? root.table.entity.domain,
      description: context.original.slice(0, 2000),
      table: root.table.entity.table,
      columns: root.columns,
      ...(target ? { target: target.column.name } : {}),
      ...section(root),
      tables,
    },
    context.mess,
    warnings,
  );
  return { spec: parseSpec(spec), warnings };
}

function buildTable(t: EntityTable, warnings: string[]): BuiltTable {
  const e = t.entity;
  const items: PlannedColumn[] = [];
  const used = new Set<string>([e.key.name]);
  const key: Column = { name: e.key.name, kind: "id", format: e.key.format, ...(e.key.prefix ? { prefix: e.key.prefix } : {}), ...(e.key.start ? { start: e.key.start } : {}) };
  items.push({ column: key, facts: { text: e.key.name, words: [] } as unknown as PlannedColumn["facts"], outcomeRank: 0, known: true });
  let labelled: string | undefined;
  // The reader completes a column's name by the subject's nouns with a trailing "s" cut ("lessons": lesson length); "classes" and "breweries" need their singular said.
  const one = singularOf(e.names[0]!);
  const subject = one === e.names[0]!.replace(/(?<=[^s])s$/, "") ? e.names[0]! : `${e.names[0]} ${one}`;
  for (const phrase of t.columns ?? e.columns) {
    const item = planColumn(phrase, e.domain, subject);
    // "customer id" listed for customers is the key; an id of another table is its reference.
    if (item.column.kind === "id" || used.has(item.column.name)) continue;
    // A thing's "name" or "title" the user lists is the thing's label (a brewery's company name, a recipe's dish), not a person's name or job title.
    const label = t.columns && /^(?:name|title)$/.test(item.column.name) && !labelled ? e.derived?.find((d) => /_(?:name|title|label|model|address)$/.test(d.name)) : undefined;
    if (label) {
      item.column = { ...label, name: item.column.name } as Column;
      item.known = true;
      labelled = label.name;
    }
    if (!item.known) warnings.push(`guessed: ${e.table}.${item.column.name}, check it`);
    item.column = humanNumbers(item.column);
    used.add(item.column.name);
    items.push(item);
  }
  priceByItem(items);
  applyRelations(items);
  applyLinks(items);
  return { table: t, items, columns: [], references: [], lookups: [], rollups: [], labelled };
}

/** A mean or sd as a person writes it: 3.4, not 3.444444444444444 (a range rescaled from the knowledge base's). */
function humanNumbers(c: Column): Column {
  if (c.kind !== "integer" && c.kind !== "number") return c;
  const round = (x: number | undefined) => (x === undefined || Math.round(x * 100) / 100 === x ? x : Number(x.toPrecision(2)));
  const n = c as Column & { mean?: number; sd?: number };
  return { ...c, ...(n.mean !== undefined ? { mean: round(n.mean) } : {}), ...(n.sd !== undefined ? { sd: round(n.sd) } : {}) } as Column;
}

const plannedNames = (b: BuiltTable) => new Set([...b.items.map((p) => p.column.name), ...b.references.map((r) => r.name), ...b.lookups.map((l) => l.name), ...b.rollups.map((r) => r.name)]);

/** Keys, lookups, derived columns, rollups and time order between a table and its parent and the tables it references. */
function relate(b: BuiltTable, byEntity: Map<string, BuiltTable>): void {
  const t = b.table;
  const edge = t.parent;
  const parent = edge ? byEntity.get(edge.parent) : undefined;
  if (edge && parent) {
    const keyName = parent.table.entity.key.name;
    b.references.push({ name: keyName, table: parent.table.entity.table });
    const childDate = dateColumn(b, t.entity.date);
    const parentDate = dateColumn(parent, parent.table.entity.date);
    if (edge.after && childDate && parentDate) placeAfter(b, childDate, parent, parentDate, keyName, edge.after);
  }
  if (edge && parent && !edge.after) afterStart(b, parent, parent.table.entity.key.name);
  for (const ref of t.references) {
    const other = byEntity.get(ref.to);
    if (!other) continue;
    const name = other.table.entity.key.name;
    if (plannedNames(b).has(name)) continue;
    b.references.push({ name, table: other.table.entity.table, popularity: ref.popularity, ...(ref.skew !== undefined ? { skew: ref.skew } : {}) });
    afterStart(b, other, name);
    for (const l of ref.lookups ?? []) {
      if (other.items.some((p) => p.column.name === l.column) && !plannedNames(b).has(l.name)) b.lookups.push({ name: l.name, reference: name, column: l.column, description: l.description, ...(l.hidden ? { hidden: true } : {}) });
    }
  }
  for (const d of t.entity.derived ?? []) {
    if (d.name === b.labelled) continue;
    const inputs = d.kind === "formula" ? (d.expression.match(/[a-z_][a-z0-9_]*/g) ?? []) : [];
    const names = plannedNames(b);
    if (inputs.every((i) => names.has(i)) && !names.has(d.name)) b.items.push({ column: d, facts: { text: d.name, words: [] } as unknown as PlannedColumn["facts"], outcomeRank: 0, known: true });
  }
  if (edge && parent) {
    for (const r of edge.rollups) {
      const names = plannedNames(b);
      if (r.column !== undefined && !names.has(r.column)) continue;
      if (plannedNames(parent).has(r.name)) continue;
      parent.rollups.push({ ...r, table: t.entity.table });
    }
  }
}

/** A date that starts a row's life: a member joins, a courier is hired, a production opens. */
const START_DATE = /(?:^|_)(?:join|joined|joining|signup|sign_up|created|registration|registered|hire|hired|opening|open|start|founded|listed|enrolled|enrollment|member_since|since|launch|launched)(?:_|$)/;

/**
 * Without a relation the knowledge base knows, a row's first date still comes after the start of the
 * row it belongs to or names: a booking after its member joined, a delivery after its courier was hired.
 */
function afterStart(b: BuiltTable, other: BuiltTable, key: string): void {
  const childDate = b.items.find((p) => p.column.kind === "date" && p.column.after === undefined && p.column.offset === undefined && !START_DATE.test(p.column.name));
  const start = other.items.find((p) => p.column.kind === "date" && START_DATE.test(p.column.name));
  if (childDate && start) placeAfter(b, childDate, other, start, key, { minDays: 0, maxDays: 720 });
}

/** The child's date falls a gap after the other row's date, read through a hidden lookup on the key. */
function placeAfter(b: BuiltTable, childDate: PlannedColumn, other: BuiltTable, otherDate: PlannedColumn, key: string, gap: { minDays?: number; maxDays?: number }): void {
  const name = `${singular(other.table.entity)}_${otherDate.column.name}`.slice(0, 64);
  if (plannedNames(b).has(name)) return;
  b.lookups.push({ name, reference: key, column: otherDate.column.name, hidden: true });
  childDate.column = { ...childDate.column, after: { column: name, minDays: gap.minDays, maxDays: gap.maxDays } } as Column;
}

/** The table's date column for time order: a plain date (not a datetime, not already ordered). */
function dateColumn(b: BuiltTable, name: string | undefined): PlannedColumn | undefined {
  if (!name) return undefined;
  const item = b.items.find((p) => p.column.name === name);
  return item && item.column.kind === "date" && item.column.after === undefined && item.column.offset === undefined ? item : undefined;
}

function singular(e: EntityKnowledge): string {
  return e.key.name.replace(/_id$/, "");
}

/**
 * The outcome the description asks for: a phrase that is an outcome once its entity and
 * quantifier words are gone ("some customers churn": churn), "predict X" in the subject,
 * or a stated rate ("10% churn"). On the root it is the target; on another table a column there.
 */
function chooseOutcome(plan: EntityPlan, built: BuiltTable[], context: { subject: string; mess: MessRequest }, warnings: string[]): PlannedColumn | undefined {
  const root = built[0]!;
  const asks: { words: string; on: BuiltTable; rate?: number }[] = [];
  for (const r of plan.rest) {
    // "whether the patient no-showed" reads as the one-table planner reads it; "some members stop borrowing" without its quantifier and entity.
    const said = r.phrase.replace(/^(?:with|and|also|plus)\s+/i, "");
    let words = /^(?:whether|if)\b/i.test(said) ? said.replace(/^(?:whether|if)\s+/i, "") : said;
    if (words === said) {
      // The sentence's subject only: "some members stop borrowing" keeps "borrowing" though loans are also called borrowings.
      for (const e of r.entities.slice(0, 1)) for (const n of [...e.names].sort((a, b) => b.length - a.length)) words = words.replace(new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "gi"), " ");
      words = words.replace(OUTCOME_NOISE, " ").replace(/\s+/g, " ").trim();
    }
    const on = built.find((b) => r.entities.includes(b.table.entity)) ?? root;
    if (bareNoun(r.phrase)) warnings.push(`left out "${r.phrase}": nothing says how it relates to the other tables; say it, e.g. "${r.phrase.replace(/^(?:and|with)\s+/i, "")} of ${root.table.entity.table.replace(/_/g, " ")}", to make a table of it`);
    else if (words) asks.push({ words, on });
    else warnings.push(`ignored "${r.phrase}": no column or outcome in it`);
  }
  const predicted = /\bpredict(?:ing)?\s+(?:whether\s+|if\s+|the\s+)?([a-z ]+?)$|\b([a-z]+) prediction\b/i.exec(context.subject);
  if (predicted) asks.unshift({ words: (predicted[1] ?? predicted[2])!, on: root });
  for (const rate of context.mess.rates) if (!/^(missing|outliers?)$/.test(rate.word)) asks.push({ words: rate.word.replace(/^(is|was)\s+/, ""), on: root, rate: rate.rate });

  let target: PlannedColumn | undefined;
  for (const ask of asks) {
    const item = planColumn(`whether ${ask.words}`, ask.on.table.entity.domain);
    if (item.column.kind !== "boolean" && !item.concept?.outcome) {
      warnings.push(`ignored "${ask.words}": read as neither a column list nor an outcome; list a table's columns in parentheses, e.g. "customers (name, email, age)"`);
      continue;
    }
    if (plannedNames(ask.on).has(item.column.name)) {
      // "some customers churn" and "10% churn": one outcome, the rate from the second.
      const same = ask.on.items.find((p) => p.column.name === item.column.name);
      if (same && same === target && ask.rate !== undefined && same.column.kind === "boolean") same.column = { ...same.column, probability: ask.rate, rate: ask.rate };
      continue;
    }
    item.column = { ...item.column, name: readableOutcome(item.column.name) };
    if (item.column.kind === "boolean") {
      const rate = ask.rate ?? item.facts.rate ?? item.column.probability ?? 0.3;
      item.column = { ...item.column, probability: rate, rate };
    }
    ask.on.items.push(item);
    if (ask.on === root && !target) target = item;
    // The spec's target and the card's signal check are the root table's; an outcome of a child row stays a column of its table.
    else if (ask.on !== root) warnings.push(`${ask.on.table.entity.table}.${item.column.name} is an outcome of each ${singular(ask.on.table.entity).replace(/_/g, " ")}, not of ${root.table.entity.table}: the target and the signal check are for the first table (${root.table.entity.table}) only, so it is a column of ${ask.on.table.entity.table} with no target set; a model of it joins ${root.table.entity.table} to ${ask.on.table.entity.table}`);
  }
  return target;
}

/** Past-tense verbs that do not add -ed. */
const IRREGULAR: Record<string, string> = { quits: "quit", quit: "quit", leaves: "left", leave: "left", stop: "stopped", stops: "stopped", drops: "dropped", drop: "dropped", gets: "got", falls: "fell", makes: "made", takes: "took", goes: "went", buys: "bought", pays: "paid", wins: "won", loses: "lost" };

/** An outcome's name as a learner writes it: "stop_borrowing" -> stopped_borrowing, "no_showed" -> no_show, "quits" -> quit, "cancels_their_membership" -> cancelled_membership. */
export function readableOutcome(name: string): string {
  const tokens = name.split("_").filter((t) => !["their", "the", "his", "her", "its", "with"].includes(t));
  if (tokens.length === 0) return name;
  const first = tokens[0]!;
  if (first === "no" && tokens.length === 2 && /ed$/.test(tokens[1]!)) return `no_${tokens[1]!.replace(/ed$/, "")}`;
  if (IRREGULAR[first]) tokens[0] = IRREGULAR[first];
  else if (/[^su]s$/.test(first) && first.length > 3 && tokens.length <= 3) tokens[0] = first.replace(/(?:(?<=[sxz]|ch|sh)es|s)$/, "").replace(/e$/, "") + (/[^aeiou][aeiou]l$/.test(first.slice(0, -1)) ? "led" : "ed");
  return tokens.join("_");
}

/** The target depends on how many child rows the root row has (the signal appears after a join and a group-by), and on the root's own drivers. */
function driveTarget(root: BuiltTable, target: PlannedColumn, warnings: string[]): void {
  // Only the drivers the knowledge base signs: the count of child rows stands in for targetEffects' unsigned fill-ins.
  const features = root.items.filter((p) => p !== target && p.column.kind !== "id" && SOURCE_KINDS.has(p.column.kind));
  const own = driverEffects([...(target.concept?.drivers ?? []), ...linkedDrivers(target.concept?.id)], features);
  const count = root.rollups.find((r) => r.function === "count");
  const effects: Effect[] = [...own];
  if (count) {
    const name = target.column.name.toLowerCase();
    const tokens = name.split("_");
    const known = ENTITY_MODULES.flatMap((m) => m.outcomes ?? []).find((o) => o.words.some((w) => name === w.replace(/\s+/g, "_") || tokens.includes(w)));
    // No entity module signs it: child rows of friction (complaints, missed payments) raise an adverse outcome;
    // other child rows are activity (orders, loans, visits), which keeps a customer and lowers it.
    const sign = known ? 1 : guessedSign(target.column.name, count.table) || outcomePolarity(target.column.name) || 1;
    // The entity modules' signs are for child rows of activity: rows of friction turn them around.
    const weight = known ? (featurePolarity(count.table) < 0 ? -known.weight : known.weight) : 0.8 * sign;
    if (!known && guessedSign(target.column.name, count.table) === 0 && outcomePolarity(target.column.name) === 0) warnings.push(`${target.column.name} was made more likely with more ${count.table} per ${singular(root.table.entity)}: the knowledge base has no sign for it; say e.g. "${target.column.name} is less likely with more ${count.table}" in a spec effect to change it`);
    effects.unshift({ column: count.name, weight });
    // A model learns it only after the join: the root's rollups are worked out but not written.
    for (const r of root.rollups) r.hidden = true;
    warnings.push(`${target.column.name} depends on ${count.name} (${count.table} per ${singular(root.table.entity)}: ${weight < 0 ? "more likely with fewer" : "more likely with more"}); ${root.rollups.map((r) => r.name).join(", ")} ${root.rollups.length === 1 ? "is" : "are"} not written, so the signal appears after joining ${count.table} to ${root.table.entity.table} and grouping by ${root.table.entity.key.name}`);
  }
  if (effects.length > 0) target.column = { ...target.column, effects: effects.slice(0, 8) } as Column;
}

function titleOf(subject: string, built: BuiltTable[]): string {
  const cleaned = subject
    .replace(/^(please\s+)?(generate|create|make|give me|build|i need|i want|simulate)\s+/i, "")
    .replace(/^(a|an|the|some)\s+/i, "")
    .replace(/\b(synthetic|fake|sample|mock)\s+/gi, "")
    .replace(/\b(dataset|data set|database|tables?|csv)\s*(of|for|about)?\s*/gi, "")
    .replace(/\bpredict(ing)?\b.*$/i, "")
    .replace(/[\s,:;]+$/, "")
    .trim();
  const names = built.filter((b) => !b.table.added).sort((a, b) => a.table.mention - b.table.mention).map((b) => b.table.entity.table.replace(/_/g, " "));
  const title = cleaned || `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return (title.charAt(0).toUpperCase() + title.slice(1)).slice(0, 120);
}
