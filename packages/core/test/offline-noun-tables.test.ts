/**
 * The offline planner on several tables described the way a learner writes them (sentences.ts,
 * nounEntities.ts): "X and their Ys. each X has a, b; each Y has c, d", "a <place> with A, B and
 * C; each C has an A, a B, ...", and "users, the Ys they post (...) and Zs users leave on Ys (...)".
 * Planned through planOffline, generated to CSV, read back with csv-parse: every key is unique and
 * every foreign key points at a row.
 */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { generateDataset, planOffline, type DatasetSpec } from "@synthdata/core";
import { tempDir } from "./helpers.js";

type Rows = Record<string, string>[];

const tableOf = (spec: DatasetSpec, name: string) => (spec.table === name ? { name, columns: spec.columns, references: spec.references, parent: undefined, rows: undefined } : spec.tables?.find((t) => t.name === name));
const names = (spec: DatasetSpec) => [spec.table, ...(spec.tables ?? []).map((t) => t.name)];
const columnsOf = (spec: DatasetSpec, name: string) => tableOf(spec, name)!.columns.map((c) => c.name);

/** Generates the spec's tables and reads each back. */
async function generate(spec: DatasetSpec, rows = 300): Promise<Map<string, Rows>> {
  const dir = await tempDir();
  const result = await generateDataset({ spec }, { rows, seed: 5, outPath: `${dir}/data`, overwrite: true, card: false, workers: 1 });
  const out = new Map<string, Rows>();
  for (const [name, t] of Object.entries(result.tables!)) out.set(name, parse(await readFile(t.file, "utf8"), { columns: true }) as Rows);
  return out;
}

/** Every table's key is filled and unique; every reference (parent or not) points at a row of its table. */
function expectKeysJoin(spec: DatasetSpec, data: Map<string, Rows>): void {
  const keyOf = (table: string) => tableOf(spec, table)!.columns.find((c) => c.kind === "id")!.name;
  for (const table of names(spec)) {
    const rows = data.get(table!)!;
    expect(rows.length, table).toBeGreaterThan(0);
    const keys = rows.map((r) => r[keyOf(table!)]);
    expect(keys.every((k) => k !== undefined && k !== ""), table).toBe(true);
    expect(new Set(keys).size, table).toBe(keys.length);
    for (const ref of tableOf(spec, table!)!.references ?? []) {
      const targets = new Set(data.get(ref.table)!.map((r) => r[keyOf(ref.table)]));
      const orphans = rows.filter((r) => !targets.has(r[ref.name]!));
      expect(orphans.length, `${table}.${ref.name} -> ${ref.table}`).toBe(0);
    }
  }
}

describe("offline planner: tables described sentence by sentence", () => {
  it("reads 'authors and their books. each author has ...; each book has ...' as two tables with those columns", async () => {
    const { spec } = planOffline("authors and their books. each author has a name, country and birth year; each book has a genre (fiction, mystery, romance, fantasy), a page count, a price and an average rating");
    expect(names(spec)).toEqual(["authors", "books"]);
    expect(columnsOf(spec, "authors")).toEqual(["author_id", "name", "country", "birth_year"]);
    expect(tableOf(spec, "authors")!.columns.find((c) => c.name === "name")).toMatchObject({ kind: "faker", method: "person.fullName" });
    const books = tableOf(spec, "books")!;
    expect(books.parent?.table).toBe("authors");
    expect(books.references?.map((r) => [r.name, r.table])).toEqual([["author_id", "authors"]]);
    expect(books.columns.find((c) => c.name === "genre")).toMatchObject({ kind: "category", values: ["fiction", "mystery", "romance", "fantasy"] });
    expect(columnsOf(spec, "books")).toEqual(expect.arrayContaining(["book_id", "page_count", "price", "average_rating"]));
    expectKeysJoin(spec, await generate(spec));
  });

  it("gives a thing's listed name the thing's own names, not a person's", () => {
    const { spec } = planOffline("bakeries and their cakes. each bakery has a name, a city and an opening year; each cake has a flavour (chocolate, vanilla, lemon), a price and a weight in grams");
    expect(names(spec)).toEqual(["bakeries", "cakes"]);
    expect(tableOf(spec, "bakeries")!.columns.find((c) => c.name === "name")).toMatchObject({ kind: "faker", method: "company.name" });
    // The name took the place of the label the planner adds when none is listed.
    expect(columnsOf(spec, "bakeries")).not.toContain("bakery_name");
  });

  it("makes the last entity of 'a dance studio with instructors, members and classes; each class has an instructor, a member, ...' the table that references the others", async () => {
    const { spec } = planOffline("a dance studio with instructors, members and classes; each class has an instructor, a member, a date, a style (salsa, tango, ballet, hip hop) and a length in minutes");
    expect(names(spec).sort()).toEqual(["classes", "instructors", "members"]);
    const classes = tableOf(spec, "classes")!;
    expect(classes.references?.map((r) => [r.name, r.table]).sort()).toEqual([["instructor_id", "instructors"], ["member_id", "members"]]);
    expect(classes.columns.find((c) => c.name === "date")?.kind).toBe("date");
    expect(classes.columns.find((c) => c.name === "style")).toMatchObject({ kind: "category", values: ["salsa", "tango", "ballet", "hip hop"] });
    // "a teacher" and "a member" are the keys, not columns of their own.
    expect(columnsOf(spec, "classes")).not.toContain("instructor");
    expect(columnsOf(spec, "classes")).not.toContain("member");
    // Nothing listed for the people: each gets a name.
    expect(tableOf(spec, "instructors")!.columns.find((c) => c.kind === "faker")?.name).toBe("instructor_name");
    expect(tableOf(spec, "members")!.columns.find((c) => c.kind === "faker")?.name).toBe("member_name");
    const data = await generate(spec);
    expectKeysJoin(spec, data);
    const minutes = data.get("classes")!.map((r) => Number(r.length_minutes));
    expect(minutes.every((m) => Number.isInteger(m) && m >= 15 && m <= 120)).toBe(true);
  });

  it("reads 'users, the playlists they create (...) and likes users leave on playlists (...)': each table points at its owner and the like at both", async () => {
    const { spec } = planOffline("music app data: users, the playlists they create (name, genre, number of songs) and likes users leave on playlists (date)");
    expect(names(spec).sort()).toEqual(["likes", "playlists", "users"]);
    const playlists = tableOf(spec, "playlists")!;
    expect(playlists.references?.map((r) => [r.name, r.table])).toEqual([["user_id", "users"]]);
    expect(columnsOf(spec, "playlists")).toEqual(expect.arrayContaining(["playlist_id", "name", "genre", "number_of_songs"]));
    const likes = tableOf(spec, "likes")!;
    expect(likes.references?.map((r) => [r.name, r.table]).sort()).toEqual([["playlist_id", "playlists"], ["user_id", "users"]]);
    expect(likes.columns.find((c) => c.name === "date")?.kind).toBe("date");
    expectKeysJoin(spec, await generate(spec));
  });

  it("reads the same relative clauses with no parentheses", () => {
    const { spec } = planOffline("customers, the vans they rent and reviews customers leave on vans");
    expect(names(spec).sort()).toEqual(["customers", "reviews", "vans"]);
    expect(tableOf(spec, "reviews")!.references?.map((r) => r.table).sort()).toEqual(["customers", "vans"]);
  });

  it("keeps one table where the sentences name no second table", () => {
    for (const d of ["customers with name, age and city. each customer has a loyalty tier (gold, silver, bronze)", "each employee has a name, a department (sales, hr, it) and a salary", "orders with date and total; each order has a status (open, shipped)"]) {
      expect(planOffline(d).spec.tables, d).toBeUndefined();
    }
  });

  it("reads 'boats have a name, ...' without 'each', and dates a booking after its member joined", async () => {
    const { spec } = planOffline("a climbing gym with members, routes and sessions. members have a name, join date and grade (beginner, intermediate, advanced); routes have a route name and difficulty 1-10; each session has a member, a route, a session date and attempts");
    expect(names(spec).sort()).toEqual(["members", "routes", "sessions"]);
    const data = await generate(spec);
    expectKeysJoin(spec, data);
    const joined = new Map(data.get("members")!.map((r) => [r.member_id, r.join_date]));
    for (const r of data.get("sessions")!) expect(Date.parse(r.session_date!)).toBeGreaterThanOrEqual(Date.parse(joined.get(r.member_id)!));
  });

  it("keeps a column's own values inside a table's parenthesised list, and a thing's title as a short title", async () => {
    const { spec } = planOffline("film festival data: directors (director name, country) and their films (film title, genre (drama, comedy, documentary), runtime minutes, audience score)");
    expect(names(spec).sort()).toEqual(["directors", "films"]);
    const films = tableOf(spec, "films")!.columns;
    expect(films.find((c) => c.name === "genre")).toMatchObject({ kind: "category", values: ["drama", "comedy", "documentary"] });
    expect(films.find((c) => c.name === "film_title")?.kind).not.toBe("boolean");
    expectKeysJoin(spec, await generate(spec));
  });
});
