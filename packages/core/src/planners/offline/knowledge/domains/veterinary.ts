import type { DomainKnowledge, NumericCase } from "../types.js";

/**
 * Veterinary clinic visits: the patient's weight by species (the species is general.ts's
 * `pet_species`), its age, why it came in, the bill that reason runs up and whether a
 * recheck was booked.
 */
const V = ["veterinary"] as const;

/** Body weight in kg by species, puppies and kittens included (log-normal: a few giant breeds). */
const WEIGHT_KG: ReadonlyArray<readonly [species: string[], mean: number, sd: number, min: number, max: number]> = [
  // Dogs: most patients 5-35 kg; toy breeds ~2 kg, giant breeds 50-90 kg (AKC breed standards).
  [["dog", "dogs", "canine"], 17, 12, 0.5, 95],
  // Cats: adult domestic shorthair 3.5-5.5 kg (Cornell Feline Health Center); kittens below 1 kg.
  [["cat", "cats", "feline"], 4.6, 1.4, 0.2, 12],
  // Domestic rabbits 1-6 kg; giant breeds to ~9 (House Rabbit Society).
  [["rabbit", "rabbits"], 2.3, 1.1, 0.4, 9],
  // Pet birds are mostly budgies (~35 g) and cockatiels (~90 g); parrots 0.3-1.5 kg.
  [["bird", "birds", "avian"], 0.2, 0.25, 0.02, 1.8],
  [["fish"], 0.15, 0.4, 0.01, 10],
  [["reptile", "reptiles", "lizard", "snake", "turtle"], 1.0, 2.0, 0.02, 60],
  [["hamster"], 0.12, 0.05, 0.02, 0.3],
  [["guinea pig"], 1.0, 0.25, 0.2, 1.8],
  [["ferret"], 1.2, 0.45, 0.4, 2.6],
  [["horse"], 500, 110, 50, 1000],
];
/** The cases in kg (factor 1) or lbs; `floor` is the least value the column shows (0.1 lb at one decimal, not a 0.0 lb budgie). */
const weightCases = (factor: number, floor = 0.01): NumericCase[] =>
  WEIGHT_KG.flatMap(([values, mean, sd, min, max]) => values.map((value) => ({ value, mean: +Math.max(mean * factor, floor * 2).toFixed(2), sd: +(sd * factor).toFixed(2), min: +Math.max(min * factor, floor).toFixed(2), max: +(max * factor).toFixed(1) })));

/** The bill (USD) by why the pet came in: wellness and vaccines cheap, dental, sickness and injury dear. */
const BILL: ReadonlyArray<readonly [reasons: string[], mean: number, sd: number, min: number, max: number]> = [
  [["checkup", "check-up", "check up", "wellness", "wellness exam", "exam", "annual exam", "routine", "routine checkup"], 125, 60, 40, 600],
  [["vaccination", "vaccinations", "vaccine", "vaccines", "shots", "booster"], 95, 45, 20, 400],
  [["follow-up", "recheck"], 110, 60, 30, 800],
  [["grooming", "nail trim"], 60, 30, 15, 250],
  [["illness", "sick", "sick visit", "sickness"], 430, 450, 60, 8000],
  [["injury", "injuries", "trauma", "wound"], 620, 750, 80, 12000],
  [["emergency"], 1300, 1200, 150, 15000],
  [["dental", "dental cleaning", "dentistry"], 680, 420, 150, 4500],
  [["surgery", "spay/neuter", "spay", "neuter"], 1500, 1300, 200, 15000],
];

export const veterinary: DomainKnowledge = {
  domain: "veterinary",
  words: ["veterinary", "veterinarian", "veterinarians", "vet", "vets", "vet clinic", "vet clinics", "vet clinic visits", "veterinary visits", "vet appointments", "veterinary clinic", "vet visits", "vet practice", "animal hospital", "pet clinic", "pet hospital", "small animal practice"],
  defaults: ["visit id", "visit date", "pet name", "species", "pet age (years)", "weight kg", "visit reason", "vet bill $", "follow-up needed"],
  concepts: [
    {
      id: "vet_patient_weight_kg",
      names: ["weight kg", "weight", "pet weight", "pet weight kg", "animal weight", "bodyweight"],
      domains: [...V],
      source: "AKC breed standards; Cornell Feline Health Center; House Rabbit Society (adult weights by species)",
      shape: { kind: "number", distribution: "lognormal", mean: 12, sd: 11, min: 0.01, max: 100, decimals: 2 },
      // The unit it is in already; listed so "pet ...: weight kg" completes to this concept, not general.ts's pet weight.
      units: [{ words: ["kg", "kgs", "kilograms", "kilos"], shape: { kind: "number", distribution: "lognormal", mean: 12, sd: 11, min: 0.01, max: 100, decimals: 2 } }],
      relations: [{ kind: "conditional", on: "pet_species", cases: weightCases(1) }],
    },
    {
      id: "vet_patient_weight_lbs",
      names: ["pet weight lbs", "pet weight pounds", "pet weight in lbs", "pet weight in pounds", "dog weight lbs", "cat weight lbs"],
      domains: [...V],
      source: "AKC breed standards; Cornell Feline Health Center; House Rabbit Society (adult weights by species)",
      shape: { kind: "number", distribution: "lognormal", mean: 26, sd: 24, min: 0.1, max: 220, decimals: 1 },
      relations: [{ kind: "conditional", on: "pet_species", cases: weightCases(2.2046, 0.1) }],
    },
    {
      id: "vet_patient_age",
      names: ["pet age", "age", "animal age", "age of pet"],
      domains: [...V],
      // Dogs live about 10-13 years, cats 12-18 (AVMA); clinics see many puppies and kittens in their first year.
      source: "AVMA pet care: dogs live about 10-13 years, cats 12-18; Banfield State of Pet Health (patient ages)",
      shape: { kind: "number", distribution: "lognormal", mean: 6.5, sd: 4.5, min: 0.1, max: 30, decimals: 1 },
      units: [{ words: ["months", "mo"], shape: { kind: "integer", distribution: "lognormal", mean: 78, sd: 54, min: 1, max: 360 } }],
    },
    {
      id: "vet_visit_reason",
      names: ["reason for visit", "visit type", "appointment type", "reason", "presenting complaint", "service"],
      domains: [...V],
      // Wellness exams and vaccines are most visits; skin, ear and stomach trouble lead the sick visits.
      source: "Banfield State of Pet Health; AVMA Pet Ownership and Demographics Sourcebook (visits by reason)",
      shape: { kind: "category", values: ["checkup", "vaccination", "illness", "injury", "dental", "surgery"], weights: [0.3, 0.2, 0.25, 0.1, 0.08, 0.07] },
    },
    {
      id: "vet_bill",
      names: ["vet bill", "veterinary bill", "vet cost", "bill", "bill amount", "total bill", "charges", "total charges", "cost", "fee", "amount"],
      domains: [...V],
      // Exams about $50-80 and core vaccines $20-40 each; dental cleanings $300-700 (more with extractions);
      // sick and injury visits with diagnostics several hundred dollars.
      source: "APPA 2023 National Pet Owners Survey (routine vs surgical vet spending); AAHA fee benchmarks",
      shape: { kind: "number", distribution: "lognormal", mean: 320, sd: 420, min: 20, max: 15000, decimals: 2 },
      relations: [{ kind: "conditional", on: "vet_visit_reason", cases: BILL.flatMap(([values, mean, sd, min, max]) => values.map((value) => ({ value, mean, sd, min, max }))) }],
    },
    {
      id: "vet_follow_up_needed",
      names: ["follow-up needed", "follow up needed", "followup needed", "needs follow-up", "needs follow up", "follow-up required", "follow up required", "recheck needed", "recheck required", "recheck"],
      domains: [...V],
      outcome: true,
      // Rechecks follow sick, injury and surgical visits (sutures, bloodwork, response to treatment); wellness visits rarely.
      source: "AAHA Referral and Recheck guidelines; Banfield State of Pet Health (recheck visits)",
      shape: { kind: "boolean", probability: 0.25 },
      drivers: [
        { concept: "vet_visit_reason", value: "illness", weight: 1.1 },
        { concept: "vet_visit_reason", value: "injury", weight: 1.0 },
        { concept: "vet_visit_reason", value: "surgery", weight: 1.4 },
        { concept: "vet_visit_reason", value: "vaccination", weight: -0.9 },
        { concept: "vet_visit_reason", value: "checkup", weight: -0.7 },
        // Senior pets carry chronic disease (kidney, thyroid, arthritis) that needs monitoring.
        { concept: "vet_patient_age", weight: 0.45 },
        { concept: "vet_bill", weight: 0.5 },
      ],
    },
  ],
  links: [
    // Drug doses, anaesthesia and surgery scale with body weight; older pets need more diagnostics.
    { from: "vet_patient_weight_kg", to: "vet_bill", weight: 0.15, source: "weight-based dosing (AAHA anesthesia guidelines)" },
    { from: "vet_patient_weight_lbs", to: "vet_bill", weight: 0.15 },
    { from: "vet_patient_age", to: "vet_bill", weight: 0.15 },
  ],
};
