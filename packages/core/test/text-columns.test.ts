import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Sentiment from "sentiment";
import { describe, expect, it } from "vitest";
import { SynthdataError, checkSpec, compileSpec, generateDataset, parseSpec, type DatasetCard } from "@synthdata/core";
import { csvChunks } from "../src/parallel/csvChunks.js";
import { csvText, generateRecords, parseCsv, spec, tempDir } from "./helpers.js";

// The judge of tone is the npm `sentiment` package (AFINN-165 word scores), which had no part in
// writing the texts: a text agrees with a rating when the scorer reads 4-5 stars as positive,
// 1-2 stars as negative, and 3 stars as mixed (it finds both a positive and a negative word).
const scorer = new Sentiment();

function agrees(rating: number, text: string): boolean {
  const { score, positive, negative } = scorer.analyze(text);
  if (rating >= 4) return score > 0;
  if (rating <= 2) return score < 0;
  return positive.length > 0 && negative.length > 0;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean);

/** Share of texts whose first five words some other text of the sample also starts with. */
function sharedOpeningShare(texts: readonly string[]): number {
  const counts = new Map<string, number>();
  const key = (t: string) => words(t).slice(0, 5).join(" ");
  for (const t of texts) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  return texts.filter((t) => counts.get(key(t))! > 1).length / texts.length;
}

const distinctRatio = (texts: readonly string[]) => new Set(texts).size / texts.length;

const reviews = spec([
  { name: "rating", kind: "integer", min: 1, max: 5, distribution: "uniform" },
  { name: "review", kind: "text", style: "review", sentimentFrom: "rating" },
]);

describe("text columns tied to other columns", () => {
  it("reads as its rating: an independent scorer agrees on >= 90% of 100k reviews, by star", async () => {
    const rows = await generateRecords(reviews, 100_000, 42);
    const byStar = new Map<number, { n: number; ok: number; score: number }>();
    for (const row of rows) {
      const star = Number(row["rating"]);
      const entry = byStar.get(star) ?? { n: 0, ok: 0, score: 0 };
      entry.n++;
      if (agrees(star, row["review"]!)) entry.ok++;
      entry.score += scorer.analyze(row["review"]!).score;
      byStar.set(star, entry);
    }
    const total = [...byStar.values()].reduce((a, e) => a + e.ok, 0) / rows.length;
    const figures = [1, 2, 3, 4, 5].map((s) => `${s}*: ${(byStar.get(s)!.ok / byStar.get(s)!.n).toFixed(3)} (mean score ${(byStar.get(s)!.score / byStar.get(s)!.n).toFixed(2)})`);
    console.log(`review/rating agreement ${total.toFixed(4)}; ${figures.join(", ")}`);
    expect(total).toBeGreaterThanOrEqual(0.9);
    for (const s of [1, 2, 3, 4, 5]) expect(byStar.get(s)!.ok / byStar.get(s)!.n).toBeGreaterThanOrEqual(0.8);
    // The mean score climbs with the stars: a 1-star review reads worse than a 2-star one, and so on.
    const means = [1, 2, 3, 4, 5].map((s) => byStar.get(s)!.score / byStar.get(s)!.n);
    for (let i = 1; i < means.length; i++) expect(means[i]!, figures.join(", ")).toBeGreaterThan(means[i - 1]!);
  }, 120_000);

  it("reads a sentiment category and a boolean flag as tone", async () => {
    const rows = await generateRecords(
      spec([
        { name: "satisfaction", kind: "category", values: ["very satisfied", "satisfied", "neutral", "unsatisfied", "very unsatisfied"] },
        { name: "churned", kind: "boolean", probability: 0.4 },
        { name: "feedback", kind: "text", style: "feedback", sentimentFrom: "satisfaction" },
        { name: "comment", kind: "text", style: "comment", sentimentFrom: "churned" },
      ]),
      5000,
      3,
    );
    const star: Record<string, number> = { "very satisfied": 5, satisfied: 4, neutral: 3, unsatisfied: 2, "very unsatisfied": 1 };
    const feedbackOk = rows.filter((r) => agrees(star[r["satisfaction"]!]!, r["feedback"]!)).length / rows.length;
    // churned is a flag whose true reads badly: churned customers comment negatively.
    const commentOk = rows.filter((r) => agrees(r["churned"] === "true" ? 1 : 5, r["comment"]!)).length / rows.length;
    console.log(`feedback/satisfaction agreement ${feedbackOk.toFixed(3)}, comment/churned ${commentOk.toFixed(3)}`);
    expect(feedbackOk).toBeGreaterThanOrEqual(0.9);
    expect(commentOk).toBeGreaterThanOrEqual(0.9);
  });

  it("writes a ticket about its category: each known category's problem, an unknown one by name", async () => {
    const categories = ["billing", "shipping", "technical", "account", "refund", "login", "Warranty claim"];
    const rows = await generateRecords(
      spec([
        { name: "category", kind: "category", values: categories },
        { name: "ticket", kind: "text", style: "support_ticket", topicFrom: "category" },
        { name: "complaint", kind: "text", style: "complaint", topicFrom: "category" },
      ]),
      20_000,
      9,
    );
    // The test's own words for each category, not the generator's lists.
    const signs: Record<string, RegExp> = {
      billing: /charge|invoice|bill|payment|discount/i,
      shipping: /deliver|package|parcel|courier|tracking|shipment|arrived/i,
      technical: /app |app\.|error|crash|website|page|screen|sync|notification|bug/i,
      account: /account|profile/i,
      refund: /refund|return|money back/i,
      login: /log in|login|logged|password|two-factor|access/i,
      "Warranty claim": /warranty claim/i,
    };
    for (const column of ["ticket", "complaint"]) {
      const misses = rows.filter((r) => !signs[r["category"]!]!.test(r[column]!));
      expect(misses.slice(0, 3).map((r) => `${r["category"]}: ${r[column]}`)).toEqual([]);
      // And the texts differ by category: a billing ticket rarely reads like a login one.
      const billing = rows.filter((r) => r["category"] === "billing");
      expect(billing.filter((r) => signs["login"]!.test(r[column]!)).length / billing.length).toBeLessThan(0.05);
    }
  });

  it("puts the hashtag in every post, the city in every bio, and keeps posts short", async () => {
    const rows = await generateRecords(
      spec([
        { name: "hashtag", kind: "category", values: ["#summer", "#ai", "#foodie", "#tbt"] },
        { name: "tag", kind: "category", values: ["travel", "music"] },
        { name: "city", kind: "faker", method: "location.city" },
        { name: "post", kind: "text", style: "social_post", mentionFrom: "hashtag", maxWords: 20 },
        { name: "post2", kind: "text", style: "social_post", mentionFrom: "tag", topicFrom: "tag" },
        { name: "bio", kind: "text", style: "bio", mentionFrom: "city" },
      ]),
      10_000,
      5,
    );
    for (const r of rows) {
      expect(r["post"]).toContain(r["hashtag"]);
      expect(words(r["post"]!).length).toBeLessThanOrEqual(20);
      expect(r["post2"]).toContain(`#${r["tag"]}`);
      expect(r["bio"]).toContain(r["city"]);
    }
  });

  it("keeps writing when a source cell is empty", async () => {
    const rows = await generateRecords(
      spec([
        { name: "rating", kind: "integer", min: 1, max: 5, nullRate: 0.3 },
        { name: "product", kind: "faker", method: "commerce.productName", nullRate: 0.3 },
        { name: "review", kind: "text", style: "review", sentimentFrom: "rating", mentionFrom: "product" },
      ]),
      3000,
      2,
    );
    expect(rows.every((r) => words(r["review"]!).length >= 3)).toBe(true);
    expect(rows.filter((r) => r["product"] !== "").every((r) => r["review"]!.includes(r["product"]!))).toBe(true);
  });
});

describe("text variety and style", () => {
  it("does not repeat visibly: distinct ratio and shared openings over 1000 and 100k reviews", async () => {
    const rows = (await generateRecords(reviews, 100_000, 7)).map((r) => r["review"]!);
    const first = rows.slice(0, 1000);
    const figures = { distinct1k: distinctRatio(first), distinct100k: distinctRatio(rows), sharedOpening1k: sharedOpeningShare(first) };
    console.log(`review variety ${JSON.stringify(figures)}`);
    expect(figures.distinct1k).toBeGreaterThanOrEqual(0.99);
    expect(figures.distinct100k).toBeGreaterThanOrEqual(0.9);
    expect(figures.sharedOpening1k).toBeLessThan(0.3);
  }, 120_000);

  it("writes every style in its own register, varied over 1000 rows", async () => {
    const styles = ["review", "comment", "social_post", "bio", "clinical_note", "complaint", "support_ticket", "feedback", "product_description", "job_description", "message", "headline"];
    const rows = await generateRecords(
      spec([{ name: "score", kind: "integer", min: 1, max: 5 }, ...styles.map((style) => ({ name: style, kind: "text", style, sentimentFrom: "score" }))]),
      1000,
      11,
    );
    const register: Record<string, RegExp> = {
      clinical_note: /(^|: |\. )(Pt |\d+ ?y\/o |\d+[MF] )/,
      support_ticket: /\b(I|my|me|[Pp]lease)\b/,
      job_description: /\b(we|our|you)\b/i,
      headline: /[^.]$/,
    };
    const report: string[] = [];
    for (const style of styles) {
      const texts = rows.map((r) => r[style]!);
      const d = distinctRatio(texts);
      const s = sharedOpeningShare(texts);
      report.push(`${style} ${d.toFixed(3)}/${s.toFixed(3)}`);
      expect(d, style).toBeGreaterThanOrEqual(0.8);
      for (const t of texts) {
        expect(t, style).toMatch(/^[A-Z0-9#]/); // starts like a sentence
        expect(t, style).not.toMatch(/[.!?] [a-z]/); // and so does every sentence after it
        expect(t, style).not.toMatch(/\{|\}|undefined|\u0001|  /); // no unfilled slot, no double space
        expect(t, style).not.toMatch(/\b[aA] [aei][a-z]|\b[aA]n [bcdfgklmnpqrstvwz][a-z]/); // articles agree
        if (register[style]) expect(t, style).toMatch(register[style]!);
      }
    }
    console.log(`distinct/shared-opening over 1000 rows: ${report.join(", ")}`);
  });

  // What a data scientist sees in a realistic dataset: 2,000 rows of every style, tied to a rating
  // or to a topic category of its own kind, must not repeat (>= 97% distinct), and fewer than a
  // quarter of the first 1,000 rows may share their first five words with another row.
  const TOPIC_VALUES: Record<string, string[]> = {
    review: ["electronics", "clothing", "books", "home"],
    product_description: ["electronics", "clothing", "books", "home"],
    complaint: ["billing", "shipping", "technical", "account"],
    support_ticket: ["billing", "shipping", "technical", "account"],
    clinical_note: ["cardiac", "respiratory", "diabetes"],
    job_description: ["engineering", "data", "sales"],
    social_post: ["food", "travel", "politics", "sports"],
    headline: ["food", "travel", "politics", "sports"],
    comment: ["the new update", "pricing"],
    feedback: ["checkout", "delivery"],
    message: ["dinner", "the trip"],
    bio: ["hiking", "cooking"],
  };
  const STYLES = Object.keys(TOPIC_VALUES);

  for (const tie of ["rating", "topic"] as const) {
    it(`does not repeat in any style at 2000 rows, tied to a ${tie}`, async () => {
      const columns: unknown[] = [{ name: "score", kind: "integer", min: 1, max: 5 }];
      for (const style of STYLES) {
        if (tie === "topic") columns.push({ name: `${style}_topic`, kind: "category", values: TOPIC_VALUES[style] });
        columns.push({ name: style, kind: "text", style, sentimentFrom: "score", ...(tie === "topic" ? { topicFrom: `${style}_topic` } : {}) });
      }
      const rows = await generateRecords(spec(columns), 2000, 21);
      const figures = STYLES.map((style) => {
        const texts = rows.map((r) => r[style]!);
        return { style, distinct: distinctRatio(texts), shared: sharedOpeningShare(texts.slice(0, 1000)) };
      });
      console.log(`${tie}-tied, distinct over 2000 / shared opening over 1000: ${figures.map((f) => `${f.style} ${f.distinct.toFixed(3)}/${f.shared.toFixed(3)}`).join(", ")}`);
      for (const f of figures) {
        expect(f.distinct, `${f.style} distinct at 2000 rows`).toBeGreaterThanOrEqual(0.97);
        expect(f.shared, `${f.style} shared first five words at 1000 rows`).toBeLessThan(0.25);
      }
    });
  }

  it("generates 100k rows with two text columns in a few seconds", async () => {
    const s = spec([
      { name: "rating", kind: "integer", min: 1, max: 5 },
      { name: "category", kind: "category", values: ["billing", "shipping", "technical", "account"] },
      { name: "review", kind: "text", style: "review", sentimentFrom: "rating" },
      { name: "ticket", kind: "text", style: "support_ticket", topicFrom: "category", sentimentFrom: "rating" },
    ]);
    const started = performance.now();
    const text = await csvText(s, 100_000, 1);
    const seconds = (performance.now() - started) / 1000;
    console.log(`100k rows x 2 text columns: ${seconds.toFixed(2)} s, ${Math.round(200_000 / seconds)} texts/s, ${(text.length / 1e6).toFixed(1)} MB`);
    expect(seconds).toBeLessThan(15); // a shared 2-core machine; about 2 s alone
  }, 60_000);

  it("writes the same bytes with 1 and 3 workers", async () => {
    // Workers load the compiled modules: run `pnpm --filter @synthdata/core build` before this test.
    const s = spec([
      { name: "rating", kind: "integer", min: 1, max: 5 },
      { name: "category", kind: "category", values: ["billing", "login", "Other thing"] },
      { name: "tag", kind: "category", values: ["#a", "#b"] },
      { name: "review", kind: "text", style: "review", sentimentFrom: "rating", typoRate: 0.05 },
      { name: "ticket", kind: "text", style: "support_ticket", topicFrom: "category", nullRate: 0.1 },
      { name: "post", kind: "text", style: "social_post", mentionFrom: "tag" },
    ]);
    const run = async (workers: number) => {
      let out = "";
      for await (const chunk of csvChunks(compileSpec(parseSpec(s)), { rows: 7_777, seed: 5, workers, chunkRows: 1000 })) out += chunk;
      return out;
    };
    const one = await run(1);
    expect(await run(3)).toBe(one);
    expect(parseCsv(one)).toHaveLength(7_777);
  }, 60_000);
});

describe("text column validation and card", () => {
  const issues = (columns: unknown[]) => {
    const result = checkSpec(spec(columns));
    return result.issues.map((i) => `${i.column}.${i.field}: ${i.message}`);
  };

  it("refuses sources that do not exist or do not fit, naming the column and field", () => {
    expect(issues([{ name: "t", kind: "text", style: "review", sentimentFrom: "stars" }])).toEqual(['t.sentimentFrom: refers to a column "stars" that the spec does not have']);
    expect(issues([{ name: "t", kind: "text", style: "review", topicFrom: "t" }])).toEqual(["t.topicFrom: a column cannot depend on itself"]);
    expect(issues([{ name: "d", kind: "date", from: "2024-01-01", to: "2024-12-31" }, { name: "t", kind: "text", style: "review", sentimentFrom: "d" }])[0]).toMatch(/^t\.sentimentFrom: "d" is a date column; the tone comes from a rating/);
    expect(issues([{ name: "plan", kind: "category", values: ["basic", "pro"] }, { name: "t", kind: "text", style: "review", sentimentFrom: "plan" }])[0]).toMatch(
      /^t\.sentimentFrom: none of plan's values \(basic, pro\) reads as a sentiment.*use topicFrom/,
    );
    expect(issues([{ name: "n", kind: "integer", min: 1, max: 9 }, { name: "t", kind: "text", style: "support_ticket", topicFrom: "n" }])[0]).toMatch(/^t\.topicFrom: "n" is a integer column; the topic comes from a category column/);
    expect(issues([{ name: "b", kind: "boolean" }, { name: "t", kind: "text", style: "social_post", mentionFrom: "b" }])[0]).toMatch(/^t\.mentionFrom: "b" is a boolean column/);
    expect(issues([{ name: "f", kind: "formula", expression: "1 + 1" }, { name: "t", kind: "text", style: "review", sentimentFrom: "f" }])[0]).toMatch(/give the formula "f" a min and a max/);
    expect(issues([{ name: "a", kind: "text", style: "review", mentionFrom: "b" }, { name: "b", kind: "text", style: "review", mentionFrom: "a" }])[0]).toMatch(/a text mentions a name/);
    try {
      parseSpec(spec([{ name: "t", kind: "text", style: "review", sentimentFrom: "stars" }]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SynthdataError);
      expect((error as SynthdataError).code).toBe("INVALID_SPEC");
      expect((error as SynthdataError).message).toContain('column "t" sentimentFrom: refers to a column "stars"');
    }
  });

  it("accepts ratings, booleans, sentiment categories and star categories", () => {
    expect(
      issues([
        { name: "stars", kind: "category", values: ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"] },
        { name: "mood", kind: "category", values: ["positive", "neutral", "negative"] },
        { name: "ok", kind: "boolean" },
        { name: "score", kind: "number", distribution: "normal", mean: 7, sd: 2 },
        { name: "a", kind: "text", style: "review", sentimentFrom: "stars" },
        { name: "b", kind: "text", style: "comment", sentimentFrom: "mood" },
        { name: "c", kind: "text", style: "message", sentimentFrom: "ok" },
        { name: "city", kind: "faker", method: "location.city" },
        { name: "d", kind: "text", style: "feedback", sentimentFrom: "score", mentionFrom: "city" },
      ]),
    ).toEqual([]);
  });

  it("says on the card what a text column follows", async () => {
    const dir = await tempDir();
    const result = await generateDataset(
      {
        spec: spec([
          { name: "rating", kind: "integer", min: 1, max: 5 },
          { name: "category", kind: "category", values: ["billing", "login"] },
          { name: "ticket", kind: "text", style: "support_ticket", sentimentFrom: "rating", topicFrom: "category" },
        ]),
      },
      { outPath: join(dir, "tickets.csv"), seed: 3, rows: 500 },
    );
    const card = JSON.parse(await readFile(result.files.cardJson!, "utf8")) as DatasetCard;
    expect(card.columns.find((c) => c.name === "ticket")!.generator).toBe("text, support ticket; tone from rating, about category");
    expect(await readFile(result.files.cardMarkdown!, "utf8")).toContain("text, support ticket; tone from rating, about category");
  });
});
