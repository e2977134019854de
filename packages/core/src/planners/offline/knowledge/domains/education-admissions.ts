import type { DomainKnowledge } from "../types.js";

/**
 * College and graduate admissions: standardized test scales (SAT, ACT, GRE, TOEFL,
 * IELTS), application strength, admission outcomes and costs. Half-point scales
 * (IELTS bands, GRE writing, SOP/LOR) are categories of the real steps, so no 6.3 band appears.
 */
const EDU = ["education"] as const;
const halfSteps = (from: number, to: number): string[] => {
  const out: string[] = [];
  for (let v = from; v <= to + 1e-9; v += 0.5) out.push(v.toFixed(1));
  return out;
};

export const educationAdmissions: DomainKnowledge = {
  domain: "education",
  words: ["admissions", "applicants", "grad school", "graduate admissions", "college applications", "university applications", "gre", "sat scores", "toefl"],
  concepts: [
    {
      id: "lesson_length_minutes",
      names: ["session length", "session duration", "lesson length", "lesson duration", "class length", "class duration", "tutoring session length", "minutes per session", "session minutes", "lesson minutes", "class minutes"],
      domains: ["education"],
      // Tutoring sessions and school periods mostly run 45-60 minutes; block periods 90.
      source: "NCES Schools and Staffing Survey (class periods ~45-55 min); tutoring programs typically 30-60 min sessions",
      shape: { kind: "integer", distribution: "normal", mean: 55, sd: 15, min: 15, max: 180 },
    },
    {
      id: "cgpa",
      names: ["cgpa", "undergraduate cgpa", "undergrad gpa out of 10", "cgpa out of 10"],
      domains: [...EDU],
      source: "Kaggle Graduate Admission 2 (Acharya et al. 2019): CGPA 6.8-9.92 on a 10-point scale",
      shape: { kind: "number", distribution: "normal", mean: 8.58, sd: 0.6, min: 6.8, max: 9.92, decimals: 2 },
    },
    {
      id: "sat_total",
      names: ["sat total", "sat score", "total sat", "sat", "sat composite"],
      domains: [...EDU],
      // SAT 400-1600 in steps of 10; 2023 mean 1028, SD about 200.
      source: "College Board, SAT Suite Annual Report 2023",
      shape: { kind: "integer", distribution: "normal", mean: 1030, sd: 200, min: 400, max: 1600 },
    },
    {
      id: "sat_math",
      names: ["sat math", "sat math score", "math sat"],
      domains: [...EDU],
      source: "College Board 2023: SAT Math 200-800, mean 508",
      shape: { kind: "integer", distribution: "normal", mean: 508, sd: 115, min: 200, max: 800 },
    },
    {
      id: "sat_ebrw",
      names: ["sat reading", "sat ebrw", "sat verbal", "evidence-based reading and writing", "sat reading and writing"],
      domains: [...EDU],
      source: "College Board 2023: SAT EBRW 200-800, mean 520",
      shape: { kind: "integer", distribution: "normal", mean: 520, sd: 105, min: 200, max: 800 },
    },
    {
      id: "act_composite",
      names: ["act composite", "act score", "act composite score", "act"],
      domains: [...EDU],
      source: "ACT Profile Report, Graduating Class 2023: 1-36, mean 19.5, SD about 5.9",
      shape: { kind: "integer", distribution: "normal", mean: 19.5, sd: 5.8, min: 1, max: 36 },
    },
    {
      id: "gre_total",
      names: ["gre score", "gre total", "gre", "gre combined", "gre_score"],
      domains: [...EDU],
      // Verbal + Quant, 260-340; test takers 2019-2022 mean about 150 + 157.
      source: "ETS, GRE Guide to the Use of Scores 2023-24 (mean V 150.4, Q 157.0)",
      shape: { kind: "integer", distribution: "normal", mean: 311, sd: 13, min: 260, max: 340 },
    },
    {
      id: "gre_verbal",
      names: ["gre verbal", "gre verbal reasoning", "verbal reasoning score", "gre v"],
      domains: [...EDU],
      source: "ETS GRE 2023-24: Verbal 130-170, mean 150.4, SD 8.4",
      shape: { kind: "integer", distribution: "normal", mean: 150, sd: 8.4, min: 130, max: 170 },
    },
    {
      id: "gre_quant",
      names: ["gre quant", "gre quantitative", "gre math", "quantitative reasoning score", "gre q"],
      domains: [...EDU],
      source: "ETS GRE 2023-24: Quantitative 130-170, mean 157.0, SD 9.0",
      shape: { kind: "integer", distribution: "normal", mean: 157, sd: 9, min: 130, max: 170 },
    },
    {
      id: "gre_writing",
      names: ["gre writing", "gre awa", "analytical writing", "awa score"],
      domains: [...EDU],
      source: "ETS GRE 2023-24: Analytical Writing 0-6 in half points, mean 3.5",
      shape: { kind: "category", values: halfSteps(1, 6), weights: [0.01, 0.01, 0.03, 0.08, 0.2, 0.28, 0.24, 0.1, 0.03, 0.015, 0.005] },
    },
    {
      id: "toefl_score",
      names: ["toefl score", "toefl ibt", "toefl", "toefl_score"],
      domains: [...EDU],
      source: "ETS, TOEFL iBT Test and Score Data Summary 2023: 0-120, mean about 88",
      shape: { kind: "integer", distribution: "normal", mean: 95, sd: 13, min: 40, max: 120 },
    },
    {
      id: "ielts_band",
      names: ["ielts band", "ielts score", "ielts overall", "ielts"],
      domains: [...EDU],
      // Bands 0-9 in half bands; academic test takers' mean about 6.0-6.5.
      source: "IELTS, Test taker performance 2023 (academic mean overall band about 6.2)",
      shape: { kind: "category", values: halfSteps(4, 9), weights: [0.02, 0.04, 0.1, 0.18, 0.25, 0.2, 0.12, 0.06, 0.02, 0.007, 0.003] },
    },
    {
      id: "university_rating",
      names: ["university rating", "university ranking tier", "undergrad university rating", "college rating", "school rating"],
      domains: [...EDU],
      source: "Kaggle Graduate Admission 2: university rating 1-5",
      shape: { kind: "integer", distribution: "normal", mean: 3.1, sd: 1.1, min: 1, max: 5 },
    },
    {
      id: "sop_strength",
      names: ["statement of purpose", "sop strength", "sop", "personal statement rating", "essay rating"],
      domains: [...EDU],
      source: "Kaggle Graduate Admission 2: SOP strength 1-5 in half points",
      shape: { kind: "category", values: halfSteps(1, 5), weights: [0.01, 0.04, 0.06, 0.1, 0.14, 0.18, 0.17, 0.14, 0.09] },
    },
    {
      id: "lor_strength",
      names: ["letter of recommendation", "lor strength", "lor", "recommendation strength", "recommendation letters rating"],
      domains: [...EDU],
      source: "Kaggle Graduate Admission 2: LOR strength 1-5 in half points",
      shape: { kind: "category", values: halfSteps(1, 5), weights: [0.01, 0.02, 0.06, 0.1, 0.15, 0.19, 0.2, 0.14, 0.11] },
    },
    {
      id: "research_experience",
      names: ["research experience", "has research experience", "research", "published research", "research publications"],
      domains: [...EDU],
      source: "Kaggle Graduate Admission 2: 56% with research experience",
      shape: { kind: "boolean", probability: 0.56 },
    },
    {
      id: "chance_of_admit",
      names: ["chance of admit", "chance of admission", "admission probability", "probability of admission", "admit chance", "likelihood of admission"],
      domains: [...EDU],
      outcome: true,
      source: "Kaggle Graduate Admission 2: 0.34-0.97, mean 0.72",
      shape: { kind: "number", distribution: "normal", mean: 0.72, sd: 0.14, min: 0.34, max: 0.97, decimals: 2 },
      units: [{ words: ["percent", "%", "pct"], shape: { kind: "integer", distribution: "normal", mean: 72, sd: 14, min: 34, max: 97 } }],
      drivers: [
        { concept: "cgpa", weight: 1.0 },
        { concept: "gpa", weight: 0.9 },
        { concept: "gre_total", weight: 0.8 },
        { concept: "toefl_score", weight: 0.6 },
        { concept: "university_rating", weight: 0.4 },
        { concept: "research_experience", weight: 0.4 },
      ],
    },
    {
      id: "admitted",
      names: ["admission decision", "got admitted", "was admitted", "admitted", "accepted", "got in", "admit", "admission status", "offer received"],
      domains: [...EDU],
      outcome: true,
      // Four-year colleges admit about 70% of applicants on average (NACAC); selective ones under 20%.
      source: "NACAC State of College Admission 2023 (average acceptance about 71%)",
      shape: { kind: "boolean", probability: 0.45 },
      drivers: [
        { concept: "gpa", weight: 1.2 },
        { concept: "sat_total", weight: 0.9 },
        { concept: "act_composite", weight: 0.9 },
        { concept: "gre_total", weight: 0.8 },
        { concept: "toefl_score", weight: 0.4 },
        { concept: "extracurricular_activities", weight: 0.4 },
        { concept: "research_experience", weight: 0.4 },
        { concept: "legacy_applicant", weight: 0.5 },
      ],
    },
    {
      id: "legacy_applicant",
      names: ["legacy", "legacy applicant", "legacy status", "parent alumni"],
      domains: [...EDU],
      source: "Legacy applicants are about 10-15% at selective private colleges",
      shape: { kind: "boolean", probability: 0.1 },
    },
    {
      id: "extracurricular_activities",
      names: ["extracurricular activities", "extracurriculars", "extra curricular", "extracurricular", "club member", "does extracurriculars"],
      domains: [...EDU],
      source: "NCES: about 57% of students take part in at least one extracurricular activity",
      shape: { kind: "boolean", probability: 0.57 },
    },
    {
      id: "institution_type",
      names: ["institution type", "school type", "type of school", "college type", "public or private", "sector"],
      domains: [...EDU],
      source: "NCES fall enrollment by control, 2022",
      shape: { kind: "category", values: ["Public", "Private nonprofit", "Private for-profit"], weights: [0.73, 0.21, 0.06] },
    },
    {
      id: "tuition_fees",
      names: ["annual tuition", "tuition and fees", "tuition fees", "tuition", "tuition cost", "yearly tuition"],
      domains: [...EDU],
      // 2023-24 published tuition and fees: public in-state $11,260, private nonprofit $41,540.
      source: "College Board, Trends in College Pricing 2023",
      shape: { kind: "number", distribution: "lognormal", mean: 19000, sd: 14000, min: 1500, max: 70000, decimals: 0 },
      relations: [
        {
          kind: "conditional",
          on: "institution_type",
          cases: [
            { value: "Public", mean: 11300, sd: 4500, min: 1500, max: 45000 },
            { value: "Private nonprofit", mean: 41500, sd: 13000, min: 8000, max: 70000 },
            { value: "Private for-profit", mean: 17000, sd: 6000, min: 5000, max: 40000 },
          ],
        },
      ],
    },
    {
      id: "financial_aid",
      names: ["financial aid amount", "financial aid", "grant aid", "aid amount", "grants received"],
      domains: [...EDU],
      source: "College Board, Trends in Student Aid 2023 (about $15,000 average aid per full-time undergraduate)",
      shape: { kind: "number", distribution: "lognormal", mean: 9000, sd: 9000, min: 0, max: 70000, decimals: 0 },
    },
    {
      id: "student_loan_debt",
      names: ["student loan debt", "student debt", "student loans", "loan debt at graduation", "student loan balance"],
      domains: [...EDU, "finance"],
      source: "TICAS Student Debt and the Class of 2022: average $29,400 for borrowers",
      shape: { kind: "number", distribution: "lognormal", mean: 29400, sd: 20000, min: 1000, max: 200000, decimals: 0 },
    },
  ],
};
