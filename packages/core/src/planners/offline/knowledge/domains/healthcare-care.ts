import type { CategoryCase, DomainKnowledge, NumericCase } from "../types.js";

/**
 * Care episodes: hospital stays, diagnoses (ICD-10-CM), medications, costs and notes
 * (the emergency department and appointments: healthcare-emergency.ts).
 */

/** Common principal diagnoses with their ICD-10-CM codes, in one table so name and code stay paired. */
const DIAGNOSES: ReadonlyArray<readonly [name: string, code: string, weight: number]> = [
  ["Essential hypertension", "I10", 0.12],
  ["Type 2 diabetes mellitus", "E11.9", 0.1],
  ["Hyperlipidemia", "E78.5", 0.08],
  ["Pneumonia", "J18.9", 0.07],
  ["Heart failure", "I50.9", 0.06],
  ["Urinary tract infection", "N39.0", 0.06],
  ["COPD with exacerbation", "J44.1", 0.05],
  ["Sepsis", "A41.9", 0.05],
  ["Atrial fibrillation", "I48.91", 0.05],
  ["Acute myocardial infarction", "I21.4", 0.04],
  ["Chest pain", "R07.9", 0.05],
  ["Low back pain", "M54.50", 0.05],
  ["Major depressive disorder", "F32.9", 0.04],
  ["Generalized anxiety disorder", "F41.1", 0.04],
  ["Asthma", "J45.909", 0.03],
  ["Acute kidney injury", "N17.9", 0.03],
  ["Cerebral infarction", "I63.9", 0.03],
  ["GERD", "K21.9", 0.03],
  ["Obesity", "E66.9", 0.02],
];

/** Common outpatient drugs (ClinCalc DrugStats top 300, 2021 MEPS) with their usual daily dose range in mg. */
const MEDICATIONS: ReadonlyArray<readonly [name: string, weight: number, mean: number, min: number, max: number]> = [
  ["Atorvastatin", 0.1, 30, 10, 80],
  ["Metformin", 0.09, 1200, 500, 2550],
  ["Levothyroxine", 0.08, 0.1, 0.025, 0.3],
  ["Lisinopril", 0.08, 20, 2.5, 40],
  ["Amlodipine", 0.07, 7.5, 2.5, 10],
  ["Metoprolol", 0.06, 75, 25, 200],
  ["Montelukast", 0.05, 10, 4, 10],
  ["Omeprazole", 0.05, 30, 20, 40],
  ["Losartan", 0.05, 70, 25, 100],
  ["Gabapentin", 0.04, 900, 100, 3600],
  ["Hydrochlorothiazide", 0.04, 25, 12.5, 50],
  ["Sertraline", 0.04, 100, 25, 200],
  ["Simvastatin", 0.03, 30, 5, 40],
  ["Furosemide", 0.03, 40, 20, 160],
  ["Pantoprazole", 0.03, 40, 20, 80],
  ["Apixaban", 0.03, 10, 5, 10],
  ["Amoxicillin", 0.03, 1500, 750, 3000],
  ["Prednisone", 0.03, 20, 5, 60],
  ["Ibuprofen", 0.03, 1200, 400, 3200],
  ["Escitalopram", 0.02, 15, 5, 20],
];

const ICD_CODES = DIAGNOSES.map(([, code]) => code);
const oneHot = (i: number, n: number): number[] => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0));
const codeByDiagnosis: CategoryCase[] = DIAGNOSES.map(([name], i) => ({ value: name, weights: oneHot(i, DIAGNOSES.length) }));
const doseByDrug: NumericCase[] = MEDICATIONS.map(([value, , mean, min, max]) => ({ value, mean, sd: (max - min) / 4, min, max }));

const CARE = ["healthcare", "clinical trials", "public health", "insurance"] as const;

export const healthcareCare: DomainKnowledge = {
  domain: "healthcare",
  words: ["hospital stays", "admissions", "inpatient", "discharges", "readmissions", "prescriptions", "encounters"],
  defaults: ["patient id", "admission date", "discharge date", "admission type", "diagnosis", "icd10 code", "length of stay", "number of medications", "readmitted within 30 days"],
  concepts: [
    {
      id: "patient_id",
      names: ["patient id", "patient number", "patient no", "patientid", "mrn", "medical record number", "record number", "subject id"],
      shape: { kind: "id", format: "pattern", pattern: "MRN-#######", unique: true },
    },
    {
      id: "encounter_id",
      names: ["encounter id", "visit id", "admission id", "stay id", "episode id", "hadm id", "case id"],
      domains: [...CARE],
      shape: { kind: "id", format: "pattern", pattern: "ENC-########", unique: true },
    },
    {
      id: "admission_date",
      names: ["admission date", "admit date", "date admitted", "date of admission", "admitted on", "admission time", "admittime"],
      domains: [...CARE],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "discharge_date",
      names: ["discharge date", "date discharged", "date of discharge", "discharged on", "discharge time", "dischtime"],
      domains: [...CARE],
      // US mean inpatient stay about 4.6-5.5 days, median 3 (HCUP, AHA Hospital Statistics).
      source: "AHRQ HCUP National Inpatient Sample: mean length of stay about 4.7 days",
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
      // From the stay's length when there is one (length of stay may be the target), else by a gap.
      relations: [
        { kind: "formula", expression: "addDays({admission_date}, {length_of_stay})", type: "date" },
        { kind: "offset", of: ["admission_date"], direction: "after", gap: { min: 1, max: 60, distribution: "lognormal", median: 3 } },
      ],
    },
    {
      id: "length_of_stay",
      names: ["length of stay", "length of hospital stay", "los days", "los", "days in hospital", "hospital stay days", "hospital stay", "days admitted", "time in hospital", "stay length", "inpatient days"],
      domains: [...CARE],
      outcome: true,
      source: "AHRQ HCUP National Inpatient Sample: mean 4.7 days, median 3, long right tail",
      shape: { kind: "integer", distribution: "lognormal", mean: 4.7, sd: 4.5, min: 1, max: 60 },
      units: [{ words: ["hours", "hrs"], shape: { kind: "integer", distribution: "lognormal", mean: 113, sd: 108, min: 6, max: 1440 } }],
      drivers: [
        { concept: "age", weight: 0.4 },
        { concept: "icu_admission", weight: 1.0 },
        { concept: "admission_type", value: "Emergency", weight: 0.5 },
        { concept: "num_diagnoses", weight: 0.6 },
        { concept: "num_procedures", weight: 0.5 },
        { concept: "charlson_index", weight: 0.6 },
      ],
    },
    {
      id: "admission_type",
      names: ["admission type", "type of admission", "admit type", "admission source", "admission route"],
      domains: [...CARE],
      source: "AHRQ HCUP: about 55-60% of US stays begin in the emergency department",
      shape: { kind: "category", values: ["Emergency", "Urgent", "Elective"], weights: [0.57, 0.17, 0.26] },
    },
    {
      id: "discharge_disposition",
      names: ["discharge disposition", "discharge destination", "discharged to", "discharge status", "disposition"],
      domains: [...CARE],
      source: "AHRQ HCUP: routine home about 2/3, home health, skilled nursing, 2% died",
      shape: {
        kind: "category",
        values: ["Home", "Home health care", "Skilled nursing facility", "Rehabilitation facility", "Left against medical advice", "Expired"],
        weights: [0.64, 0.16, 0.11, 0.04, 0.02, 0.03],
      },
    },
    {
      id: "hospital_department",
      names: ["hospital department", "clinical department", "department", "ward", "unit", "specialty", "service line"],
      domains: ["healthcare"],
      shape: {
        kind: "category",
        values: ["Emergency", "Internal Medicine", "Cardiology", "Surgery", "Orthopedics", "Obstetrics", "Pediatrics", "Oncology", "Neurology", "ICU"],
        weights: [0.2, 0.18, 0.1, 0.12, 0.08, 0.08, 0.07, 0.06, 0.05, 0.06],
      },
    },
    {
      id: "insurance_type",
      names: ["insurance type", "insurance", "payer", "primary payer", "insurance provider type", "coverage type", "payer type"],
      domains: [...CARE],
      // US coverage 2022: private 65% (some also public), Medicare 18.7%, Medicaid 18.8%, uninsured 7.9%.
      source: "US Census Bureau, Health Insurance Coverage in the United States: 2022",
      shape: { kind: "category", values: ["Private", "Medicare", "Medicaid", "Uninsured", "Other"], weights: [0.5, 0.22, 0.18, 0.08, 0.02] },
    },
    {
      id: "diagnosis",
      names: ["primary diagnosis", "principal diagnosis", "diagnosis name", "diagnosis", "condition", "dx", "disease", "medical condition"],
      domains: ["healthcare", "insurance"],
      source: "AHRQ HCUP most frequent principal diagnoses; CDC NAMCS",
      shape: { kind: "category", values: DIAGNOSES.map(([n]) => n), weights: DIAGNOSES.map(([, , w]) => w) },
    },
    {
      id: "icd10_code",
      names: ["icd-10 code", "icd10 code", "icd 10 code", "icd-10", "icd10", "icd code", "diagnosis code", "dx code", "icd"],
      domains: [...CARE],
      source: "CMS ICD-10-CM 2024 code set",
      shape: { kind: "category", values: ICD_CODES, weights: DIAGNOSES.map(([, , w]) => w) },
      relations: [{ kind: "conditionalWeights", on: "diagnosis", cases: codeByDiagnosis }],
    },
    {
      id: "num_diagnoses",
      names: ["number of diagnoses", "num diagnoses", "diagnosis count", "n diagnoses", "comorbidity count", "number of comorbidities"],
      domains: [...CARE],
      source: "UCI Diabetes 130-US hospitals dataset: 1-16 diagnoses per stay, mean 7.4",
      shape: { kind: "integer", distribution: "poisson", mean: 6, min: 1, max: 16 },
    },
    {
      id: "num_procedures",
      names: ["number of procedures", "num procedures", "procedure count", "procedures"],
      domains: [...CARE],
      source: "UCI Diabetes 130-US hospitals dataset: 0-6 procedures, mean 1.3",
      shape: { kind: "integer", distribution: "poisson", mean: 1.3, min: 0, max: 10 },
    },
    {
      id: "num_lab_tests",
      names: ["number of lab procedures", "num lab procedures", "number of lab tests", "lab tests", "labs ordered"],
      domains: [...CARE],
      source: "UCI Diabetes 130-US hospitals dataset: mean 43 lab procedures per stay",
      shape: { kind: "integer", distribution: "normal", mean: 43, sd: 19, min: 1, max: 130 },
    },
    {
      id: "num_medications",
      names: ["number of medications", "num medications", "medication count", "n medications", "meds count", "number of meds", "num meds", "polypharmacy count"],
      domains: [...CARE],
      source: "UCI Diabetes 130-US hospitals dataset: mean 16 medications per stay (inpatient)",
      shape: { kind: "integer", distribution: "poisson", mean: 12, min: 0, max: 60 },
    },
    {
      id: "prior_admissions",
      names: ["prior admissions", "previous admissions", "number inpatient", "number of inpatient visits", "inpatient visits", "past admissions", "admissions last year", "prior hospitalizations"],
      domains: [...CARE],
      source: "UCI Diabetes 130-US hospitals dataset: mean 0.6 inpatient visits in the prior year",
      shape: { kind: "integer", distribution: "poisson", mean: 0.7, min: 0, max: 20 },
    },
    {
      id: "prior_er_visits",
      names: ["number emergency", "number of emergency visits", "prior er visits", "er visits last year", "emergency visits", "ed visits last year"],
      domains: [...CARE],
      source: "UCI Diabetes 130-US hospitals dataset: emergency visits in the prior year, mean 0.2",
      shape: { kind: "integer", distribution: "poisson", mean: 0.25, min: 0, max: 20 },
    },
    {
      id: "outpatient_visits",
      names: ["number outpatient", "number of outpatient visits", "outpatient visits", "clinic visits last year"],
      domains: [...CARE],
      source: "UCI Diabetes 130-US hospitals dataset: outpatient visits in the prior year, mean 0.4",
      shape: { kind: "integer", distribution: "poisson", mean: 0.4, min: 0, max: 40 },
    },
    {
      id: "a1c_result",
      names: ["a1c result", "a1cresult", "a1 c result", "hba1c result", "a1c test result", "hba1c test result"],
      domains: [...CARE],
      // Most inpatients have no A1c drawn during the stay.
      source: "UCI Diabetes 130-US hospitals dataset (Strack et al. 2014): None 83%, >8 8%, Norm 5%, >7 4%",
      shape: { kind: "category", values: ["None", "Norm", ">7", ">8"], weights: [0.83, 0.05, 0.04, 0.08] },
    },
    {
      id: "charlson_index",
      names: ["charlson comorbidity index", "charlson index", "charlson score", "cci", "comorbidity index", "comorbidity score"],
      domains: [...CARE],
      source: "Charlson et al. 1987; inpatient populations mostly 0-6",
      shape: { kind: "integer", distribution: "poisson", mean: 2, min: 0, max: 15 },
    },
    {
      id: "icu_admission",
      names: ["icu admission", "admitted to icu", "icu stay", "icu", "intensive care", "went to icu", "needed icu"],
      domains: [...CARE],
      source: "About 1 in 6 US hospital stays include ICU care (SCCM critical care statistics)",
      shape: { kind: "boolean", probability: 0.15 },
      outcome: true,
      drivers: [
        { concept: "age", weight: 0.3 },
        { concept: "triage_level", weight: -1.2 },
        { concept: "oxygen_saturation", weight: -0.8 },
        { concept: "respiratory_rate", weight: 0.6 },
        { concept: "heart_rate", weight: 0.4 },
        { concept: "charlson_index", weight: 0.5 },
      ],
    },
    {
      id: "readmitted_30_days",
      names: ["readmitted within 30 days", "30 day readmission", "30-day readmission", "readmission within 30 days", "readmitted", "readmission", "was readmitted", "readmit"],
      domains: [...CARE],
      outcome: true,
      // Medicare all-cause 30-day readmission about 14-15%.
      source: "CMS Hospital Readmissions Reduction Program; AHRQ HCUP Statistical Brief 304",
      shape: { kind: "boolean", probability: 0.14 },
      drivers: [
        { concept: "age", weight: 0.3 },
        { concept: "prior_admissions", weight: 0.9 },
        { concept: "prior_er_visits", weight: 0.5 },
        { concept: "num_diagnoses", weight: 0.4 },
        { concept: "charlson_index", weight: 0.7 },
        { concept: "length_of_stay", weight: 0.4 },
        { concept: "num_medications", weight: 0.3 },
        { concept: "discharge_disposition", value: "Left against medical advice", weight: 0.9 },
        { concept: "hba1c", weight: 0.2 },
      ],
    },
    {
      id: "patient_death",
      names: ["in-hospital death", "in hospital mortality", "mortality", "died", "death event", "death", "deceased", "patient died", "expired"],
      domains: [...CARE],
      outcome: true,
      source: "AHRQ HCUP: about 2% in-hospital mortality; higher in ICU and heart failure cohorts",
      shape: { kind: "boolean", probability: 0.05 },
      drivers: [
        { concept: "age", weight: 0.8 },
        { concept: "icu_admission", weight: 1.0 },
        { concept: "charlson_index", weight: 0.8 },
        { concept: "ejection_fraction", weight: -0.9 },
        { concept: "serum_creatinine", weight: 0.6 },
        { concept: "oxygen_saturation", weight: -0.6 },
        { concept: "serum_sodium", weight: -0.3 },
        { concept: "triage_level", weight: -0.8 },
      ],
    },
    {
      id: "medication",
      names: ["medication name", "drug name", "medication", "drug", "medicine", "prescription", "prescribed drug", "rx"],
      domains: [...CARE],
      source: "ClinCalc DrugStats Database, top 300 drugs of 2021 (MEPS)",
      shape: { kind: "category", values: MEDICATIONS.map(([n]) => n), weights: MEDICATIONS.map(([, w]) => w) },
    },
    {
      id: "dose_mg",
      names: ["daily dose mg", "dose mg", "dosage mg", "dose", "dosage", "daily dose", "strength mg"],
      domains: [...CARE],
      source: "FDA labels: usual adult daily dose ranges",
      shape: { kind: "number", distribution: "lognormal", mean: 120, sd: 250, min: 0.025, max: 3600, decimals: 3 },
      relations: [{ kind: "conditional", on: "medication", cases: doseByDrug }],
    },
    {
      id: "dose_frequency",
      names: ["dosing frequency", "dose frequency", "frequency of dosing", "sig frequency", "how often taken", "times per day"],
      domains: [...CARE],
      shape: { kind: "category", values: ["once daily", "twice daily", "three times daily", "at bedtime", "as needed"], weights: [0.55, 0.22, 0.08, 0.07, 0.08] },
    },
    {
      id: "days_supply",
      names: ["days supply", "days of supply", "supply days", "day supply"],
      domains: [...CARE],
      // Retail fills are mostly 30-day, mail order 90-day (IQVIA Medicine Use 2023).
      source: "IQVIA, The Use of Medicines in the US 2023 (30- and 90-day fills)",
      shape: { kind: "integer", distribution: "lognormal", mean: 38, sd: 25, min: 1, max: 90 },
    },
    {
      id: "refills_remaining",
      names: ["refills remaining", "refills left", "number of refills", "refills", "refill count"],
      domains: [...CARE],
      source: "Non-controlled prescriptions allow refills for up to a year; Schedule III-V at most 5 (21 CFR 1306.22)",
      shape: { kind: "integer", distribution: "poisson", mean: 2, min: 0, max: 11 },
    },
    {
      id: "administration_route",
      names: ["route of administration", "administration route", "route", "dosing route"],
      domains: [...CARE],
      shape: { kind: "category", values: ["oral", "intravenous", "subcutaneous", "intramuscular", "inhaled", "topical"], weights: [0.7, 0.1, 0.07, 0.03, 0.06, 0.04] },
    },
    {
      id: "medication_adherence",
      names: ["medication adherence", "adherence rate", "pdc", "proportion of days covered", "adherence"],
      domains: [...CARE],
      source: "WHO 2003: about 50% adherence to long-term therapy; PDC 80% threshold",
      shape: { kind: "number", distribution: "normal", mean: 0.72, sd: 0.2, min: 0, max: 1, decimals: 2 },
      units: [{ words: ["percent", "%", "pct"], shape: { kind: "integer", distribution: "normal", mean: 72, sd: 20, min: 0, max: 100 } }],
    },
    {
      id: "hospital_charges",
      names: ["total charges", "hospital charges", "hospital bill", "cost of stay", "treatment cost", "total cost", "billed amount", "claim amount"],
      domains: [...CARE],
      outcome: true,
      // Mean cost per US stay about $13,000-15,000; charges run higher; right-skewed.
      source: "AHRQ HCUP Statistical Brief 277 (costs of US hospital stays)",
      shape: { kind: "number", distribution: "lognormal", mean: 15000, sd: 20000, min: 300, max: 800000, decimals: 2 },
      drivers: [
        { concept: "age", weight: 0.2 },
        { concept: "length_of_stay", weight: 1.2 },
        { concept: "icu_admission", weight: 0.8 },
        { concept: "num_procedures", weight: 0.5 },
        { concept: "admission_type", value: "Elective", weight: -0.2 },
      ],
    },
    {
      id: "medical_charges",
      names: ["medical charges", "medical costs", "insurance charges", "medical expenses", "annual medical cost", "healthcare costs", "health costs", "charges"],
      domains: ["healthcare", "insurance"],
      outcome: true,
      // The Kaggle insurance dataset: charges $1,100-63,800, mean $13,270; smokers pay about 4x.
      source: "Lantz, Machine Learning with R, insurance.csv (US Census-based simulation); KFF employer health survey",
      shape: { kind: "number", distribution: "lognormal", mean: 13300, sd: 12100, min: 1100, max: 65000, decimals: 2 },
      drivers: [
        { concept: "age", weight: 1.0 },
        { concept: "smoker", weight: 1.5 },
        { concept: "smoking_status", value: "current", weight: 1.5 },
        { concept: "bmi", weight: 0.5 },
        { concept: "num_children", weight: 0.1 },
        { concept: "charlson_index", weight: 0.6 },
      ],
    },
    {
      id: "num_children",
      names: ["number of children", "num children", "children", "dependents", "kids", "number of dependents", "no of children"],
      domains: ["healthcare", "insurance", "hr", "public health"],
      source: "US Census CPS 2023: families average about 1.9 children under 18 (many with none)",
      shape: { kind: "integer", distribution: "poisson", mean: 1.1, min: 0, max: 8 },
    },
    {
      id: "clinical_note",
      names: ["clinical notes", "clinical note", "doctor notes", "doctors notes", "physician notes", "nurse notes", "nursing notes", "progress notes", "discharge summary", "visit notes", "chart notes", "soap note"],
      domains: ["healthcare", "clinical trials"],
      shape: { kind: "text", style: "clinical_note", maxWords: 60 },
      relations: [
        { kind: "text", topicFrom: "diagnosis" },
        { kind: "text", topicFrom: "chief_complaint" },
      ],
    },
  ],
};
