import type { Column } from "../../spec/schema.js";

/** Makes emails and usernames match the row's name columns. */
export function linkNames(columns: Column[]): void {
  const first = columns.find((c) => c.kind === "faker" && c.method === "person.firstName");
  const last = columns.find((c) => c.kind === "faker" && c.method === "person.lastName");
  const full = columns.find((c) => c.kind === "faker" && c.method === "person.fullName");
  const from = first && last ? [first.name, last.name] : full ? [full.name] : undefined;
  if (!from) return;
  columns.forEach((c, i) => {
    if (c.kind !== "faker") return;
    const rule = c.method === "internet.email" ? "email" : c.method === "internet.username" ? "username" : undefined;
    if (rule) columns[i] = { name: c.name, kind: "derived", rule, from, ...(c.unique ? { unique: true } : {}) };
  });
}
