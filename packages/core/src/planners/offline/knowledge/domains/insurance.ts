import type { DomainKnowledge } from "../types.js";

/** Insurance: policies, premiums, policyholders' risk factors and claims. */
export const insurance: DomainKnowledge = {
  domain: "insurance",
  words: ["insurance", "insurer", "policy", "policies", "policyholders", "premium", "premiums", "claims", "claim", "underwriting", "actuarial", "coverage", "auto insurance", "health insurance"],
  defaults: ["policy number", "policy type", "policy start date", "annual premium", "deductible", "coverage amount", "claims last 5 years", "claim filed", "claim amount"],
  concepts: [
    {
      id: "policy_number",
      names: ["policy number", "policy id", "policy no", "policy #", "policyid"],
      shape: { kind: "id", format: "pattern", pattern: "POL-########", unique: true },
    },
    {
      id: "policy_type",
      names: ["policy type", "insurance type", "line of business", "coverage type", "product line", "type of insurance", "insurance product"],
      domains: ["insurance"],
      shape: { kind: "category", values: ["Auto", "Homeowners", "Renters", "Life", "Health", "Travel", "Pet"], weights: [0.34, 0.2, 0.08, 0.16, 0.14, 0.04, 0.04] },
    },
    {
      id: "coverage_level",
      names: ["coverage level", "plan tier", "coverage tier", "metal tier", "plan level", "coverage"],
      domains: ["insurance"],
      shape: { kind: "category", values: ["Basic", "Standard", "Premium"], weights: [0.33, 0.47, 0.2] },
    },
    {
      id: "policy_start_date",
      names: ["policy start date", "effective date", "inception date", "policy start", "start of cover", "bind date", "policy date"],
      domains: ["insurance"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "policy_end_date",
      names: ["policy end date", "expiration date", "expiry date", "renewal date", "policy expiry", "end of cover"],
      domains: ["insurance"],
      shape: { kind: "date", from: "2022-01-01", to: "2025-12-31" },
      // Personal lines renew every 6 or 12 months.
      relations: [{ kind: "offset", of: ["policy_start_date"], direction: "after", gap: { min: 182, max: 366, distribution: "normal", median: 365, sd: 40 } }],
    },
    {
      id: "annual_premium",
      names: ["annual premium", "yearly premium", "premium amount", "policy premium", "insurance premium", "premiums", "monthly premium", "charges", "insurance charges", "premium paid", "premium usd"],
      domains: ["insurance", "automotive", "real estate", "healthcare"],
      outcome: true,
      // US average full-coverage auto ~$2,300/yr (2024); homeowners ~$1,900; right-skewed.
      shape: { kind: "number", distribution: "lognormal", mean: 1850, sd: 1300, min: 150, max: 40000, decimals: 2 },
      source: "NAIC Auto Insurance Database Report; Bankrate 2024 average premiums (auto ~$2,300, home ~$1,900)",
      units: [{ words: ["monthly", "per month", "a month", "mo"], shape: { kind: "number", distribution: "lognormal", mean: 155, sd: 110, min: 12, max: 3300, decimals: 2 } }],
      drivers: [
        { concept: "coverage_amount", weight: 0.5 },
        { concept: "prior_claims_count", weight: 0.45 },
        { concept: "is_smoker", weight: 1.0 },
        { concept: "age", weight: 0.5 },
        { concept: "driver_age_risk", weight: -0.3 },
        { concept: "vehicle_value", weight: 0.35 },
        { concept: "has_garage", weight: -0.15 },
        { concept: "insurance_credit_score", weight: -0.3 },
      ],
      relations: [
        {
          kind: "conditional",
          on: "policy_type",
          cases: [
            { value: "Auto", mean: 2300, sd: 900, min: 400, max: 12000 },
            { value: "Homeowners", mean: 1900, sd: 800, min: 400, max: 15000 },
            { value: "Renters", mean: 180, sd: 60, min: 60, max: 600 },
            { value: "Life", mean: 700, sd: 600, min: 100, max: 12000 },
            { value: "Health", mean: 8400, sd: 2500, min: 2000, max: 30000 },
            { value: "Travel", mean: 220, sd: 150, min: 25, max: 2000 },
            { value: "Pet", mean: 620, sd: 250, min: 150, max: 2500 },
          ],
        },
      ],
    },
    {
      id: "deductible",
      names: ["deductible", "excess", "deductible amount", "policy deductible"],
      domains: ["insurance", "healthcare", "automotive"],
      // Only the steps insurers offer ($250-$2,500; $500 and $1,000 most chosen). A formula, so not an effect source.
      shape: { kind: "formula", expression: "if(uniform(0, 1) < 0.42, 500, if(uniform(0, 1) < 0.6, 1000, if(uniform(0, 1) < 0.5, 250, if(uniform(0, 1) < 0.6, 2000, 2500))))", type: "integer", min: 100, max: 10000 },
      source: "Insurance Information Institute (typical auto/home deductibles $500-$1,000)",
    },
    {
      id: "coverage_amount",
      names: ["coverage amount", "sum insured", "sum assured", "insured amount", "coverage limit", "face amount", "policy limit", "insured value", "death benefit"],
      domains: ["insurance"],
      shape: { kind: "number", distribution: "lognormal", mean: 250000, sd: 220000, min: 5000, max: 5000000, decimals: 0 },
    },
    {
      id: "prior_claims_count",
      names: ["prior claims", "claims last 5 years", "claims last year", "claims last 3 years", "claims", "number of claims", "claims history", "past claims", "previous claims", "claim count", "num claims"],
      domains: ["insurance"],
      // Auto claim frequency ~5-10 per 100 insured vehicles a year.
      shape: { kind: "integer", distribution: "poisson", mean: 0.35, min: 0, max: 10 },
      source: "Insurance Information Institute, auto claim frequency per 100 insured vehicles",
    },
    {
      id: "is_smoker",
      names: ["smoker", "is smoker", "smokes", "tobacco use", "smoking status", "tobacco user"],
      domains: ["insurance"],
      // CDC: 11.5% of US adults smoked cigarettes in 2021.
      shape: { kind: "boolean", probability: 0.13 },
      source: "CDC, Current Cigarette Smoking Among Adults in the United States (11.5%, 2021)",
    },
    {
      id: "driver_age_risk",
      names: ["driver age", "age of driver", "youngest driver age", "primary driver age"],
      domains: ["insurance", "automotive"],
      // Licensed US drivers 16-90, median about 46 (FHWA Highway Statistics).
      shape: { kind: "integer", distribution: "normal", mean: 46, sd: 16, min: 16, max: 92 },
      source: "FHWA Highway Statistics, licensed drivers by age",
    },
    {
      id: "years_licensed",
      names: ["years licensed", "driving experience", "years driving", "license years", "years of driving"],
      domains: ["insurance", "automotive"],
      shape: { kind: "integer", distribution: "normal", mean: 26, sd: 15, min: 0, max: 75 },
    },
    {
      id: "vehicle_value",
      names: ["vehicle value", "car value", "insured vehicle value", "vehicle worth"],
      domains: ["insurance", "automotive"],
      shape: { kind: "number", distribution: "lognormal", mean: 26000, sd: 16000, min: 1500, max: 250000, decimals: 0 },
    },
    {
      id: "annual_mileage",
      names: ["annual mileage", "miles per year", "yearly mileage", "miles driven per year", "annual miles"],
      domains: ["insurance", "automotive"],
      // FHWA: about 13,500 miles per driver per year.
      shape: { kind: "integer", distribution: "normal", mean: 12500, sd: 5000, min: 500, max: 50000 },
      units: [{ words: ["km", "kilometers", "kilometres"], shape: { kind: "integer", distribution: "normal", mean: 20000, sd: 8000, min: 800, max: 80000 } }],
      source: "FHWA, Average Annual Miles per Driver (13,476)",
    },
    {
      id: "insurance_credit_score",
      names: ["insurance score", "credit based insurance score", "insurance credit score"],
      domains: ["insurance"],
      shape: { kind: "integer", distribution: "normal", mean: 730, sd: 90, min: 200, max: 997 },
      source: "LexisNexis Attract / FICO insurance scores (200-997 scale)",
    },
    {
      id: "claim_id",
      names: ["claim id", "claim number", "claim no", "claim reference", "claimid"],
      shape: { kind: "id", format: "pattern", pattern: "CLM-#########", unique: true },
    },
    {
      id: "claim_date",
      names: ["claim date", "date of claim", "claim filed date", "date reported", "reported date", "notification date"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
      relations: [
        { kind: "offset", of: ["policy_start_date"], direction: "after", gap: { min: 1, max: 700, distribution: "uniform" } },
        { kind: "offset", of: ["incident_date"], direction: "after", gap: { min: 0, max: 90, distribution: "lognormal", median: 3 } },
      ],
    },
    {
      id: "incident_date",
      names: ["incident date", "date of loss", "loss date", "accident date", "date of accident", "date of incident"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
      relations: [{ kind: "offset", of: ["policy_start_date"], direction: "after", gap: { min: 1, max: 700, distribution: "uniform" } }],
    },
    {
      id: "claim_type",
      names: ["claim type", "type of claim", "loss type", "cause of loss", "peril", "incident type"],
      domains: ["insurance"],
      shape: { kind: "category", values: ["Collision", "Theft", "Water Damage", "Fire", "Wind/Hail", "Liability", "Medical", "Glass", "Other"], weights: [0.27, 0.06, 0.14, 0.04, 0.14, 0.12, 0.1, 0.08, 0.05] },
      source: "Insurance Information Institute, homeowners and auto losses by cause",
    },
    {
      id: "claim_amount",
      names: ["claim amount", "claim cost", "claimed amount", "loss amount", "claim severity", "claim value", "amount claimed", "total claim amount", "insurance claim amount"],
      domains: ["insurance"],
      outcome: true,
      // Average US auto property-damage claim ~$5,300; homeowners ~$15,700 (III 2022); heavy tail.
      shape: { kind: "number", distribution: "lognormal", mean: 8500, sd: 14000, min: 50, max: 1000000, decimals: 2 },
      source: "Insurance Information Institute, Facts + Statistics: Auto and Homeowners insurance (claim severity)",
      drivers: [
        { concept: "coverage_amount", weight: 0.5 },
        { concept: "vehicle_value", weight: 0.4 },
        { concept: "claim_type", value: "Fire", weight: 1.0 },
        { concept: "claim_type", value: "Glass", weight: -0.8 },
      ],
      relations: [{ kind: "bounds", atMost: ["coverage_amount"] }],
    },
    {
      id: "amount_paid_out",
      names: ["amount paid out", "paid amount claim", "settlement amount", "payout", "claim payout", "indemnity paid", "settled amount"],
      domains: ["insurance"],
      shape: { kind: "number", distribution: "lognormal", mean: 7000, sd: 12000, min: 0, max: 1000000, decimals: 2 },
      relations: [
        { kind: "formula", expression: "round(max(0, {claim_amount} - {deductible}), 2)", decimals: 2, min: 0 },
        { kind: "bounds", atMost: ["claim_amount"] },
      ],
    },
    {
      id: "claim_status",
      names: ["claim status", "status of claim", "claim outcome", "claim state"],
      domains: ["insurance"],
      shape: { kind: "category", values: ["Paid", "Open", "Denied", "Under Review", "Closed Without Payment"], weights: [0.62, 0.12, 0.1, 0.08, 0.08] },
    },
    {
      id: "claim_filed",
      names: ["claim filed", "filed claim", "filed a claim", "made a claim", "has claim", "claim made", "claim in policy year", "claimed"],
      domains: ["insurance"],
      outcome: true,
      // About 6 auto collision/property claims per 100 insured car-years; roughly 5-6% of homes claim a year.
      shape: { kind: "boolean", probability: 0.1 },
      source: "Insurance Information Institute (auto claim frequency ~6 per 100 vehicles; home ~5-6% a year)",
      drivers: [
        { concept: "prior_claims_count", weight: 0.9 },
        { concept: "annual_mileage", weight: 0.6 },
        { concept: "years_licensed", weight: -0.6 },
        { concept: "insurance_credit_score", weight: -0.5 },
        { concept: "vehicle_age", weight: -0.2 },
        { concept: "has_garage", weight: -0.3 },
      ],
    },
    {
      id: "claim_fraud",
      names: ["fraud reported", "fraudulent claim", "claim fraud", "suspected fraud", "fraud found", "fraud_reported"],
      domains: ["insurance"],
      outcome: true,
      // Coalition Against Insurance Fraud: ~10% of P&C losses involve fraud.
      shape: { kind: "boolean", probability: 0.1 },
      source: "Coalition Against Insurance Fraud (about 10% of property-casualty losses)",
      drivers: [
        { concept: "claim_amount", weight: 0.8 },
        { concept: "days_to_report", weight: 0.7 },
        { concept: "policy_tenure_months", weight: -0.7 },
        { concept: "police_report_filed", weight: -0.8 },
        { concept: "prior_claims_count", weight: 0.5 },
      ],
    },
    {
      id: "days_to_report",
      names: ["days to report", "reporting delay", "days before reporting", "report lag"],
      domains: ["insurance"],
      shape: { kind: "integer", distribution: "lognormal", mean: 6, sd: 9, min: 0, max: 365 },
      relations: [{ kind: "formula", expression: "days({incident_date}, {claim_date})", type: "integer" }],
    },
    {
      id: "policy_tenure_months",
      names: ["months as customer", "policy tenure", "customer tenure months", "months insured", "tenure with insurer"],
      domains: ["insurance"],
      shape: { kind: "integer", distribution: "exponential", mean: 60, min: 0, max: 480 },
    },
    {
      id: "police_report_filed",
      names: ["police report", "police report filed", "police report available", "police involved"],
      domains: ["insurance"],
      shape: { kind: "boolean", probability: 0.45 },
    },
    {
      id: "policy_renewed",
      names: ["renewed", "policy renewed", "renewal", "retained", "will renew"],
      domains: ["insurance"],
      outcome: true,
      // Personal auto retention about 80-85% a year (J.D. Power shopping studies).
      shape: { kind: "boolean", probability: 0.83 },
      source: "J.D. Power U.S. Insurance Shopping Study (annual retention ~80-85%)",
      drivers: [
        { concept: "annual_premium", weight: -0.7 },
        { concept: "policy_tenure_months", weight: 0.8 },
        { concept: "claim_status", value: "Denied", weight: -0.9 },
        { concept: "coverage_level", value: "Premium", weight: 0.2 },
      ],
    },
    {
      id: "dwelling_value",
      names: ["dwelling value", "home value", "dwelling coverage", "insured home value", "replacement cost", "property value insured", "coverage a"],
      domains: ["insurance", "real estate"],
      // US median home value about $350,000 (Zillow 2024); dwelling coverage follows rebuild cost.
      source: "Zillow Home Value Index 2024; Insurance Information Institute (dwelling coverage)",
      shape: { kind: "number", distribution: "lognormal", mean: 380000, sd: 260000, min: 40000, max: 5000000, decimals: 0 },
    },
    {
      id: "claim_payout",
      names: ["amount paid", "paid amount", "payout", "claim payout", "amount settled", "settlement amount", "paid loss", "indemnity paid"],
      domains: ["insurance"],
      // The insurer pays the loss less the deductible; a denied claim pays nothing.
      shape: { kind: "number", distribution: "lognormal", mean: 7000, sd: 12000, min: 0, max: 1000000, decimals: 2 },
      relations: [
        { kind: "formula", expression: "if({claim_denied}, 0, round(max(0, {claim_amount} - {deductible}) * uniform(0.7, 1), 2))", type: "number", decimals: 2, min: 0 },
        { kind: "formula", expression: "round(max(0, {claim_amount} - {deductible}), 2)", type: "number", decimals: 2, min: 0 },
        { kind: "formula", expression: "round({claim_amount} * uniform(0.6, 1), 2)", type: "number", decimals: 2, min: 0 },
      ],
    },
    {
      id: "days_to_settle",
      names: ["days to settle", "days to close", "settlement days", "days to resolution", "claim duration days", "days open"],
      domains: ["insurance"],
      // Most property claims close within a month or two; litigated ones take a year or more.
      source: "J.D. Power 2023 Property Claims Satisfaction Study: average cycle time about 3-4 weeks",
      shape: { kind: "integer", distribution: "lognormal", mean: 35, sd: 40, min: 1, max: 730 },
    },
    {
      id: "claim_denied",
      names: ["claim denied", "denied", "claim rejected", "rejected", "claim declined"],
      domains: ["insurance"],
      outcome: true,
      source: "NAIC / III: about 5-10% of homeowners claims are denied",
      shape: { kind: "boolean", probability: 0.08 },
      // Late reports, claims soon after the policy starts and claims with no police report are the
      // ones insurers contest (NICB / III claim-handling guidance); a higher deductible leaves less to dispute.
      drivers: [
        { concept: "days_to_report", weight: 0.8 },
        { concept: "policy_tenure_months", weight: -0.6 },
        { concept: "police_report_filed", weight: -0.5 },
        { concept: "prior_claims_count", weight: 0.5 },
        { concept: "claim_amount", weight: 0.3 },
      ],
    },
  ],
  links: [
    // A dearer home makes a dearer claim (rebuild costs scale with the dwelling).
    { from: "dwelling_value", to: "claim_amount", weight: 0.5, source: "III: homeowners claim severity rises with insured value" },
  ],
};
