import { beforeAll, describe, expect, it } from "vitest";
import { compileSpec, generateChunk, parseSpec } from "@synthdata/core";
import { createFaker, loadFaker } from "../src/generate/faker.js";
import { spec } from "./helpers.js";

beforeAll(loadFaker);

// Fast paths must not trade variety for speed (issue 6): each text column keeps
// within 10% of the distinct-value ratio faker itself gives at the same size.
const ROWS = 100_000;
const METHODS = {
  "person.fullName": (f: ReturnType<typeof createFaker>) => f.person.fullName(),
  "internet.email": (f: ReturnType<typeof createFaker>) => f.internet.email(),
  "location.streetAddress": (f: ReturnType<typeof createFaker>) => f.location.streetAddress(),
  "location.city": (f: ReturnType<typeof createFaker>) => f.location.city(),
  "person.firstName": (f: ReturnType<typeof createFaker>) => f.person.firstName(),
  "person.lastName": (f: ReturnType<typeof createFaker>) => f.person.lastName(),
} as const;

function fakerRatio(call: (f: ReturnType<typeof createFaker>) => string): number {
  const faker = createFaker();
  faker.seed(12345);
  const seen = new Set<string>();
  for (let i = 0; i < ROWS; i++) seen.add(call(faker));
  return seen.size / ROWS;
}

describe(`variety at ${ROWS} rows`, () => {
  const ids = Object.keys(METHODS) as (keyof typeof METHODS)[];
  const compiled = compileSpec(parseSpec(spec(ids.map((method, i) => ({ name: `c${i}`, kind: "faker", method })))));
  const block = generateChunk(compiled, 99, 0, ROWS, ROWS);

  it.each(ids)("%s keeps faker's distinct-value ratio within 10 percent", (id) => {
    const ours = new Set(block.columns[ids.indexOf(id)]!).size / ROWS;
    const theirs = fakerRatio(METHODS[id]);
    expect(Math.abs(ours - theirs) / theirs).toBeLessThan(0.1);
  }, 120_000);
});
