import { argIssues, getCatalogEntry, nearestCatalogId } from "../../catalog/catalog.js";
import { SynthdataError, formatIssues } from "../../errors.js";
import { generationOrder } from "../../spec/dependencies.js";
import type { Column, DatasetSpec, TextColumn } from "../../spec/schema.js";
import { checkTextColumn } from "../../spec/textColumn.js";
import { parseSpecDate } from "../../spec/dates.js";
import { checkSpec } from "../../spec/validate.js";
import { guessColumn } from "../offline/guessColumn.js";
import { repairTables } from "./repairTables.js";
import { dropRelationOn, repairRelationReferences, trimSharedVariant } from "./repairRelations.js";

/**
 * Local repairs of a model's spec, so that one API call is enough: each fix a
 * model's near miss would otherwise turn into an error (an unknown faker method,
 * weights that do not match the values, min above max, an effect on a column
 * that does not exist) is made here and reported as a warning. What cannot be
 * fixed drops the column; a spec with no column left is an error.
 */

type Col = Record<string, unknown>;

const NUMERIC = new Set(["integer", "number"]);
const DATES = new Set(["date", "datetime"]);
const TEXT = new Set(["faker", "category", "derived", "id"]);
const EFFECT_SOURCES = new Set(["integer", "number", "boolean", "category"]);
const TARGETS = new Set(["boolean", "category", "integer", "number"]);
const WITH_EFFECTS = new Set(["category", "integer", "number", "boolean"]);
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Fallback when a derived column cannot be built from the row: the same kind of value, unmatched. */
const DERIVED_FALLBACK = new Map([
  ["email", "internet.email"],
  ["username", "internet.username"],
  ["full_name", "person.fullName"],
  ["product_name", "commerce.productName"],
]);

export interface RepairResult {
  spec: DatasetSpec;
  warnings: string[];
}

/**
 * Repairs and validates a spec candidate (already through `fromWire`). Throws
 * UNINTERPRETABLE_DESCRIPTION when no usable column is left, OPENAI_BAD_RESPONSE
 * when the spec still fails validation after the repairs.
 */
export function repairSpec(candidate: Record<string, unknown>, noColumnsMessage: string): RepairResult {
  if (Array.isArray(candidate["tables"]) && candidate["tables"].length > 0) {
    return repairTables(candidate, (one) => repairOneTable(one, noColumnsMessage), noColumnsMessage);
  }
  // One table: relation fields have nothing to relate to.
  const warnings: string[] = [];
  const { tables: _t, table: _name, ...rest } = candidate;
  for (const field of ["references", "lookups", "rollups"]) {
    const list = rest[field];
    if (Array.isArray(list) && list.length > 0) warnings.push(`dropped the model's ${field} (${list.length}): they relate tables, and the answer has one table`);
    delete rest[field];
  }
  const result = repairOneTable(rest, noColumnsMessage);
  return { spec: result.spec, warnings: [...warnings, ...result.warnings] };
}

/** The one-table repairs: every column, then the dataset fields, validated. */
function repairOneTable(candidate: Record<string, unknown>, noColumnsMessage: string): RepairResult {
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const spec: Record<string, unknown> = { ...candidate };

  spec["title"] = text(spec["title"], 120) || "Synthetic dataset";
  spec["domain"] = text(spec["domain"], 60) || "general";
  const description = text(spec["description"], 2000);
  if (description) spec["description"] = description;
  else delete spec["description"];

  const rawColumns = Array.isArray(spec["columns"]) ? spec["columns"].filter(isRecord) : [];
  if (rawColumns.length > 200) warn(`the model proposed ${rawColumns.length} columns; kept the first 200`);
  const used = new Set<string>();
  let columns: Col[] = [];
  rawColumns.slice(0, 200).forEach((raw, i) => {
    const column = repairColumn({ ...raw }, i, warn);
    if (!column) return;
    column["name"] = distinctName(column["name"] as string, used, warn);
    columns.push(column);
  });
  if (columns.length === 0) throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", noColumnsMessage);

  // References are checked after every column is known; dropping a column can break
  // another's reference, so the validation loop repeats them.
  for (let round = 0; round < 4; round++) {
    repairReferences(columns, warn);
    columns = repairRelationReferences(columns, warn);
    if (columns.length === 0) throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", noColumnsMessage);
    breakCycles(columns, warn);
    repairDatasetFields(spec, columns, warn);
    spec["columns"] = columns;
    const checked = checkSpec(spec);
    if (checked.spec) return { spec: checked.spec, warnings };
    const bad = new Set(checked.issues.map((issue) => issue.column).filter((c): c is string => c !== undefined));
    let changed = false;
    for (const issue of checked.issues) {
      if (issue.column !== undefined) {
        warn(`column "${issue.column}" was dropped: ${issue.field}: ${issue.message}`);
        continue;
      }
      const field = issue.field.split(".")[0]!;
      if (["target", "difficulty", "duplicates", "description", "scenario"].includes(field) && spec[field] !== undefined) {
        delete spec[field];
        changed = true;
        warn(`dropped the model's ${field}: ${issue.message}`);
      }
    }
    if (bad.size > 0) {
      // Issues name columns by name, or by position ("#3") when the name itself was unusable.
      columns = columns.filter((c, i) => !bad.has(String(c["name"])) && !bad.has(`#${i + 1}`));
      if (columns.length === 0) throw new SynthdataError("UNINTERPRETABLE_DESCRIPTION", noColumnsMessage);
      changed = true;
    }
    if (!changed) break;
  }
  const final = checkSpec({ ...spec, columns });
  if (final.spec) return { spec: final.spec, warnings };
  throw new SynthdataError("OPENAI_BAD_RESPONSE", `the model's spec is not valid and could not be repaired:\n${formatIssues(final.issues)}\nTry again, describe the columns more plainly, or use --planner offline`, {
    issues: final.issues,
  });
}

function repairColumn(column: Col, index: number, warn: (m: string) => void): Col | undefined {
  const rawName = typeof column["name"] === "string" ? column["name"] : "";
  const name = rawName.replace(/[\r\n\0]/g, " ").trim().slice(0, 64) || `column_${index + 1}`;
  if (name !== rawName) warn(`column ${index + 1}: name "${rawName.slice(0, 80)}" changed to "${name}"`);
  column["name"] = name;
  const label = `column "${name}"`;
  trimSharedVariant(column);

  const description = text(column["description"], 300);
  if (description) column["description"] = description;
  else delete column["description"];
  clampField(column, "nullRate", 0, 0.95, label, warn);
  if (isRecord(column["missing"])) {
    const missing: Col = { ...column["missing"] };
    clampField(missing, "rate", 0, 0.9, `${label} missing`, warn);
    if (typeof missing["rate"] !== "number") delete column["missing"];
    else column["missing"] = missing;
  }
  if ("typoRate" in column) clampField(column, "typoRate", 0, 0.5, label, warn);
  if ("labelNoise" in column) clampField(column, "labelNoise", 0, 0.5, label, warn);

  switch (column["kind"]) {
    case "faker":
      return repairFaker(column, label, warn);
    case "category":
      return repairCategory(column, label, warn);
    case "integer":
    case "number":
      return repairNumeric(column, label, warn);
    case "date":
    case "datetime":
      return repairDate(column, label, warn);
    case "boolean":
      clampField(column, "probability", 0, 1, label, warn);
      clampField(column, "rate", 0.001, 0.999, label, warn);
      return column;
    case "id":
      return repairId(column, label, warn);
    case "derived":
    case "text":
      return column;
    case "formula":
      if (isRecord(column["outliers"])) clampField(column["outliers"] as Col, "rate", 0, 0.2, `${label} outliers`, warn);
      if (column["decimals"] !== undefined) column["decimals"] = Math.min(10, Math.max(0, Math.round(Number(column["decimals"]) || 0)));
      return column;
    default: {
      const guess = guessColumn(name);
      if (guess) {
        warn(`${label}: the model gave an unknown kind "${String(column["kind"])}"; made it a ${guess.kind} column from its name`);
        return keepCommon(column, guess);
      }
      warn(`${label} was dropped: unknown kind "${String(column["kind"])}"`);
      return undefined;
    }
  }
}

/**
 * A method that looks like code or a template ("{{person.firstName}}",
 * "helpers.fake", "person.constructor") is not a near miss but an injection
 * attempt (say, from instructions hidden in a description): the whole answer
 * is refused, and so never cached, rather than repaired.
 */
const INJECTED_METHOD = /[{}$`<>()[\];=\\]|\b(?:helpers|constructor|prototype|__proto__|eval|require|process|globalThis|Function)\b/;

function repairFaker(column: Col, label: string, warn: (m: string) => void): Col | undefined {
  const method = typeof column["method"] === "string" ? column["method"] : "";
  if (INJECTED_METHOD.test(method)) {
    throw new SynthdataError(
      "OPENAI_BAD_RESPONSE",
      `the model's answer named a faker method that looks like code or a template (${JSON.stringify(method.slice(0, 60))} for ${label}); the answer was refused and not cached. Reword the description, or pass a spec of your own`,
    );
  }
  let entry = getCatalogEntry(method);
  if (!entry) {
    const near = nearestCatalogId(method);
    if (near) {
      warn(`${label}: faker method "${method.slice(0, 80)}" is not in the catalog; used "${near}"`);
      column["method"] = near;
      entry = getCatalogEntry(near);
    } else {
      const guess = guessColumn(String(column["name"]));
      if (guess) {
        warn(`${label}: faker method "${method.slice(0, 80)}" is not in the catalog; made it a ${guess.kind === "faker" ? `faker ${guess.method}` : guess.kind} column from its name`);
        return keepCommon(column, guess);
      }
      warn(`${label} was dropped: faker method "${method.slice(0, 80)}" is not in the catalog and the name says nothing we know; add it to the spec by hand (see describeCatalog())`);
      return undefined;
    }
  }
  if (column["args"] !== undefined) {
    const args = isRecord(column["args"]) ? column["args"] : {};
    if (Object.keys(args).length === 0) delete column["args"];
    else if (argIssues(entry!, args).length > 0) {
      warn(`${label}: arguments ${JSON.stringify(args).slice(0, 80)} do not fit ${String(column["method"])}; dropped them`);
      delete column["args"];
    }
  }
  return column;
}

function repairCategory(column: Col, label: string, warn: (m: string) => void): Col | undefined {
  const raw = Array.isArray(column["values"]) ? column["values"] : [];
  const values = [...new Set(raw.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map((v) => String(v).slice(0, 200)))].slice(0, 200);
  if (values.length === 0) {
    warn(`${label} was dropped: a category needs values`);
    return undefined;
  }
  const weights = column["weights"];
  if (values.length !== raw.length) {
    warn(`${label}: values repeated or were not text; kept ${values.length} distinct values${weights !== undefined ? " and dropped the weights" : ""}`);
    delete column["weights"];
  } else if (weights !== undefined) {
    const ok = Array.isArray(weights) && weights.length === values.length && weights.every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0) && weights.some((w) => (w as number) > 0);
    if (!ok) {
      warn(`${label}: ${Array.isArray(weights) ? `${weights.length} weights for ${values.length} values` : "weights unusable"}; dropped the weights, so values are equally likely`);
      delete column["weights"];
    }
  }
  column["values"] = values;
  return column;
}

function repairNumeric(column: Col, label: string, warn: (m: string) => void): Col | undefined {
  const integer = column["kind"] === "integer";
  // The wire schema shares one variant for integer and number: decimals means nothing on an integer.
  if (integer) delete column["decimals"];
  else if (column["decimals"] !== undefined) column["decimals"] = Math.min(10, Math.max(0, Math.round(Number(column["decimals"]) || 0)));
  for (const key of ["mean", "sd", "min", "max"]) if (!isFiniteNumber(column[key])) delete column[key];
  let min = column["min"] as number | undefined;
  let max = column["max"] as number | undefined;
  if (min !== undefined && max !== undefined && min > max) {
    warn(`${label}: min (${min}) was above max (${max}); swapped them`);
    [min, max] = [max, min];
    column["min"] = min;
    column["max"] = max;
  }
  if (integer && min !== undefined && max !== undefined && Math.ceil(min) > Math.floor(max)) {
    column["max"] = max = Math.ceil(min);
    warn(`${label}: no whole number lay between min and max; max set to ${max}`);
  }
  if (column["sd"] !== undefined && (column["sd"] as number) <= 0) delete column["sd"];
  // An offset places the value from other columns: its own distribution is not drawn.
  if (isRecord(column["offset"])) return column;
  const mean = column["mean"] as number | undefined;
  const bounded = min !== undefined && max !== undefined;
  const distribution = (column["distribution"] as string | undefined) ?? "uniform";
  if (distribution === "uniform" && !bounded) {
    if (mean === undefined) return dropNumeric(label, "a uniform distribution without min and max", warn);
    column["distribution"] = "normal";
    warn(`${label}: a uniform distribution needs min and max; used a normal distribution around ${mean}`);
  } else if (distribution === "normal" && mean === undefined && !bounded) {
    return dropNumeric(label, "a normal distribution without a mean or a range", warn);
  } else if (["lognormal", "exponential", "poisson"].includes(distribution) && (mean === undefined || mean <= 0)) {
    if (bounded && (min! + max!) / 2 > 0) {
      column["mean"] = (min! + max!) / 2;
      warn(`${label}: a ${distribution} distribution needs a mean above 0; used the middle of min..max`);
    } else if (bounded) {
      column["distribution"] = "uniform";
      delete column["mean"];
      warn(`${label}: a ${distribution} distribution needs a mean above 0; used a uniform distribution`);
    } else return dropNumeric(label, `a ${distribution} distribution without a mean above 0`, warn);
  }
  const m = column["mean"] as number | undefined;
  if (m !== undefined && bounded && (m < min! || m > max!)) {
    column["mean"] = Math.min(max!, Math.max(min!, m));
    warn(`${label}: mean (${m}) lay outside min..max (${min}..${max}); moved it to ${column["mean"]}`);
  }
  if (isRecord(column["outliers"])) {
    const outliers: Col = { ...column["outliers"] };
    clampField(outliers, "rate", 0, 0.2, `${label} outliers`, warn);
    clampField(outliers, "magnitude", 2, 50, `${label} outliers`, warn);
    if (typeof outliers["rate"] !== "number") delete column["outliers"];
    else column["outliers"] = outliers;
  }
  return column;
}

function dropNumeric(label: string, why: string, warn: (m: string) => void): undefined {
  warn(`${label} was dropped: ${why}`);
  return undefined;
}

function repairDate(column: Col, label: string, warn: (m: string) => void): Col {
  const dateOnly = column["kind"] === "date";
  for (const [key, fallback] of [["from", "2022-01-01"], ["to", "2024-12-31"]] as const) {
    const value = column[key];
    if (typeof value === "string" && ISO.test(value) && !Number.isNaN(parseSpecDate(value))) continue;
    const parsed = typeof value === "string" ? Date.parse(value) : Number.NaN;
    const iso = Number.isNaN(parsed) ? fallback : new Date(parsed).toISOString();
    column[key] = dateOnly || iso === fallback ? iso.slice(0, 10) : iso;
    warn(`${label}: ${key} "${String(value).slice(0, 40)}" is not an ISO date; used ${String(column[key])}`);
  }
  if (parseSpecDate(column["from"] as string) > parseSpecDate(column["to"] as string)) {
    warn(`${label}: from (${String(column["from"])}) was after to (${String(column["to"])}); swapped them`);
    [column["from"], column["to"]] = [column["to"], column["from"]];
  }
  if (isRecord(column["after"])) {
    const after: Col = { ...column["after"] };
    clampField(after, "minDays", 0, 36500, `${label} after`, warn);
    clampField(after, "maxDays", 0, 36500, `${label} after`, warn);
    const lo = after["minDays"] as number | undefined;
    const hi = after["maxDays"] as number | undefined;
    if (lo !== undefined && hi !== undefined && lo > hi) {
      [after["minDays"], after["maxDays"]] = [hi, lo];
      warn(`${label}: after.minDays was above maxDays; swapped them`);
    }
    column["after"] = after;
  }
  return column;
}

function repairId(column: Col, label: string, warn: (m: string) => void): Col {
  if (column["start"] !== undefined) column["start"] = Math.max(0, Math.min(Number.MAX_SAFE_INTEGER / 2, Math.round(Number(column["start"]) || 0)));
  if (typeof column["prefix"] === "string") column["prefix"] = column["prefix"].slice(0, 20);
  const pattern = typeof column["pattern"] === "string" ? column["pattern"].slice(0, 40) : undefined;
  const usable = pattern !== undefined && /[#?*]/.test(pattern);
  if (column["format"] === "pattern") {
    if (!usable) {
      column["format"] = "sequence";
      delete column["pattern"];
      warn(`${label}: the id pattern ${pattern === undefined ? "was missing" : `"${pattern}" has no # ? or *`}; used a sequence`);
    } else column["pattern"] = pattern;
  } else if (pattern !== undefined) {
    if (usable) {
      column["format"] = "pattern";
      column["pattern"] = pattern;
    } else delete column["pattern"];
  }
  return column;
}

function repairReferences(columns: Col[], warn: (m: string) => void): void {
  const byName = new Map(columns.map((c) => [c["name"] as string, c]));
  columns.forEach((column, i) => {
    const name = column["name"] as string;
    const label = `column "${name}"`;
    if (WITH_EFFECTS.has(column["kind"] as string) && column["effects"] !== undefined) {
      const kept = effectList(column["effects"], column, byName, "effects", label, warn).slice(0, 20);
      if (kept.length > 0) column["effects"] = kept;
      else delete column["effects"];
    } else delete column["effects"];
    if (isRecord(column["missing"]) && (column["missing"] as Col)["when"] !== undefined) {
      const missing = column["missing"] as Col;
      const kept = effectList(missing["when"], column, byName, "missing.when", label, warn).slice(0, 5);
      if (kept.length > 0) missing["when"] = kept;
      else delete missing["when"];
    }
    if (DATES.has(column["kind"] as string) && isRecord(column["after"])) {
      const source = byName.get(String((column["after"] as Col)["column"]));
      if (!source || source === column || !DATES.has(source["kind"] as string)) {
        warn(`${label}: "after" named ${source ? `the ${String(source["kind"])} column` : "a missing column"} "${String((column["after"] as Col)["column"])}"; dropped it`);
        delete column["after"];
      }
    }
    if (column["kind"] === "derived" && (column["rule"] === "weekday_name" || column["rule"] === "month_name")) {
      const from = Array.isArray(column["from"]) ? column["from"] : [];
      const source = byName.get(String(from[0]));
      if (from.length !== 1 || !source || source === column || !DATES.has(source["kind"] as string)) {
        // A day or month name read from nothing usable: a category of the names, not tied to the row.
        const names = column["rule"] === "weekday_name" ? ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        warn(`${label}: a ${String(column["rule"])} is read from one date column, not [${from.map(String).join(", ").slice(0, 80)}]; used a category of the names (not matched to the row)`);
        columns[i] = keepCommon(column, { name, kind: "category", values: names } as Column);
        byName.set(name, columns[i]!);
      }
    } else if (column["kind"] === "text") {
      repairTextSources(column, byName, label, warn);
    } else if (column["kind"] === "derived") {
      const from = Array.isArray(column["from"]) ? column["from"] : [];
      const rule = String(column["rule"]);
      const [lo, hi] = rule === "full_name" ? [2, 3] : rule === "product_name" ? [1, 1] : [1, 2];
      const sourcesOk = from.every((f) => {
        const source = byName.get(String(f));
        return source !== undefined && source !== column && (rule === "product_name" ? source["kind"] === "category" : TEXT.has(source["kind"] as string));
      });
      if (!sourcesOk || from.length < lo || from.length > hi || !DERIVED_FALLBACK.has(rule)) {
        const method = DERIVED_FALLBACK.get(rule) ?? "lorem.words";
        warn(`${label}: a ${rule} cannot be built from [${from.map(String).join(", ")}]; used faker ${method} (not matched to the row)`);
        columns[i] = keepCommon(column, { name, kind: "faker", method } as Column);
        byName.set(name, columns[i]!);
      }
    }
  });
}

/**
 * A text column keeps only the ties the spec's own rules accept (a tone from a rating,
 * boolean or sentiment category, a topic from a category...): each other one is
 * dropped with the reason, and the text is still made, untied.
 */
function repairTextSources(column: Col, byName: Map<string, Col>, label: string, warn: (m: string) => void): void {
  const name = column["name"] as string;
  for (const field of ["sentimentFrom", "topicFrom", "mentionFrom"] as const) {
    const source = column[field];
    if (source === undefined) continue;
    const found = byName.get(String(source));
    let why = !found ? "a missing column" : found === column ? "itself" : undefined;
    if (!why) {
      checkTextColumn({ name, kind: "text", style: "comment", [field]: String(source) } as TextColumn, byName as unknown as Map<string, Column>, (_f, message) => (why ??= message));
    }
    if (why) {
      warn(`${label}: dropped ${field} "${String(source).slice(0, 64)}" (${why})`);
      delete column[field];
    }
  }
}

/** The effects of a list that read a usable column the usable way; each dropped one is a warning. */
function effectList(list: unknown, column: Col, byName: Map<string, Col>, field: string, label: string, warn: (m: string) => void): Col[] {
  if (!Array.isArray(list)) return [];
  const kept: Col[] = [];
  for (const raw of list) {
    if (!isRecord(raw)) continue;
    const effect: Col = { ...raw };
    const sourceName = String(effect["column"]);
    const source = byName.get(sourceName);
    const drop = (why: string) => warn(`${label}: dropped the ${field} entry on "${sourceName.slice(0, 64)}": ${why}`);
    if (!source) {
      drop("no such column");
      continue;
    }
    if (source === column) {
      drop("a column cannot depend on itself");
      continue;
    }
    if (!EFFECT_SOURCES.has(source["kind"] as string)) {
      drop(`effects come from integer, number, boolean or category columns, not ${String(source["kind"])}`);
      continue;
    }
    if (!isFiniteNumber(effect["weight"])) {
      drop("its weight is not a number");
      continue;
    }
    effect["weight"] = Math.max(-10, Math.min(10, effect["weight"]));
    if (source["kind"] === "category") {
      const values = source["values"] as string[];
      if (typeof effect["value"] !== "string" || !values.includes(effect["value"])) {
        drop(`"${String(effect["value"])}" is not one of its values (${values.slice(0, 8).join(", ")})`);
        continue;
      }
    } else delete effect["value"];
    if (field === "effects" && column["kind"] === "category") {
      const values = column["values"] as string[];
      if (typeof effect["outcome"] !== "string" || !values.includes(effect["outcome"])) {
        drop(`outcome "${String(effect["outcome"])}" is not one of this column's values`);
        continue;
      }
    } else delete effect["outcome"];
    kept.push(effect);
  }
  return kept;
}

/** Removes one dependency of each cycle until the columns can be generated in order. */
function breakCycles(columns: Col[], warn: (m: string) => void): void {
  for (let guard = 0; guard < columns.length * 2; guard++) {
    const order = generationOrder(columns as unknown as Column[]);
    if (!("cycle" in order)) return;
    const [first, next] = order.cycle as [string, string];
    const index = columns.findIndex((c) => c["name"] === first);
    const column = columns[index]!;
    warn(`columns depended on each other in a cycle (${order.cycle.join(" -> ")}); dropped "${first}"'s dependency on "${next}"`);
    if (Array.isArray(column["effects"])) {
      const kept = (column["effects"] as Col[]).filter((e) => e["column"] !== next);
      if (kept.length > 0) column["effects"] = kept;
      else delete column["effects"];
    }
    if (isRecord(column["after"]) && column["after"]["column"] === next) delete column["after"];
    if (dropRelationOn(column, next)) {
      // An expression cannot lose one name and keep its meaning: the formula column goes.
      warn(`column "${first}" was dropped: its formula reads "${next}", which depends on it`);
      columns.splice(index, 1);
      continue;
    }
    if (column["kind"] === "derived") {
      columns[index] = keepCommon(column, { name: first, kind: "faker", method: DERIVED_FALLBACK.get(String(column["rule"])) ?? "lorem.words" } as Column);
    }
  }
}

function repairDatasetFields(spec: Record<string, unknown>, columns: Col[], warn: (m: string) => void): void {
  if (spec["target"] !== undefined) {
    const target = columns.find((c) => c["name"] === spec["target"]);
    if (!target || !TARGETS.has(target["kind"] as string)) {
      warn(`the target "${String(spec["target"]).slice(0, 64)}" is ${target ? `a ${String(target["kind"])} column` : "not a column"}; dropped it (a target is a boolean, category, integer or number column)`);
      delete spec["target"];
    }
  }
  clampField(spec, "difficulty", 0, 1, "the spec", warn);
  if (isRecord(spec["duplicates"])) {
    const duplicates: Col = { ...spec["duplicates"] };
    clampField(duplicates, "exact", 0, 0.5, "duplicates", warn);
    clampField(duplicates, "near", 0, 0.5, "duplicates", warn);
    if (Object.keys(duplicates).length === 0) delete spec["duplicates"];
    else spec["duplicates"] = duplicates;
  }
}

/** The guessed column, with the model's name, description, null rate and missing kept. */
function keepCommon(original: Col, replacement: Column): Col {
  const kept: Col = { ...replacement, name: original["name"] };
  for (const key of ["description", "nullRate", "missing"]) if (original[key] !== undefined) kept[key] = original[key];
  return kept;
}

function distinctName(name: string, used: Set<string>, warn: (m: string) => void): string {
  let candidate = name;
  for (let i = 2; used.has(candidate); i++) candidate = `${name.slice(0, 60)}_${i}`;
  if (candidate !== name) warn(`two columns were named "${name}"; the second is "${candidate}"`);
  used.add(candidate);
  return candidate;
}

function clampField(target: Col, key: string, lo: number, hi: number, label: string, warn: (m: string) => void): void {
  const value = target[key];
  if (value === undefined) return;
  if (!isFiniteNumber(value)) {
    delete target[key];
    return;
  }
  const clamped = Math.min(hi, Math.max(lo, value));
  if (clamped !== value) {
    warn(`${label}: ${key} ${value} is outside ${lo}..${hi}; used ${clamped}`);
    target[key] = clamped;
  }
}

function text(value: unknown, max: number): string {
  return typeof value === "string" ? value.trim().slice(0, max) : "";
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
