import type { DomainKnowledge } from "../types.js";

/** Subscription boxes (meal kits: meals a week, price per meal, skipped weeks) and marketplace returns and refunds. */
export const commerceSubscriptions: DomainKnowledge = {
  domain: "e-commerce",
  words: ["meal kit", "meal kits", "subscription box", "subscription boxes", "hellofresh", "blue apron", "return requests", "returns", "refunds", "marketplace"],
  concepts: [
    {
      id: "meals_per_week",
      names: ["meals per week", "meals a week", "recipes per week", "meals weekly", "number of meals"],
      // HelloFresh / Blue Apron plans: 2-6 recipes a week.
      source: "HelloFresh plans: 2-6 meals per week, 2 or 4 servings",
      shape: { kind: "integer", distribution: "normal", mean: 3.4, sd: 1, min: 2, max: 6 },
    },
    {
      id: "price_per_meal",
      names: ["price per meal", "cost per meal", "price per serving", "cost per serving", "per meal price"],
      source: "HelloFresh / Blue Apron 2024: about $8-13 per serving",
      shape: { kind: "number", distribution: "normal", mean: 10.5, sd: 1.8, min: 6, max: 20, decimals: 2 },
    },
    {
      id: "weekly_charge",
      names: ["weekly charge", "weekly price", "weekly cost", "box price", "weekly bill", "charge per week", "weekly total"],
      shape: { kind: "number", distribution: "lognormal", mean: 70, sd: 30, min: 12, max: 400, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({meals_per_week} * {price_per_meal}, 2)", type: "number", decimals: 2 }],
    },
    {
      id: "weeks_skipped",
      names: ["weeks skipped", "skipped weeks", "skips", "deliveries skipped", "paused weeks", "boxes skipped"],
      shape: { kind: "integer", distribution: "poisson", mean: 2, min: 0, max: 52 },
    },
    {
      id: "days_since_delivery",
      names: ["days since delivery", "days after delivery", "days since received", "days since purchase", "days to return"],
      domains: ["e-commerce", "retail"],
      // Most returns are asked for within the usual 30-day window.
      source: "NRF / Appriss Retail returns report 2023: most returns within 30 days",
      shape: { kind: "integer", distribution: "lognormal", mean: 11, sd: 9, min: 0, max: 90 },
    },
    {
      id: "refund_approved",
      names: ["refund approved", "refund granted", "refund issued", "return approved", "return accepted", "refunded", "approved"],
      domains: ["e-commerce", "retail"],
      outcome: true,
      shape: { kind: "boolean", probability: 0.82 },
      drivers: [
        { concept: "days_since_delivery", weight: -0.9 },
        { concept: "return_reason", value: "Damaged or defective", weight: 0.8 },
        { concept: "return_reason", value: "Changed mind", weight: -0.6 },
      ],
    },
  ],
  links: [
    // Skipping boxes is the usual first step before cancelling.
    { from: "weeks_skipped", to: "subscription_cancelled", weight: 0.8, source: "subscription-box churn studies: skips precede cancellation" },
    { from: "price_per_meal", to: "subscription_cancelled", weight: 0.3 },
  ],
};
