import type { DomainKnowledge } from "../types.js";

/**
 * Vital signs, body measures, lifestyle and common lab values of adult patients.
 * Ranges are adult reference ranges widened to what a mixed clinic/hospital
 * population shows (sick patients sit outside the reference interval).
 */
const CLINICAL = ["healthcare", "clinical trials", "public health"] as const;

export const healthcareVitals: DomainKnowledge = {
  domain: "healthcare",
  words: ["patients", "patient", "hospital", "clinic", "ehr", "emr", "medical", "health records", "vitals", "lab results", "labs"],
  defaults: ["patient id", "heart rate", "systolic bp", "diastolic bp", "body temperature", "oxygen saturation", "bmi", "glucose"],
  concepts: [
    {
      id: "heart_rate",
      names: ["heart rate", "pulse rate", "pulse", "heartrate", "hr bpm", "bpm", "heart beats per minute"],
      domains: [...CLINICAL, "iot", "sports"],
      // Adult resting 60-100 bpm (AHA); patients range 40-180.
      source: "American Heart Association, target and resting heart rates",
      shape: { kind: "integer", distribution: "normal", mean: 76, sd: 12, min: 40, max: 180 },
    },
    {
      id: "resting_heart_rate",
      names: ["resting heart rate", "resting hr", "rhr", "resting pulse", "resting bpm"],
      domains: [...CLINICAL, "iot", "sports"],
      // Wearable users: resting rate about 55-80 bpm (Quer et al. 2020, Fitbit data of 92,000 adults; mean about 65).
      source: "Quer et al. 2020, PLOS ONE: inter- and intraindividual variability in resting heart rate",
      shape: { kind: "integer", distribution: "normal", mean: 66, sd: 8, min: 40, max: 105 },
    },
    {
      id: "systolic_bp",
      names: ["systolic blood pressure", "systolic bp", "systolic pressure", "systolic", "sbp", "sys bp", "bp systolic", "resting blood pressure", "resting bp", "trestbps"],
      domains: [...CLINICAL],
      // NHANES 2017-2020 adult mean about 122 mmHg; hypertensive crisis above 180.
      source: "CDC NHANES 2017-2020; AHA blood pressure categories",
      shape: { kind: "integer", distribution: "normal", mean: 124, sd: 17, min: 80, max: 220 },
    },
    {
      id: "diastolic_bp",
      names: ["diastolic blood pressure", "diastolic bp", "diastolic pressure", "diastolic", "dbp", "dia bp", "bp diastolic"],
      domains: [...CLINICAL],
      source: "CDC NHANES 2017-2020; AHA blood pressure categories",
      shape: { kind: "integer", distribution: "normal", mean: 76, sd: 11, min: 40, max: 130 },
      relations: [{ kind: "bounds", atMost: ["systolic_bp"] }],
    },
    {
      id: "bp_category",
      names: ["blood pressure category", "bp category", "hypertension stage", "blood pressure stage", "bp stage"],
      domains: [...CLINICAL],
      // AHA/ACC 2017 categories; shares among US adults from NHANES.
      source: "AHA/ACC 2017 guideline categories; NHANES shares",
      shape: { kind: "category", values: ["Normal", "Elevated", "Stage 1", "Stage 2"], weights: [0.42, 0.12, 0.26, 0.2] },
    },
    {
      id: "body_temperature",
      names: ["body temperature", "body temp", "temperature", "temp", "oral temperature", "fever temperature", "core temperature"],
      domains: [...CLINICAL],
      // Normal oral 36.1-37.2 C; fever 38+; survivable extremes 34-42.
      source: "MedlinePlus, Body temperature norms",
      shape: { kind: "number", distribution: "normal", mean: 36.9, sd: 0.55, min: 34.5, max: 41.5, decimals: 1 },
      units: [
        { words: ["f", "fahrenheit", "°f", "deg f", "degrees f"], shape: { kind: "number", distribution: "normal", mean: 98.4, sd: 1.0, min: 94, max: 106.7, decimals: 1 } },
        { words: ["c", "celsius", "°c", "deg c", "degrees c"], shape: { kind: "number", distribution: "normal", mean: 36.9, sd: 0.55, min: 34.5, max: 41.5, decimals: 1 } },
      ],
    },
    {
      id: "respiratory_rate",
      names: ["respiratory rate", "respiration rate", "breathing rate", "breaths per minute", "resp rate", "rr"],
      domains: [...CLINICAL],
      source: "Adult normal 12-20 breaths/min (Cleveland Clinic, vital signs)",
      shape: { kind: "integer", distribution: "normal", mean: 17, sd: 3, min: 8, max: 40 },
    },
    {
      id: "oxygen_saturation",
      names: ["oxygen saturation", "o2 saturation", "o2 sat", "spo2", "sp02", "pulse ox", "pulse oximetry", "oxygen level", "sats"],
      domains: [...CLINICAL, "iot"],
      source: "Normal SpO2 95-100% (Mayo Clinic, hypoxemia)",
      shape: { kind: "integer", distribution: "normal", mean: 97, sd: 2.2, min: 70, max: 100 },
      units: [{ words: ["fraction", "proportion"], shape: { kind: "number", distribution: "normal", mean: 0.97, sd: 0.022, min: 0.7, max: 1, decimals: 2 } }],
    },
    {
      id: "body_weight",
      names: ["body weight", "weight", "patient weight", "weight kg", "wt", "mass"],
      domains: [...CLINICAL, "sports", "hr"],
      // NHANES 2015-2018 US adult mean about 80 kg (men 90, women 77).
      source: "CDC NHANES 2015-2018 anthropometric reference data",
      shape: { kind: "number", distribution: "normal", mean: 80, sd: 18, min: 38, max: 200, decimals: 1 },
      units: [
        { words: ["lb", "lbs", "pounds", "pound"], shape: { kind: "number", distribution: "normal", mean: 177, sd: 40, min: 84, max: 440, decimals: 1 } },
        { words: ["kg", "kgs", "kilograms", "kilos"], shape: { kind: "number", distribution: "normal", mean: 80, sd: 18, min: 38, max: 200, decimals: 1 } },
      ],
    },
    {
      id: "height_cm",
      names: ["height", "body height", "patient height", "stature", "ht", "height cm"],
      domains: [...CLINICAL, "sports", "education", "hr"],
      // NHANES adult mean about 169 cm (men 175, women 161).
      source: "CDC NHANES 2015-2018 anthropometric reference data",
      shape: { kind: "number", distribution: "normal", mean: 169, sd: 10, min: 140, max: 210, decimals: 1 },
      units: [
        { words: ["in", "inches", "inch"], shape: { kind: "number", distribution: "normal", mean: 66.5, sd: 3.9, min: 55, max: 83, decimals: 1 } },
        { words: ["m", "meters", "metres"], shape: { kind: "number", distribution: "normal", mean: 1.69, sd: 0.1, min: 1.4, max: 2.1, decimals: 2 } },
        { words: ["cm", "centimeters", "centimetres"], shape: { kind: "number", distribution: "normal", mean: 169, sd: 10, min: 140, max: 210, decimals: 1 } },
      ],
    },
    {
      id: "bmi",
      names: ["body mass index", "bmi", "bmi score"],
      domains: [...CLINICAL, "insurance", "sports"],
      // NHANES 2017-2020 adult mean BMI 29.6; obesity (30+) 42%.
      source: "CDC NHANES 2017-2020, adult obesity prevalence",
      shape: { kind: "number", distribution: "normal", mean: 28.8, sd: 6.2, min: 15, max: 60, decimals: 1 },
    },
    {
      id: "waist_circumference",
      names: ["waist circumference", "waist size", "waist", "waist cm"],
      domains: [...CLINICAL],
      source: "CDC NHANES anthropometric reference data (adult mean about 99 cm)",
      shape: { kind: "number", distribution: "normal", mean: 98, sd: 15, min: 58, max: 165, decimals: 1 },
      units: [{ words: ["in", "inches"], shape: { kind: "number", distribution: "normal", mean: 38.6, sd: 5.9, min: 23, max: 65, decimals: 1 } }],
    },
    {
      id: "pain_score",
      names: ["pain score", "pain level", "pain scale", "pain rating", "nrs pain", "pain"],
      domains: [...CLINICAL],
      source: "Numeric rating scale 0-10",
      shape: { kind: "integer", distribution: "normal", mean: 4.2, sd: 2.6, min: 0, max: 10 },
    },
    {
      id: "blood_type",
      names: ["blood type", "blood group", "abo type", "blood grp", "bloodtype"],
      // US donor population shares.
      source: "Stanford Blood Center, blood type frequencies (US)",
      shape: { kind: "category", values: ["O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"], weights: [0.374, 0.357, 0.085, 0.034, 0.066, 0.063, 0.015, 0.006] },
    },
    {
      id: "smoker",
      names: ["smoker", "is smoker", "smokes", "smoking", "current smoker", "tobacco use", "tobacco user", "cigarette smoker"],
      // US adults currently smoking cigarettes: 11.5% (2021).
      source: "CDC, Current cigarette smoking among adults in the US (2021)",
      shape: { kind: "boolean", probability: 0.13 },
    },
    {
      id: "smoking_status",
      names: ["smoking status", "smoking history", "smoking habit", "tobacco status", "smoking_history"],
      source: "CDC NHIS 2021: current 11.5%, former about 22% of US adults",
      shape: { kind: "category", values: ["never", "former", "current"], weights: [0.64, 0.23, 0.13] },
    },
    {
      id: "alcohol_drinks_per_week",
      names: ["alcohol drinks per week", "drinks per week", "alcohol consumption", "alcohol intake", "alcohol use", "units of alcohol"],
      domains: [...CLINICAL],
      source: "NIAAA: US adult drinkers average about 4 drinks/week; a long tail of heavy drinkers",
      shape: { kind: "integer", distribution: "exponential", mean: 4, min: 0, max: 50 },
    },
    {
      id: "physical_activity_minutes",
      names: ["physical activity minutes", "exercise minutes", "minutes of exercise", "physical activity", "exercise per week", "activity minutes"],
      domains: [...CLINICAL],
      // Guideline 150 min/week moderate activity; about half of US adults meet it.
      source: "HHS Physical Activity Guidelines, 2nd edition",
      shape: { kind: "integer", distribution: "lognormal", mean: 150, sd: 120, min: 0, max: 1200 },
      units: [
        { words: ["per day", "a day", "daily"], shape: { kind: "integer", distribution: "lognormal", mean: 25, sd: 20, min: 0, max: 240 } },
        { words: ["hours", "hrs"], shape: { kind: "number", distribution: "lognormal", mean: 2.5, sd: 2, min: 0, max: 20, decimals: 1 } },
      ],
    },
    {
      id: "sleep_hours",
      names: ["sleep hours", "hours of sleep", "sleep duration", "hours slept", "sleep per night", "sleep"],
      domains: [...CLINICAL, "education", "hr"],
      source: "CDC BRFSS: adults average about 7 h; a third sleep under 7 h",
      shape: { kind: "number", distribution: "normal", mean: 7, sd: 1.2, min: 3, max: 12, decimals: 1 },
    },
    {
      id: "glucose",
      names: ["fasting blood glucose", "fasting glucose", "blood glucose", "blood sugar", "glucose level", "plasma glucose", "avg glucose level", "average glucose level", "glucose", "fbs", "fpg"],
      domains: [...CLINICAL],
      // Fasting normal 70-99 mg/dL, prediabetes 100-125, diabetes 126+ (ADA).
      source: "American Diabetes Association, Standards of Care 2024 (diagnosis criteria)",
      shape: { kind: "integer", distribution: "lognormal", mean: 106, sd: 28, min: 55, max: 400 },
      units: [{ words: ["mmol/l", "mmol"], shape: { kind: "number", distribution: "lognormal", mean: 5.9, sd: 1.55, min: 3, max: 22, decimals: 1 } }],
    },
    {
      id: "hba1c",
      names: ["hemoglobin a1c", "haemoglobin a1c", "glycated hemoglobin", "hba1c level", "hba1c", "a1c", "hb a1c"],
      domains: [...CLINICAL],
      // Normal below 5.7%, prediabetes 5.7-6.4%, diabetes 6.5%+ (ADA).
      source: "American Diabetes Association, Standards of Care 2024",
      shape: { kind: "number", distribution: "lognormal", mean: 5.9, sd: 1.0, min: 4, max: 14, decimals: 1 },
      units: [{ words: ["mmol/mol"], shape: { kind: "integer", distribution: "lognormal", mean: 41, sd: 11, min: 20, max: 130 } }],
    },
    {
      id: "insulin_level",
      names: ["insulin level", "serum insulin", "fasting insulin", "insulin"],
      domains: [...CLINICAL],
      source: "Fasting insulin reference about 2-25 uIU/mL (MedlinePlus)",
      shape: { kind: "number", distribution: "lognormal", mean: 12, sd: 9, min: 1, max: 150, decimals: 1 },
    },
    {
      id: "total_cholesterol",
      names: ["total cholesterol", "serum cholesterol", "cholesterol level", "cholesterol", "chol"],
      domains: [...CLINICAL],
      // Desirable under 200 mg/dL; NHANES adult mean about 190.
      source: "CDC NHANES total cholesterol; NCEP ATP III thresholds",
      shape: { kind: "integer", distribution: "normal", mean: 195, sd: 40, min: 100, max: 420 },
      units: [{ words: ["mmol/l", "mmol"], shape: { kind: "number", distribution: "normal", mean: 5.0, sd: 1.0, min: 2.6, max: 10.9, decimals: 1 } }],
    },
    {
      id: "ldl_cholesterol",
      names: ["ldl cholesterol", "ldl-c", "ldl", "low density lipoprotein", "bad cholesterol"],
      domains: [...CLINICAL],
      source: "NCEP ATP III: optimal under 100 mg/dL, high 160+",
      shape: { kind: "integer", distribution: "normal", mean: 115, sd: 35, min: 30, max: 300 },
      units: [{ words: ["mmol/l", "mmol"], shape: { kind: "number", distribution: "normal", mean: 3.0, sd: 0.9, min: 0.8, max: 7.8, decimals: 1 } }],
      relations: [{ kind: "bounds", atMost: ["total_cholesterol"] }],
    },
    {
      id: "hdl_cholesterol",
      names: ["hdl cholesterol", "hdl-c", "hdl", "high density lipoprotein", "good cholesterol"],
      domains: [...CLINICAL],
      source: "NCEP ATP III: low under 40 mg/dL, protective 60+",
      shape: { kind: "integer", distribution: "normal", mean: 53, sd: 15, min: 20, max: 110 },
      units: [{ words: ["mmol/l", "mmol"], shape: { kind: "number", distribution: "normal", mean: 1.37, sd: 0.39, min: 0.5, max: 2.8, decimals: 2 } }],
      relations: [{ kind: "bounds", atMost: ["total_cholesterol"] }],
    },
    {
      id: "triglycerides",
      names: ["triglycerides", "triglyceride level", "serum triglycerides", "trigs", "tg"],
      domains: [...CLINICAL],
      source: "NCEP ATP III: normal under 150 mg/dL, very high 500+",
      shape: { kind: "integer", distribution: "lognormal", mean: 140, sd: 80, min: 30, max: 1000 },
    },
    {
      id: "serum_creatinine",
      names: ["serum creatinine", "creatinine level", "creatinine", "creat", "scr"],
      domains: [...CLINICAL],
      source: "Adult reference 0.6-1.3 mg/dL (MedlinePlus)",
      shape: { kind: "number", distribution: "lognormal", mean: 1.0, sd: 0.35, min: 0.3, max: 10, decimals: 2 },
      units: [{ words: ["umol/l", "µmol/l", "micromol"], shape: { kind: "integer", distribution: "lognormal", mean: 88, sd: 31, min: 27, max: 880 } }],
    },
    {
      id: "egfr",
      names: ["estimated gfr", "egfr", "gfr", "glomerular filtration rate", "kidney function"],
      domains: [...CLINICAL],
      source: "KDIGO: normal 90+ mL/min/1.73m2, kidney failure under 15",
      shape: { kind: "integer", distribution: "normal", mean: 88, sd: 22, min: 5, max: 130 },
    },
    {
      id: "blood_urea_nitrogen",
      names: ["blood urea nitrogen", "bun", "urea nitrogen", "urea"],
      domains: [...CLINICAL],
      source: "Adult reference 6-20 mg/dL (MedlinePlus)",
      shape: { kind: "integer", distribution: "lognormal", mean: 16, sd: 7, min: 3, max: 120 },
    },
    {
      id: "hemoglobin",
      names: ["hemoglobin level", "haemoglobin", "hemoglobin", "hgb", "hb"],
      domains: [...CLINICAL],
      source: "Reference men 13.5-17.5, women 12-15.5 g/dL (Mayo Clinic)",
      shape: { kind: "number", distribution: "normal", mean: 13.9, sd: 1.7, min: 5, max: 20, decimals: 1 },
      // Men run about 1.5 g/dL higher than women (NHANES: means ~15.1 and ~13.5).
      relations: [{ kind: "conditional", on: "gender", cases: [{ value: "male", mean: 15.1, sd: 1.2, min: 8, max: 20 }, { value: "female", mean: 13.5, sd: 1.15, min: 7, max: 18 }, { value: "non-binary", mean: 14.2, sd: 1.5, min: 7, max: 20 }, { value: "m", mean: 15.1, sd: 1.2, min: 8, max: 20 }, { value: "f", mean: 13.5, sd: 1.15, min: 7, max: 18 }, { value: "men", mean: 15.1, sd: 1.2, min: 8, max: 20 }, { value: "women", mean: 13.5, sd: 1.15, min: 7, max: 18 }] }],
    },
    {
      id: "white_blood_cell_count",
      names: ["white blood cell count", "white cell count", "wbc count", "wbc", "leukocytes", "leukocyte count"],
      domains: [...CLINICAL],
      source: "Reference 4.5-11.0 x10^3/uL (MedlinePlus)",
      shape: { kind: "number", distribution: "lognormal", mean: 7.4, sd: 2.5, min: 1, max: 40, decimals: 1 },
    },
    {
      id: "platelet_count",
      names: ["platelet count", "platelets", "plt", "thrombocytes"],
      domains: [...CLINICAL],
      source: "Reference 150-450 x10^3/uL (MedlinePlus)",
      shape: { kind: "integer", distribution: "normal", mean: 255, sd: 65, min: 20, max: 800 },
    },
    {
      id: "serum_sodium",
      names: ["serum sodium", "sodium level", "sodium"],
      domains: [...CLINICAL],
      source: "Reference 135-145 mEq/L (MedlinePlus)",
      shape: { kind: "integer", distribution: "normal", mean: 139, sd: 3.5, min: 115, max: 160 },
    },
    {
      id: "serum_potassium",
      names: ["serum potassium", "potassium level", "potassium", "k+"],
      domains: [...CLINICAL],
      source: "Reference 3.5-5.0 mEq/L (MedlinePlus)",
      shape: { kind: "number", distribution: "normal", mean: 4.2, sd: 0.45, min: 2.5, max: 7, decimals: 1 },
    },
    {
      id: "alt_enzyme",
      names: ["alanine aminotransferase", "alt level", "alt", "sgpt"],
      domains: [...CLINICAL],
      source: "Reference about 7-56 U/L (Mayo Clinic, liver function tests)",
      shape: { kind: "integer", distribution: "lognormal", mean: 27, sd: 18, min: 4, max: 800 },
    },
    {
      id: "ast_enzyme",
      names: ["aspartate aminotransferase", "ast level", "ast", "sgot"],
      domains: [...CLINICAL],
      source: "Reference about 8-48 U/L (Mayo Clinic, liver function tests)",
      shape: { kind: "integer", distribution: "lognormal", mean: 25, sd: 15, min: 5, max: 800 },
    },
    {
      id: "c_reactive_protein",
      names: ["c-reactive protein", "c reactive protein", "crp level", "crp", "hs-crp"],
      domains: [...CLINICAL],
      source: "Normal under 10 mg/L; cardiovascular risk bands 1 and 3 mg/L (AHA/CDC)",
      shape: { kind: "number", distribution: "lognormal", mean: 3.5, sd: 6, min: 0.1, max: 250, decimals: 1 },
    },
    {
      id: "troponin",
      names: ["high sensitivity troponin", "troponin level", "troponin", "hs-tnt", "trop", "troponin i"],
      domains: [...CLINICAL],
      source: "hs-cTn 99th percentile about 14-26 ng/L (ESC 2020 NSTE-ACS guideline)",
      shape: { kind: "number", distribution: "lognormal", mean: 12, sd: 30, min: 1, max: 5000, decimals: 1 },
    },
    {
      id: "tsh",
      names: ["thyroid stimulating hormone", "tsh level", "tsh"],
      domains: [...CLINICAL],
      source: "Reference about 0.4-4.0 mIU/L (American Thyroid Association)",
      shape: { kind: "number", distribution: "lognormal", mean: 2.1, sd: 1.4, min: 0.05, max: 30, decimals: 2 },
    },
    {
      id: "vitamin_d",
      names: ["vitamin d level", "25-hydroxy vitamin d", "vitamin d", "vit d"],
      domains: [...CLINICAL],
      source: "NIH ODS: sufficient 20+ ng/mL; NHANES mean about 26-30 ng/mL",
      shape: { kind: "number", distribution: "normal", mean: 28, sd: 10, min: 4, max: 100, decimals: 1 },
    },
  ],
};
