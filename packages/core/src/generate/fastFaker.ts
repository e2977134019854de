/**
 * Fast paths for catalog faker methods (issue 6). Faker's text methods
 * (fullName, email, streetAddress, city) parse a mustache template and walk
 * its module tree on every call, which took three quarters of a run. Here
 * each method is compiled once per process into a closure over faker's own
 * English definitions that draws with our seeded sfc32 `Random`: the same
 * lists, the same patterns and weights, so the same kind of values and the
 * same variety, at a fraction of the cost. Methods without a fast path here
 * keep calling real faker.
 */
import { ENGLISH_DEFINITIONS } from "./englishDefinitions.js";
import type { Random } from "./random.js";

export type FastMethod = (rng: Random) => string;
type Sex = "female" | "male";

interface Sexed<T> {
  generic?: readonly T[];
  female?: readonly T[];
  male?: readonly T[];
}
interface Weighted<T> {
  value: T;
  weight: number;
}

/** Uniform index in [0, n) from one 32-bit draw (n is a list length, far below 2^21). */
function below(rng: Random, n: number): number {
  return Math.floor((rng.nextUint32() * n) / 4294967296);
}

function pick<T>(rng: Random, list: readonly T[]): T {
  return list[below(rng, list.length)]!;
}

function randomSex(rng: Random): Sex {
  return rng.nextUint32() < 2147483648 ? "female" : "male";
}

/** A weighted choice compiled to a cumulative table. */
function weighted<T>(entries: readonly Weighted<T>[]): (rng: Random) => T {
  const total = entries.reduce((a, e) => a + e.weight, 0);
  let sum = 0;
  const cut = entries.map((e) => (sum += e.weight) / total);
  return (rng) => {
    const u = rng.nextUint32() / 4294967296;
    let i = 0;
    while (i < entries.length - 1 && u >= cut[i]!) i++;
    return entries[i]!.value;
  };
}

/**
 * Faker's choice among sexed lists (its internal `selectDefinition`): for a
 * given sex, the sex's list weighted 3*sqrt(n) against the generic list's
 * sqrt(n); with only a generic list, that list.
 */
function sexedList<T>(def: Sexed<T>): (rng: Random, sex: Sex) => readonly T[] {
  const choose = (sex: Sex): ((rng: Random) => readonly T[]) => {
    const own = def[sex];
    const generic = def.generic;
    if (!own) {
      const list = generic ?? [];
      return () => list;
    }
    if (!generic) return () => own;
    const p = (3 * Math.sqrt(own.length)) / (3 * Math.sqrt(own.length) + Math.sqrt(generic.length));
    return (rng) => (rng.nextUint32() / 4294967296 < p ? own : generic);
  };
  const female = choose("female");
  const male = choose("male");
  return (rng, sex) => (sex === "female" ? female(rng) : male(rng));
}

/** The username/email pipeline faker applies to a name: NFKD, no accents, non-ASCII as base 36, no quotes or spaces. */
export function usernamePart(text: string): string {
  let s = text;
  if (NON_ASCII.test(s)) {
    s = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    s = [...s].map((ch) => (ch.codePointAt(0)! < 128 ? ch : ch.codePointAt(0)!.toString(36))).join("");
  }
  return s.includes("'") || s.includes(" ") ? s.replaceAll("'", "").replaceAll(" ", "") : s;
}

const NON_ASCII = /[^\x00-\x7f]/;
const NOT_EMAIL = /[^A-Za-z0-9._+-]/;

/** Anything `usernamePart` would change; list names rarely have it (en: a few apostrophes). */
const NOT_PLAIN = /['\s]|[^\x00-\x7f]/;

function cachedPart(name: string): string {
  // No cache: double-barrelled surnames make the space of names too big to hold, and the test is cheap.
  return NOT_PLAIN.test(name) ? usernamePart(name) : name;
}

/** Faker's clean-up of an email local part. */
function emailLocal(username: string): string {
  let a = NOT_EMAIL.test(username) ? username.replace(/[^A-Za-z0-9._+-]+/g, "") : username;
  if (a.length > 50) a = a.substring(0, 50);
  if (a.includes("..")) a = a.replace(/\.{2,}/g, ".");
  if (a.charCodeAt(0) === 46) a = a.slice(1);
  if (a.charCodeAt(a.length - 1) === 46) a = a.slice(0, -1);
  return a;
}

type Template = (rng: Random) => string;

/** A `{{module.method}}` template compiled against resolvers; undefined if a token has no fast path. */
function compileTemplate(template: string, resolve: (token: string) => Template | undefined): Template | undefined {
  const parts: (string | Template)[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{\{([^}]+)\}\}/g)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    const t = resolve(m[1]!.trim());
    if (!t) return undefined;
    parts.push(t);
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  if (parts.length === 1 && typeof parts[0] === "string") {
    const text = parts[0];
    return () => text;
  }
  return (rng) => {
    let out = "";
    for (const p of parts) out += typeof p === "string" ? p : p(rng);
    return out;
  };
}

/** `faker.helpers.fake(patterns)`: one of the patterns, uniformly, filled in. */
function compilePatterns(patterns: string | readonly string[], resolve: (token: string) => Template | undefined): Template | undefined {
  const list = typeof patterns === "string" ? [patterns] : patterns;
  const compiled = list.map((p) => compileTemplate(p, resolve));
  if (compiled.some((c) => c === undefined)) return undefined;
  const fns = compiled as Template[];
  return fns.length === 1 ? fns[0]! : (rng) => pick(rng, fns)(rng);
}

/** Digits for `#` (first one never 0), as faker's `string.numeric({ allowLeadingZeros: false })`. */
function digitsPattern(pattern: string): Template {
  const runs = pattern.split(/(#+)/).filter((s) => s !== "");
  const fns = runs.map((run): Template => {
    if (!run.startsWith("#")) return () => run;
    const n = run.length;
    // Digit runs of up to 15 fit a double exactly; longer ones are built in pieces.
    if (n <= 9) {
      const lo = 10 ** (n - 1);
      const span = 9 * lo;
      return (rng) => String(lo + below(rng, span));
    }
    return (rng) => {
      let s = String(1 + below(rng, 9));
      for (let i = 1; i < n; i++) s += String(below(rng, 10));
      return s;
    };
  });
  return fns.length === 1 ? fns[0]! : (rng) => fns.map((f) => f(rng)).join("");
}

/** The fast methods, built once per process from the English definitions. */
class FastCatalog {
  readonly methods = new Map<string, (args: Record<string, unknown>) => FastMethod | undefined>();
  private readonly d = ENGLISH_DEFINITIONS as unknown as Record<string, Record<string, unknown>>;
  private readonly firstNames: (rng: Random, sex: Sex) => readonly string[];
  private readonly lastNameOf: (rng: Random) => string;
  /** en has one list of last names for every sex, so a sex argument changes nothing. */
  private readonly lastNameIgnoresSex: boolean;

  constructor() {
    const person = this.d["person"]!;
    this.firstNames = sexedList(person["first_name"] as Sexed<string>);
    const lastNames = sexedList(person["last_name"] as Sexed<string>);
    const lastPatterns = person["last_name_pattern"] as Sexed<Weighted<string>> | undefined;
    const patterns = (lastPatterns?.generic ?? []).map((w) => ({ weight: w.weight, value: compileTemplate(w.value, (t) => this.definitionList(t)) }));
    if (patterns.length > 0 && patterns.every((p) => p.value !== undefined)) {
      // Locales with last-name patterns (en: 5% double-barrelled) are filled from definitions.
      const choose = weighted(patterns as Weighted<Template>[]);
      this.lastNameOf = (rng) => choose(rng)(rng);
    } else {
      this.lastNameOf = (rng) => pick(rng, lastNames(rng, randomSex(rng)));
    }
    const sexedLast = (d: Sexed<unknown> | undefined) => d !== undefined && (d.female !== undefined || d.male !== undefined);
    this.lastNameIgnoresSex = !sexedLast(lastPatterns) && !sexedLast(person["last_name"] as Sexed<string>);
    this.registerPerson();
    this.registerLocation();
    this.registerInternet();
    this.registerLists();
  }

  firstName(rng: Random, sex: Sex = randomSex(rng)): string {
    return pick(rng, this.firstNames(rng, sex));
  }

  lastName(rng: Random): string {
    return this.lastNameOf(rng);
  }

  /** A `{{module.key[.sub]}}` token naming a definitions list. */
  private definitionList(token: string): Template | undefined {
    let node: unknown = this.d;
    for (const key of token.split(".")) {
      if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    if (!Array.isArray(node) || node.length === 0 || !node.every((v) => typeof v === "string")) return undefined;
    const list = node as string[];
    return (rng) => pick(rng, list);
  }

  /** Tokens faker resolves to methods, then plain definition lists. */
  private token = (token: string): Template | undefined => {
    switch (token) {
      case "person.firstName":
        return (rng) => this.firstName(rng);
      case "person.lastName":
        return (rng) => this.lastName(rng);
      case "location.buildingNumber":
        return this.buildingNumber();
      case "location.street":
        return this.street();
      default:
        // A camelCase token is a faker method we have not compiled: no fast path.
        return /[A-Z]/.test(token) ? undefined : this.definitionList(token);
    }
  };

  private buildingNumber(): Template | undefined {
    const patterns = this.d["location"]!["building_number"] as string[] | undefined;
    if (!patterns?.length) return undefined;
    const fns = patterns.map(digitsPattern);
    return (rng) => pick(rng, fns)(rng);
  }

  private street(): Template | undefined {
    const patterns = this.d["location"]!["street_pattern"] as string[] | undefined;
    return patterns ? compilePatterns(patterns, this.token) : undefined;
  }

  private registerPerson(): void {
    const person = this.d["person"]!;
    const sexArg = (args: Record<string, unknown>) => args["sex"] as Sex | undefined;
    this.methods.set("person.firstName", (args) => {
      const sex = sexArg(args);
      return (rng) => this.firstName(rng, sex ?? randomSex(rng));
    });
    this.methods.set("person.lastName", (args) => (sexArg(args) && !this.lastNameIgnoresSex ? undefined : (rng) => this.lastName(rng)));
    const middle = person["middle_name"] as Sexed<string> | undefined;
    if (middle) {
      const lists = sexedList(middle);
      this.methods.set("person.middleName", (args) => {
        const sex = sexArg(args);
        return (rng) => pick(rng, lists(rng, sex ?? randomSex(rng)));
      });
    }
    const prefixes = sexedList((person["prefix"] ?? {}) as Sexed<string>);
    const suffixes = (person["suffix"] ?? []) as string[];
    this.methods.set("person.prefix", () => (rng) => pick(rng, prefixes(rng, randomSex(rng))));

    const patterns = person["name"] as Weighted<string>[] | undefined;
    if (!patterns) return;
    // fullName: a sex, first and last name for it, then a weighted pattern around them.
    type Slot = "prefix" | "first" | "last" | "suffix" | "middle" | string;
    const compiled = patterns.map((p) => ({
      weight: p.weight,
      value: [...p.value.split(/(\{\{[^}]+\}\})/)].filter((s) => s !== "").map((s): Slot => {
        const t = /^\{\{\s*person\.(prefix|firstName|lastName|suffix|middleName)\s*\}\}$/.exec(s)?.[1];
        return t === "firstName" ? "first" : t === "lastName" ? "last" : t === "middleName" ? "middle" : t ?? `=${s}`;
      }),
    }));
    if (compiled.some((p) => p.value.some((s) => s.startsWith("={{")))) return;
    const middles = middle ? sexedList(middle) : undefined;
    if (compiled.some((p) => p.value.includes("middle")) && !middles) return;
    const choose = weighted(compiled);
    this.methods.set("person.fullName", (args) => {
      const fixed = sexArg(args);
      if (args["titles"] === "none") {
        return (rng) => {
          const sex = fixed ?? randomSex(rng);
          return `${this.firstName(rng, sex)} ${this.lastName(rng)}`;
        };
      }
      return (rng) => {
        const sex = fixed ?? randomSex(rng);
        const first = this.firstName(rng, sex);
        const last = this.lastName(rng);
        let out = "";
        for (const slot of choose(rng)) {
          if (slot === "first") out += first;
          else if (slot === "last") out += last;
          else if (slot === "prefix") out += pick(rng, prefixes(rng, sex));
          else if (slot === "suffix") out += pick(rng, suffixes);
          else if (slot === "middle") out += pick(rng, middles!(rng, sex));
          else out += slot.slice(1);
        }
        return out;
      };
    });
  }

  private registerLocation(): void {
    const location = this.d["location"]!;
    const city = location["city_pattern"] as string[] | undefined;
    const cityFn = city ? compilePatterns(city, this.token) : undefined;
    if (cityFn) this.methods.set("location.city", () => cityFn);
    const address = (location["street_address"] as { normal?: string } | undefined)?.normal;
    const addressFn = address ? compileTemplate(address, this.token) : undefined;
    if (addressFn) this.methods.set("location.streetAddress", () => addressFn);
  }

  private registerInternet(): void {
    const providers = this.d["internet"]?.["free_email"] as string[] | undefined;
    this.methods.set("internet.username", () => (rng) => this.username(rng, cachedPart(this.firstName(rng)), cachedPart(this.lastName(rng)), false));
    if (!providers?.length) return;
    this.methods.set("internet.email", () => (rng) => {
      const local = emailLocal(this.username(rng, cachedPart(this.firstName(rng)), cachedPart(this.lastName(rng)), false));
      return `${local}@${pick(rng, providers)}`;
    });
  }

  /**
   * faker's `internet.username`: first and last name joined by `.` or `_`,
   * with or without a number up to 99, or the first name and a number (only
   * when no last name was handed in). Parts are already `usernamePart`s.
   */
  username(rng: Random, first: string, last: string, lastGiven: boolean): string {
    const sep = rng.nextUint32() < 2147483648 ? "." : "_";
    const n = below(rng, 100);
    const form = below(rng, lastGiven ? 2 : 3);
    return form === 0 ? `${first}${sep}${last}${n}` : form === 1 ? `${first}${sep}${last}` : `${first}${n}`;
  }

  /** `{{name}}` methods that are one uniform pick from a definitions list (checked against faker's source in the fast-faker test). */
  private registerLists(): void {
    for (const [id, path] of LIST_METHODS) {
      const t = this.definitionList(path);
      if (t) this.methods.set(id, () => t);
    }
  }

  email(rng: Random, firstName: string, lastName: string, provider?: string): string {
    const local = emailLocal(this.username(rng, cachedPart(firstName), cachedPart(lastName), lastName !== ""));
    return `${local}@${provider ?? pick(rng, (this.d["internet"]?.["free_email"] as string[]) ?? ["example.com"])}`;
  }
}

/** Catalog ids whose faker method is `arrayElement(definitions.<path>)`. */
const LIST_METHODS: readonly (readonly [string, string])[] = [
  ["person.sex", "person.sex"],
  ["person.gender", "person.gender"],
  ["person.jobArea", "person.job_area"],
  ["person.jobType", "person.job_type"],
  ["person.zodiacSign", "person.western_zodiac_sign"],
  ["location.county", "location.county"],
  ["location.country", "location.country"],
  ["location.continent", "location.continent"],
  ["location.timeZone", "location.time_zone"],
  ["commerce.department", "commerce.department"],
  ["commerce.product", "commerce.product_name.product"],
  ["commerce.productAdjective", "commerce.product_name.adjective"],
  ["commerce.productMaterial", "commerce.product_name.material"],
  ["finance.transactionType", "finance.transaction_type"],
  ["color.human", "color.human"],
  ["vehicle.manufacturer", "vehicle.manufacturer"],
  ["vehicle.model", "vehicle.model"],
  ["vehicle.type", "vehicle.type"],
  ["vehicle.fuel", "vehicle.fuel"],
  ["animal.type", "animal.type"],
  ["animal.dog", "animal.dog"],
  ["animal.cat", "animal.cat"],
  ["animal.petName", "animal.pet_name"],
  ["book.title", "book.title"],
  ["book.author", "book.author"],
  ["book.genre", "book.genre"],
  ["book.publisher", "book.publisher"],
  ["music.genre", "music.genre"],
  ["music.songName", "music.song_name"],
  ["music.artist", "music.artist"],
  ["food.ingredient", "food.ingredient"],
  ["food.fruit", "food.fruit"],
  ["food.ethnicCategory", "food.ethnic_category"],
  ["database.engine", "database.engine"],
];

let catalog: FastCatalog | undefined;

function fastCatalog(): FastCatalog {
  return (catalog ??= new FastCatalog());
}

/** The fast closure for a catalog method and its (validated) arguments, or undefined to call real faker. */
export function fastFakerMethod(id: string, args: Record<string, unknown>): FastMethod | undefined {
  return fastCatalog().methods.get(id)?.(args);
}

/** Catalog ids that have a fast path (for tests and docs). */
export function fastFakerIds(): string[] {
  return [...fastCatalog().methods.keys()];
}

/** faker's `internet.email({ firstName, lastName })` / `internet.username(...)` for a row's own names, drawn with `rng`. */
export function fastEmailFromName(rng: Random, firstName: string, lastName: string): string {
  return fastCatalog().email(rng, firstName, lastName);
}

export function fastUsernameFromName(rng: Random, firstName: string, lastName: string): string {
  return fastCatalog().username(rng, cachedPart(firstName), cachedPart(lastName), lastName !== "");
}
