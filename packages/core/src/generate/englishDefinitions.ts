import { faker } from "@faker-js/faker/locale/en";

/**
 * Faker's English definitions (en merged over base): the data the compiled
 * catalog methods (fastFaker.ts) draw from. Plain data, no functions.
 *
 * The CLI bundle (packages/cli/build.mjs) replaces this module with the same
 * data as JSON taken from this faker at build time, so a run whose faker
 * methods are all compiled never loads faker's code (time to first row).
 */
export const ENGLISH_DEFINITIONS: Faker["rawDefinitions"] = faker.rawDefinitions;

type Faker = typeof faker;
