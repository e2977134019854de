import type { Column, DatasetSpec, Effect } from "../../spec/schema.js";

/**
 * Mess and difficulty phrases ("with some missing values", "5% fraud",
 * "noisy labels", "harder to predict"), read from the whole description and
 * cut out of it before the column list is split, so they never become columns.
 */
export interface MessRequest {
  missing?: { rate: number };
  /** "income missing more often for young customers". */
  missingWhen: { column: string; condition: string }[];
  /** "5% missing spend", "income 10% missing": a rate for one column. */
  missingIn: { column: string; rate: number }[];
  /** "churn is more likely on basic plans": relationships in words, not columns. */
  relationships: string[];
  outliers?: { rate: number };
  duplicates?: { exact: number; near: number };
  typos?: { rate: number; names: boolean };
  labelNoise?: number;
  difficulty?: number;
  /** "5% fraud", "fraud rate of 2%", "no-show rate 20%": the share of true wanted for an outcome. */
  rates: { word: string; rate: number }[];
}

const NUM = String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent\b)`;
const OUTCOME = String.raw`([a-z][a-z-]*(?: [a-z][a-z-]*)?)`;

/** g[0] is the first capture group. */
type Groups = (string | undefined)[];

interface Rule {
  match: RegExp;
  apply: (g: Groups, mess: MessRequest) => void;
  /** Leave the words in place (they were not mess after all). */
  skip?: (g: Groups) => boolean;
}

/** Words before "rate" or after "N%" that are measures, not outcomes ("interest rate of 5%", "5% of the rows"). */
const NOT_OUTCOMES = /^(missing|outliers?|duplicates?|typos|noise|of|the|rows?|records?|interest|heart|respiratory|breathing|conversion|click|bounce|open|engagement|savings|discount|tax|exchange|growth|error|response|retention|survival|tip|commission|vacancy|occupancy|unemployment|inflation|off|on|in|for|to|and|or|per|more|less|higher|lower|humidity|battery|of the)$/;
const isMeasure = (word: string | undefined) => word === undefined || NOT_OUTCOMES.test(word.trim()) || NOT_OUTCOMES.test(word.trim().split(" ")[0]!);

const pct = (s: string | undefined, fallback: number) => (s === undefined ? fallback : Math.min(0.9, Number(s) / 100));

const RULES: Rule[] = [
  // "5% missing spend", "10% missing income values"
  {
    match: new RegExp(String.raw`\b${NUM} (?:of )?(?:missing|empty|blank|null) (?!values\b|data\b|entries\b|fields\b|cells\b)([a-z][a-z ]{1,30}?)(?: values)?(?=[,.;)]|$| and )`, "gi"),
    apply: (g, mess) => mess.missingIn.push({ column: g[1]!.trim(), rate: pct(g[0], 0.05) }),
  },
  // "income 10% missing", "phone numbers 5% missing"
  {
    match: new RegExp(String.raw`(?<=^|[,;:]\s*|\band\s+|\bwith\s+)([a-z][a-z ]{1,30}?) (?:is |are )?(?:about |around )?${NUM} (?:missing|empty|blank)(?=[,.;)]|$| and )`, "gi"),
    apply: (g, mess) => mess.missingIn.push({ column: g[0]!.trim(), rate: pct(g[1], 0.05) }),
  },
  // "churn is more likely on basic with low tenure", "defaults depend on income": relationships in words.
  {
    match: /(?<=^|[,;:]\s*|\band\s+)([a-z][a-z ]{1,30}? (?:is|are|gets?) (?:more|less) (?:likely|often|common|frequent)\b[^,;.]*|[a-z][a-z ]{1,30}? (?:depends?|depending) on [^,;.]*|[a-z][a-z ]{1,30}? correlat(?:es|ed) with [^,;.]*)/gi,
    apply: (g, mess) => mess.relationships.push(g[0]!.trim()),
  },
  // "income missing more often for young customers", "phone is missing more often when age is high"
  {
    match: /\b([a-z][a-z ]{1,40}?) (?:is |are |values are |gets? )?(?:missing|empty|blank|null) (?:more often|more frequently|more|often|mostly) (?:for|among|when|in|with) ((?:the )?[a-z0-9 -]{2,40}?)(?=[,.;]|$| and )/gi,
    apply: (g, mess) => mess.missingWhen.push({ column: g[0]!.trim().replace(/^(and|with|but|where)\s+/, ""), condition: g[1]!.trim() }),
  },
  {
    match: new RegExp(String.raw`\b(?:with |and |plus )?(?:about |around |roughly |~)?(?:${NUM} )?(?:of )?(?:(?:some|a few|few|several|many|lots of|occasional|random) )?(?:missing (?:values|data|entries|fields|cells)|missingness|null values|nulls|blanks|incomplete (?:data|records|rows))(?: ?(?:of |at )?(?:about |around )?${NUM})?`, "gi"),
    apply: (g, mess) => (mess.missing = { rate: pct(g[0] ?? g[1], 0.05) }),
  },
  {
    match: new RegExp(String.raw`\b(?:with |and |plus )?(?:(?:some|a few|few|several|occasional|many|a couple of|rare|extreme) )?(?:${NUM} )?outliers?(?: ?\(?(?:about |around )?${NUM}\)?)?`, "gi"),
    apply: (g, mess) => (mess.outliers = { rate: Math.min(0.2, pct(g[0] ?? g[1], 0.01)) }),
  },
  {
    match: new RegExp(String.raw`\b(?:with |and |plus )?(?:(?:some|a few|few|several|occasional) )?(?:${NUM} )?(?:duplicated?|duplicate (?:rows|records|entries)|duplicates|dupes)(?: rows| records| entries)?(?: ?\(?(?:about |around )?${NUM}\)?)?`, "gi"),
    apply: (g, mess) => {
      const stated = g[0] ?? g[1];
      const exact = stated === undefined ? 0.02 : Math.min(0.5, Number(stated) / 100);
      mess.duplicates = { exact: round(exact), near: round(stated === undefined ? 0.01 : Math.min(0.5, exact / 2)) };
    },
  },
  {
    match: /\b(?:with |and |plus )?(?:(?:some|a few|few|occasional|random) )?(?:typos|misspellings|spelling mistakes|typing errors)(?: in (?:the )?([a-z ]+?))?(?=[,.;]|$| and | with )/gi,
    apply: (g, mess) => (mess.typos = { rate: 0.03, names: g[0] === undefined || /name/.test(g[0]) }),
  },
  {
    match: new RegExp(String.raw`\b(?:with |and |plus )?(?:(?:some|a few|slightly|very) )?(?:noisy|mislabell?ed|wrong|flipped|corrupted) (?:labels?|targets?|classes)(?: ?\(?(?:about |around )?${NUM}\)?)?|\blabel noise(?: (?:of )?${NUM})?`, "gi"),
    apply: (g, mess) => (mess.labelNoise = Math.min(0.5, pct(g[0] ?? g[1], 0.05))),
  },
  {
    match: /\b(?:(?:make it |that is |that's |and |but )?(?:much |a bit |slightly |very |really )?(?:harder|hard|difficult|tough|challenging|tricky) to (?:predict|model|learn|classify)|(?:make it |and )?(?:very |really )?(?:hard|harder|difficult|challenging)(?= *[,.;:]| *$| mode\b| difficulty\b)|(?:with )?(?:a )?weak signal|(?:with )?high difficulty)/gi,
    apply: (g, mess) => (mess.difficulty = /very|really|much/i.test(g[g.length - 1] ?? "") ? 0.8 : /weak/.test(g[g.length - 1] ?? "") ? 0.7 : 0.6),
  },
  {
    match: /\b(?:(?:make it |and )?(?:easy|easier) to (?:predict|model|learn)|(?:with )?(?:a )?strong (?:signal|relationship))/gi,
    apply: (_g, mess) => (mess.difficulty = 0),
  },
  // "fraud rate of 2%", "no-show rate 20%", "churn rate is 26%"
  {
    match: new RegExp(String.raw`\b${OUTCOME} rate (?:of |is |at |around |about |= ?|: ?)?(?:about |around )?${NUM}`, "gi"),
    apply: (g, mess) => mess.rates.push({ word: g[0]!, rate: Number(g[1]) / 100 }),
    skip: (g) => isMeasure(g[0]),
  },
  // "5% fraud", "26% churn", "8% returned", "about 10% of customers churn"
  {
    match: new RegExp(String.raw`\b(?:about |around |roughly |~)?${NUM} (?:of (?:the )?(?:[a-z]+ )?(?:rows |records |customers |users |patients |students |transactions |loans |orders |cases )?(?:are |were |is |was |will |should )?)?(?:positive |labelled |labeled )?${OUTCOME}(?=[,.;)]|$| and | with )`, "gi"),
    apply: (g, mess) => mess.rates.push({ word: g[1]!, rate: Number(g[0]) / 100 }),
    skip: (g) => isMeasure(g[1]),
  },
];

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Reads mess phrases and returns the description without them. */
export function extractMess(text: string): { text: string; mess: MessRequest } {
  const mess: MessRequest = { missingWhen: [], missingIn: [], relationships: [], rates: [] };
  let rest = text;
  for (const rule of RULES) {
    rest = rest.replace(rule.match, (whole: string, ...args: unknown[]) => {
      // replace() passes the groups, then the offset and the whole string.
      const g = args.slice(0, -2) as Groups;
      if (rule.skip?.(g)) return whole;
      rule.apply([...g, whole], mess);
      return " ";
    });
  }
  rest = rest
    .replace(/\(\s*\)/g, " ")
    .replace(/\s+([,.;:)])/g, "$1")
    .replace(/([,;:])\s*(?=[,;:.]|$)/g, "")
    .replace(/\b(with|and|plus)\s*(?=[,.;:]|$)/gi, "")
    .replace(/\s+/g, " ")
    .replace(/[\s,;]+$/g, "")
    .replace(/^[\s,;]+/g, "")
    .trim();
  return { text: rest, mess };
}

const IDENTIFYING = new Set(["person.firstName", "person.lastName", "person.fullName", "person.middleName"]);

/**
 * Applies the mess to the planned columns: missing values on a few plausible
 * features, outliers on the main numeric ones, typos in names, label noise
 * and class rate on the target, duplicates and difficulty on the dataset.
 */
export function applyMess(spec: DatasetSpec, mess: MessRequest, warnings: string[]): DatasetSpec {
  const columns = spec.columns.map((c) => ({ ...c })) as Column[];
  const target = spec.target;
  const sources = new Set(columns.flatMap((c) => (c.kind === "derived" ? c.from : [])));
  const isFeature = (c: Column) => c.name !== target && c.kind !== "id" && !c.unique && !sources.has(c.name);
  const numericFeatures = columns.filter((c) => isFeature(c) && (c.kind === "integer" || c.kind === "number"));

  if (mess.missing) {
    // Numbers people leave blank first (income, ratings, vitals), then contact fields, then anything else.
    const rank = (c: Column) =>
      /income|salary|rating|score|weight|height|bmi|glucose|cholesterol|pressure|age|balance|phone|tenure|experience|hours/.test(c.name) ? 0 : c.kind === "integer" || c.kind === "number" ? 1 : c.kind === "faker" && /phone|address|city/.test(c.method) ? 1 : c.kind === "category" ? 2 : 3;
    const chosen = columns.filter(isFeature).filter((c) => c.kind !== "boolean").sort((a, b) => rank(a) - rank(b)).slice(0, 3);
    for (const c of chosen) c.missing = { rate: mess.missing.rate };
  }
  for (const w of mess.missingWhen) {
    const column = findColumn(columns, w.column);
    const effect = column ? conditionEffect(columns, w.condition, column.name) : undefined;
    if (!column || !effect) {
      warnings.push(`could not apply "${w.column} missing more often for ${w.condition}": ${column ? `no column matches "${w.condition}"` : `no column is called "${w.column}"`}; name a column of the dataset`);
      continue;
    }
    column.missing = { rate: column.missing?.rate ?? mess.missing?.rate ?? 0.08, when: [effect] };
  }
  for (const m of mess.missingIn) {
    const column = findColumn(columns, m.column);
    if (!column) {
      warnings.push(`could not apply "${Math.round(m.rate * 100)}% missing ${m.column}": no column is called "${m.column}"; name a column of the dataset`);
      continue;
    }
    column.missing = { ...column.missing, rate: m.rate };
  }
  for (const r of mess.relationships) {
    warnings.push(`"${r}" was read as a relationship, not a column; the offline planner picks the target's dependencies itself (see the card's relationships), so edit the spec's effects or use the OpenAI planner to choose them`);
  }
  if (mess.outliers) {
    const main = [...numericFeatures].sort((a, b) => mainRank(a) - mainRank(b)).slice(0, 3);
    for (const c of main) if (c.kind === "integer" || c.kind === "number") c.outliers = { rate: mess.outliers.rate };
  }
  if (mess.typos) {
    let typoed = 0;
    for (const c of columns) {
      if (c.name === target) continue;
      const isName = (c.kind === "faker" && IDENTIFYING.has(c.method)) || (c.kind === "derived" && c.rule === "full_name");
      const isText = c.kind === "faker" || c.kind === "derived";
      if (mess.typos.names ? isName : isText) {
        (c as Extract<Column, { kind: "faker" | "derived" }>).typoRate = mess.typos.rate;
        typoed++;
      }
    }
    if (typoed === 0) warnings.push("asked for typos, but the dataset has no name or text column to put them in");
  }
  const targetColumn = columns.find((c) => c.name === target);
  if (mess.labelNoise !== undefined) {
    if (targetColumn && (targetColumn.kind === "boolean" || targetColumn.kind === "category")) targetColumn.labelNoise = mess.labelNoise;
    else warnings.push("asked for noisy labels, but no yes/no or category outcome was found to flip; end the description with the outcome, e.g. \"and whether the customer churned\"");
  }
  const out: DatasetSpec = { ...spec, columns };
  if (mess.duplicates) out.duplicates = mess.duplicates;
  if (mess.difficulty !== undefined) {
    if (targetColumn) out.difficulty = mess.difficulty;
    else warnings.push("asked for a harder (or easier) dataset, but found no outcome to predict; end the description with it, e.g. \"and whether the loan defaulted\"");
  }
  return out;
}

/** The numeric columns mess should hit first: money and measurements before counts and small scales. */
function mainRank(c: Column): number {
  if (c.kind !== "integer" && c.kind !== "number") return 9;
  if (c.distribution === "lognormal") return 0;
  if (c.distribution === "normal") return 1;
  if (c.distribution === "exponential") return 2;
  if (c.distribution === "poisson") return 3;
  return 4;
}

/** The column a user named in words ("income", "credit score"), by exact name, then by words in common. */
export function findColumn(columns: Column[], words: string): Column | undefined {
  const want = words.toLowerCase().replace(/^(the|a|an)\s+/, "").replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  const singular = want.replace(/s$/, "");
  return (
    columns.find((c) => c.name === want || c.name === singular) ??
    columns.find((c) => c.name.split("_").includes(want) || c.name.split("_").includes(singular)) ??
    columns.find((c) => want.split("_").some((w) => w.length > 2 && c.name.split("_").includes(w)))
  );
}

/**
 * An effect on the log-odds of a cell being missing from a condition in words:
 * "young customers" (age low), "older patients", "low income", "women"
 * (a category value), "unverified users" (a flag false).
 */
function conditionEffect(columns: Column[], condition: string, self: string): Effect | undefined {
  const text = condition.toLowerCase().replace(/^the\s+/, "");
  const others = columns.filter((c) => c.name !== self);
  const age = others.find((c) => /(^|_)age($|_)/.test(c.name) && (c.kind === "integer" || c.kind === "number"));
  if (/\b(young|younger|youth|teen)/.test(text) && age) return { column: age.name, weight: -1.2 };
  if (/\b(old|older|elderly|senior|aged)\b/.test(text) && age) return { column: age.name, weight: 1.2 };
  const level = /\b(low|lower|small|few|short|high|higher|large|many|long|big)(?:er)?[- ]([a-z ]+)/.exec(text);
  if (level) {
    const column = findColumn(others, level[2]!.replace(/\b(customers?|users?|patients?|students?|people|rows|values?)\b/g, "").trim());
    if (column && (column.kind === "integer" || column.kind === "number")) return { column: column.name, weight: /low|small|few|short/.test(level[1]!) ? -1.2 : 1.2 };
  }
  for (const c of others) {
    if (c.kind === "category") {
      const value = c.values.find((v) => new RegExp(`\\b${escape(v.toLowerCase())}`).test(text) || text.includes(v.toLowerCase().replace(/ale$/, "")));
      if (value) return { column: c.name, value, weight: 1.2 };
    }
    if (c.kind === "boolean") {
      const word = c.name.replace(/^(is|has|was)_/, "").replace(/_/g, " ");
      if (text.includes(word)) return { column: c.name, weight: /\b(un|non|not|no)[ -]?/.test(text.replace(word, "")) || text.includes(`un${word}`) ? -1.2 : 1.2 };
    }
  }
  return undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
