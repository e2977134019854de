import type { Column, TextColumn } from "../../spec/schema.js";
import { Random } from "../random.js";
import type { ChunkContext, Value } from "../types.js";
import { Lexicon, Pool, joinWithin, type Piece, type RowContext } from "./compose.js";
import { STYLES, TOPIC_NAMED } from "./styles/index.js";
import type { BuildContext, StyleDef } from "./styles/types.js";
import { TONE_NAMES, defaultToneWeights, toneReader, type Tone } from "./tone.js";
import { findTopic } from "./topics.js";
import { SHARED_LISTS } from "./words.js";

/** How a text column is made: one text per row from the column's stream and the row's source values. */
export interface TextGenerator {
  fill(ctx: ChunkContext): Value[];
  redraw(row: number, attempt: number, r: { seed: number; sources: (Value | undefined)[] }): Value;
}

/** Where the mention's value sits in a sentence: "in Denver", "the Aurora X2", "#summer". */
function mentionType(source: Column): string {
  const name = source.name.toLowerCase();
  const method = source.kind === "faker" ? source.method : "";
  if (/hashtag|(^|_)tags?$/.test(name) || (source.kind === "category" && source.values.every((v) => v.startsWith("#")))) return "hashtag";
  if (/^location\.(city|state|country)/.test(method) || /city|town|location|place|destination|country|state|region/.test(name)) return "city";
  if (/^commerce\.product/.test(method) || /product|item|model|sku|drug|medication/.test(name)) return "product";
  if (/^company\./.test(method) || /company|brand|store|shop|employer|merchant|vendor|retailer|airline|hotel/.test(name)) return "company";
  if (/^person\.(fullName|firstName|lastName)/.test(method) || source.kind === "derived" || /name|agent|doctor|author|manager|physician/.test(name)) return "person";
  return "other";
}

/** Keeps acronyms and brand spellings (VPN, iPhone) as written; lower-cases a plain category word for mid-sentence use. */
function topicDisplay(value: string): string {
  return /[A-Z]/.test(value.slice(1)) ? value : value.toLowerCase();
}

const TONE_FALLBACK: Readonly<Record<number, readonly number[]>> = { 0: [0, 1, 2], 1: [1, 0, 2], 2: [2, 1, 3], 3: [3, 4, 2], 4: [4, 3, 2] };

export function textGenerator(column: TextColumn, index: number, columns: readonly Column[], byName: ReadonlyMap<string, number>): TextGenerator {
  const style: StyleDef = STYLES[column.style];
  const named = TOPIC_NAMED[column.style];
  const lexicon = new Lexicon(SHARED_LISTS, style.lists, named ? { topic_named: named } : {});
  const topicLists = style.topics.lists;
  lexicon.verify(["topic", "mention"], topicLists);
  const maxWords = column.maxWords ?? style.maxWords;
  const weights = defaultToneWeights(column.style);
  const cumulative = weights.map(((sum) => (w: number) => (sum += w))(0));

  const source = (name: string | undefined) => (name === undefined ? -1 : (byName.get(name) ?? -1));
  const sentiment = source(column.sentimentFrom);
  const topic = source(column.topicFrom);
  const mention = source(column.mentionFrom);
  const readTone = sentiment >= 0 ? toneReader(columns[sentiment]!) : undefined;
  const type = mention >= 0 ? mentionType(columns[mention]!) : "other";

  // Each topic of the family compiled once; a value the family does not know gets the style's generic lists naming it.
  const compile = (lists: Readonly<Record<string, readonly string[]>>) => new Map(topicLists.map((l) => [l, Pool.of(lists[l] ?? [`{@topic}`])]));
  const familyLists = style.topics.family.map((t) => compile(t.lists));
  const unknownLists = topicLists.length > 0 ? compile(style.topics.unknown) : undefined;
  const byValue = new Map<string, Map<string, Pool> | undefined>();
  const listsFor = (value: string): Map<string, Pool> | undefined => {
    let lists = byValue.get(value);
    if (lists === undefined && !byValue.has(value)) {
      const found = findTopic(style.topics.family, value);
      lists = found ? familyLists[style.topics.family.indexOf(found)] : unknownLists;
      if (byValue.size < 10_000) byValue.set(value, lists);
    }
    return lists;
  };

  const row: { values: Map<string, string>; lists: Map<string, Pool> | undefined } = { values: new Map(), lists: undefined };
  const rowContext: RowContext = row;
  let rng = new Random(0);
  let tone: Tone = 2;
  let mentionText: string | undefined;
  const build: BuildContext = {
    get rng() {
      return rng;
    },
    get tone() {
      return tone;
    },
    get toneName() {
      return TONE_NAMES[tone];
    },
    get mention() {
      return mentionText;
    },
    mentionType: type,
    say: (list) => lexicon.sentence(list, rng, rowContext),
    raw: (list) => lexicon.expand(lexicon.pool(list), rng, rowContext),
    opening: (lead, list) => lexicon.joined([lead, list], rng, rowContext),
    toned: (prefix) => {
      for (const t of TONE_FALLBACK[tone]!) {
        const name = `${prefix}_${TONE_NAMES[t]}`;
        if (lexicon.has(name)) return name;
      }
      return `${prefix}_mixed`;
    },
    chance: (p) => rng.next() < p,
  };

  const make = (r: Random, sentimentValue: Value | undefined, topicValue: Value | undefined, mentionValue: Value | undefined): string => {
    rng = r;
    const read = readTone?.(sentimentValue ?? null);
    if (read !== undefined) tone = read;
    else {
      const u = r.next();
      let t = 0;
      while (t < 4 && u >= cumulative[t]!) t++;
      tone = t as Tone;
    }
    const topicText = topicValue === null || topicValue === undefined ? undefined : String(topicValue);
    row.values.set("topic", topicText === undefined ? "" : topicDisplay(topicText));
    row.lists = topicText !== undefined ? listsFor(topicText) : familyLists.length > 0 ? familyLists[r.int(familyLists.length)] : undefined;
    mentionText = mentionValue === null || mentionValue === undefined ? undefined : String(mentionValue);
    if (mentionText !== undefined && type === "hashtag" && !mentionText.startsWith("#") && !/\s/.test(mentionText)) mentionText = `#${mentionText}`;
    row.values.set("mention", mentionText ?? "");
    const pieces: Piece[] = style.build(build);
    if (topicText !== undefined && named) pieces.splice(1, 0, { text: lexicon.sentence("topic_named", r, rowContext), keep: true });
    return joinWithin(pieces, maxWords);
  };

  return {
    fill: (ctx) => {
      const r = Random.for(ctx.seed, ctx.chunk, index, 0);
      const s = sentiment >= 0 ? ctx.columns[sentiment]! : undefined;
      const t = topic >= 0 ? ctx.columns[topic]! : undefined;
      const m = mention >= 0 ? ctx.columns[mention]! : undefined;
      const out = new Array<Value>(ctx.length);
      for (let i = 0; i < ctx.length; i++) out[i] = make(r, s?.[i], t?.[i], m?.[i]);
      return out;
    },
    redraw: (rowIndex, attempt, r) => make(Random.for(r.seed, rowIndex, index, attempt, 7), r.sources[sentiment], r.sources[topic], r.sources[mention]),
  };
}
