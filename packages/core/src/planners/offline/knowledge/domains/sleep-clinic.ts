import type { DomainKnowledge } from "../types.js";

const H = ["healthcare"] as const;

/** Sleep studies (polysomnography): neck size, snoring, sleepiness, the apnea-hypopnea index, the oxygen nadir, the OSA diagnosis. */
export const sleepClinic: DomainKnowledge = {
  domain: "healthcare",
  words: ["sleep study", "sleep studies", "sleep clinic", "sleep lab", "polysomnography", "sleep apnea", "sleep apnoea", "osa", "sleep medicine"],
  concepts: [
    {
      id: "neck_circumference",
      names: ["neck circumference", "neck size", "neck circ", "neck circumference cm", "neck girth"],
      // Adult neck circumference: ~38-40 cm in men, ~33-35 cm in women; > 40 cm counts on STOP-Bang.
      source: "NHANES anthropometry; Chung et al. 2008, STOP-Bang questionnaire (neck > 40 cm)",
      shape: { kind: "number", distribution: "normal", mean: 37, sd: 3, min: 28, max: 55, decimals: 1 },
      units: [{ words: ["in", "inches", "inch"], shape: { kind: "number", distribution: "normal", mean: 15.2, sd: 1.5, min: 11, max: 21.5, decimals: 1 } }],
    },
    {
      id: "snoring",
      names: ["snores", "snoring", "snorer", "habitual snoring", "loud snoring", "does snore"],
      domains: [...H],
      source: "STOP-Bang; about 70-90% of sleep-clinic referrals report habitual snoring",
      shape: { kind: "boolean", probability: 0.75 },
    },
    {
      id: "epworth_sleepiness_score",
      names: ["epworth sleepiness score", "epworth sleepiness scale", "epworth score", "epworth", "ess", "ess score", "sleepiness score"],
      domains: [...H],
      // 0-24; over 10 is excessive daytime sleepiness; clinic referrals average ~10-11.
      source: "Johns 1991, Sleep 14:540 (Epworth Sleepiness Scale, 0-24; > 10 excessive)",
      shape: { kind: "integer", distribution: "normal", mean: 10, sd: 5, min: 0, max: 24 },
    },
    {
      id: "apnea_hypopnea_index",
      names: ["apnea hypopnea index", "apnea-hypopnea index", "apnoea hypopnoea index", "ahi", "ahi events per hour", "respiratory disturbance index", "rdi"],
      // Events an hour: < 5 normal, 5-15 mild, 15-30 moderate, 30+ severe; clinic cohorts skew to 10-30.
      source: "AASM International Classification of Sleep Disorders (ICSD-3) severity cut-offs; Wisconsin Sleep Cohort (Peppard et al. 2013)",
      shape: { kind: "number", distribution: "lognormal", mean: 13, sd: 13, min: 0, max: 130, decimals: 1 },
    },
    {
      id: "lowest_oxygen_saturation",
      names: ["lowest oxygen saturation", "lowest spo2", "nadir spo2", "spo2 nadir", "minimum spo2", "minimum oxygen saturation", "oxygen nadir", "lowest o2 sat", "lowest o2 saturation", "min spo2", "lowest saturation"],
      // The night's lowest SpO2 falls with apnea severity: ~90% with AHI < 5, ~80% at AHI 30, ~70% in the severe.
      source: "Peppard et al. 2013; AASM scoring manual (desaturation >= 3%); typical PSG reports",
      shape: { kind: "integer", distribution: "normal", mean: 85, sd: 6, min: 55, max: 98 },
      relations: [{ kind: "formula", expression: "clamp(round(normal(92 - 0.26 * {apnea_hypopnea_index}, 2.5)), 55, 98)", type: "integer" }],
    },
    {
      id: "sleep_apnea_diagnosis",
      names: ["diagnosed with sleep apnea", "diagnosed with sleep apnoea", "sleep apnea diagnosis", "osa diagnosis", "has sleep apnea", "sleep apnea", "obstructive sleep apnea", "diagnosed osa", "osa"],
      outcome: true,
      // OSA is diagnosed at AHI >= 5 with symptoms (or >= 15 alone); about 60-75% of referrals qualify.
      source: "AASM ICSD-3 diagnostic criteria for obstructive sleep apnea (AHI >= 5 with symptoms, or >= 15)",
      shape: { kind: "boolean", probability: 0.7 },
      drivers: [
        { concept: "apnea_hypopnea_index", weight: 3 },
        { concept: "bmi", weight: 0.5 },
        { concept: "neck_circumference", weight: 0.4 },
        { concept: "snoring", weight: 0.5 },
        { concept: "epworth_sleepiness_score", weight: 0.3 },
      ],
    },
  ],
  links: [
    // Obesity and a thick neck narrow the upper airway (Peppard et al. 2000: 10% weight gain ~ 32% higher AHI).
    { from: "bmi", to: "apnea_hypopnea_index", weight: 0.6, source: "Peppard et al. 2000, JAMA 284:3015" },
    { from: "neck_circumference", to: "apnea_hypopnea_index", weight: 0.45, source: "Davies & Stradling 1990: neck size predicts OSA" },
    { from: "age", to: "apnea_hypopnea_index", weight: 0.3, source: "Wisconsin Sleep Cohort: OSA prevalence rises with age" },
    { from: "gender", value: "male", to: "apnea_hypopnea_index", weight: 0.5, source: "Young et al. 1993: men 2-3x the OSA prevalence of women" },
    { from: "gender", value: "male", to: "neck_circumference", weight: 1.3, source: "NHANES: men's necks ~5 cm larger" },
    { from: "bmi", to: "neck_circumference", weight: 0.6 },
    { from: "snoring", to: "apnea_hypopnea_index", weight: 0.5, source: "Young et al. 1993: habitual snorers have several times the odds of AHI >= 5" },
    { from: "apnea_hypopnea_index", to: "epworth_sleepiness_score", weight: 0.25, source: "Gottlieb et al. 1999 (Sleep Heart Health Study): sleepiness rises with AHI" },
    { from: "apnea_hypopnea_index", to: "sleep_apnea_diagnosis", weight: 3 },
  ],
};
