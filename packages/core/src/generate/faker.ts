import type { Faker } from "@faker-js/faker";
// The locale entry, not the package root: the root pulls in all 70 locales and costs
// ~150 ms more at start-up, which is most of the time-to-first-row budget (issue 6).
import { faker as enFaker } from "@faker-js/faker/locale/en";

/** Faker's reference date, fixed so relative dates never follow the wall clock. */
export const FAKER_REF_DATE = "2025-01-01T00:00:00.000Z";

type FakerClass = new (options: { locale: Faker["rawDefinitions"][] }) => Faker;

/** A Faker of our own (never the shared global), English locale (en over base), fixed reference date. */
export function createFaker(): Faker {
  // The entry exports only an instance; its class and merged en+base definitions make an equal, private one.
  const faker = new (enFaker.constructor as FakerClass)({ locale: [enFaker.rawDefinitions] });
  faker.setDefaultRefDate(FAKER_REF_DATE);
  return faker;
}

/** Faker's English definitions (en merged over base), read-only; what the fast methods draw from. */
export function englishDefinitions(): Faker["rawDefinitions"] {
  return enFaker.rawDefinitions;
}
