import { beforeAll, describe, expect, it } from "vitest";
import { compileSpec, generateChunk, getCatalogEntry, parseSpec } from "@synthdata/core";
import { ENGLISH_DEFINITIONS } from "../src/generate/englishDefinitions.js";
import { createFaker, loadFaker } from "../src/generate/faker.js";
import { fastFakerIds, fastFakerMethod } from "../src/generate/fastFaker.js";
import { Random } from "../src/generate/random.js";
import { spec } from "./helpers.js";

beforeAll(loadFaker);

const N = 4000;

function sample(id: string, args: Record<string, unknown> = {}): { fast: string[]; faker: string[] } {
  const fast = fastFakerMethod(id, args)!;
  const rng = new Random(7);
  const faker = createFaker();
  faker.seed(7);
  const entry = getCatalogEntry(id)!;
  return { fast: Array.from({ length: N }, () => fast(rng)), faker: Array.from({ length: N }, () => String(entry.run(faker, args))) };
}

const share = (xs: string[], test: (x: string) => boolean) => xs.filter(test).length / xs.length;
const defs = ENGLISH_DEFINITIONS as unknown as Record<string, Record<string, unknown>>;

describe("fast faker methods", () => {
  it("cover the text columns of the bench spec and many list methods, all catalog ids", () => {
    const ids = fastFakerIds();
    for (const id of ["person.fullName", "internet.email", "location.streetAddress", "location.city", "person.firstName", "person.lastName"]) expect(ids).toContain(id);
    for (const id of ids) expect(getCatalogEntry(id), id).toBeDefined();
    expect(ids.length).toBeGreaterThan(30);
  });

  it("list methods draw from the very list faker draws from, and cover it", () => {
    for (const id of fastFakerIds()) {
      const { fast, faker } = sample(id);
      const fakerSet = new Set(faker);
      const fastSet = new Set(fast);
      // Same population: with 4000 draws every value of a short list shows up on both sides.
      if (fakerSet.size < 60) expect([...fastSet].sort(), id).toEqual([...fakerSet].sort());
      // For long lists (and templates) most values faker gives are values we can give, judged by shape below.
      expect(fastSet.size / fakerSet.size, id).toBeGreaterThan(0.85);
      expect(fastSet.size / fakerSet.size, id).toBeLessThan(1.15);
    }
  });

  it("full names have faker's mix of prefixes, suffixes and double-barrelled surnames", () => {
    const { fast, faker } = sample("person.fullName");
    const prefixes = Object.values(defs["person"]!["prefix"] as Record<string, string[]>).flat();
    const suffixes = defs["person"]!["suffix"] as string[];
    const hasPrefix = (s: string) => prefixes.includes(s.split(" ")[0]!);
    const hasSuffix = (s: string) => suffixes.includes(s.split(" ").at(-1)!);
    for (const test of [hasPrefix, hasSuffix, (s: string) => s.includes("-")]) expect(Math.abs(share(fast, test) - share(faker, test))).toBeLessThan(0.03);
    for (const name of fast) expect(name).toMatch(/^[A-Z][\w.'-]*( [A-Z][\w.'-]*){1,3}$/);
  });

  it("emails look like faker's: name-based local part, a free provider, numbers in the same share", () => {
    const { fast, faker } = sample("internet.email");
    const providers = defs["internet"]!["free_email"] as string[];
    for (const email of fast) {
      expect(email).toMatch(/^[A-Za-z0-9._+-]+@[a-z.]+$/);
      expect(providers).toContain(email.split("@")[1]);
    }
    for (const test of [(s: string) => /\d@/.test(s), (s: string) => s.includes("_"), (s: string) => /^[^@]*\.[^@]*@/.test(s)]) {
      expect(Math.abs(share(fast, test) - share(faker, test))).toBeLessThan(0.03);
    }
  });

  it("street addresses and cities follow faker's patterns in the same shares", () => {
    const a = sample("location.streetAddress");
    for (const s of a.fast) expect(s).toMatch(/^[1-9]\d{2,4} \S.*$/);
    for (const digits of [3, 4, 5]) {
      const test = (s: string) => s.split(" ")[0]!.length === digits;
      expect(Math.abs(share(a.fast, test) - share(a.faker, test))).toBeLessThan(0.03);
    }
    const c = sample("location.city");
    const listed = new Set(defs["location"]!["city_name"] as string[]);
    const prefixed = (s: string) => (defs["location"]!["city_prefix"] as string[]).includes(s.split(" ")[0]!);
    for (const test of [(s: string) => listed.has(s), prefixed]) expect(Math.abs(share(c.fast, test) - share(c.faker, test))).toBeLessThan(0.03);
  });

  it("honour the sex argument of first names", () => {
    const female = new Set((defs["person"]!["first_name"] as Record<string, string[]>)["female"]);
    const male = new Set((defs["person"]!["first_name"] as Record<string, string[]>)["male"]);
    const { fast } = sample("person.firstName", { sex: "female" });
    expect(fast.some((n) => female.has(n))).toBe(true);
    expect(fast.filter((n) => male.has(n) && !female.has(n))).toEqual([]);
  });

  it("uuids are version 4 with the RFC 4122 variant", () => {
    const block = generateChunk(compileSpec(parseSpec(spec([{ name: "id", kind: "id", format: "uuid" }]))), 1, 0, 2000, 2000);
    for (const id of block.columns[0]!) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(block.columns[0]).size).toBe(2000);
  });
});
