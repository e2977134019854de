import { categoryTones } from "./sentimentWords.js";
import type { Column, TextColumn } from "./schema.js";

type Add = (field: string, message: string) => void;

/** Kinds whose value can set a text's tone: a rating, a flag, a sentiment category (or a numeric formula with a range). */
const SENTIMENT_KINDS = new Set(["integer", "number", "boolean", "category", "formula"]);
/** Kinds whose value names what a text is about. */
const TOPIC_KINDS = new Set(["category", "faker"]);
/** Kinds whose value a text can quote as written: names, places, products, tags, ids. */
const MENTION_KINDS = new Set(["faker", "category", "derived", "id", "integer"]);

/**
 * Checks what a text column reads from its row: each source must exist (the
 * shared dependency check reports a missing one) and be of a kind the tie
 * makes sense for.
 */
export function checkTextColumn(column: TextColumn, byName: ReadonlyMap<string, Column>, add: Add): void {
  const sentiment = column.sentimentFrom === undefined ? undefined : byName.get(column.sentimentFrom);
  if (sentiment && sentiment.name !== column.name) {
    const name = column.sentimentFrom!;
    if (!SENTIMENT_KINDS.has(sentiment.kind)) {
      add("sentimentFrom", `"${name}" is a ${sentiment.kind} column; the tone comes from a rating (integer or number), a boolean or a category such as positive/neutral/negative`);
    } else if (sentiment.kind === "formula") {
      const type = sentiment.type ?? "number";
      if (type !== "number" && type !== "integer" && type !== "boolean") add("sentimentFrom", `"${name}" is a ${type} formula; the tone comes from a number, an integer or a boolean`);
      else if (type !== "boolean" && (sentiment.min === undefined || sentiment.max === undefined)) {
        add("sentimentFrom", `give the formula "${name}" a min and a max, so its values can be placed between negative and positive`);
      }
    } else if (sentiment.kind === "category" && categoryTones(sentiment.values).size === 0) {
      add(
        "sentimentFrom",
        `none of ${name}'s values (${sentiment.values.slice(0, 5).join(", ")}) reads as a sentiment such as positive/negative, satisfied/unsatisfied or 1-5 stars; use topicFrom for what the text is about`,
      );
    }
  }
  const topic = column.topicFrom === undefined ? undefined : byName.get(column.topicFrom);
  if (topic && topic.name !== column.name && !TOPIC_KINDS.has(topic.kind)) {
    add("topicFrom", `"${column.topicFrom}" is a ${topic.kind} column; the topic comes from a category column (a ticket category, a product category)`);
  }
  const mention = column.mentionFrom === undefined ? undefined : byName.get(column.mentionFrom);
  if (mention && mention.name !== column.name && !MENTION_KINDS.has(mention.kind)) {
    add("mentionFrom", `"${column.mentionFrom}" is a ${mention.kind} column; a text mentions a name, place, product, hashtag or id (a faker, category, derived, id or integer column)`);
  }
}
