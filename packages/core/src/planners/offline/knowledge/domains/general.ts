import type { Concept, DomainKnowledge } from "../types.js";
import { places } from "./general-places.js";

/**
 * General concepts any dataset may have: people, contact, places (general-places.ts),
 * ids, dates, generic money, counts, ratings, scores, flags and free text. Generic head
 * words ("score", "level", "customer") are marked `generic`: a more specific concept in
 * the same phrase wins over them.
 */
const ROLES = [
  "customer", "client", "patient", "student", "employee", "person", "applicant", "borrower", "teacher", "doctor", "physician",
  "nurse", "passenger", "guest", "player", "driver", "holder", "cardholder", "policyholder", "agent", "manager", "instructor", "tenant",
  "landlord", "buyer", "seller", "host", "participant", "respondent", "athlete", "coach", "candidate", "contact", "recipient",
  "sender", "reviewer", "owner", "parent", "guardian", "child", "kid", "runner", "attendee", "volunteer", "freelancer", "worker",
  "staff", "rep", "representative", "waiter", "waitress", "server", "cashier", "bartender", "technician", "pilot", "therapist", "tutor", "mentor", "member", "user", "subscriber", "visitor", "shopper", "traveler", "traveller", "author", "speaker",
];

const money = (mean: number, sd: number, min = 0, decimals = 2) => ({ kind: "number" as const, distribution: "lognormal" as const, mean, sd, min, decimals });
const count = (mean: number, min = 0, max?: number) => ({ kind: "integer" as const, distribution: "poisson" as const, mean, min, ...(max !== undefined ? { max } : {}) });
const perPeriod = (week: number, max: number) => [
  { words: ["per day", "a day", "daily"], shape: count(Math.max(0.3, week / 7), 0, Math.ceil(max / 7)) },
  { words: ["per week", "a week", "weekly"], shape: count(week, 0, max) },
  { words: ["per month", "a month", "monthly"], shape: count(week * 4.3, 0, max * 4) },
  { words: ["per year", "a year", "yearly", "annual", "annually"], shape: count(week * 52, 0, max * 52) },
];
const RECENT = { kind: "date" as const, from: "2022-01-01", to: "2024-12-31" };
/** A time stated in a unit is a duration, not a timestamp ("finish time in minutes", "response time (hours)"). */
const DURATION_UNITS = [
  { words: ["minutes", "mins", "min"], shape: { kind: "number" as const, distribution: "lognormal" as const, mean: 45, sd: 40, min: 1, decimals: 1 } },
  { words: ["hours", "hrs", "hr"], shape: { kind: "number" as const, distribution: "lognormal" as const, mean: 4, sd: 4, min: 0.1, decimals: 1 } },
  { words: ["seconds", "secs", "sec"], shape: { kind: "number" as const, distribution: "lognormal" as const, mean: 90, sd: 80, min: 1, decimals: 0 } },
  { words: ["days"], shape: { kind: "integer" as const, distribution: "lognormal" as const, mean: 5, sd: 5, min: 0 } },
];

const people: Concept[] = [
  { id: "first_name", names: ["first name", "firstname", "given name", "forename", "fname"], shape: { kind: "faker", method: "person.firstName" } },
  { id: "last_name", names: ["last name", "lastname", "surname", "family name", "lname"], shape: { kind: "faker", method: "person.lastName" } },
  { id: "middle_name", names: ["middle name", "middle initial"], shape: { kind: "faker", method: "person.middleName" } },
  // First and last name only: faker's full-name patterns add "Dr."/"Mrs." prefixes, which do not belong on children.
  { id: "full_name", names: ["name", "full name", "fullname", "person name", "contact name", "account manager", "sales rep", "account owner", "card holder", "cardholder name", "account holder", "policy holder name"], shape: { kind: "faker", method: "person.fullName" } },
  { id: "person", names: ROLES, generic: true, shape: { kind: "faker", method: "person.fullName" } },
  { id: "pet_name", names: ["pet name", "dog name", "cat name", "animal name"], shape: { kind: "faker", method: "animal.petName" } },
  { id: "username", names: ["username", "user name", "handle", "screen name", "nickname", "login", "gamertag"], shape: { kind: "faker", method: "internet.username" } },
  { id: "email", names: ["email", "e mail", "email address", "e-mail", "mail", "contact email", "work email"], shape: { kind: "faker", method: "internet.email" } },
  { id: "phone", names: ["phone", "phone number", "mobile", "mobile number", "telephone", "cell", "cell phone", "contact number", "tel"], shape: { kind: "faker", method: "phone.number" } },
  {
    id: "age",
    names: ["age", "current age"],
    source: "US Census Bureau 2020: median age of adults about 47; adults 18+",
    shape: { kind: "integer", distribution: "normal", mean: 42, sd: 15, min: 18, max: 90 },
    units: [{ words: ["months", "in months"], shape: { kind: "integer", distribution: "uniform", min: 0, max: 216 } }],
    relations: [{ kind: "formula", expression: "age({date_of_birth})", type: "integer" }],
  },
  {
    id: "gender",
    names: ["gender", "sex", "gender identity"],
    source: "about half female, half male; about 1-2% of US adults identify as non-binary (Pew Research 2022)",
    shape: { kind: "category", values: ["female", "male", "non-binary"], weights: [49.5, 49.5, 1] },
  },
  {
    id: "age_group",
    names: ["age group", "age band", "age bracket", "age range", "age category", "age cohort"],
    source: "US Census Bureau 2020, adults by age group",
    shape: { kind: "category", values: ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"], weights: [12, 18, 17, 16, 17, 20] },
  },
  {
    id: "date_of_birth",
    names: ["date of birth", "dob", "birth date", "birthdate", "birthday", "born on", "birth day"],
    shape: { kind: "date", from: "1940-01-01", to: "2006-12-31" },
  },
  {
    id: "person_marital_status",
    names: ["marital status", "married status", "relationship status", "civil status"],
    source: "US Census Bureau ACS 2022, marital status of people 15+",
    shape: { kind: "category", values: ["married", "never married", "divorced", "widowed", "separated"], weights: [48, 34, 11, 5, 2] },
  },
  {
    id: "education_level",
    names: ["education", "education level", "highest education", "degree", "qualification", "highest degree", "educational attainment"],
    source: "US Census Bureau CPS 2022, educational attainment of adults 25+",
    shape: { kind: "category", values: ["high school", "some college", "associate", "bachelor", "master", "doctorate"], weights: [28, 15, 10, 23, 10, 2] },
  },
  {
    id: "ethnicity",
    names: ["ethnicity", "race", "race ethnicity", "ethnic group"],
    source: "US Census Bureau 2020 Census, race and Hispanic origin",
    shape: { kind: "category", values: ["white", "hispanic", "black", "asian", "multiracial", "other"], weights: [58, 19, 12, 6, 4, 1] },
  },
  { id: "person_job_title", names: ["job title", "title", "position", "role", "occupation", "profession", "job", "job role"], generic: true, shape: { kind: "faker", method: "person.jobTitle" } },
  // A title is a work's in media (the lexicon's rule before the knowledge base).
  { id: "work_title", names: ["title", "movie title", "film title", "book title", "show title", "episode title", "series title", "novel title"], domains: ["media"], shape: { kind: "faker", method: "book.title" } },
  { id: "company_name", names: ["company", "company name", "employer", "business", "business name", "organization", "organisation", "vendor", "supplier", "client company", "firm", "hospital", "clinic", "school", "provider", "insurer", "bank", "lender", "agency"], shape: { kind: "faker", method: "company.name" } },
  {
    id: "industry",
    names: ["industry", "sector", "business sector", "vertical"],
    source: "US Bureau of Labor Statistics, employment by major industry 2023 (shares rounded)",
    shape: { kind: "category", values: ["healthcare", "retail", "professional services", "manufacturing", "hospitality", "construction", "finance", "technology", "education", "transportation"], weights: [14, 10, 15, 8, 11, 6, 6, 5, 9, 6] },
  },
  {
    id: "company_size",
    names: ["number of employees", "employees count", "employee count", "headcount", "company size", "staff count", "num employees"],
    source: "US Census Bureau SUSB: most firms are small, a few employ thousands",
    shape: { kind: "integer", distribution: "lognormal", mean: 120, sd: 400, min: 1, max: 200000 },
  },
  {
    id: "business_revenue",
    names: ["annual revenue", "revenue", "yearly revenue", "company revenue", "turnover"],
    shape: money(2_500_000, 8_000_000, 10_000, 0),
    // Revenue per employee is mostly $100k-$250k (US Census Bureau SUSB receipts per employee).
    relations: [{ kind: "formula", expression: "round({company_size} * exp(normal(11.9, 0.45)), 0)", type: "number", decimals: 0 }],
  },
  { id: "pet_species", names: ["species", "pet type", "type of pet", "animal type", "pet species", "animal"], source: "APPA 2023 National Pet Owners Survey, households by pet", shape: { kind: "category", values: ["dog", "cat", "fish", "bird", "rabbit", "reptile"], weights: [46, 35, 7, 5, 4, 3] } },
  { id: "pet_age", names: ["pet age", "dog age", "cat age", "animal age", "age of pet"], source: "AVMA: dogs live about 10-13 years, cats 12-18", shape: { kind: "integer", distribution: "exponential", mean: 6, min: 0, max: 25 } },
  { id: "pet_weight", names: ["pet weight", "dog weight", "cat weight", "animal weight"], shape: { kind: "number", distribution: "lognormal", mean: 30, sd: 25, min: 0.5, max: 200, decimals: 1 }, units: [{ words: ["lbs", "lb", "pounds"], shape: { kind: "number", distribution: "lognormal", mean: 30, sd: 25, min: 0.5, max: 200, decimals: 1 } }, { words: ["kg", "kilograms"], shape: { kind: "number", distribution: "lognormal", mean: 13, sd: 11, min: 0.2, max: 90, decimals: 1 } }] },
  { id: "item_age", names: ["vehicle age", "car age", "building age", "property age", "equipment age", "machine age", "account age", "home age", "house age", "device age", "asset age", "truck age", "bus age", "fleet age", "aircraft age", "plane age", "tractor age", "vessel age", "boat age", "turbine age"], shape: { kind: "integer", distribution: "exponential", mean: 7, min: 0, max: 40 }, units: [{ words: ["months"], shape: { kind: "integer", distribution: "exponential", mean: 60, min: 0, max: 360 } }, { words: ["days"], shape: { kind: "integer", distribution: "exponential", mean: 900, min: 0, max: 10000 } }] },
  { id: "dog_breed", names: ["breed", "dog breed"], shape: { kind: "faker", method: "animal.dog" } },
];

const ids: Concept[] = [
  { id: "record_id", names: ["id", "identifier", "number", "ref", "reference", "key", "bib", "bib number", "code"], shape: { kind: "id", format: "sequence", start: 1, unique: true } },
  { id: "table_number", names: ["table number", "table no", "table"], shape: { kind: "integer", distribution: "uniform", min: 1, max: 40 } },
  { id: "uuid", names: ["uuid", "guid", "unique id"], shape: { kind: "id", format: "uuid", unique: true } },
  { id: "ip_address", names: ["ip", "ip address", "ipv4"], shape: { kind: "faker", method: "internet.ipv4" } },
  { id: "website", names: ["url", "website", "web site", "homepage", "link", "web address"], shape: { kind: "faker", method: "internet.url" } },
];

const dates: Concept[] = [
  { id: "created_at", names: ["created at", "created", "created date", "creation date", "date created", "created on", "created time"], shape: { kind: "datetime", from: "2022-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" } },
  { id: "updated_at", names: ["updated at", "updated", "last updated", "modified at", "last modified"], shape: { kind: "datetime", from: "2022-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" }, relations: [{ kind: "offset", of: ["created_at"], direction: "after", gap: { min: 0, max: 400, distribution: "lognormal", median: 30 } }] },
  { id: "signup_date", names: ["signup date", "sign up date", "signup", "sign up", "registration date", "registered", "join date", "joined", "date joined", "joined on", "member since", "account created", "enrollment date", "registration"], shape: { kind: "date", from: "2021-01-01", to: "2024-06-30" } },
  { id: "last_login", names: ["last login", "last log in", "last active", "last seen", "last activity", "last login date", "last visit", "last active date"], shape: RECENT, relations: [{ kind: "offset", of: ["signup_date"], direction: "after", gap: { min: 0, max: 900, distribution: "lognormal", median: 120 } }] },
  { id: "start_date", names: ["start date", "start", "lease start", "contract start", "start of contract", "begin date", "valid from", "effective date"], shape: { kind: "date", from: "2021-01-01", to: "2024-06-30" } },
  { id: "end_date", names: ["end date", "end", "lease end", "contract end", "end of contract", "expiry date", "expiration date", "valid until", "expires"], shape: RECENT, relations: [{ kind: "offset", of: ["start_date"], direction: "after", gap: { min: 30, max: 1095, distribution: "normal", median: 365, sd: 120 } }] },
  { id: "event_date", names: ["date", "day", "event date", "date of event", "visit date", "transaction day"], shape: RECENT },
  { id: "event_time", names: ["time", "timestamp", "datetime", "date time", "submitted at", "logged at", "recorded at", "sent at", "event time", "submission time", "posted at", "posted", "post time", "published at", "uploaded at", "time posted"], shape: { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" }, units: DURATION_UNITS },
  { id: "hour_of_day", names: ["hour of day", "hour", "hour of the day", "time of day hour"], source: "clock hours 0-23", shape: { kind: "integer", distribution: "normal", mean: 14, sd: 4.5, min: 0, max: 23 } },
  { id: "day_of_week", names: ["day of week", "day of the week", "weekday", "dow"], shape: { kind: "category", values: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] } },
  { id: "month_name", names: ["month", "month name", "month of year"], shape: { kind: "category", values: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] } },
  { id: "year", names: ["year", "calendar year", "fiscal year", "release year"], shape: { kind: "integer", distribution: "uniform", min: 2015, max: 2024 } },
  {
    id: "duration_minutes",
    names: ["duration", "minutes", "session minutes", "session length", "session duration", "time spent", "minutes spent", "avg session minutes", "call length", "watch time"],
    shape: { kind: "number", distribution: "lognormal", mean: 18, sd: 14, min: 1, max: 240, decimals: 1 },
    units: [
      { words: ["seconds", "secs", "sec", "in seconds"], shape: { kind: "integer", distribution: "lognormal", mean: 95, sd: 80, min: 1, max: 7200 } },
      { words: ["hours", "hrs", "hour", "in hours"], shape: { kind: "number", distribution: "lognormal", mean: 1.6, sd: 1.2, min: 0.1, max: 24, decimals: 1 } },
    ],
  },
  { id: "race_finish_time", names: ["finish time", "race time", "chip time", "finishing time", "marathon time"], source: "US marathon finishers average about 4.5 hours (RunRepeat, 2019)", shape: { kind: "number", distribution: "normal", mean: 270, sd: 50, min: 125, max: 480, decimals: 1 }, units: [{ words: ["hours", "hrs"], shape: { kind: "number", distribution: "normal", mean: 4.5, sd: 0.85, min: 2.05, max: 8, decimals: 2 } }] },
  // Marathon pace: finish time over 42.195 km (a finish time given in hours is converted first).
  { id: "race_pace", names: ["pace", "running pace", "avg pace", "average pace", "pace per km", "min per km", "pace min per km"], source: "marathon finishers average about 6.4 min/km (RunRepeat, 2019)", shape: { kind: "number", distribution: "normal", mean: 6.4, sd: 1.2, min: 2.8, max: 12, decimals: 2 }, units: [{ words: ["per mile", "min per mile", "mile"], shape: { kind: "number", distribution: "normal", mean: 10.3, sd: 1.9, min: 4.5, max: 19, decimals: 2 } }], relations: [{ kind: "formula", expression: "round(if({race_finish_time} < 12, {race_finish_time} * 60, {race_finish_time}) / 42.195, 2)", type: "number", decimals: 2 }] },
  { id: "tenure_months", names: ["tenure", "tenure months", "months as customer", "customer tenure", "months subscribed", "account age months", "years at company", "years with company", "time with company"], shape: { kind: "integer", distribution: "exponential", mean: 30, min: 1, max: 120 }, units: [{ words: ["years", "year", "yrs"], shape: { kind: "integer", distribution: "exponential", mean: 5, min: 0, max: 40 } }] },
  { id: "experience_years", names: ["years of experience", "years experience", "experience", "experience years", "work experience", "years in industry", "years teaching", "years of service"], shape: { kind: "integer", distribution: "exponential", mean: 8, min: 0, max: 45 } },
];

const numbers: Concept[] = [
  { id: "price", names: ["price", "cost", "price paid", "fee", "fare", "unit cost", "item price", "list price usd", "cost usd"], shape: money(45, 40, 0.5), units: [{ words: ["cents"], shape: { kind: "integer", distribution: "lognormal", mean: 4500, sd: 4000, min: 50 } }] },
  { id: "amount", names: ["amount", "value", "total", "sum", "spend", "spent", "debt", "total debt", "savings", "expenses", "spending", "budget", "total spend", "lifetime spend", "total spent", "lifetime value", "amount paid", "payment", "contract value", "deal value"], generic: true, shape: money(120, 150, 0), units: [{ words: ["cents"], shape: { kind: "integer", distribution: "lognormal", mean: 12000, sd: 15000, min: 0 } }, { words: ["thousands", "k", "in thousands"], shape: money(12, 15, 0, 1) }] },
  { id: "hourly_rate", names: ["hourly rate", "hourly wage", "rate per hour", "hourly pay", "pay rate", "hourly"], source: "US BLS OEWS May 2023: median hourly wage $23.11; federal minimum $7.25", shape: money(30, 18, 7.25) },
  { id: "annual_salary", names: ["salary", "annual salary", "base salary", "yearly salary", "pay", "compensation", "wage", "wages", "earnings"], outcome: true, source: "US BLS OEWS May 2023: median annual wage $48,060, mean $65,470", shape: money(65000, 32000, 15000, 0), units: [{ words: ["per hour", "hourly", "an hour"], shape: money(30, 18, 7.25) }, { words: ["per month", "monthly", "a month"], shape: money(5400, 2600, 1250, 0) }], drivers: [{ concept: "experience_years", weight: 0.8 }, { concept: "tenure_months", weight: 0.5 }, { concept: "age", weight: 0.3 }, { concept: "education_level", value: "master", weight: 0.6 }, { concept: "education_level", value: "doctorate", weight: 0.9 }, { concept: "education_level", value: "high school", weight: -0.6 }] },
  { id: "household_income", names: ["household income", "family income", "income", "yearly income", "annual household income"], source: "US Census Bureau 2023: median household income $80,610", shape: money(95000, 70000, 0, 0) },
  { id: "quantity", names: ["quantity", "qty", "units", "number of items", "item count", "units ordered", "pieces"], shape: count(2.2, 1, 50) },
  { id: "count", names: ["count", "number of", "num of", "no of", "total number of", "how many", "times", "num", "frequency"], generic: true, shape: count(3) },
  { id: "visit_count", names: ["visits", "number of visits", "visit count", "store visits", "site visits", "gym visits"], shape: count(6, 0, 60), units: perPeriod(1.5, 14) },
  { id: "login_count", names: ["logins", "number of logins", "login count", "log ins"], shape: count(12, 0, 200), units: perPeriod(3, 50) },
  { id: "session_count", names: ["sessions", "sessions attended", "number of sessions", "session count"], shape: count(5, 0, 60), units: perPeriod(2, 30) },
  { id: "workout_count", names: ["workouts", "workouts per week", "number of workouts", "workout count", "exercise sessions", "training sessions"], shape: count(3, 0, 14), units: perPeriod(3, 14) },
  { id: "purchase_count", names: ["purchases", "number of purchases", "purchase count", "total purchases", "transactions count"], shape: count(5, 0, 200), units: perPeriod(0.5, 20) },
  { id: "complaint_count", names: ["complaints", "number of complaints", "support tickets", "support calls", "tickets raised", "service calls"], shape: count(0.8, 0, 20) },
  { id: "late_payment_count", names: ["late payments", "missed payments", "number of late payments", "late fees count"], shape: count(0.6, 0, 12) },
  { id: "occupant_count", names: ["occupants", "number of occupants", "residents", "people in household", "party size", "guests count"], shape: count(1.6, 1, 10) },
  { id: "jobs_completed", names: ["jobs completed", "projects completed", "tasks completed", "gigs completed", "completed jobs"], shape: { kind: "integer", distribution: "lognormal", mean: 45, sd: 80, min: 0, max: 5000 } },
  { id: "points_balance", names: ["points", "points balance", "reward points", "points earned"], shape: { kind: "integer", distribution: "lognormal", mean: 2400, sd: 4000, min: 0, max: 1000000 } },
  { id: "percentage", names: ["percentage", "percent", "pct", "%", "share", "rate", "proportion", "ratio"], generic: true, shape: { kind: "number", distribution: "normal", mean: 50, sd: 20, min: 0, max: 100, decimals: 1 }, units: [{ words: ["fraction", "0 to 1", "decimal", "proportion"], shape: { kind: "number", distribution: "normal", mean: 0.5, sd: 0.2, min: 0, max: 1, decimals: 3 } }] },
  { id: "score", names: ["score", "points scored", "total score", "lead score", "test score", "overall score"], generic: true, shape: { kind: "integer", distribution: "normal", mean: 70, sd: 15, min: 0, max: 100 } },
  { id: "level", names: ["level", "tier level"], generic: true, shape: { kind: "integer", distribution: "uniform", min: 1, max: 10 } },
  {
    id: "rating",
    names: ["rating", "stars", "star rating", "rating 1 5", "review score", "customer rating", "client rating", "product rating", "user rating", "score out of 5"],
    source: "ratings on 1-5 scales skew positive (mean about 4; J-shaped, Hu, Pavlou & Zhang 2009)",
    shape: { kind: "integer", distribution: "normal", mean: 3.9, sd: 1.05, min: 1, max: 5 },
    units: [
      { words: ["avg", "average", "mean"], shape: { kind: "number", distribution: "normal", mean: 4.2, sd: 0.45, min: 1, max: 5, decimals: 1 } },
      { words: ["out of 10", "10 point", "ten"], shape: { kind: "integer", distribution: "normal", mean: 7.4, sd: 1.8, min: 1, max: 10 } },
    ],
  },
  { id: "satisfaction_score", names: ["satisfaction", "satisfaction score", "csat", "customer satisfaction", "satisfaction rating", "happiness"], source: "CSAT is usually asked on a 1-5 scale", shape: { kind: "integer", distribution: "normal", mean: 3.8, sd: 1, min: 1, max: 5 } },
  { id: "status", names: ["status", "state of account", "account status", "current status"], generic: true, shape: { kind: "category", values: ["active", "inactive", "pending", "suspended"], weights: [70, 18, 9, 3] } },
  { id: "category", names: ["category", "type", "kind", "class", "group", "segment", "product category"], generic: true, shape: { kind: "faker", method: "commerce.department" } },
  {
    id: "subscription_plan",
    names: ["plan", "subscription plan", "subscription type", "membership type", "membership", "membership plan", "plan type", "tier", "membership tier", "subscription tier", "package"],
    shape: { kind: "category", values: ["basic", "standard", "premium"], weights: [50, 35, 15] },
  },
  {
    id: "monthly_fee",
    names: ["monthly fee", "monthly price", "membership fee", "subscription fee", "monthly cost", "monthly charge", "monthly payment amount", "monthly subscription"],
    shape: money(25, 15, 5),
    relations: [
      {
        kind: "conditional",
        on: "subscription_plan",
        cases: [
          { value: "free", mean: 0, sd: 0.01, min: 0, max: 0 },
          { value: "student", mean: 12, sd: 2, min: 5, max: 20 },
          { value: "basic", mean: 15, sd: 3, min: 5, max: 25 },
          { value: "standard", mean: 30, sd: 4, min: 15, max: 45 },
          { value: "plus", mean: 30, sd: 4, min: 15, max: 45 },
          { value: "family", mean: 45, sd: 6, min: 25, max: 70 },
          { value: "premium", mean: 55, sd: 7, min: 30, max: 90 },
          { value: "pro", mean: 55, sd: 7, min: 30, max: 90 },
          { value: "enterprise", mean: 150, sd: 30, min: 80, max: 300 },
        ],
      },
    ],
  },
];

const flags: Concept[] = [
  { id: "active_flag", names: ["active", "is active", "active user", "currently active", "active account"], shape: { kind: "boolean", probability: 0.75 } },
  { id: "verified", names: ["verified", "is verified", "verified account", "email verified", "id verified"], shape: { kind: "boolean", probability: 0.6 } },
  { id: "opted_in", names: ["opt in", "opted in", "email opt in", "marketing opt in", "newsletter", "subscribed to newsletter", "marketing consent", "consent"], shape: { kind: "boolean", probability: 0.45 } },
  { id: "vip", names: ["vip", "vip member", "is vip", "vip customer"], shape: { kind: "boolean", probability: 0.08 } },
  { id: "remote_work", names: ["remote", "remote worker", "works remotely", "wfh", "work from home", "remote work", "is remote"], source: "about 1 in 4 US workers teleworked in 2023 (BLS Current Population Survey)", shape: { kind: "boolean", probability: 0.25 } },
  { id: "has_pets", names: ["has pets", "pets", "pet owner", "owns pets", "pets allowed"], source: "APPA: 66% of US households own a pet", shape: { kind: "boolean", probability: 0.4 } },
  { id: "personal_trainer", names: ["personal trainer", "has personal trainer", "uses trainer"], shape: { kind: "boolean", probability: 0.15 } },
  { id: "checked_in", names: ["checked in", "check in status", "attended", "showed up", "present"], shape: { kind: "boolean", probability: 0.82 } },
];

const outcomes: Concept[] = [
  {
    id: "customer_churn",
    names: ["churn", "churned", "has churned", "churn flag", "customer churn", "churn status", "left", "stopped using"],
    outcome: true,
    source: "consumer subscription churn is commonly 5-30% a year (Recurly benchmarks)",
    shape: { kind: "boolean", probability: 0.2 },
    drivers: [
      { concept: "tenure_months", weight: -0.9 },
      { concept: "visit_count", weight: -0.8 },
      { concept: "login_count", weight: -0.9 },
      { concept: "workout_count", weight: -0.9 },
      { concept: "session_count", weight: -0.7 },
      { concept: "purchase_count", weight: -0.7 },
      { concept: "satisfaction_score", weight: -0.9 },
      { concept: "rating", weight: -0.6 },
      { concept: "complaint_count", weight: 0.8 },
      { concept: "monthly_fee", weight: 0.4 },
      { concept: "duration_minutes", weight: -0.5 },
      { concept: "subscription_plan", value: "basic", weight: 0.4 },
      { concept: "active_flag", weight: -0.8 },
    ],
  },
  {
    id: "subscription_cancelled",
    names: ["cancelled", "canceled", "cancelled membership", "canceled membership", "cancelled subscription", "canceled subscription", "cancellation", "cancelled plan", "unsubscribed", "cancel", "cancels", "cancel membership", "cancel subscription", "member quit", "gym quit", "subscriber quit", "customer quit", "quit membership", "quit the gym", "member left", "subscriber left"],
    outcome: true,
    shape: { kind: "boolean", probability: 0.18 },
    drivers: [
      { concept: "visit_count", weight: -1.1 },
      { concept: "workout_count", weight: -1.0 },
      { concept: "tenure_months", weight: -0.7 },
      { concept: "monthly_fee", weight: 0.5 },
      { concept: "satisfaction_score", weight: -0.8 },
      { concept: "personal_trainer", weight: -0.6 },
      { concept: "login_count", weight: -0.8 },
    ],
  },
  {
    id: "renewed",
    names: ["renewed", "renewed contract", "contract renewed", "renewal", "renewed subscription", "will renew"],
    outcome: true,
    shape: { kind: "boolean", probability: 0.75 },
    drivers: [{ concept: "satisfaction_score", weight: 1.0 }, { concept: "tenure_months", weight: 0.6 }, { concept: "complaint_count", weight: -0.8 }, { concept: "rating", weight: 0.8 }, { concept: "company_size", weight: 0.3 }, { concept: "amount", weight: 0.3 }],
  },
  {
    id: "would_buy_again",
    names: ["would buy again", "buy again", "repurchase intent", "would purchase again", "would return"],
    outcome: true,
    shape: { kind: "boolean", probability: 0.6 },
    drivers: [{ concept: "rating", weight: 1.3 }, { concept: "satisfaction_score", weight: 1.2 }, { concept: "score", weight: 0.6 }, { concept: "age", weight: 0.1 }],
  },
  {
    id: "lead_qualified",
    names: ["qualified", "is qualified", "qualified lead", "sales qualified", "lead qualified"],
    outcome: true,
    shape: { kind: "boolean", probability: 0.3 },
    drivers: [{ concept: "score", weight: 1.3 }, { concept: "company_size", weight: 0.4 }, { concept: "opted_in", weight: 0.4 }],
  },
  {
    id: "top_rated",
    names: ["top rated", "top rated badge", "top performer", "badge", "featured", "preferred vendor"],
    outcome: true,
    shape: { kind: "boolean", probability: 0.15 },
    drivers: [{ concept: "rating", weight: 1.4 }, { concept: "jobs_completed", weight: 0.8 }, { concept: "experience_years", weight: 0.4 }],
  },
  {
    id: "eligible",
    names: ["eligible", "eligibility", "is eligible", "qualifies"],
    outcome: true,
    shape: { kind: "boolean", probability: 0.5 },
    drivers: [{ concept: "age", weight: 0.5 }, { concept: "household_income", weight: -0.8 }, { concept: "score", weight: 0.8 }],
  },
  {
    id: "left_job",
    names: ["quit", "quit job", "quit the job", "resigned", "left the company", "left job", "left the job", "employee left", "turnover", "leaver", "voluntary exit"],
    outcome: true,
    source: "US voluntary quits run about 2% of employment a month, roughly 25% a year (BLS JOLTS 2023)",
    shape: { kind: "boolean", probability: 0.2 },
    drivers: [{ concept: "satisfaction_score", weight: -0.9 }, { concept: "tenure_months", weight: -0.7 }, { concept: "annual_salary", weight: -0.6 }, { concept: "hourly_rate", weight: -0.5 }, { concept: "experience_years", weight: -0.3 }, { concept: "remote_work", weight: -0.3 }],
  },
  {
    id: "background_check",
    names: ["background check passed", "background check", "passed background check", "cleared"],
    shape: { kind: "boolean", probability: 0.93 },
  },
];

const text: Concept[] = [
  { id: "description", names: ["description", "details", "product description", "item description", "summary"], generic: true, shape: { kind: "text", style: "product_description" } },
  { id: "notes", names: ["notes", "note", "remarks", "internal notes", "memo"], shape: { kind: "text", style: "message", maxWords: 25 } },
  { id: "feedback_text", names: ["comment", "comments", "free text comments", "comment box", "customer comments", "free text", "feedback", "open feedback", "feedback text", "comment text", "open ended response", "verbatim"], shape: { kind: "text", style: "feedback" }, relations: [{ kind: "text", sentimentFrom: "rating" }] },
  { id: "bio_text", names: ["bio", "biography", "about me", "profile bio", "self description", "about"], shape: { kind: "text", style: "bio" } },
  { id: "message_text", names: ["message", "message text", "chat message", "email body", "message body", "content"], shape: { kind: "text", style: "message" } },
];

export const general: DomainKnowledge = {
  domain: "general",
  words: ["people", "persons", "contacts", "customers", "clients", "users", "members", "respondents"],
  defaults: ["customer id", "first name", "last name", "email", "age", "city", "state", "signup date", "whether they churned"],
  concepts: [
    {
      id: "deadline_date",
      names: ["deadline", "deadline date", "due by", "closing date", "expiry date", "expiration date", "end by date"],
      // A deadline is a day on the calendar, after whatever started it (orderPairs.ts places it).
      shape: { kind: "date", from: "2023-01-01", to: "2024-12-31" },
    },
    {
      id: "building_floors",
      names: ["floors in building", "floors in the building", "building floors", "number of floors in building", "building height floors", "storeys in building", "stories in building"],
      // US buildings with elevators: mostly low- and mid-rise, a tail of towers.
      source: "CTBUH / US Census of Construction: most elevator buildings 3-20 floors",
      shape: { kind: "integer", distribution: "lognormal", mean: 12, sd: 10, min: 2, max: 120 },
    },
    {
      id: "visit_duration_minutes",
      names: ["visit duration", "visit length", "length of visit", "time spent inside", "minutes spent inside", "minutes inside", "dwell time", "time in venue", "minutes in store", "time in store", "minutes on site visit"],
      // A visit to a place (a museum, a store, a park) lasts about an hour or two, not an app session's minutes.
      source: "museum visitor studies (Falk): median visit about 1-2 hours; retail dwell time ~20-40 min",
      shape: { kind: "integer", distribution: "lognormal", mean: 75, sd: 45, min: 5, max: 480 },
    },...people, ...places, ...ids, ...dates, ...numbers, ...flags, ...outcomes, ...text
  ],
  links: [
    { from: "age", to: "experience_years", weight: 0.8 },
  ],
};
