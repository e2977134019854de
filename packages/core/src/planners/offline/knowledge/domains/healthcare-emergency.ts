import type { DomainKnowledge } from "../types.js";

/**
 * The emergency department (ESI triage: level 1 is the MOST urgent, so a higher
 * level lowers admission) and outpatient appointments (no-shows).
 */
const CARE = ["healthcare", "clinical trials", "public health", "insurance"] as const;

export const healthcareEmergency: DomainKnowledge = {
  domain: "healthcare",
  words: ["emergency department", "emergency room", "er visits", "ed visits", "triage", "appointments", "no-shows", "clinic visits", "outpatient"],
  concepts: [
    {
      id: "triage_level",
      names: ["triage level", "triage score", "triage category", "esi level", "esi", "acuity level", "acuity", "triage", "urgency level"],
      domains: [...CARE],
      // Emergency Severity Index: 1 = resuscitation (most urgent) ... 5 = non-urgent; NHAMCS shares.
      source: "AHRQ Emergency Severity Index v4; CDC NHAMCS 2021 immediacy shares",
      shape: { kind: "integer", distribution: "normal", mean: 3.2, sd: 0.85, min: 1, max: 5 },
    },
    {
      id: "arrival_mode",
      names: ["arrival mode", "mode of arrival", "arrived by", "arrival method", "arrival by ambulance"],
      domains: [...CARE],
      source: "CDC NHAMCS 2021: about 16% of ED visits arrive by ambulance",
      shape: { kind: "category", values: ["Walk-in", "Ambulance", "Private vehicle", "Police", "Helicopter"], weights: [0.46, 0.16, 0.35, 0.02, 0.01] },
    },
    {
      id: "chief_complaint",
      names: ["chief complaint", "presenting complaint", "reason for visit", "presenting problem", "complaint", "symptom", "main symptom", "reason for admission"],
      domains: [...CARE],
      source: "CDC NHAMCS 2021, leading reasons for ED visits",
      shape: {
        kind: "category",
        values: ["Abdominal pain", "Chest pain", "Shortness of breath", "Fever", "Cough", "Headache", "Back pain", "Fall or injury", "Nausea and vomiting", "Dizziness", "Laceration", "Altered mental status"],
        weights: [0.12, 0.1, 0.08, 0.07, 0.06, 0.06, 0.06, 0.14, 0.07, 0.05, 0.05, 0.04],
      },
    },
    {
      id: "ed_wait_minutes",
      names: ["wait time minutes", "wait time", "waiting time", "time to provider", "door to doctor", "minutes waited", "wait minutes", "time in waiting room"],
      domains: ["healthcare"],
      // Median time to see a clinician in US EDs about 15-20 min, with a long tail.
      source: "CDC NHAMCS 2021 Emergency Department Summary Tables",
      shape: { kind: "integer", distribution: "lognormal", mean: 35, sd: 40, min: 0, max: 480 },
      units: [{ words: ["hours", "hrs"], shape: { kind: "number", distribution: "lognormal", mean: 0.6, sd: 0.65, min: 0, max: 8, decimals: 1 } }],
    },
    {
      id: "er_admitted",
      names: ["admitted to hospital", "hospital admission", "admitted from er", "admitted", "was admitted", "admission", "admit", "hospitalized", "hospitalised"],
      domains: ["healthcare"],
      outcome: true,
      // About 13-14% of US ED visits end in admission; ESI 1-2 mostly admitted, ESI 4-5 rarely.
      source: "CDC NHAMCS 2021; Gilboy et al., ESI Implementation Handbook (admission by level)",
      shape: { kind: "boolean", probability: 0.15 },
      drivers: [
        { concept: "age", weight: 0.6 },
        { concept: "triage_level", weight: -1.5 },
        { concept: "arrival_mode", value: "Ambulance", weight: 0.8 },
        { concept: "oxygen_saturation", weight: -0.6 },
        { concept: "heart_rate", weight: 0.3 },
        { concept: "body_temperature", weight: 0.3 },
        { concept: "charlson_index", weight: 0.5 },
      ],
    },
    {
      id: "left_without_being_seen",
      names: ["left without being seen", "lwbs", "left before seen", "walked out"],
      domains: ["healthcare"],
      outcome: true,
      source: "About 2-5% of US ED visits leave without being seen (Epic Research 2022)",
      shape: { kind: "boolean", probability: 0.04 },
      drivers: [
        { concept: "ed_wait_minutes", weight: 1.2 },
        { concept: "triage_level", weight: 0.8 },
        { concept: "insurance_type", value: "Uninsured", weight: 0.4 },
      ],
    },
    {
      id: "appointment_date",
      names: ["appointment date", "appointment day", "visit date", "date of visit", "appt date", "scheduled date"],
      domains: ["healthcare"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31", calendar: "weekdays" },
      relations: [{ kind: "offset", of: ["appointment_booking_date"], direction: "after", gap: { min: 0, max: 120, distribution: "lognormal", median: 8 } }],
    },
    {
      id: "appointment_booking_date",
      names: ["booking date", "scheduled day", "scheduledday", "date booked", "scheduled on", "booked on", "scheduling date", "date scheduled"],
      domains: ["healthcare"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "appointment_lead_days",
      names: ["days until appointment", "lead time days", "lead time", "days between booking and appointment", "waiting days", "days waiting"],
      domains: ["healthcare"],
      source: "Merritt Hawkins 2022: average new-patient wait about 26 days in large US cities",
      shape: { kind: "integer", distribution: "lognormal", mean: 14, sd: 16, min: 0, max: 180 },
      relations: [{ kind: "formula", expression: "days({appointment_booking_date}, {appointment_date})", type: "integer" }],
    },
    {
      id: "sms_reminder",
      names: ["sms reminder", "sms received", "text reminder", "reminder sent", "got reminder", "reminder"],
      domains: ["healthcare"],
      source: "Kaggle Medical Appointment No Shows (Brazil): 32% received an SMS",
      shape: { kind: "boolean", probability: 0.35 },
    },
    {
      id: "prior_no_shows",
      names: ["prior no shows", "previous no shows", "past no-shows", "missed appointments before", "number of missed appointments"],
      domains: ["healthcare"],
      shape: { kind: "integer", distribution: "poisson", mean: 0.4, min: 0, max: 10 },
    },
    {
      id: "no_show",
      names: ["no show", "no-show", "missed appointment", "did not attend", "dna", "no showed"],
      domains: ["healthcare"],
      outcome: true,
      // Outpatient no-show rates 5-30%; the Brazilian public dataset 20%.
      source: "Dantas et al. 2018, systematic review of no-show rates; Kaggle Medical Appointment No Shows",
      shape: { kind: "boolean", probability: 0.2 },
      drivers: [
        { concept: "age", weight: -0.3 },
        { concept: "appointment_lead_days", weight: 0.8 },
        { concept: "prior_no_shows", weight: 0.9 },
        { concept: "sms_reminder", weight: -0.4 },
        { concept: "insurance_type", value: "Medicaid", weight: 0.3 },
      ],
    },
    {
      id: "visit_type",
      names: ["visit type", "appointment type", "type of visit", "encounter type", "consultation type"],
      domains: ["healthcare"],
      shape: { kind: "category", values: ["Office visit", "Follow-up", "Telehealth", "Annual physical", "Urgent care", "Specialist referral"], weights: [0.32, 0.24, 0.16, 0.1, 0.1, 0.08] },
    },
    {
      id: "physician_specialty",
      names: ["physician specialty", "doctor specialty", "provider specialty", "medical specialty"],
      domains: ["healthcare"],
      source: "AAMC Physician Specialty Data Report 2022 (active physicians by specialty)",
      shape: {
        kind: "category",
        values: ["Internal Medicine", "Family Medicine", "Pediatrics", "Emergency Medicine", "Anesthesiology", "Psychiatry", "Cardiology", "Obstetrics and Gynecology", "Radiology", "General Surgery", "Orthopedic Surgery", "Neurology"],
        weights: [0.13, 0.13, 0.07, 0.05, 0.05, 0.05, 0.03, 0.05, 0.04, 0.03, 0.03, 0.02],
      },
    },
  ],
};
