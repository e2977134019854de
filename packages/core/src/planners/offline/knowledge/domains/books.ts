import type { DomainKnowledge } from "../types.js";

/** Books in a bookstore or library catalogue: ISBN, pages, genre, copies sold. */
export const books: DomainKnowledge = {
  domain: "retail",
  words: ["bookstore", "bookshop", "books", "book catalogue", "book catalog", "publisher catalogue"],
  concepts: [
    {
      id: "isbn",
      names: ["isbn", "isbn 13", "isbn13", "isbn number"],
      source: "ISO 2108: ISBN-13 starts 978 or 979",
      shape: { kind: "id", format: "pattern", pattern: "978##########", unique: true },
    },
    {
      id: "page_count",
      names: ["page count", "pages", "number of pages", "page length", "num pages", "length in pages"],
      // Adult fiction and non-fiction mostly 200-500 pages.
      source: "Goodreads / Book Depth studies: median book length about 300-350 pages",
      shape: { kind: "integer", distribution: "normal", mean: 330, sd: 120, min: 48, max: 1200 },
    },
    {
      id: "book_genre",
      names: ["book genre", "genre", "literary genre", "book category"],
      domains: ["retail", "e-commerce", "media"],
      source: "Circana BookScan 2023 US print unit sales by category (approximate shares)",
      shape: { kind: "category", values: ["Fiction", "Mystery & Thriller", "Romance", "Science Fiction & Fantasy", "Biography", "History", "Self-Help", "Children's", "Young Adult", "Cookbooks"], weights: [0.18, 0.12, 0.12, 0.1, 0.08, 0.07, 0.08, 0.12, 0.08, 0.05] },
    },
    {
      id: "copies_sold",
      names: ["copies sold", "books sold", "copies", "units sold book", "copies sold this month"],
      domains: ["retail", "e-commerce", "media"],
      // Most titles sell a handful a month; a few sell thousands (long tail).
      source: "Circana BookScan: most titles sell under 100 copies a month",
      shape: { kind: "integer", distribution: "lognormal", mean: 40, sd: 80, min: 0, max: 50000 },
    },
  ],
};
