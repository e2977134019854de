import { rootTableName, type Column, type DatasetCard, type DatasetSpec, type Effect } from "@synthdata/core";

/** Readable text for tool results: what a calling model (and the person reading along) sees first. */

export function specSummary(spec: DatasetSpec): string {
  if (spec.tables?.length) return tablesSummary(spec);
  const lines = [`"${spec.title}" (${spec.domain}), ${spec.columns.length} column${spec.columns.length === 1 ? "" : "s"}:`];
  for (const column of spec.columns) lines.push(`- ${columnLine(column)}`);
  if (spec.target) lines.push(`target (what a model should predict): ${spec.target}`);
  if (spec.difficulty) lines.push(`difficulty: ${spec.difficulty}`);
  if (spec.duplicates?.exact || spec.duplicates?.near) {
    lines.push(`duplicates: ${spec.duplicates.exact ?? 0} exact, ${spec.duplicates.near ?? 0} near (share of rows)`);
  }
  return lines.join("\n");
}

type TableLike = Pick<NonNullable<DatasetSpec["tables"]>[number], "columns" | "references" | "lookups" | "rollups" | "rows" | "parent">;

/** A spec of several tables: each table with its key, parent and row count, its columns, and its relation columns. */
function tablesSummary(spec: DatasetSpec): string {
  const tables: [string, TableLike][] = [[rootTableName(spec), spec], ...spec.tables!.map((t): [string, TableLike] => [t.name, t])];
  const lines = [`"${spec.title}" (${spec.domain}), ${tables.length} tables (root ${tables[0]![0]}: --rows counts its rows; the others follow):`];
  for (const [name, t] of tables) {
    const key = t.columns.find((c) => c.kind === "id")?.name;
    const count = t.parent?.count;
    const size = t.rows !== undefined ? `${t.rows} rows of its own` : t.parent ? `per ${t.parent.table} row: ${count?.distribution ?? "poisson"}${count?.mean !== undefined ? ` mean ${count.mean}` : ""}${count?.min !== undefined || count?.max !== undefined ? ` in [${count?.min ?? 0}, ${count?.max ?? "any"}]` : ""}` : "root";
    lines.push(`table ${name} (${size}${key ? `; key ${key}` : ""}):`);
    for (const column of t.columns) lines.push(`- ${columnLine(column)}`);
    for (const r of t.references ?? []) lines.push(`- ${r.name}: foreign key to ${r.table}${r.table === t.parent?.table ? " (the parent row)" : `, ${r.popularity ?? "uniform"} picks`}`);
    for (const l of t.lookups ?? []) lines.push(`- ${l.name}: copies ${l.column} of the row ${l.reference} points at${l.hidden ? " (hidden)" : ""}`);
    for (const r of t.rollups ?? []) lines.push(`- ${r.name}: ${r.function} of ${r.column ? `${r.table}.${r.column}` : `${r.table} rows`}${r.hidden ? " (hidden)" : ""}`);
  }
  if (spec.target) lines.push(`target (what a model should predict): ${rootTableName(spec)}.${spec.target}`);
  if (spec.difficulty) lines.push(`difficulty: ${spec.difficulty}`);
  return lines.join("\n");
}

export function columnLine(c: Column): string {
  const parts: string[] = [];
  switch (c.kind) {
    case "faker":
      parts.push(`faker ${c.method}${c.args && Object.keys(c.args).length ? ` ${JSON.stringify(c.args)}` : ""}`);
      break;
    case "category": {
      // Scaled by the largest first: weights near 1e308 would sum to Infinity.
      const max = c.weights?.reduce((m, w) => (w > m ? w : m), 0) ?? 0;
      const scaled = max > 0 ? c.weights!.map((w) => w / max) : undefined;
      const total = scaled?.reduce((a, b) => a + b, 0) ?? 0;
      const shown = c.values.slice(0, 8).map((v, i) => (scaled && total > 0 ? `${v} ${Math.round(((scaled[i] ?? 0) / total) * 100)}%` : v));
      parts.push(`category [${shown.join(", ")}${c.values.length > 8 ? `, ... ${c.values.length} values` : ""}]`);
      break;
    }
    case "integer":
    case "number": {
      const dist = c.distribution ?? "uniform";
      const shape = [c.mean !== undefined ? `mean ${c.mean}` : "", c.sd !== undefined ? `sd ${c.sd}` : ""].filter(Boolean).join(" ");
      const range = c.min !== undefined || c.max !== undefined ? ` in [${c.min ?? "-inf"}, ${c.max ?? "inf"}]` : "";
      parts.push(`${c.kind} ${dist}${shape ? ` ${shape}` : ""}${range}${c.kind === "number" && c.decimals !== undefined ? `, ${c.decimals} decimals` : ""}`);
      if (c.outliers) parts.push(`outliers ${c.outliers.rate}`);
      break;
    }
    case "date":
    case "datetime":
      parts.push(`${c.kind} ${c.from} to ${c.to}`);
      if (c.after) {
        const { column, minDays, maxDays } = c.after;
        const gap = minDays !== undefined || maxDays !== undefined ? ` by ${minDays ?? 0}..${maxDays ?? "any"} days` : "";
        parts.push(`after ${column}${gap}`);
      }
      break;
    case "boolean":
      parts.push(c.rate !== undefined ? `boolean, ${pct(c.rate)} true` : `boolean, p(true) ${c.probability ?? 0.5}`);
      break;
    case "id":
      parts.push(`id ${c.format}${c.prefix ? ` prefix ${c.prefix}` : ""}${c.pattern ? ` pattern ${c.pattern}` : ""}`);
      break;
    case "derived":
      parts.push(`${c.rule} from ${c.from.join(" + ")}`);
      break;
  }
  if (c.nullRate) parts.push(`${pct(c.nullRate)} empty`);
  if (c.unique) parts.push("unique");
  if (c.missing?.rate) parts.push(`${pct(c.missing.rate)} missing${c.missing.when?.length ? ` (depends on ${effectsText(c.missing.when)})` : ""}`);
  if ("effects" in c && c.effects?.length) parts.push(`depends on ${effectsText(c.effects)}`);
  if ("typoRate" in c && c.typoRate) parts.push(`typos ${pct(c.typoRate)}`);
  if ("labelNoise" in c && c.labelNoise) parts.push(`label noise ${pct(c.labelNoise)}`);
  return `${c.name}: ${parts.join("; ")}`;
}

function effectsText(effects: readonly Effect[]): string {
  return effects
    .map((e) => `${e.column}${e.value !== undefined ? `=${e.value}` : ""} (${e.weight >= 0 ? "+" : ""}${e.weight}${e.outcome !== undefined ? ` toward ${e.outcome}` : ""})`)
    .join(", ");
}

function pct(share: number): string {
  return `${+(share * 100).toFixed(2)}%`;
}

export interface ColumnSummary {
  name: string;
  kind: string;
  /** How the column is made, in words. */
  generator: string;
  /** Measured on the rows written, when a dataset card was made. */
  nullShare?: number | undefined;
  distinct?: number | undefined;
  min?: number | string | undefined;
  max?: number | string | undefined;
  mean?: number | undefined;
  trueShare?: number | undefined;
  top?: { value: string; count: number }[] | undefined;
}

/** Per-column summaries: measured ones from the card when there is one, else what the spec says. */
export function columnSummaries(spec: DatasetSpec, card: DatasetCard | undefined): ColumnSummary[] {
  if (card) {
    return card.columns.map((c) => ({
      name: c.name,
      kind: c.kind,
      generator: c.generator,
      nullShare: c.nullShare,
      distinct: c.distinct,
      ...(c.min !== undefined ? { min: c.min, max: c.max } : {}),
      ...(c.mean !== undefined ? { mean: c.mean } : {}),
      ...(c.trueShare !== undefined ? { trueShare: c.trueShare } : {}),
      ...(c.top?.length ? { top: c.top.slice(0, 5) } : {}),
    }));
  }
  return spec.columns.map((c) => ({ name: c.name, kind: c.kind, generator: columnLine(c).slice(c.name.length + 2) }));
}

export function columnSummaryLine(c: ColumnSummary): string {
  const stats: string[] = [];
  if (c.nullShare) stats.push(`${pct(c.nullShare)} empty`);
  if (c.distinct !== undefined) stats.push(`${c.distinct} distinct`);
  if (c.trueShare !== undefined) stats.push(`${pct(c.trueShare)} true`);
  else if (c.mean !== undefined) stats.push(`min ${c.min}, max ${c.max}, mean ${c.mean}`);
  else if (c.min !== undefined) stats.push(`${c.min} to ${c.max}`);
  else if (c.top?.length) stats.push(`top ${c.top.slice(0, 3).map((t) => `${t.value} (${t.count})`).join(", ")}`);
  return `- ${c.name} (${c.kind}): ${c.generator}${stats.length ? `; ${stats.join(", ")}` : ""}`;
}
