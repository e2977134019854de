import type { Faker } from "@faker-js/faker";

/**
 * The faker methods a spec may name. A spec reaches faker only through the
 * `run` closures below: there is no property walk on the faker object with a
 * string from outside, no `eval`, and no `helpers.fake` template. A name that
 * is not a key of this Map (including `constructor`, `__proto__`,
 * `person.toString`) is a validation error.
 *
 * Plain data and closures, no zod: generation reads the catalog, and a cached
 * run should not pay for loading the validator (time to first row, issue 6).
 */
export interface CatalogEntry {
  /** `module.method`, as written in a spec. */
  readonly id: string;
  /** One line, shown to people, to the LLM prompt and in MCP tool descriptions. */
  readonly description: string;
  /** Arguments a spec may pass (all optional); anything else is rejected by `argIssues`. */
  readonly args: Readonly<Record<string, CatalogArg>>;
  /** Whether the value is text or a number (numbers are not formula-neutralised in CSV). */
  readonly returns: "string" | "number";
  readonly run: (faker: Faker, args: Record<string, unknown>) => string | number;
}

/** One optional argument: one of a few words, or a whole number in a range. */
export type CatalogArg = { readonly oneOf: readonly string[] } | { readonly int: readonly [min: number, max: number] };

const sexArg = { sex: { oneOf: ["female", "male"] } } as const;
const countArg = (max: number) => ({ count: { int: [1, max] } }) as const;

type Run<A> = (faker: Faker, args: A) => string | number;

function entry<A extends Record<string, unknown>>(
  id: string,
  description: string,
  run: Run<A>,
  args: Record<string, CatalogArg> = {},
  returns: "string" | "number" = "string",
): CatalogEntry {
  return Object.freeze({ id, description, args: Object.freeze(args), returns, run: run as CatalogEntry["run"] });
}

/** What is wrong with `args` for `entry` ("sex must be one of female, male"); empty when they fit. */
export function argIssues(entry: CatalogEntry, args: unknown): string[] {
  if (args === undefined) return [];
  if (!args || typeof args !== "object" || Array.isArray(args)) return ["args must be an object"];
  const issues: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    const rule = Object.hasOwn(entry.args, name) ? entry.args[name] : undefined;
    const allowed = Object.keys(entry.args);
    if (!rule) issues.push(`${name} is not an argument of ${entry.id}${allowed.length ? ` (it takes ${allowed.join(", ")})` : " (it takes none)"}`);
    else if (value === undefined) continue;
    else if ("oneOf" in rule) {
      if (typeof value !== "string" || !rule.oneOf.includes(value)) issues.push(`${name} must be one of ${rule.oneOf.join(", ")}`);
    } else if (typeof value !== "number" || !Number.isInteger(value) || value < rule.int[0] || value > rule.int[1]) {
      issues.push(`${name} must be a whole number from ${rule.int[0]} to ${rule.int[1]}`);
    }
  }
  return issues;
}

const ENTRIES: readonly CatalogEntry[] = [
  // person
  entry<{ sex?: "female" | "male" }>("person.firstName", "given name, e.g. Maria", (f, a) => f.person.firstName(a.sex), sexArg),
  entry<{ sex?: "female" | "male" }>("person.lastName", "family name, e.g. Schmidt", (f, a) => f.person.lastName(a.sex), sexArg),
  entry<{ sex?: "female" | "male" }>("person.middleName", "middle name", (f, a) => f.person.middleName(a.sex), sexArg),
  // titles "none": a first and a last name only, never "Dr." or "PhD" (children, pupils, players).
  entry<{ sex?: "female" | "male"; titles?: "none" }>(
    "person.fullName",
    "full name, e.g. Maria Schmidt",
    (f, a) => {
      if (a.titles !== "none") return f.person.fullName({ sex: a.sex });
      const sex = a.sex ?? f.person.sexType();
      return `${f.person.firstName(sex)} ${f.person.lastName(sex)}`;
    },
    { ...sexArg, titles: { oneOf: ["none"] } },
  ),
  entry("person.prefix", "name prefix, e.g. Dr.", (f) => f.person.prefix()),
  entry("person.sex", "female or male", (f) => f.person.sex()),
  entry("person.gender", "gender identity, e.g. Non-binary", (f) => f.person.gender()),
  entry("person.jobTitle", "job title, e.g. Senior Data Analyst", (f) => f.person.jobTitle()),
  entry("person.jobArea", "job area, e.g. Marketing", (f) => f.person.jobArea()),
  entry("person.jobType", "job type, e.g. Engineer", (f) => f.person.jobType()),
  entry("person.bio", "short profile bio", (f) => f.person.bio()),
  entry("person.zodiacSign", "zodiac sign", (f) => f.person.zodiacSign()),
  // internet
  entry("internet.email", "email address (use a derived email column to match a row's name)", (f) => f.internet.email()),
  entry("internet.username", "username, e.g. maria_s42", (f) => f.internet.username()),
  entry("internet.displayName", "display name for social media", (f) => f.internet.displayName()),
  entry("internet.url", "web URL", (f) => f.internet.url()),
  entry("internet.domainName", "domain name, e.g. example.net", (f) => f.internet.domainName()),
  entry("internet.ipv4", "IPv4 address", (f) => f.internet.ipv4()),
  entry("internet.ipv6", "IPv6 address", (f) => f.internet.ipv6()),
  entry("internet.mac", "MAC address", (f) => f.internet.mac()),
  entry("internet.userAgent", "browser user agent string", (f) => f.internet.userAgent()),
  entry("internet.httpMethod", "HTTP method, e.g. GET", (f) => f.internet.httpMethod()),
  entry("internet.httpStatusCode", "HTTP status code, e.g. 404", (f) => f.internet.httpStatusCode(), {}, "number"),
  entry("internet.emoji", "an emoji", (f) => f.internet.emoji()),
  // phone
  entry("phone.number", "phone number, e.g. 555-123-4567", (f) => f.phone.number()),
  entry("phone.imei", "IMEI device number", (f) => f.phone.imei()),
  // location
  entry("location.streetAddress", "street address, e.g. 742 Evergreen Terrace", (f) => f.location.streetAddress()),
  entry("location.secondaryAddress", "apartment or suite, e.g. Apt. 4", (f) => f.location.secondaryAddress()),
  entry("location.city", "city name", (f) => f.location.city()),
  entry("location.county", "county name", (f) => f.location.county()),
  entry("location.state", "US state name", (f) => f.location.state()),
  entry("location.zipCode", "postal code, e.g. 90210", (f) => f.location.zipCode()),
  entry("location.country", "country name", (f) => f.location.country()),
  entry("location.countryCode", "ISO country code, e.g. DE", (f) => f.location.countryCode()),
  entry("location.continent", "continent", (f) => f.location.continent()),
  entry("location.timeZone", "IANA time zone, e.g. Europe/Berlin", (f) => f.location.timeZone()),
  entry("location.latitude", "latitude in degrees", (f) => f.location.latitude(), {}, "number"),
  entry("location.longitude", "longitude in degrees", (f) => f.location.longitude(), {}, "number"),
  entry("location.language", "language name", (f) => f.location.language().name),
  // company
  entry("company.name", "company name", (f) => f.company.name()),
  entry("company.catchPhrase", "company slogan", (f) => f.company.catchPhrase()),
  entry("company.buzzPhrase", "business buzz phrase", (f) => f.company.buzzPhrase()),
  // commerce
  entry("commerce.productName", "product name, e.g. Ergonomic Steel Chair", (f) => f.commerce.productName()),
  entry("commerce.product", "product noun, e.g. Chair", (f) => f.commerce.product()),
  entry("commerce.productAdjective", "product adjective", (f) => f.commerce.productAdjective()),
  entry("commerce.productMaterial", "product material, e.g. Cotton", (f) => f.commerce.productMaterial()),
  entry("commerce.productDescription", "product description sentence", (f) => f.commerce.productDescription()),
  entry("commerce.department", "store department, e.g. Electronics", (f) => f.commerce.department()),
  entry("commerce.isbn", "ISBN", (f) => f.commerce.isbn()),
  entry("commerce.upc", "UPC barcode", (f) => f.commerce.upc()),
  // finance
  entry("finance.accountNumber", "bank account number", (f) => f.finance.accountNumber()),
  entry("finance.accountName", "account name, e.g. Savings Account", (f) => f.finance.accountName()),
  entry("finance.iban", "IBAN", (f) => f.finance.iban()),
  entry("finance.bic", "BIC / SWIFT code", (f) => f.finance.bic()),
  entry("finance.routingNumber", "routing number", (f) => f.finance.routingNumber()),
  entry("finance.creditCardNumber", "credit card number (test numbers only)", (f) => f.finance.creditCardNumber()),
  entry("finance.creditCardIssuer", "card issuer, e.g. visa", (f) => f.finance.creditCardIssuer()),
  entry("finance.currencyCode", "currency code, e.g. EUR", (f) => f.finance.currencyCode()),
  entry("finance.currencyName", "currency name", (f) => f.finance.currencyName()),
  entry("finance.transactionType", "transaction type, e.g. deposit", (f) => f.finance.transactionType()),
  entry("finance.transactionDescription", "transaction description", (f) => f.finance.transactionDescription()),
  entry("finance.bitcoinAddress", "bitcoin address", (f) => f.finance.bitcoinAddress()),
  // text
  entry<{ count?: number }>("lorem.words", "a few lorem words", (f, a) => f.lorem.words(a.count ?? 3), countArg(20)),
  entry<{ count?: number }>("lorem.sentence", "a lorem sentence", (f, a) => f.lorem.sentence(a.count), countArg(40)),
  entry<{ count?: number }>("lorem.paragraph", "a lorem paragraph", (f, a) => f.lorem.paragraph(a.count), countArg(10)),
  entry("lorem.slug", "url slug", (f) => f.lorem.slug()),
  entry("word.noun", "an English noun", (f) => f.word.noun()),
  entry("word.adjective", "an English adjective", (f) => f.word.adjective()),
  entry("word.verb", "an English verb", (f) => f.word.verb()),
  entry("hacker.phrase", "tech phrase", (f) => f.hacker.phrase()),
  // misc domains
  entry("color.human", "color name, e.g. teal", (f) => f.color.human()),
  entry("color.rgb", "hex color, e.g. #a1b2c3", (f) => f.color.rgb()),
  entry("vehicle.vehicle", "car make and model", (f) => f.vehicle.vehicle()),
  entry("vehicle.manufacturer", "car manufacturer", (f) => f.vehicle.manufacturer()),
  entry("vehicle.model", "car model", (f) => f.vehicle.model()),
  entry("vehicle.type", "vehicle type, e.g. SUV", (f) => f.vehicle.type()),
  entry("vehicle.fuel", "fuel type", (f) => f.vehicle.fuel()),
  entry("vehicle.vin", "vehicle identification number", (f) => f.vehicle.vin()),
  entry("animal.type", "animal kind, e.g. cat", (f) => f.animal.type()),
  entry("animal.dog", "dog breed", (f) => f.animal.dog()),
  entry("animal.cat", "cat breed", (f) => f.animal.cat()),
  entry("animal.petName", "pet name", (f) => f.animal.petName()),
  entry("book.title", "book title", (f) => f.book.title()),
  entry("book.author", "book author", (f) => f.book.author()),
  entry("book.genre", "book genre", (f) => f.book.genre()),
  entry("book.publisher", "book publisher", (f) => f.book.publisher()),
  entry("music.genre", "music genre", (f) => f.music.genre()),
  entry("music.songName", "song title", (f) => f.music.songName()),
  entry("music.artist", "music artist", (f) => f.music.artist()),
  entry("food.dish", "dish name", (f) => f.food.dish()),
  entry("food.ingredient", "food ingredient", (f) => f.food.ingredient()),
  entry("food.fruit", "fruit", (f) => f.food.fruit()),
  entry("food.ethnicCategory", "cuisine, e.g. Italian", (f) => f.food.ethnicCategory()),
  entry("airline.airline", "airline name", (f) => f.airline.airline().name),
  entry("airline.airport", "airport name", (f) => f.airline.airport().name),
  entry("airline.airportCode", "IATA airport code, e.g. LHR", (f) => f.airline.airport().iataCode),
  entry("airline.flightNumber", "flight number", (f) => f.airline.flightNumber()),
  entry("airline.seat", "seat, e.g. 23C", (f) => f.airline.seat()),
  entry("science.chemicalElement", "chemical element name", (f) => f.science.chemicalElement().name),
  entry("system.fileName", "file name", (f) => f.system.fileName()),
  entry("system.mimeType", "MIME type", (f) => f.system.mimeType()),
  entry("system.semver", "semantic version", (f) => f.system.semver()),
  entry("database.engine", "database engine", (f) => f.database.engine()),
  entry("git.commitSha", "git commit SHA", (f) => f.git.commitSha()),
  entry("git.branch", "git branch name", (f) => f.git.branch()),
];

/** Catalog keyed by `module.method`. A Map, so inherited names never resolve. */
export const FAKER_CATALOG: ReadonlyMap<string, CatalogEntry> = new Map(ENTRIES.map((e) => [e.id, e]));

export function getCatalogEntry(id: string): CatalogEntry | undefined {
  return FAKER_CATALOG.get(id);
}

/** Catalog ids, in order; what the LLM's JSON schema enum and tool descriptions list. */
export function catalogIds(): string[] {
  return [...FAKER_CATALOG.keys()];
}

/** One line per method, `id: description`, for prompts and tool descriptions. */
export function describeCatalog(): string {
  return ENTRIES.map((e) => `${e.id}: ${e.description}`).join("\n");
}

/** The catalog id closest to `name` (for repairing a model's near miss), or undefined. */
export function nearestCatalogId(name: string): string | undefined {
  const target = name.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of FAKER_CATALOG.keys()) {
    const score = Math.min(editDistance(target, id.toLowerCase()), editDistance(target, (id.split(".")[1] ?? id).toLowerCase()) + 1);
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(target.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
