import type { DomainKnowledge } from "../types.js";

/** B2B SaaS accounts: seats, the price per seat, and the recurring revenue they make. */
export const saasAccounts: DomainKnowledge = {
  domain: "tech",
  words: ["saas", "b2b saas", "saas accounts", "software subscriptions", "subscription software", "seats sold"],
  concepts: [
    {
      id: "saas_seats",
      names: ["seats", "licensed seats", "seat count", "number of seats", "licenses", "user seats", "paid seats"],
      domains: ["tech"],
      // Most B2B accounts are small teams; a few enterprises buy thousands of seats.
      source: "OpenView SaaS Benchmarks 2023: median SMB account ~10-50 seats",
      shape: { kind: "integer", distribution: "lognormal", mean: 30, sd: 70, min: 1, max: 5000 },
    },
    {
      id: "price_per_seat",
      names: ["price per seat", "seat price", "price per user", "cost per seat", "per seat price", "price per license"],
      domains: ["tech"],
      source: "public SaaS price lists 2024 (Slack, Notion, HubSpot, Salesforce): about $8-150 per user a month",
      shape: { kind: "number", distribution: "lognormal", mean: 38, sd: 30, min: 5, max: 400, decimals: 2 },
    },
    {
      id: "mrr",
      names: ["mrr", "monthly recurring revenue", "monthly revenue", "recurring revenue"],
      domains: ["tech"],
      source: "seats times the price per seat, a month",
      shape: { kind: "number", distribution: "lognormal", mean: 1500, sd: 4000, min: 0, max: 2000000, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({saas_seats} * {price_per_seat}, 2)", type: "number", decimals: 2, min: 0 }],
    },
    {
      id: "arr",
      names: ["arr", "annual recurring revenue", "annual contract value", "acv"],
      domains: ["tech"],
      shape: { kind: "number", distribution: "lognormal", mean: 18000, sd: 48000, min: 0, max: 24000000, decimals: 2 },
      relations: [
        { kind: "formula", expression: "round({mrr} * 12, 2)", type: "number", decimals: 2, min: 0 },
        { kind: "formula", expression: "round({saas_seats} * {price_per_seat} * 12, 2)", type: "number", decimals: 2, min: 0 },
      ],
    },
  ],
};
