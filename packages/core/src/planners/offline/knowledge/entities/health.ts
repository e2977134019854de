import type { EntityModule } from "../entityTypes.js";

/** Care: patients have visits (with a doctor), visits have prescriptions, diagnoses and lab results. */
export const health: EntityModule = {
  entities: [
    {
      id: "patient",
      table: "patients",
      names: ["patients", "patient"],
      domain: "healthcare",
      key: { name: "patient_id", format: "sequence" },
      columns: ["patient name", "date of birth", "gender", "insurance type", "registration date"],
      date: "registration_date",
    },
    {
      id: "doctor",
      table: "doctors",
      names: ["doctors", "doctor", "physicians", "physician", "providers", "clinicians", "dentists", "dentist", "gps", "vets", "therapists"],
      domain: "healthcare",
      key: { name: "doctor_id", format: "sequence", prefix: "D-" },
      columns: ["doctor name", "specialty"],
      rows: 200,
    },
    {
      id: "visit",
      table: "visits",
      names: ["visits", "visit", "appointments", "appointment", "encounters", "encounter", "admissions", "consultations"],
      domain: "healthcare",
      key: { name: "visit_id", format: "sequence" },
      columns: ["visit date", "visit type (checkup, follow-up, emergency, telehealth)", "diagnosis"],
      date: "visit_date",
    },
    {
      id: "prescription",
      table: "prescriptions",
      names: ["prescriptions", "prescription", "medications", "medication", "meds", "drugs prescribed"],
      domain: "healthcare",
      key: { name: "prescription_id", format: "sequence" },
      columns: ["medication", "dosage mg", "days supply"],
    },
    {
      id: "lab_result",
      table: "lab_results",
      names: ["lab results", "lab result", "lab tests", "lab test", "labs"],
      domain: "healthcare",
      key: { name: "lab_result_id", format: "sequence" },
      columns: ["test name (hba1c, ldl cholesterol, creatinine, hemoglobin, glucose)", "abnormal yes/no"],
    },
  ],
  parents: [
    {
      child: "visit",
      parent: "patient",
      count: { distribution: "negative_binomial", mean: 3, dispersion: 2, max: 40 },
      rollups: [{ name: "visit_count", function: "count", description: "visits of the patient" }],
      after: { minDays: 0, maxDays: 900 },
    },
    {
      child: "prescription",
      parent: "visit",
      count: { distribution: "poisson", mean: 1.2, max: 6 },
      rollups: [{ name: "prescription_count", function: "count", description: "medications prescribed at the visit" }],
    },
    {
      child: "prescription",
      parent: "patient",
      count: { distribution: "poisson", mean: 2.5, max: 20 },
      rollups: [{ name: "prescription_count", function: "count", description: "prescriptions of the patient" }],
    },
    {
      child: "lab_result",
      parent: "visit",
      count: { distribution: "poisson", mean: 1.5, max: 10 },
      rollups: [{ name: "lab_count", function: "count", description: "lab results of the visit" }],
    },
  ],
  references: [{ from: "visit", to: "doctor", popularity: "zipf", skew: 0.8 }],
  outcomes: [
    // Prior utilisation is among the strongest predictors of readmission (LACE index: "E", emergency visits in the last 6 months).
    { words: ["readmitted", "readmission", "readmissions", "high risk", "hospitalized", "hospitalised"], weight: 1, source: "van Walraven et al. (2010), the LACE index, CMAJ 182(6)" },
    { words: ["no show", "noshow", "missed"], weight: -0.6 },
  ],
};
