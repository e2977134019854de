import { randomInt } from "node:crypto";
import { SynthdataError } from "./errors.js";

export const DEFAULT_ROWS = 1000;
/** A ceiling that keeps a typo (1e12) from filling a disk; doors may set lower caps. */
export const MAX_ROWS = 1_000_000_000;
export const MAX_SEED = 2 ** 32 - 1;
export const MAX_DESCRIPTION_LENGTH = 4000;

export function checkRows(rows: unknown = DEFAULT_ROWS, max = MAX_ROWS): number {
  if (typeof rows !== "number" || !Number.isInteger(rows) || rows < 1 || rows > max) {
    throw new SynthdataError("INVALID_ARGUMENT", `rows must be a whole number from 1 to ${max}, got ${JSON.stringify(rows)}`);
  }
  return rows;
}

/** The seed to use: the caller's, or a fresh one (reported back so the run can be repeated). */
export function checkSeed(seed: unknown): number {
  if (seed === undefined || seed === null) return randomInt(0, 2 ** 31);
  if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new SynthdataError("INVALID_ARGUMENT", `seed must be a whole number from 0 to ${MAX_SEED}, got ${JSON.stringify(seed)}`);
  }
  return seed;
}

export function checkDescription(description: unknown): string {
  if (typeof description !== "string" || description.trim().length === 0) {
    throw new SynthdataError("INVALID_ARGUMENT", 'describe the dataset in words, e.g. "customers with name, email, age and city"');
  }
  if (description.length > MAX_DESCRIPTION_LENGTH) {
    throw new SynthdataError("INVALID_ARGUMENT", `the description is ${description.length} characters; keep it under ${MAX_DESCRIPTION_LENGTH}`);
  }
  return description;
}
