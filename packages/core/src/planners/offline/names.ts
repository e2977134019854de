import { areProductCategories } from "../../generate/productNames.js";
import type { Column } from "../../spec/schema.js";

/** Words for someone other than the row's person: a parent's email is not made from the child's name. */
const SOMEONE_ELSE = /^(parent|parents|guardian|mother|mom|mum|father|dad|emergency|manager|supervisor|spouse|partner|teacher|doctor|physician|sponsor|referrer|agent|landlord|recruiter)$/;

const qualifiers = (name: string) => name.toLowerCase().split(/[^a-z]+/).filter(Boolean);

/**
 * Makes emails and usernames match the row's name columns, and product names their category. An
 * email that belongs to someone else ("parent email") matches only names that say so too ("parent
 * name"), else stays an email of its own.
 */
export function linkNames(columns: Column[]): void {
  linkProductNames(columns);
  const person = (c: Column, method: string) => c.kind === "faker" && c.method === method;
  const namesFor = (fits: (c: Column) => boolean) => {
    const first = columns.find((c) => person(c, "person.firstName") && fits(c));
    const last = columns.find((c) => person(c, "person.lastName") && fits(c));
    const full = columns.find((c) => person(c, "person.fullName") && fits(c));
    return first && last ? [first.name, last.name] : full ? [full.name] : undefined;
  };
  columns.forEach((c, i) => {
    if (c.kind !== "faker") return;
    const rule = c.method === "internet.email" ? "email" : c.method === "internet.username" ? "username" : undefined;
    if (!rule) return;
    const whose = qualifiers(c.name).filter((w) => SOMEONE_ELSE.test(w));
    const from = namesFor(whose.length === 0 ? () => true : (n) => qualifiers(n.name).some((w) => whose.includes(w)));
    if (from) columns[i] = { name: c.name, kind: "derived", rule, from, ...(c.unique ? { unique: true } : {}) };
  });
}

/** A column that names the kind of a product: category, product_type, department... */
const PRODUCT_CATEGORY = /(^|_)(category|categories|department|type|line|group|section|aisle|genre)($|_)/;

/** A faker product name beside a category of products becomes a name of that category ("Wireless Earbuds" in Electronics). */
function linkProductNames(columns: Column[]): void {
  const category = columns.find((c) => c.kind === "category" && PRODUCT_CATEGORY.test(c.name) && areProductCategories(c.values));
  if (!category) return;
  columns.forEach((c, i) => {
    if (c.kind === "faker" && c.method === "commerce.productName") columns[i] = { name: c.name, kind: "derived", rule: "product_name", from: [category.name], ...(c.unique ? { unique: true } : {}), ...(c.description ? { description: c.description } : {}) };
  });
}

/** A phrase that asks for the salutation or the letters after a name ("name with title", "full name and honorific"). */
const TITLED = /\b(titles?|prefix(?:es)?|salutations?|honorifics?|suffix(?:es)?)\b/i;

/**
 * Full names are drawn as a first and a last name: faker's patterns put a "Dr.", "Mrs.", "III" or
 * "DVM" on about a quarter of them, which real customer, patient or member lists do not have (and
 * children never have). Only a column whose own phrase asks for titles keeps them; `phrases[i]` is
 * `columns[i]`'s phrase. The subject is not read: no kind of row carries titles that often.
 */
export function untitledNames(columns: Column[], phrases: string[], _subject = ""): void {
  columns.forEach((c, i) => {
    if (c.kind !== "faker" || c.method !== "person.fullName" || c.args?.["titles"] !== undefined) return;
    if (!TITLED.test(phrases[i] ?? "")) columns[i] = { ...c, args: { ...c.args, titles: "none" } };
  });
}
