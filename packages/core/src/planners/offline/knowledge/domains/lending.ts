import type { DomainKnowledge } from "../types.js";

/** Consumer lending: applicants' credit, loan terms and whether the loan defaulted. */
export const lending: DomainKnowledge = {
  domain: "finance",
  words: ["loan", "loans", "lending", "lender", "borrower", "borrowers", "credit risk", "mortgages", "mortgage loans", "mortgage portfolio", "home loans", "loan applications", "underwriting", "lendingclub"],
  defaults: ["loan id", "loan amount", "loan term", "interest rate", "credit score", "annual income", "dti", "home ownership", "employment length", "loan purpose", "defaulted"],
  concepts: [
    {
      id: "loan_id",
      names: ["loan id", "loan number", "application id", "loan no", "loanid"],
      shape: { kind: "id", format: "pattern", pattern: "LN-########", unique: true },
    },
    {
      id: "credit_score",
      names: ["credit score", "fico score", "fico", "credit rating score", "vantage score", "vantagescore", "creditscore", "cibil score"],
      // FICO 300-850; US average 715-718 in 2023-24, about 1 in 5 below 600.
      shape: { kind: "integer", distribution: "normal", mean: 712, sd: 72, min: 300, max: 850 },
      source: "FICO, average US FICO Score (715 in 2023; scale 300-850)",
    },
    {
      id: "loan_amount",
      names: ["loan amount", "amount borrowed", "principal", "loan size", "amount requested", "funded amount", "loan principal", "loan amt", "loan amnt", "loan value"],
      // LendingClub personal loans: $1,000-$40,000, median about $12,000.
      shape: { kind: "number", distribution: "lognormal", mean: 15000, sd: 9500, min: 1000, max: 40000, decimals: 0 },
      source: "LendingClub loan statistics (personal loans $1k-$40k)",
      units: [{ words: ["thousands", "k", "000s"], shape: { kind: "number", distribution: "lognormal", mean: 15, sd: 9.5, min: 1, max: 40, decimals: 1 } }],
      relations: [
        {
          kind: "conditional",
          on: "loan_type",
          cases: [
            { value: "Personal", mean: 14000, sd: 9000, min: 1000, max: 40000 },
            { value: "Auto", mean: 30000, sd: 12000, min: 5000, max: 90000 },
            { value: "Mortgage", mean: 340000, sd: 160000, min: 60000, max: 1500000 },
            { value: "Student", mean: 32000, sd: 22000, min: 2000, max: 150000 },
            { value: "Small Business", mean: 90000, sd: 110000, min: 5000, max: 1000000 },
          ],
        },
      ],
    },
    {
      id: "loan_term_months",
      names: ["loan term", "term months", "term in months", "loan duration", "loan length", "repayment period", "tenor", "term"],
      domains: ["finance"],
      // Only the terms lenders offer. Personal loans (the default, like loan_amount): 36 months ~60%,
      // 60 ~28%, a few 12-72. By loan type: mortgages 360/180, auto 48-84, student 120/240.
      shape: {
        kind: "formula",
        expression: "if(uniform(0, 1) < 0.6, 36, if(uniform(0, 1) < 0.7, 60, if(uniform(0, 1) < 0.33, 48, if(uniform(0, 1) < 0.5, 24, if(uniform(0, 1) < 0.5, 12, 72)))))",
        type: "integer",
        min: 12,
        max: 360,
      },
      source: "LendingClub (36/60 months), Experian State of the Automotive Finance Market (auto 48-84), Freddie Mac (15/30-year mortgages)",
      relations: [
        {
          kind: "formula",
          expression:
            'if({loan_type} == "Mortgage", if(uniform(0, 1) < 0.85, 360, 180), if({loan_type} == "Auto", if(uniform(0, 1) < 0.4, 72, if(uniform(0, 1) < 0.6, 60, if(uniform(0, 1) < 0.5, 84, 48))), if({loan_type} == "Student", if(uniform(0, 1) < 0.7, 120, 240), if(uniform(0, 1) < 0.6, 36, if(uniform(0, 1) < 0.7, 60, if(uniform(0, 1) < 0.33, 48, if(uniform(0, 1) < 0.5, 24, if(uniform(0, 1) < 0.5, 12, 72))))))))',
          type: "integer",
          min: 12,
          max: 360,
        },
      ],
      units: [{ words: ["years", "yrs", "year"], shape: { kind: "formula", expression: "if(uniform(0, 1) < 0.78, 30, if(uniform(0, 1) < 0.65, 15, if(uniform(0, 1) < 0.6, 20, 10)))", type: "integer", min: 10, max: 30 } }],
    },
    {
      id: "interest_rate",
      names: ["interest rate", "apr", "annual percentage rate", "int rate", "loan rate", "rate of interest", "interest"],
      domains: ["finance", "automotive", "real estate"],
      // LendingClub grades A-G span about 6%-31% APR; personal-loan average ~12% (Fed G.19, 2024).
      shape: { kind: "number", distribution: "lognormal", mean: 12.8, sd: 5, min: 3, max: 35.99, decimals: 2 },
      units: [{ words: ["fraction", "decimal", "ratio"], shape: { kind: "number", distribution: "lognormal", mean: 0.128, sd: 0.05, min: 0.03, max: 0.36, decimals: 4 } }],
      source: "Federal Reserve G.19 Consumer Credit (24-month personal loan rate ~12%); LendingClub grade rates",
      // By grade, else by loan type (Freddie Mac PMMS 2024: 30-year mortgages ~6.5-7%; Fed G.19: new auto ~7-8%);
      // the first that applies wins.
      relations: [
        {
          kind: "conditional",
          on: "loan_grade",
          cases: [
            { value: "A", mean: 7.5, sd: 1.2, min: 5.3, max: 10 },
            { value: "B", mean: 11, sd: 1.3, min: 8.5, max: 14 },
            { value: "C", mean: 14.5, sd: 1.4, min: 12, max: 18 },
            { value: "D", mean: 18.5, sd: 1.6, min: 15.5, max: 22.5 },
            { value: "E", mean: 22, sd: 1.8, min: 19, max: 26 },
            { value: "F", mean: 25.5, sd: 1.8, min: 22, max: 29.5 },
            { value: "G", mean: 28.5, sd: 1.8, min: 25, max: 31 },
          ],
        },
        {
          kind: "conditional",
          on: "loan_type",
          cases: [
            { value: "Personal", mean: 12.5, sd: 5, min: 5.99, max: 35.99 },
            { value: "Auto", mean: 7.6, sd: 2.4, min: 2.9, max: 22 },
            { value: "Mortgage", mean: 6.7, sd: 0.7, min: 2.75, max: 9.5 },
            { value: "Student", mean: 5.9, sd: 1.5, min: 2.5, max: 12 },
            { value: "Small Business", mean: 9.8, sd: 3, min: 5, max: 30 },
          ],
        },
      ],
    },
    {
      id: "loan_grade",
      names: ["loan grade", "credit grade", "risk grade", "sub grade", "lending grade", "grade a-g"],
      domains: ["finance"],
      shape: { kind: "category", values: ["A", "B", "C", "D", "E", "F", "G"], weights: [0.19, 0.29, 0.28, 0.14, 0.07, 0.02, 0.01] },
      source: "LendingClub 2007-2018 loan data, share of loans by grade",
    },
    {
      id: "monthly_payment",
      names: ["monthly payment", "installment", "instalment", "emi", "monthly installment", "payment per month"],
      domains: ["finance", "automotive", "real estate"],
      shape: { kind: "number", distribution: "lognormal", mean: 440, sd: 280, min: 30, max: 12000, decimals: 2 },
      // Standard annuity payment: P * r / (1 - (1 + r)^-n) with monthly rate r.
      relations: [
        {
          kind: "formula",
          expression: "round({loan_amount} * ({interest_rate} / 1200) / (1 - pow(1 + {interest_rate} / 1200, -{loan_term_months})), 2)",
          decimals: 2,
        },
      ],
    },
    {
      id: "annual_income",
      names: ["annual income", "yearly income", "income", "household income", "gross income", "annual inc", "applicant income", "salary income", "income per year"],
      domains: ["finance", "insurance", "real estate", "automotive", "telecom", "e-commerce", "retail"],
      // US median household income $80,610 (Census 2023); right-skewed.
      shape: { kind: "number", distribution: "lognormal", mean: 78000, sd: 52000, min: 8000, max: 1500000, decimals: 0 },
      source: "US Census Bureau, Income in the United States: 2023 (median household $80,610)",
      units: [
        { words: ["monthly", "per month", "a month"], shape: { kind: "number", distribution: "lognormal", mean: 6500, sd: 4300, min: 700, max: 125000, decimals: 0 } },
        { words: ["thousands", "k", "000s"], shape: { kind: "number", distribution: "lognormal", mean: 78, sd: 52, min: 8, max: 1500, decimals: 1 } },
      ],
    },
    {
      id: "debt_to_income",
      names: ["debt to income", "debt-to-income", "dti", "dti ratio", "debt to income ratio", "debt ratio"],
      // LendingClub caps DTI near 40%; median about 18%.
      shape: { kind: "number", distribution: "normal", mean: 19, sd: 8.5, min: 0, max: 45, decimals: 1 },
      units: [{ words: ["fraction", "ratio", "decimal"], shape: { kind: "number", distribution: "normal", mean: 0.19, sd: 0.085, min: 0, max: 0.45, decimals: 3 } }],
      source: "LendingClub loan data (DTI median ~18%); CFPB qualified-mortgage guideline 43%",
    },
    {
      id: "home_ownership",
      names: ["home ownership", "homeownership", "home owner status", "housing status", "own or rent", "residence type", "home_ownership", "housing"],
      domains: ["finance", "insurance", "real estate", "telecom", "e-commerce"],
      // Borrowers: mortgage ~49%, rent ~40%, own outright ~11% (LendingClub); US homeownership 65.7% (Census HVS).
      shape: { kind: "category", values: ["MORTGAGE", "RENT", "OWN"], weights: [0.49, 0.4, 0.11] },
      source: "LendingClub loan data (home_ownership); US Census Housing Vacancies and Homeownership survey",
    },
    {
      id: "employment_length_years",
      names: ["employment length", "years employed", "emp length", "job tenure", "years at job", "time at current job", "employment years"],
      domains: ["finance", "insurance", "real estate", "automotive"],
      shape: { kind: "integer", distribution: "exponential", mean: 6, min: 0, max: 40 },
    },
    {
      id: "loan_purpose",
      names: ["loan purpose", "purpose", "purpose of loan", "reason for loan", "loan reason", "use of funds"],
      domains: ["finance"],
      shape: {
        kind: "category",
        values: ["Debt Consolidation", "Credit Card Refinancing", "Home Improvement", "Major Purchase", "Medical", "Car", "Small Business", "Vacation", "Moving", "Other"],
        weights: [0.57, 0.21, 0.065, 0.022, 0.012, 0.011, 0.011, 0.007, 0.007, 0.085],
      },
      source: "LendingClub 2007-2018 loan data, loans by purpose",
    },
    {
      id: "loan_type",
      names: ["loan type", "type of loan", "loan product", "credit product"],
      domains: ["finance"],
      shape: { kind: "category", values: ["Personal", "Auto", "Mortgage", "Student", "Small Business"], weights: [0.3, 0.28, 0.22, 0.12, 0.08] },
    },
    {
      id: "delinquencies_2y",
      names: ["delinquencies", "past delinquencies", "delinq 2yrs", "late payments", "number of late payments", "missed payments", "times 30 days late"],
      domains: ["finance", "telecom"],
      shape: { kind: "integer", distribution: "exponential", mean: 0.35, min: 0, max: 15 },
    },
    {
      id: "credit_inquiries",
      names: ["credit inquiries", "hard inquiries", "inquiries last 6 months", "inq last 6mths", "recent inquiries"],
      domains: ["finance"],
      shape: { kind: "integer", distribution: "poisson", mean: 0.8, min: 0, max: 12 },
    },
    {
      id: "open_credit_lines",
      names: ["open credit lines", "open accounts", "number of credit lines", "open acc", "credit accounts", "number of open accounts"],
      domains: ["finance"],
      shape: { kind: "integer", distribution: "poisson", mean: 11, min: 0, max: 60 },
    },
    {
      id: "credit_history_years",
      names: ["credit history length", "credit history years", "length of credit history", "age of credit", "years of credit history", "oldest account age"],
      domains: ["finance"],
      shape: { kind: "integer", distribution: "normal", mean: 16, sd: 8, min: 0, max: 60 },
    },
    {
      id: "loan_to_value",
      names: ["loan to value", "ltv ratio", "loan-to-value", "ltv %", "ltv"],
      domains: ["finance", "real estate"],
      // US purchase mortgages: LTV mostly 80-97%, refinances lower.
      shape: { kind: "number", distribution: "normal", mean: 79, sd: 13, min: 20, max: 100, decimals: 1 },
      source: "Freddie Mac Single-Family Loan-Level Dataset (original LTV)",
    },
    {
      id: "has_cosigner",
      names: ["cosigner", "co-signer", "has cosigner", "co-applicant", "joint application", "guarantor"],
      domains: ["finance"],
      shape: { kind: "boolean", probability: 0.09 },
    },
    {
      id: "loan_approved",
      names: ["loan approved", "approved", "approval", "application approved", "loan status approved", "approved or denied", "accepted"],
      domains: ["finance", "insurance"],
      outcome: true,
      // About 1 in 5 US credit applications is rejected (NY Fed SCE Credit Access Survey).
      shape: { kind: "boolean", probability: 0.72 },
      source: "NY Fed SCE Credit Access Survey (rejection rates ~20%)",
      drivers: [
        { concept: "credit_score", weight: 1.5 },
        { concept: "debt_to_income", weight: -0.9 },
        { concept: "annual_income", weight: 0.7 },
        { concept: "delinquencies_2y", weight: -0.6 },
        { concept: "loan_amount", weight: -0.3 },
        { concept: "employment_length_years", weight: 0.3 },
      ],
    },
    {
      id: "loan_default",
      names: ["default", "defaulted", "loan default", "charged off", "is default", "bad loan", "default flag", "will default", "defaults", "loan status"],
      domains: ["finance"],
      outcome: true,
      // LendingClub 2007-2018: ~20% of completed loans charged off; prime personal loans far lower.
      shape: { kind: "boolean", probability: 0.14 },
      source: "LendingClub 2007-2018 completed loans (charge-off rate ~20%); TransUnion personal-loan delinquency",
      drivers: [
        { concept: "credit_score", weight: -1.3 },
        { concept: "interest_rate", weight: 0.9 },
        { concept: "debt_to_income", weight: 0.7 },
        { concept: "annual_income", weight: -0.6 },
        { concept: "delinquencies_2y", weight: 0.5 },
        { concept: "loan_amount", weight: 0.3 },
        { concept: "home_ownership", value: "RENT", weight: 0.3 },
        { concept: "employment_length_years", weight: -0.2 },
        { concept: "age", weight: -0.2 },
      ],
    },
  ],
};
