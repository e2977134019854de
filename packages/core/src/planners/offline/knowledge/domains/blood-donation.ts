import type { DomainKnowledge } from "../types.js";

/**
 * Blood bank donations: the whole-blood unit collected, how often the donor gives, and the
 * commonest deferral, a screening hemoglobin below the FDA minimum (12.5 g/dL for women,
 * 13.0 for men). The donor's hemoglobin and blood type are healthcare-vitals.ts concepts.
 */
const H = ["healthcare"] as const;

export const bloodDonation: DomainKnowledge = {
  domain: "healthcare",
  words: ["blood bank", "blood banks", "blood donation", "blood donations", "blood donors", "blood donor", "blood drive", "blood drives", "donor center", "blood center", "whole blood", "apheresis", "phlebotomy"],
  defaults: ["donor id", "donor age (17-75)", "sex", "blood type", "donation date", "volume collected ml", "hemoglobin g/dl", "donations in last 12 months", "deferred for low hemoglobin"],
  concepts: [
    {
      id: "blood_volume_collected_ml",
      names: ["volume drawn", "blood volume collected", "donation volume", "volume donated", "whole blood volume", "volume"],
      domains: [...H],
      // A whole-blood unit is 450 mL +-10% or 500 mL +-10% by bag; short draws (under ~300 mL) are discarded as QNS.
      source: "AABB Standards for Blood Banks and Transfusion Services; FDA 21 CFR 640.4 (450 or 500 mL +-10%)",
      shape: { kind: "number", distribution: "normal", mean: 478, sd: 24, min: 200, max: 550, decimals: 0 },
      units: [{ words: ["pints", "pint"], shape: { kind: "number", distribution: "normal", mean: 1.01, sd: 0.05, min: 0.42, max: 1.16, decimals: 2 } }],
    },
    {
      id: "donations_last_12_months",
      names: ["donations in last 12 months", "donations last 12 months", "donations in the last year", "donations", "prior donations", "previous donations", "donations this year"],
      domains: [...H],
      // Whole blood may be given every 56 days (at most 6 a year); the average donor gives about twice a year.
      source: "American Red Cross eligibility (56 days between whole-blood donations); AABB donor statistics (~1.7 donations per donor a year)",
      shape: { kind: "integer", distribution: "poisson", mean: 1.8, min: 0, max: 6 },
    },
    {
      id: "days_since_last_donation",
      names: ["days since last donation", "days since previous donation", "inter-donation interval", "interdonation interval", "days between donations"],
      domains: [...H],
      source: "American Red Cross: 56-day minimum between whole-blood donations",
      shape: { kind: "integer", distribution: "lognormal", mean: 190, sd: 150, min: 56, max: 3650 },
    },
    {
      id: "deferred_low_hemoglobin",
      names: ["deferred for low hemoglobin", "deferred for low haemoglobin", "deferred for low hb", "deferred for low iron", "low hemoglobin deferral", "hemoglobin deferral", "low hb deferral", "deferred low hemoglobin", "low iron deferral", "donor deferred", "deferred donor", "deferred", "deferral"],
      domains: [...H],
      outcome: true,
      // Low hemoglobin is the commonest deferral: about 10% of women's and 1-2% of men's presentations
      // (women have lower hemoglobin and iron stores, even with the lower 12.5 g/dL cut-off).
      source: "REDS-II donor deferral studies (Custer et al., Transfusion 2007); FDA 2016 donor eligibility rule (12.5 / 13.0 g/dL)",
      shape: { kind: "boolean", probability: 0.06 },
      drivers: [
        // A screening value below the cut-off defers the donor; fingerstick error blurs the edge.
        { concept: "hemoglobin", weight: -3.2 },
        { concept: "gender", value: "female", weight: 0.4 },
        // Frequent donors run down their iron (REDS-II RISE study).
        { concept: "donations_last_12_months", weight: 0.6 },
        { concept: "days_since_last_donation", weight: -0.4 },
      ],
    },
  ],
  links: [
    // As a feature too, not only when the deferral is the target.
    { from: "hemoglobin", to: "deferred_low_hemoglobin", weight: -3.2 },
    { from: "gender", value: "female", to: "deferred_low_hemoglobin", weight: 0.4 },
    { from: "donations_last_12_months", to: "hemoglobin", weight: -0.2, source: "REDS-II RISE: iron depletion in frequent donors" },
  ],
};
