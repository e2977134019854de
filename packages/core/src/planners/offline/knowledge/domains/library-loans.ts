import type { DomainKnowledge } from "../types.js";

// Public library circulation: a loan is checked out, due a few weeks later, and returned around
// the due date (a minority late). Fines are small per day and capped; many US libraries went fine-free.
export const libraryLoans: DomainKnowledge = {
  domain: "education",
  words: ["library", "libraries", "library loans", "book loans", "patrons", "circulation", "borrowed books", "checkouts"],
  defaults: ["patron id", "book title", "genre", "checkout date", "due date", "return date", "days overdue", "late fee"],
  concepts: [
    {
      id: "library_checkout_date",
      names: ["checkout date", "check out date", "loan date", "borrow date", "borrowed on", "date borrowed", "issue date", "checked out"],
      domains: ["education", "media"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "library_due_date",
      names: ["due date", "date due", "due back", "return by"],
      domains: ["education", "media"],
      // Loan periods are usually 14, 21 or 28 days.
      source: "typical US public library loan periods (2-4 weeks for books)",
      shape: { kind: "date", from: "2022-01-15", to: "2025-01-31" },
      relations: [{ kind: "offset", of: ["library_checkout_date"], direction: "after", unit: "days", gap: { min: 14, max: 28, distribution: "uniform" } }],
    },
    {
      id: "library_return_date",
      names: ["return date", "returned date", "date returned", "returned on", "checkin date", "check in date"],
      domains: ["education", "media"],
      shape: { kind: "date", from: "2022-01-02", to: "2025-03-31" },
      relations: [{ kind: "offset", of: ["library_checkout_date"], direction: "after", unit: "days", gap: { min: 1, max: 90, distribution: "lognormal", median: 16 } }],
    },
    {
      id: "library_days_overdue",
      names: ["days overdue", "days late", "overdue days", "number of days overdue", "late days"],
      domains: ["education", "media"],
      shape: { kind: "integer", distribution: "exponential", mean: 2, min: 0, max: 120 },
      relations: [{ kind: "formula", expression: "max(0, days({library_due_date}, {library_return_date}))", type: "integer", min: 0 }],
    },
    {
      id: "library_late_fee",
      names: ["late fee", "overdue fine", "late fine", "overdue fee", "library fine"],
      domains: ["education", "media"],
      // About $0.10-0.25 a day, capped near the item's price or $5-10.
      source: "US public library fine schedules (about $0.25/day, capped)",
      shape: { kind: "number", distribution: "exponential", mean: 0.6, min: 0, max: 10, decimals: 2 },
      relations: [
        { kind: "formula", expression: "round(min(10, 0.25 * {library_days_overdue}), 2)", type: "number", decimals: 2, min: 0 },
        { kind: "formula", expression: "round(min(10, 0.25 * max(0, days({library_due_date}, {library_return_date}))), 2)", type: "number", decimals: 2, min: 0 },
      ],
    },
  ],
};
