import type { DomainKnowledge } from "../types.js";

/**
 * Public health: surveillance counts and rates, vaccination, infectious disease
 * testing, population indicators (county/country level) and survey (BRFSS style) items.
 */
const PH = ["public health", "healthcare"] as const;

export const publicHealth: DomainKnowledge = {
  domain: "public health",
  words: ["public health", "epidemiology", "surveillance", "outbreak", "pandemic", "covid", "covid-19", "vaccination", "vaccinations", "county health", "population health", "brfss", "cdc", "who data", "life expectancy"],
  defaults: ["report date", "county", "population", "new cases", "new deaths", "vaccination rate", "positivity rate"],
  concepts: [
    {
      id: "report_date",
      names: ["report date", "reporting date", "surveillance date", "date reported", "week ending", "epi week date"],
      domains: [...PH],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "epi_week",
      names: ["epi week", "epidemiological week", "mmwr week", "epiweek"],
      domains: [...PH],
      source: "CDC MMWR weeks 1-53",
      shape: { kind: "integer", distribution: "uniform", min: 1, max: 52 },
    },
    {
      id: "population_size",
      names: ["population size", "total population", "population", "pop", "residents", "population count"],
      domains: [...PH, "education"],
      // US counties: median about 26,000, a long tail to 10 million (Los Angeles).
      source: "US Census Bureau county population estimates (Vintage 2023)",
      shape: { kind: "integer", distribution: "lognormal", mean: 105000, sd: 330000, min: 80, max: 10000000 },
    },
    {
      id: "new_cases",
      names: ["new cases", "daily cases", "case count", "cases", "confirmed cases", "reported cases", "new infections", "weekly cases"],
      domains: [...PH],
      shape: { kind: "integer", distribution: "lognormal", mean: 120, sd: 300, min: 0, max: 50000 },
    },
    {
      id: "new_deaths",
      names: ["new deaths", "daily deaths", "deaths", "death count", "fatalities", "weekly deaths"],
      domains: [...PH],
      // COVID-19 case fatality in the US about 1% overall; lower after 2022.
      source: "CDC COVID Data Tracker (US case fatality about 1%)",
      shape: { kind: "integer", distribution: "poisson", mean: 1.5, min: 0, max: 5000 },
      relations: [{ kind: "bounds", atMost: ["new_cases"] }],
    },
    {
      id: "hospitalizations",
      names: ["new hospitalizations", "hospitalizations", "hospital admissions", "hospitalisations", "covid admissions"],
      domains: [...PH],
      shape: { kind: "integer", distribution: "poisson", mean: 6, min: 0, max: 10000 },
      relations: [{ kind: "bounds", atMost: ["new_cases"] }],
    },
    {
      id: "tests_performed",
      names: ["tests performed", "tests conducted", "number of tests", "total tests", "tests", "pcr tests"],
      domains: [...PH],
      shape: { kind: "integer", distribution: "lognormal", mean: 1200, sd: 2500, min: 0, max: 400000 },
      relations: [{ kind: "bounds", atLeast: ["new_cases"] }],
    },
    {
      id: "positivity_rate",
      names: ["test positivity rate", "positivity rate", "percent positive", "positivity", "positive rate"],
      domains: [...PH],
      // WHO guidance: under 5% suggests control; 2020-2022 US ranged 3-30%.
      source: "WHO, Public health criteria to adjust measures (test positivity under 5%)",
      // Given in percent, as surveillance dashboards report it (CDC COVID Data Tracker).
      shape: { kind: "number", distribution: "lognormal", mean: 8, sd: 6, min: 0, max: 60, decimals: 1 },
      units: [{ words: ["fraction", "proportion", "share"], shape: { kind: "number", distribution: "lognormal", mean: 0.08, sd: 0.06, min: 0, max: 0.6, decimals: 3 } }],
      relations: [{ kind: "formula", expression: "round({new_cases} / max(1, {tests_performed}) * 100, 1)", min: 0, max: 100 }],
    },
    {
      id: "incidence_per_100k",
      names: ["incidence per 100k", "cases per 100k", "incidence rate", "rate per 100,000", "per 100k", "case rate"],
      domains: [...PH],
      shape: { kind: "number", distribution: "lognormal", mean: 120, sd: 160, min: 0, max: 3000, decimals: 1 },
      relations: [{ kind: "formula", expression: "round({new_cases} / max(1, {population_size}) * 100000, 1)" }],
    },
    {
      id: "vaccination_rate",
      names: ["pct fully vaccinated", "percent fully vaccinated", "fully vaccinated pct", "fully vaccinated percent", "pct vaccinated", "share vaccinated", "vaccination rate", "vaccination coverage", "percent vaccinated", "vaccine coverage", "vaccinated percent", "immunization rate", "fully vaccinated rate"],
      domains: [...PH],
      // US counties' primary-series COVID coverage about 40-95%; childhood MMR coverage about 93%.
      source: "CDC COVID Data Tracker county coverage; CDC ChildVaxView (MMR 93%)",
      shape: { kind: "number", distribution: "normal", mean: 66, sd: 12, min: 20, max: 99, decimals: 1 },
      units: [{ words: ["fraction", "proportion"], shape: { kind: "number", distribution: "normal", mean: 0.66, sd: 0.12, min: 0.2, max: 0.99, decimals: 3 } }],
    },
    {
      id: "vaccinated",
      names: ["vaccinated", "is vaccinated", "fully vaccinated", "received vaccine", "vaccine status", "got vaccinated", "flu shot"],
      domains: [...PH],
      source: "CDC: about 70% of US adults completed a COVID-19 primary series; flu vaccination about 47%",
      shape: { kind: "boolean", probability: 0.62 },
      // Children's full immunization falls with distance to a clinic and rises with the mother's schooling.
      drivers: [
        { concept: "distance_to_health_facility", weight: -0.6, source: "DHS analyses (e.g. Rainey et al. 2011, Trop Med Int Health): distance to services lowers full immunization" },
        { concept: "distance_to_site_km", weight: -0.6 },
        { concept: "maternal_education", value: "higher", weight: 0.6, source: "WHO/DHS: maternal education is among the strongest predictors of child immunization" },
        { concept: "maternal_education", value: "secondary", weight: 0.3 },
        { concept: "maternal_education", value: "none", weight: -0.6 },
        { concept: "maternal_age", weight: 0.2 },
      ],
    },
    {
      id: "distance_to_health_facility",
      names: ["distance to clinic", "distance to health facility", "distance to health centre", "distance to health center", "distance to nearest clinic", "km to clinic", "distance to the clinic", "distance to hospital"],
      domains: [...PH],
      // Households in DHS surveys mostly live within 1-10 km of a facility; few beyond 30 km.
      source: "DHS Program service provision and household surveys: median distance to a health facility about 3-5 km",
      shape: { kind: "number", distribution: "lognormal", mean: 6, sd: 6, min: 0.1, max: 100, decimals: 1 },
      units: [{ words: ["miles", "mi"], shape: { kind: "number", distribution: "lognormal", mean: 3.7, sd: 3.7, min: 0.1, max: 62, decimals: 1 } }],
    },
    {
      id: "maternal_education",
      names: ["mother education level", "mother education", "maternal education", "mothers education", "education of mother", "mother schooling", "maternal education level"],
      domains: [...PH, "healthcare"],
      // DHS surveys code a mother's schooling as none, primary, secondary or higher.
      source: "DHS Program, Guide to DHS Statistics (education: no education, primary, secondary, higher)",
      shape: { kind: "category", values: ["none", "primary", "secondary", "higher"], weights: [0.2, 0.3, 0.35, 0.15] },
    },
    {
      id: "vaccine_doses",
      names: ["vaccine doses", "doses received", "number of doses", "doses administered", "shots received"],
      domains: [...PH],
      shape: { kind: "integer", distribution: "poisson", mean: 2.2, min: 0, max: 6 },
    },
    {
      id: "vaccine_manufacturer",
      names: ["vaccine manufacturer", "vaccine brand", "vaccine type", "vaccine maker", "vaccine"],
      domains: [...PH],
      source: "CDC COVID Data Tracker, US doses administered by manufacturer",
      shape: { kind: "category", values: ["Pfizer-BioNTech", "Moderna", "Johnson & Johnson", "Novavax"], weights: [0.58, 0.37, 0.04, 0.01] },
    },
    {
      id: "tested_positive",
      names: ["tested positive", "test result", "covid positive", "positive test", "infected", "infection", "covid result", "is positive"],
      domains: [...PH],
      outcome: true,
      source: "Symptomatic testing positivity in 2020-2022 commonly 5-20% (CDC)",
      shape: { kind: "boolean", probability: 0.12 },
      drivers: [
        { concept: "symptomatic", weight: 1.2 },
        { concept: "close_contact", weight: 1.0 },
        { concept: "vaccinated", weight: -0.5 },
        { concept: "ph_household_size", weight: 0.3 },
      ],
    },
    {
      id: "symptomatic",
      names: ["symptomatic", "has symptoms", "symptoms present", "showing symptoms", "fever or cough"],
      domains: [...PH],
      shape: { kind: "boolean", probability: 0.35 },
    },
    {
      id: "close_contact",
      names: ["close contact", "exposure", "known exposure", "contact with case", "exposed"],
      domains: [...PH],
      shape: { kind: "boolean", probability: 0.2 },
    },
    {
      id: "ph_household_size",
      names: ["household size", "people in household", "household members", "family size", "hh size"],
      domains: [...PH, "education"],
      source: "US Census CPS 2023: average household size 2.5",
      shape: { kind: "integer", distribution: "poisson", mean: 2.5, min: 1, max: 12 },
      // A household is its children plus at least one adult.
      relations: [{ kind: "offset", of: ["num_children"], direction: "after", gap: { min: 1, max: 6, distribution: "lognormal", median: 1.6 } }],
    },
    {
      id: "life_expectancy",
      names: ["life expectancy", "life expectancy at birth", "life exp", "lifeexpectancy"],
      domains: [...PH],
      outcome: true,
      // Countries 2021: 53 (Chad) to 85 (Japan/Hong Kong); world 71.
      source: "World Bank WDI SP.DYN.LE00.IN; WHO Global Health Observatory",
      shape: { kind: "number", distribution: "normal", mean: 72.5, sd: 7.5, min: 50, max: 86, decimals: 1 },
      drivers: [
        { concept: "gdp_per_capita", weight: 1.0 },
        { concept: "health_spending_per_capita", weight: 0.6 },
        { concept: "infant_mortality_rate", weight: -1.2 },
        { concept: "smoking_prevalence", weight: -0.3 },
        { concept: "years_of_schooling", weight: 0.6 },
      ],
    },
    {
      id: "infant_mortality_rate",
      names: ["infant mortality rate", "infant mortality", "infant deaths per 1000", "imr"],
      domains: [...PH],
      source: "World Bank WDI SP.DYN.IMRT.IN: 1.5-80 per 1,000 live births (2021)",
      shape: { kind: "number", distribution: "lognormal", mean: 22, sd: 20, min: 1.5, max: 90, decimals: 1 },
    },
    {
      id: "gdp_per_capita",
      names: ["gdp per capita", "gdp per person", "income per capita", "gdp_per_capita", "gdp pc"],
      domains: [...PH, "education"],
      source: "World Bank WDI NY.GDP.PCAP.CD: about $250-130,000 (2022), median about $7,000",
      shape: { kind: "number", distribution: "lognormal", mean: 18000, sd: 22000, min: 250, max: 130000, decimals: 0 },
    },
    {
      id: "health_spending_per_capita",
      names: ["health expenditure per capita", "health spending per capita", "healthcare spending", "health expenditure"],
      domains: [...PH],
      source: "WHO Global Health Expenditure Database: $20-12,500 per capita (US highest)",
      shape: { kind: "number", distribution: "lognormal", mean: 1400, sd: 2000, min: 20, max: 12500, decimals: 0 },
    },
    {
      id: "smoking_prevalence",
      names: ["smoking prevalence", "smoking rate", "percent smokers", "adult smoking rate", "tobacco prevalence"],
      domains: [...PH],
      source: "WHO Global Tobacco Trends 2024: country adult prevalence about 5-45%",
      shape: { kind: "number", distribution: "normal", mean: 20, sd: 8, min: 3, max: 45, decimals: 1 },
    },
    {
      id: "years_of_schooling",
      names: ["mean years of schooling", "years of schooling", "average years of schooling", "schooling years", "years of education", "education years"],
      domains: [...PH, "education", "hr"],
      source: "UNDP Human Development Report 2023/24: mean years of schooling 1.3-14.3 by country",
      shape: { kind: "number", distribution: "normal", mean: 9, sd: 3.2, min: 1.3, max: 14.3, decimals: 1 },
    },
    {
      id: "obesity_rate",
      names: ["obesity rate", "obesity prevalence", "percent obese", "adult obesity"],
      domains: [...PH],
      source: "CDC BRFSS 2022 adult obesity maps: US states 24-40%",
      shape: { kind: "number", distribution: "normal", mean: 32, sd: 4.5, min: 15, max: 45, decimals: 1 },
    },
    {
      id: "uninsured_rate",
      names: ["uninsured rate", "percent uninsured", "uninsured", "no health insurance rate"],
      domains: [...PH],
      source: "US Census ACS 2022: state uninsured rates 2.4-16.6%",
      shape: { kind: "number", distribution: "normal", mean: 8.5, sd: 3.2, min: 2, max: 25, decimals: 1 },
    },
    {
      id: "poverty_rate",
      names: ["poverty rate", "percent in poverty", "poverty", "below poverty line"],
      domains: [...PH, "education"],
      source: "US Census SAIPE 2022: county poverty rates about 3-45%",
      shape: { kind: "number", distribution: "normal", mean: 13.5, sd: 5.5, min: 2, max: 45, decimals: 1 },
    },
    {
      id: "disease_name",
      names: ["disease name", "notifiable disease", "pathogen", "disease type", "illness"],
      domains: [...PH],
      source: "CDC NNDSS weekly tables, commonly reported conditions",
      shape: {
        kind: "category",
        values: ["COVID-19", "Influenza", "RSV", "Chlamydia", "Gonorrhea", "Salmonellosis", "Pertussis", "Lyme disease", "Hepatitis C", "Tuberculosis", "Measles"],
        weights: [0.3, 0.2, 0.1, 0.14, 0.06, 0.05, 0.04, 0.04, 0.04, 0.02, 0.01],
      },
    },
    {
      id: "outbreak_flag",
      source: "CDC: outbreak signals from incidence above an epidemic threshold (Serfling method, FluView)",
      names: ["outbreak", "is outbreak", "outbreak detected", "above epidemic threshold", "epidemic"],
      domains: [...PH],
      outcome: true,
      shape: { kind: "boolean", probability: 0.08 },
      drivers: [
        { concept: "incidence_per_100k", weight: 1.3 },
        { concept: "positivity_rate", weight: 1.0 },
        { concept: "vaccination_rate", weight: -0.6 },
      ],
    },
    {
      id: "mental_health_days",
      names: ["days of poor mental health", "poor mental health days", "days poor mental health", "days of bad mental health", "mental health days", "mentally unhealthy days", "bad mental health days"],
      domains: [...PH, "healthcare"],
      source: "CDC BRFSS: adults report about 4-5 mentally unhealthy days in the past 30",
      shape: { kind: "integer", distribution: "exponential", mean: 4.5, min: 0, max: 30 },
    },
    {
      id: "depression_score",
      names: ["phq-9 score", "phq9", "phq-9", "depression score", "phq score"],
      domains: [...PH, "healthcare", "clinical trials"],
      // PHQ-9: 0-27; 5/10/15/20 = mild/moderate/moderately severe/severe.
      source: "Kroenke et al. 2001, PHQ-9 validity",
      shape: { kind: "integer", distribution: "exponential", mean: 5.5, min: 0, max: 27 },
    },
    {
      id: "anxiety_score",
      names: ["gad-7 score", "gad7", "gad-7", "anxiety score"],
      domains: [...PH, "healthcare", "clinical trials"],
      source: "Spitzer et al. 2006, GAD-7 (0-21; 5/10/15 cut points)",
      shape: { kind: "integer", distribution: "exponential", mean: 4.5, min: 0, max: 21 },
    },
    {
      id: "general_health_rating",
      names: ["self-rated health", "general health", "self reported health", "health status", "overall health", "genhlth"],
      domains: [...PH, "healthcare"],
      source: "CDC BRFSS GENHLTH item (US adults 2022 shares)",
      shape: { kind: "category", values: ["Excellent", "Very good", "Good", "Fair", "Poor"], weights: [0.17, 0.33, 0.32, 0.13, 0.05] },
    },
  ],
};
