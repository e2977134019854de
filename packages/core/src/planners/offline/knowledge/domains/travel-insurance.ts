import type { DomainKnowledge } from "../types.js";

/** Travel insurance policies sold by agencies: trip length, sales, commission, claims. */
export const travelInsurance: DomainKnowledge = {
  domain: "insurance",
  words: ["travel insurance", "trip insurance", "travel policies"],
  concepts: [
    {
      id: "trip_duration_days",
      names: ["trip duration", "trip duration days", "trip length days", "length of trip", "travel duration", "days of travel", "trip days", "duration of trip", "length of stay abroad"],
      domains: ["insurance", "travel"],
      // Most insured trips are 1-3 weeks; annual multi-trip policies reach a year.
      source: "US Travel Insurance Association 2022: median insured trip about 10 days",
      shape: { kind: "integer", distribution: "lognormal", mean: 14, sd: 16, min: 1, max: 365 },
    },
    {
      id: "net_sales",
      names: ["net sales", "net sale", "net revenue", "net sales amount", "premium sold"],
      shape: { kind: "number", distribution: "lognormal", mean: 60, sd: 55, min: 1, max: 900, decimals: 2 },
    },
    {
      id: "agent_commission",
      names: ["commission", "agent commission", "sales commission", "commission amount", "commission value"],
      // Agencies keep about 20-40% of a travel policy's price.
      source: "travel insurance agency commissions typically 20-40% of premium",
      shape: { kind: "number", distribution: "lognormal", mean: 15, sd: 14, min: 0, max: 400, decimals: 2 },
    },
  ],
  links: [
    { from: "net_sales", to: "agent_commission", weight: 1.1, source: "a commission is a share of the sale" },
    { from: "trip_duration_days", to: "net_sales", weight: 0.7, source: "travel premiums rise with trip length" },
    { from: "trip_duration_days", to: "claim_filed", weight: 0.6, source: "longer trips, more exposure to cancellations and medical claims" },
    { from: "net_sales", to: "claim_filed", weight: 0.3 },
  ],
};
