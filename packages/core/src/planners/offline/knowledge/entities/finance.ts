import type { EntityModule } from "../entityTypes.js";

/** A bank: customers hold accounts, accounts have transactions at merchants; customers take loans and make loan payments. */
export const finance: EntityModule = {
  entities: [
    {
      id: "account",
      table: "accounts",
      names: ["accounts", "account", "bank accounts", "bank account"],
      domain: "finance",
      key: { name: "account_id", format: "sequence", start: 10000001 },
      columns: ["account type (checking, savings, credit)", "open date", "branch (north, south, east, west, online)"],
      date: "open_date",
    },
    {
      id: "transaction",
      table: "transactions",
      names: ["transactions", "transaction", "card transactions", "bank transactions", "transfers"],
      domain: "finance",
      key: { name: "transaction_id", format: "uuid" },
      columns: ["transaction date", "amount", "transaction type (deposit, withdrawal, transfer, payment)", "channel (card, online, atm, branch)"],
    },
    {
      id: "merchant",
      table: "merchants",
      names: ["merchants", "merchant", "stores", "vendors"],
      domain: "finance",
      key: { name: "merchant_id", format: "sequence", prefix: "M-" },
      columns: ["merchant name", "merchant category"],
      rows: 300,
    },
    {
      id: "loan",
      table: "loans",
      names: ["loans", "loan", "credit lines", "mortgages"],
      domain: "finance",
      key: { name: "loan_id", format: "sequence" },
      columns: ["loan amount", "interest rate", "term months", "loan start date"],
      date: "loan_start_date",
    },
    {
      id: "loan_payment",
      table: "loan_payments",
      names: ["loan payments", "loan payment", "repayments", "installments", "instalments"],
      domain: "finance",
      key: { name: "loan_payment_id", format: "sequence" },
      columns: ["due date", "amount paid", "days late"],
      date: "due_date",
    },
  ],
  parents: [
    {
      child: "account",
      parent: "customer",
      count: { distribution: "poisson", mean: 1.6, min: 1, max: 6 },
      rollups: [{ name: "account_count", function: "count", description: "accounts the customer holds" }],
      after: { minDays: 0, maxDays: 720 },
    },
    {
      child: "transaction",
      parent: "account",
      count: { distribution: "negative_binomial", mean: 12, dispersion: 1.2, max: 400 },
      rollups: [
        { name: "transaction_count", function: "count", description: "transactions on the account" },
        { name: "total_amount", function: "sum", column: "amount", decimals: 2, description: "sum of the account's transaction amounts" },
      ],
    },
    {
      child: "transaction",
      parent: "customer",
      count: { distribution: "negative_binomial", mean: 15, dispersion: 1.2, max: 500 },
      rollups: [
        { name: "transaction_count", function: "count", description: "transactions of the customer" },
        { name: "total_amount", function: "sum", column: "amount", decimals: 2, description: "sum of the customer's transaction amounts" },
      ],
    },
    {
      child: "loan",
      parent: "customer",
      count: { distribution: "poisson", mean: 0.8, max: 5 },
      rollups: [{ name: "loan_count", function: "count", description: "loans the customer took" }],
      after: { minDays: 0, maxDays: 900 },
    },
    {
      child: "loan_payment",
      parent: "loan",
      count: { distribution: "poisson", mean: 10, min: 1, max: 60 },
      rollups: [
        { name: "payment_count", function: "count", description: "payments made on the loan" },
        { name: "late_days_total", function: "sum", column: "days_late", decimals: 0, description: "days late summed over the loan's payments" },
      ],
      after: { minDays: 25, maxDays: 400 },
    },
  ],
  references: [{ from: "transaction", to: "merchant", popularity: "zipf", skew: 1.1 }],
  outcomes: [
    // Account activity is the classic attrition signal in retail banking.
    { words: ["closed", "churn", "churned", "attrited", "attrition", "dormant"], weight: -1.2, source: "bank customer attrition studies: transaction count and amount are the strongest features (e.g. the Kaggle BankChurners data)" },
    { words: ["default", "defaulted", "delinquent", "charged off"], weight: 0.8 },
  ],
};
