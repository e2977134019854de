import type { Faker } from "@faker-js/faker";

/** Faker's reference date, fixed so relative dates never follow the wall clock. */
export const FAKER_REF_DATE = "2025-01-01T00:00:00.000Z";

type FakerClass = new (options: { locale: Faker["rawDefinitions"][] }) => Faker;

let english: Faker | undefined;

/**
 * Loads faker's English locale, once per thread. Only catalog methods that
 * fastFaker does not compile call faker itself, so a run loads it only when
 * its spec has one (compiled.usesFaker; see `fakerFor`): about 50 ms of
 * start-up saved otherwise. The locale entry, not the package root, which
 * pulls in all 70 locales (~150 ms more).
 */
export async function loadFaker(): Promise<void> {
  english ??= (await import("@faker-js/faker/locale/en")).faker;
}

/** A Faker of our own (never the shared global), English locale (en over base), fixed reference date. Needs `loadFaker()` first. */
export function createFaker(): Faker {
  if (!english) throw new Error("faker is not loaded: await loadFaker() (or fakerFor(compiled)) before generating");
  // The entry exports only an instance; its class and merged en+base definitions make an equal, private one.
  const faker = new (english.constructor as FakerClass)({ locale: [english.rawDefinitions] });
  faker.setDefaultRefDate(FAKER_REF_DATE);
  return faker;
}
