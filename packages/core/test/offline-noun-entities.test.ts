/**
 * The offline planner on several related things the entity knowledge does not hold
 * (nounEntities.ts), the user's own table names, outcome names, and a child table's
 * outcome: through planOffline, then generated to CSV and read back with csv-parse.
 */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { generateDataset, planOffline, type DatasetSpec } from "@synthdata/core";
import { tempDir } from "./helpers.js";

const tableOf = (spec: DatasetSpec, name: string) => (spec.table === name ? { name, columns: spec.columns, references: spec.references } : spec.tables?.find((t) => t.name === name));
const names = (spec: DatasetSpec) => [spec.table, ...(spec.tables ?? []).map((t) => t.name)];

describe("offline planner: things the knowledge base lacks, related by the description", () => {
  it("plans a junction between members and fitness classes, with a date on the bookings", () => {
    const { spec } = planOffline("a gym with members, fitness classes and bookings of members into classes");
    expect(names(spec).sort()).toEqual(["bookings", "fitness_classes", "members"]);
    const bookings = spec.tables!.find((t) => t.name === "bookings")!;
    expect(bookings.parent?.table).toBe("members");
    expect(bookings.references?.map((r) => [r.name, r.table])).toEqual([["member_id", "members"], ["fitness_class_id", "fitness_classes"]]);
    expect(bookings.columns.find((c) => c.kind === "date")?.name).toBe("booking_date");
    expect(tableOf(spec, "members")!.columns.find((c) => c.kind === "faker")).toMatchObject({ name: "member_name", method: "person.fullName" });
  });

  it("hangs 'the matches they played' under players and names the target from 'whether a player quits'", () => {
    const { spec } = planOffline("a video game with players and matches they played, and whether a player quits");
    expect(spec.table).toBe("players");
    expect(spec.target).toBe("quit");
    expect(spec.tables!.find((t) => t.name === "matches")!.parent?.table).toBe("players");
  });

  it("follows 'landlords, their properties and tenants' as a chain", () => {
    const { spec } = planOffline("landlords, their properties and tenants paying rent");
    expect(spec.tables!.map((t) => [t.name, t.parent?.table])).toEqual([["properties", "landlords"], ["tenants", "properties"]]);
  });

  it("reads 'airlines, their flights' and 'reviews of books' as tables though airlines and reviews are also column names", () => {
    expect(planOffline("airlines, their flights and passengers on each flight").spec.tables!.map((t) => [t.name, t.parent?.table])).toEqual([["flights", "airlines"], ["passengers", "flights"]]);
    const books = planOffline("authors, the books they wrote and reviews of books").spec;
    expect(books.table).toBe("authors");
    expect(books.tables!.map((t) => [t.name, t.parent?.table])).toEqual([["books", "authors"], ["reviews", "books"]]);
  });

  it("keeps one-table descriptions whose plural nouns are columns as one table", () => {
    for (const d of ["customers with name, email, age and city", "products with likes, comments and shares", "players with name, age and whether they quit", "products and their prices", "stores and their weekly sales", "movies and their ratings"]) expect(planOffline(d).spec.tables, d).toBeUndefined();
  });

  it("uses the user's table names and reads outcome names as a learner writes them", () => {
    const hospital = planOffline("hospital data: doctors, patients and appointments, with whether the patient no-showed").spec;
    expect(names(hospital)).toContain("appointments");
    expect(tableOf(hospital, "appointments")!.columns[0]!.name).toBe("appointment_id");
    expect(hospital.target).toBe("no_show");
    expect(planOffline("a library with members, books and loans; some members stop borrowing").spec.target).toBe("stopped_borrowing");
  });

  it("leaves out a plural noun nothing relates, with a warning, rather than reading it as a yes/no outcome", () => {
    const { spec, warnings } = planOffline("a dental practice with dentists, patients and appointments, and receptionists");
    expect(names(spec).sort()).toEqual(["appointments", "dentists", "patients"]);
    expect(spec.target).toBeUndefined();
    expect(warnings.some((w) => w.startsWith('left out "receptionists"'))).toBe(true);
  });

  it("makes the loans the first table when the outcome is a loan's, the customers a table they reference", () => {
    const { spec, warnings } = planOffline("customers and their loans; whether a loan defaulted");
    expect(spec.table).toBe("loans");
    expect(spec.target).toBe("defaulted");
    expect(spec.columns.find((c) => c.name === "defaulted")?.kind).toBe("boolean");
    expect(spec.references).toEqual([expect.objectContaining({ name: "customer_id", table: "customers" })]);
    expect(tableOf(spec, "customers")).toMatchObject({ rows: 1000 });
    expect(warnings.some((w) => w.startsWith("loans is the first table"))).toBe(true);
  });

  it("keeps a child's outcome a column of its table, with a warning, where the root has other children", () => {
    const { spec, warnings } = planOffline("customers, their orders and their reviews; whether an order was returned");
    expect(spec.table).toBe("customers");
    expect(spec.target).toBeUndefined();
    expect(tableOf(spec, "orders")!.columns.find((c) => c.name === "returned")?.kind).toBe("boolean");
    expect(warnings.some((w) => w.includes("orders.returned") && w.includes("target"))).toBe(true);
  });

  it("gives students ages of students and writes means as a person would", () => {
    const { spec } = planOffline("students, courses and enrollments");
    expect(tableOf(spec, "students")!.columns.find((c) => c.name === "age")).toMatchObject({ mean: 24, min: 18, max: 30 });
    expect(tableOf(spec, "courses")!.columns.find((c) => c.name === "credits")).toMatchObject({ mean: 3.4 });
  });

  it("generates the festival's tables with every performance pointing at a band and a stage", async () => {
    const { spec } = planOffline("music festival data: bands, stages and performances of bands on stages");
    const dir = await tempDir();
    const result = await generateDataset({ spec }, { rows: 200, seed: 3, outPath: `${dir}/festival`, overwrite: true, card: false, workers: 1 });
    const read = async (name: string) => parse(await readFile(result.tables![name]!.file, "utf8"), { columns: true }) as Record<string, string>[];
    const [bands, stages, performances] = [await read("bands"), await read("stages"), await read("performances")];
    const bandIds = new Set(bands.map((r) => r.band_id));
    const stageIds = new Set(stages.map((r) => r.stage_id));
    expect(performances.length).toBeGreaterThan(0);
    expect(performances.every((r) => bandIds.has(r.band_id!) && stageIds.has(r.stage_id!))).toBe(true);
    expect(performances.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.performance_date!))).toBe(true);
    expect(stages.every((r) => /^Stage \d+$/.test(r.stage_label!))).toBe(true);
  });
});
