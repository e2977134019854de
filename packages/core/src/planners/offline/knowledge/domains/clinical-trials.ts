import type { DomainKnowledge } from "../types.js";

/**
 * Clinical trials: participants, arms, phases, sites, visits, endpoints, adverse
 * events (CTCAE grades) and dropout. Vitals and labs come from the healthcare modules.
 */
const TRIALS = ["clinical trials", "healthcare"] as const;

export const clinicalTrials: DomainKnowledge = {
  domain: "clinical trials",
  words: ["clinical trial", "clinical trials", "trial participants", "rct", "randomized controlled trial", "randomised trial", "study participants", "placebo", "phase 3", "phase iii", "drug trial"],
  defaults: ["participant id", "trial arm", "enrollment date", "site", "baseline score", "week 12 score", "adverse event", "dropped out", "responded to treatment"],
  concepts: [
    {
      id: "participant_id",
      names: ["participant id", "subject id", "subject number", "participant number", "enrollment id", "usubjid", "randomization number"],
      domains: [...TRIALS, "public health"],
      shape: { kind: "id", format: "pattern", pattern: "SUBJ-####", unique: true },
    },
    {
      id: "trial_id",
      names: ["trial id", "study id", "nct number", "nct id", "protocol number", "clinicaltrials.gov id"],
      domains: [...TRIALS],
      source: "ClinicalTrials.gov identifiers are NCT plus 8 digits",
      shape: { kind: "id", format: "pattern", pattern: "NCT0#######" },
    },
    {
      id: "trial_arm",
      names: ["treatment arm", "trial arm", "study arm", "arm", "treatment group", "randomization group", "assigned group", "group", "allocation"],
      domains: [...TRIALS],
      // Most two-arm RCTs randomize 1:1.
      source: "CONSORT 2010; ClinicalTrials.gov: most RCTs use 1:1 allocation",
      shape: { kind: "category", values: ["Treatment", "Placebo"], weights: [0.5, 0.5] },
    },
    {
      id: "trial_phase",
      names: ["trial phase", "study phase", "phase", "clinical phase"],
      domains: [...TRIALS],
      source: "ClinicalTrials.gov interventional studies by phase (2023 snapshot)",
      shape: { kind: "category", values: ["Phase 1", "Phase 2", "Phase 3", "Phase 4"], weights: [0.3, 0.35, 0.22, 0.13] },
    },
    {
      id: "trial_site",
      names: ["trial site", "study site", "site id", "site number", "investigator site", "center", "centre"],
      domains: [...TRIALS],
      shape: { kind: "id", format: "pattern", pattern: "SITE-###" },
    },
    {
      id: "enrollment_date",
      names: ["enrollment date", "enrolment date", "randomization date", "randomisation date", "date enrolled", "consent date", "screening date"],
      domains: [...TRIALS],
      shape: { kind: "date", from: "2021-01-01", to: "2024-06-30", calendar: "weekdays" },
    },
    {
      id: "last_visit_date",
      names: ["last visit date", "end of study date", "completion date", "study exit date", "last follow up date", "date of last contact"],
      domains: [...TRIALS],
      shape: { kind: "date", from: "2021-01-01", to: "2024-12-31" },
      relations: [{ kind: "offset", of: ["enrollment_date"], direction: "after", gap: { min: 1, max: 730, distribution: "lognormal", median: 180 } }],
    },
    {
      id: "visit_number",
      names: ["visit number", "visit no", "study visit", "visit"],
      domains: [...TRIALS],
      shape: { kind: "integer", distribution: "uniform", min: 1, max: 12 },
    },
    {
      id: "follow_up_months",
      names: ["follow up months", "follow-up months", "months of follow up", "follow up time", "follow-up duration", "time on study"],
      domains: [...TRIALS],
      shape: { kind: "number", distribution: "lognormal", mean: 14, sd: 9, min: 0.5, max: 60, decimals: 1 },
      units: [
        { words: ["days"], shape: { kind: "integer", distribution: "lognormal", mean: 420, sd: 270, min: 14, max: 1800 } },
        { words: ["weeks"], shape: { kind: "integer", distribution: "lognormal", mean: 60, sd: 39, min: 2, max: 260 } },
        { words: ["years"], shape: { kind: "number", distribution: "lognormal", mean: 1.2, sd: 0.75, min: 0.1, max: 5, decimals: 1 } },
      ],
    },
    {
      id: "baseline_score",
      names: ["baseline score", "score at baseline", "baseline value", "baseline measurement", "baseline"],
      domains: [...TRIALS],
      shape: { kind: "number", distribution: "normal", mean: 50, sd: 10, min: 10, max: 90, decimals: 1 },
    },
    {
      id: "followup_score",
      names: ["week 12 score", "follow up score", "follow-up score", "endpoint score", "final score", "post treatment score", "score at week 12", "outcome score"],
      domains: [...TRIALS],
      outcome: true,
      shape: { kind: "number", distribution: "normal", mean: 45, sd: 11, min: 5, max: 95, decimals: 1 },
      drivers: [
        { concept: "baseline_score", weight: 1.2 },
        { concept: "trial_arm", value: "Treatment", weight: -0.5 },
        { concept: "dosage_group", value: "High dose", weight: -0.3 },
        { concept: "protocol_adherence", weight: -0.4 },
      ],
    },
    {
      id: "dosage_group",
      names: ["dose group", "dosage group", "dose level", "dose arm", "dose cohort"],
      domains: [...TRIALS],
      shape: { kind: "category", values: ["Placebo", "Low dose", "Medium dose", "High dose"], weights: [0.25, 0.25, 0.25, 0.25] },
    },
    {
      id: "protocol_adherence",
      names: ["protocol adherence", "pill count adherence", "compliance", "treatment compliance", "doses taken percent", "adherence percent"],
      domains: [...TRIALS],
      source: "Trials commonly define adherence as 80%+ of doses taken",
      shape: { kind: "integer", distribution: "normal", mean: 86, sd: 12, min: 20, max: 100 },
    },
    {
      id: "treatment_response",
      names: ["responded to treatment", "treatment response", "responder", "response", "responded", "clinical response", "achieved remission", "remission"],
      domains: [...TRIALS],
      outcome: true,
      source: "Typical phase 2/3 response rates 20-50%; placebo response 10-30% (e.g. depression RCTs, Khan et al. 2017)",
      shape: { kind: "boolean", probability: 0.35 },
      drivers: [
        { concept: "trial_arm", value: "Treatment", weight: 1.0 },
        { concept: "dosage_group", value: "High dose", weight: 0.6 },
        { concept: "dosage_group", value: "Placebo", weight: -0.8 },
        { concept: "protocol_adherence", weight: 0.6 },
        { concept: "baseline_score", weight: -0.3 },
        { concept: "cancer_stage", value: "Stage IV", weight: -0.7 },
      ],
    },
    {
      id: "adverse_event",
      names: ["adverse event", "had adverse event", "any adverse event", "side effect", "side effects", "experienced side effects", "ae", "teae"],
      domains: [...TRIALS],
      outcome: true,
      source: "Most drug trials report any-AE rates of 50-80% in both arms (FDA reviews)",
      shape: { kind: "boolean", probability: 0.45 },
      drivers: [
        { concept: "trial_arm", value: "Treatment", weight: 0.5 },
        { concept: "dosage_group", value: "High dose", weight: 0.8 },
        { concept: "dosage_group", value: "Placebo", weight: -0.5 },
        { concept: "num_medications", weight: 0.4 },
        { concept: "egfr", weight: -0.3 },
      ],
    },
    {
      id: "adverse_event_grade",
      names: ["adverse event grade", "ae grade", "ctcae grade", "toxicity grade", "severity grade"],
      domains: [...TRIALS],
      // CTCAE v5: 1 mild ... 5 death; most AEs grade 1-2.
      source: "NCI Common Terminology Criteria for Adverse Events v5.0",
      shape: { kind: "integer", distribution: "exponential", mean: 1.8, min: 1, max: 5 },
    },
    {
      id: "adverse_event_type",
      names: ["adverse event type", "ae term", "side effect type", "adverse reaction", "type of side effect"],
      domains: [...TRIALS],
      source: "Most frequent AE terms in drug trials (MedDRA preferred terms)",
      shape: { kind: "category", values: ["Headache", "Nausea", "Fatigue", "Diarrhea", "Dizziness", "Rash", "Insomnia", "Injection site reaction", "Vomiting", "Upper respiratory infection"], weights: [0.16, 0.15, 0.14, 0.1, 0.09, 0.08, 0.07, 0.08, 0.06, 0.07] },
    },
    {
      id: "serious_adverse_event",
      names: ["serious adverse event", "sae", "serious ae", "hospitalized due to ae"],
      domains: [...TRIALS],
      outcome: true,
      source: "FDA 21 CFR 312.32 definition; SAE rates typically 5-15%",
      shape: { kind: "boolean", probability: 0.08 },
      drivers: [
        { concept: "dosage_group", value: "High dose", weight: 0.7 },
        { concept: "charlson_index", weight: 0.6 },
        { concept: "trial_arm", value: "Treatment", weight: 0.3 },
      ],
    },
    {
      id: "trial_dropout",
      names: ["dropped out", "dropout", "drop out", "discontinued", "withdrew", "withdrawn", "lost to follow up", "lost to follow-up", "early termination"],
      domains: [...TRIALS],
      outcome: true,
      source: "Median RCT attrition about 6-20% (Walters et al. 2017, BMJ Open)",
      shape: { kind: "boolean", probability: 0.15 },
      drivers: [
        { concept: "adverse_event", weight: 0.9 },
        { concept: "protocol_adherence", weight: -1.0 },
        { concept: "distance_to_site_km", weight: 0.5 },
        { concept: "trial_arm", value: "Placebo", weight: 0.3 },
      ],
    },
    {
      id: "distance_to_site_km",
      names: ["distance to site", "distance to clinic", "travel distance", "distance from site", "km to site"],
      domains: [...TRIALS],
      shape: { kind: "number", distribution: "lognormal", mean: 28, sd: 30, min: 0.5, max: 400, decimals: 1 },
      units: [{ words: ["miles", "mi"], shape: { kind: "number", distribution: "lognormal", mean: 17, sd: 19, min: 0.3, max: 250, decimals: 1 } }],
    },
    {
      id: "progression_free_months",
      names: ["progression free survival", "pfs months", "pfs", "months to progression", "time to progression"],
      domains: [...TRIALS],
      outcome: true,
      source: "Oncology phase 3 median PFS commonly 4-15 months",
      shape: { kind: "number", distribution: "lognormal", mean: 9, sd: 7, min: 0.3, max: 60, decimals: 1 },
      drivers: [
        { concept: "trial_arm", value: "Treatment", weight: 0.5 },
        { concept: "cancer_stage", value: "Stage IV", weight: -0.8 },
        { concept: "ecog_status", weight: -0.6 },
        { concept: "tumor_size_mm", weight: -0.4 },
      ],
    },
    {
      id: "ecog_status",
      names: ["ecog performance status", "ecog status", "ecog score", "ecog", "performance status"],
      domains: [...TRIALS],
      // ECOG 0 fully active ... 4 bedbound; trials mostly enrol 0-1.
      source: "Oken et al. 1982, ECOG performance status scale",
      shape: { kind: "integer", distribution: "exponential", mean: 0.8, min: 0, max: 4 },
    },
    {
      id: "eligibility_met",
      names: ["eligible", "eligibility", "met inclusion criteria", "passed screening", "screen pass", "is eligible"],
      domains: [...TRIALS],
      source: "Screen failure rates about 20-40% in many trials (Tufts CSDD)",
      shape: { kind: "boolean", probability: 0.7 },
    },
    {
      id: "blinding",
      names: ["blinding", "masking", "blinding type", "masking type"],
      domains: [...TRIALS],
      shape: { kind: "category", values: ["Double-blind", "Single-blind", "Open-label", "Triple-blind"], weights: [0.45, 0.1, 0.38, 0.07] },
    },
  ],
};
