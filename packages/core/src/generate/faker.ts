import { Faker, base, en } from "@faker-js/faker";

/** Faker's reference date, fixed so relative dates never follow the wall clock. */
export const FAKER_REF_DATE = "2025-01-01T00:00:00.000Z";

/** A Faker of our own (never the shared global), English locale, fixed reference date. */
export function createFaker(): Faker {
  const faker = new Faker({ locale: [en, base] });
  faker.setDefaultRefDate(FAKER_REF_DATE);
  return faker;
}
