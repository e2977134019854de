import type { EntityModule } from "../entityTypes.js";

/** A library: members borrow books (loans join members to books), and pay fines. */
export const library: EntityModule = {
  entities: [
    {
      id: "member",
      table: "members",
      names: ["members", "member", "patrons", "patron", "borrowers", "borrower", "library members", "cardholders"],
      domain: "media",
      key: { name: "member_id", format: "sequence" },
      columns: ["member name", "membership type (adult, child, senior, student)", "join date"],
      date: "join_date",
    },
    {
      id: "book",
      table: "books",
      names: ["books", "book", "titles", "library books"],
      domain: "media",
      key: { name: "book_id", format: "sequence", prefix: "B-" },
      columns: ["book title", "author", "genre (fiction, mystery, romance, science fiction, biography, history, children)"],
      rows: 3000,
    },
    {
      id: "book_loan",
      table: "loans",
      names: ["loans", "loan", "book loans", "checkouts", "checkout", "borrowings", "borrowing"],
      domain: "media",
      key: { name: "loan_id", format: "sequence" },
      columns: ["loan date", "returned late"],
      date: "loan_date",
    },
    {
      id: "fine",
      table: "fines",
      names: ["fines", "fine", "late fees", "overdue fines"],
      domain: "media",
      key: { name: "fine_id", format: "sequence" },
      columns: ["fine amount (0.5-20)", "paid yes/no"],
    },
  ],
  parents: [
    {
      child: "book_loan",
      parent: "member",
      count: { distribution: "negative_binomial", mean: 6, dispersion: 1, max: 200 },
      rollups: [{ name: "loan_count", function: "count", description: "books the member borrowed" }],
      after: { minDays: 0, maxDays: 900 },
    },
    {
      child: "fine",
      parent: "member",
      count: { distribution: "poisson", mean: 0.6, max: 20 },
      rollups: [
        { name: "fine_count", function: "count", description: "fines the member got" },
        { name: "fines_total", function: "sum", column: "fine_amount", decimals: 2, description: "sum of the member's fines" },
      ],
    },
  ],
  references: [{ from: "book_loan", to: "book", popularity: "zipf", skew: 1 }],
  outcomes: [{ words: ["lapsed", "churn", "churned", "inactive", "cancelled", "canceled", "left"], weight: -1 }],
};
