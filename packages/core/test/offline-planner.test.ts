import { describe, expect, it } from "vitest";
import { SynthdataError, describeSchema, guessColumn, offlinePlanner, planOffline, type Column, type DatasetSpec } from "@synthdata/core";
import { generateRecords, mean } from "./helpers.js";

const names = (d: string) => planOffline(d).spec.columns.map((c) => c.name);
const column = (spec: DatasetSpec, name: string): Column => {
  const c = spec.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${spec.columns.map((x) => x.name).join(", ")}`);
  return c;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function uninterpretable(description: string): SynthdataError {
  try {
    planOffline(description);
  } catch (error) {
    if (error instanceof SynthdataError) return error;
    throw error;
  }
  throw new Error(`"${description}" was planned`);
}

describe("offline planner: columns", () => {
  it("reads listed columns and maps them to catalog methods", () => {
    const { spec } = planOffline("customers with name, email, age and city");
    expect(spec.columns.map((c) => [c.name, c.kind])).toEqual([
      ["name", "faker"],
      ["email", "derived"],
      ["age", "integer"],
      // Real US cities weighted by population (knowledge base), not faker's made-up names.
      ["city", "category"],
    ]);
    expect(spec.title).toBe("Customers");
    expect(offlinePlanner.fingerprint).toBe("offline-32");
  });

  it("reads 'with X, Y and whether Z' lists, keeping words that carry meaning in the names", () => {
    expect(names("hospital stays with patient id, length of stay, wait time in days, number of visits and whether the patient was readmitted within 30 days")).toEqual([
      "patient_id",
      "length_of_stay",
      "wait_time_days",
      "number_of_visits",
      "readmitted",
    ]);
  });

  it("names an outcome by what happened: the row's subject goes, the object of 'had'/'got'/'has' stays", () => {
    const target = (d: string) => planOffline(d).spec.target;
    expect(target("patients with age, bmi and whether they had a heart attack")).toBe("heart_attack");
    expect(target("drivers with age and whether they had a car accident")).toBe("car_accident");
    expect(target("customers with age and whether the customer has a premium plan")).toBe("premium_plan");
    expect(target("loans with amount and whether the loan defaulted")).toBe("defaulted");
    expect(target("users with age and whether the user clicked the ad")).toBe("clicked_ad");
    expect(target("orders with amount and whether the order was returned")).toBe("returned");
  });

  it("reads 'X of the Y' as Y's X: the possessor names whose, the head what (it made 'age of the driver' a yes/no about a person)", () => {
    const col = (d: string, name: string) => planOffline(d).spec.columns.find((c) => c.name === name);
    expect(col("car insurance claims with age of the driver, vehicle value and claim amount", "driver_age")).toMatchObject({ kind: "integer" });
    expect(col("posts with likes, follower count of the author and whether it went viral", "author_follower_count")).toMatchObject({ kind: "integer" });
    expect(col("listings with price of the house, bedrooms and city", "house_price")).toMatchObject({ kind: "number" });
    expect((col("listings with price of the house, bedrooms and city", "house_price") as { mean: number }).mean).toBeGreaterThan(100_000);
    expect(col("online store products with name of the product, product category and price", "product_name")).toMatchObject({ kind: "derived", rule: "product_name" });
    // Without an article it is an idiom, not a possessor.
    expect(col("patients with number of visits and age", "number_of_visits")).toMatchObject({ kind: "integer" });
  });

  it("plans a domain's usual columns when the description only names the rows ('hospital patients', 'gym members')", () => {
    const gym = planOffline("gym members");
    expect(gym.spec.domain).toBe("fitness");
    expect(gym.spec.columns.map((c) => c.name)).toEqual(expect.arrayContaining(["member_name", "membership_type", "visits_per_month", "monthly_fee", "cancelled"]));
    expect(gym.warnings.join("\n")).toMatch(/no columns were listed, so the usual fitness columns were used/);
    expect(planOffline("hospital patients").spec.columns.map((c) => c.name)).not.toContain("hospital_patients");
    // Nothing to go on: the clear error, not a one-column table.
    expect(() => planOffline("customers")).toThrow(/could not find a dataset in this description/);
  });

  it("reads 'number of X' as the count the knowledge base knows for X (past claims are mostly 0, not a generic mean of 3)", () => {
    const col = (d: string, name: string) => planOffline(d).spec.columns.find((c) => c.name === name) as { mean?: number } | undefined;
    expect(col("insurance policies with age, annual premium and number of past claims", "number_of_past_claims")?.mean).toBeLessThan(1);
    expect(col("credit card customers with income and count of late payments", "count_of_late_payments")?.mean).toBeLessThan(1);
  });

  it("takes a discount percent off the total it sits beside, and the discount amount from the price before it", () => {
    const { spec } = planOffline("online orders with quantity, unit price, discount percent, discount amount and total amount");
    const formula = (name: string) => (spec.columns.find((c) => c.name === name) as { expression?: string }).expression;
    expect(formula("total_amount")).toBe("round(quantity * unit_price * (1 - discount_percent / 100), 2)");
    expect(formula("discount_amount")).toBe("round(quantity * unit_price * discount_percent / 100, 2)");
  });

  it("maps the lexicon's kinds of value to types and faker methods", () => {
    const { spec } = planOffline(
      "records with full name, email, phone, street address, city, country, company, product, price, amount, age, score, rating, percentage, count, signup date, timestamp, id and is active",
    );
    const kinds = Object.fromEntries(spec.columns.map((c) => [c.name, c.kind === "faker" ? c.method : c.kind]));
    expect(kinds).toMatchObject({
      full_name: "person.fullName",
      email: "derived",
      phone: "phone.number",
      street_address: "location.streetAddress",
      city: "category",
      country: "category",
      company: expect.stringMatching(/^(company\.name|category)$/),
      product: "commerce.productName",
      price: "number",
      amount: "number",
      age: "integer",
      score: "integer",
      rating: "integer",
      percentage: "number",
      count: "integer",
      signup_date: "date",
      timestamp: "datetime",
      id: "id",
      is_active: "boolean",
    });
  });

  it("builds the email from the same row's first and last name", async () => {
    const { spec } = planOffline("users with first name, last name and email");
    expect(column(spec, "email")).toMatchObject({ kind: "derived", rule: "email", from: ["first_name", "last_name"] });
    const rows = await generateRecords(spec, 50);
    const matching = rows.filter((r) => r.email!.toLowerCase().includes(r.last_name!.toLowerCase().replace(/[^a-z]/g, "").slice(0, 4)));
    expect(matching.length).toBeGreaterThan(40);
  });

  it("reads the head of a phrase: 'patient age' is an age, 'customer rating' a rating, 'years at company' a number", () => {
    const { spec } = planOffline("claims with patient age, customer rating, years at company and card holder");
    expect(column(spec, "patient_age").kind).toBe("integer");
    expect(column(spec, "customer_rating")).toMatchObject({ kind: "integer", min: 1, max: 5 });
    // A whole number of years, placed within the years since the age a person starts work when it drives nothing.
    const years = column(spec, "years_at_company") as { kind: string; type?: string };
    expect(years.kind === "integer" || (years.kind === "formula" && years.type === "integer")).toBe(true);
    expect(column(spec, "card_holder")).toMatchObject({ kind: "faker", method: "person.fullName" });
  });

  it("guesses counts and flags for words it does not know, and says so", () => {
    const { spec, warnings } = planOffline("players with rebounds, flurbo gizmos, and exited");
    expect(["integer", "number"]).toContain(column(spec, "rebounds").kind);
    expect(column(spec, "flurbo_gizmos").kind).toBe("integer");
    expect(column(spec, "exited").kind).toBe("boolean");
    expect(warnings).toContain('guessed: flurbo_gizmos, check it (read "flurbo gizmos" as a whole number; give values in parentheses or a range to change that)');
  });

  it("repairs a model's column from its name alone (guessColumn)", () => {
    expect(guessColumn("credit_score")).toMatchObject({ name: "credit_score", kind: "integer", min: 300, max: 850 });
    expect(guessColumn("customer_email")).toMatchObject({ kind: "faker", method: "internet.email" });
    expect(guessColumn("qwzx")).toBeUndefined();
  });
});

describe("offline planner: ranges and categories stated in the text", () => {
  it("honours 'between A and B', 'A-B' and 'from A to B'", () => {
    const { spec } = planOffline("applicants with credit score between 300 and 850, rating 1-5, GPA from 0 to 4 and salary between 40k and 180k");
    expect(column(spec, "credit_score")).toMatchObject({ kind: "integer", min: 300, max: 850 });
    expect(column(spec, "rating")).toMatchObject({ kind: "integer", min: 1, max: 5 });
    expect(column(spec, "gpa")).toMatchObject({ kind: "number", min: 0, max: 4 });
    expect(column(spec, "salary")).toMatchObject({ min: 40000, max: 180000 });
  });

  it("reads listed values in parentheses and 'X or Y'", () => {
    const { spec } = planOffline("posts with platform (twitter/instagram/tiktok), card debit or credit, and tier [gold, silver, bronze]");
    expect(column(spec, "platform")).toMatchObject({ kind: "category", values: ["twitter", "instagram", "tiktok"] });
    expect(column(spec, "card")).toMatchObject({ kind: "category", values: ["debit", "credit"] });
    expect(column(spec, "tier")).toMatchObject({ kind: "category", values: ["gold", "silver", "bronze"] });
  });

  it("turns a (yes/no) list into a boolean", () => {
    const { spec } = planOffline("patients with age, cholesterol and heart disease (yes/no)");
    expect(column(spec, "heart_disease").kind).toBe("boolean");
    expect(spec.target).toBe("heart_disease");
  });
});

describe("offline planner: targets", () => {
  it("makes the final outcome the target, with effects from plausible features in plausible directions", async () => {
    const d = "loan applications with income, credit score between 300 and 850, channel (web/branch/phone), and whether the loan defaulted";
    expect(names(d)).toEqual(["income", "credit_score", "channel", "defaulted"]);
    const { spec } = planOffline(d);
    expect(spec.target).toBe("defaulted");
    const target = column(spec, "defaulted");
    if (target.kind !== "boolean") throw new Error("target is not boolean");
    expect(target.effects?.find((e) => e.column === "credit_score")?.weight).toBeLessThan(0);
    expect(target.effects?.find((e) => e.column === "income")?.weight).toBeLessThan(0);
    // The signal is there in generated rows: low scores default more often.
    const rows = await generateRecords(spec, 4000, 3);
    const byScore = (low: boolean) => rows.filter((r) => (Number(r.credit_score) < 690) === low);
    const rate = (rs: typeof rows) => rs.filter((r) => r.defaulted === "true").length / rs.length;
    expect(rate(byScore(true))).toBeGreaterThan(rate(byScore(false)) + 0.05);
  });

  it("recognises outcomes without 'whether' (churned, exited, passed) and good/bad directions", () => {
    const churn = planOffline("bank customers with age, balance, tenure and exited").spec;
    expect(churn.target).toBe("exited");
    const exited = column(churn, "exited");
    expect(exited.kind === "boolean" && exited.effects?.find((e) => e.column === "tenure")?.weight).toBeLessThan(0);
    const passed = planOffline("students with study hours, absences and whether they passed").spec;
    const p = column(passed, "passed");
    expect(p.kind === "boolean" && p.effects?.find((e) => e.column === "study_hours")?.weight).toBeGreaterThan(0);
    expect(p.kind === "boolean" && p.effects?.find((e) => e.column === "absences")?.weight).toBeLessThan(0);
  });

  it("supports numeric and category outcomes", () => {
    const grade = planOffline("student performance with hours studied, previous scores, sleep hours and final grade").spec;
    expect(grade.target).toBe("final_grade");
    const g = column(grade, "final_grade");
    expect(g.kind === "integer" && g.effects?.find((e) => e.column === "hours_studied")?.weight).toBeGreaterThan(0);
    const risk = planOffline("students with days absent, gpa and dropout risk (low/medium/high)").spec;
    const r = column(risk, "dropout_risk");
    expect(r.kind).toBe("category");
    expect(r.kind === "category" && r.effects?.every((e) => e.outcome === "high")).toBe(true);
  });

  it("sets the class rate from '5% fraud', 'fraud rate of 2%' and flips 'no-show rate 20%' for showed_up", () => {
    const five = planOffline("card transactions with amount, merchant, country and whether it was fraud, 5% fraud").spec;
    expect(column(five, "fraud")).toMatchObject({ kind: "boolean", rate: 0.05 });
    const two = planOffline("transactions with amount, merchant category and timestamp, fraud rate of 2%").spec;
    expect(two.target).toBe("fraud");
    expect(column(two, "fraud")).toMatchObject({ kind: "boolean", rate: 0.02 });
    const show = planOffline("appointments with age, wait time in days and whether the patient showed up (no-show rate 20%)").spec;
    expect(column(show, "showed_up")).toMatchObject({ kind: "boolean", rate: 0.8 });
  });
});

describe("offline planner: mess phrases", () => {
  const messy = planOffline(
    "bank customers with name, age, income, credit score, phone and whether they defaulted, with some missing values, a few outliers, some duplicate rows, typos in names, noisy labels, and harder to predict",
  );

  it("puts ~5% missing values on a few plausible columns, never the target or the id", () => {
    const withMissing = messy.spec.columns.filter((c) => c.missing);
    expect(withMissing.length).toBeGreaterThanOrEqual(2);
    expect(withMissing.length).toBeLessThanOrEqual(3);
    for (const c of withMissing) expect(c.missing!.rate).toBeCloseTo(0.05);
    expect(column(messy.spec, "defaulted").missing).toBeUndefined();
  });

  it("puts ~1% outliers on the main numeric columns", () => {
    const income = column(messy.spec, "income");
    expect(income.kind === "number" && income.outliers).toEqual({ rate: 0.01 });
    expect(messy.spec.columns.filter((c) => (c.kind === "integer" || c.kind === "number") && c.outliers).length).toBeGreaterThanOrEqual(2);
  });

  it("sets duplicates, typos in names, label noise and difficulty", () => {
    expect(messy.spec.duplicates).toEqual({ exact: 0.02, near: 0.01 });
    expect(column(messy.spec, "name")).toMatchObject({ typoRate: 0.03 });
    expect(column(messy.spec, "defaulted")).toMatchObject({ labelNoise: 0.05 });
    expect(messy.spec.difficulty).toBe(0.6);
    // Mess phrases never become columns.
    expect(messy.spec.columns.map((c) => c.name)).toEqual(["name", "age", "income", "credit_score", "phone", "defaulted"]);
  });

  it("makes income missing more often for young customers (missing.when on age)", async () => {
    const { spec } = planOffline("customers with age, income, city and whether they churned, income missing more often for young customers");
    const income = column(spec, "income");
    expect(income.missing?.when?.[0]?.column).toBe("age");
    expect(income.missing!.when![0]!.weight).toBeLessThan(0);
    expect(spec.columns.map((c) => c.name)).toEqual(["age", "income", "city", "churned"]);
  });

  it("reads 'hard' as difficulty and stated percentages for mess", () => {
    const { spec } = planOffline("loan default prediction, hard, with 10% missing values: age, annual income, late payments, and default");
    expect(spec.difficulty).toBe(0.6);
    expect(spec.target).toBe("default");
    expect(spec.columns.filter((c) => c.missing).every((c) => c.missing!.rate === 0.1)).toBe(true);
  });

  it("warns when a mess phrase has nothing to act on", () => {
    const { warnings } = planOffline("employees with salary and department, noisy labels");
    expect(warnings.join(" ")).toMatch(/noisy labels.*outcome/);
  });
});

describe("offline planner: domains", () => {
  it("gives each of the five domains its own defaults when only the domain is named", () => {
    const expected: Record<string, string[]> = {
      "an e-commerce dataset": ["order_id", "unit_price", "order_date"],
      "a healthcare dataset": ["patient_id", "heart_rate", "systolic_blood_pressure", "body_temperature", "bmi", "glucose"],
      "a finance dataset": ["transaction_id", "amount", "transaction_date"],
      "an education dataset": ["student_id", "gpa", "absences"],
      "a social media dataset": ["followers", "platform"],
    };
    for (const [d, cols] of Object.entries(expected)) {
      const { spec, warnings } = planOffline(d);
      expect(spec.columns.map((c) => c.name), d).toEqual(expect.arrayContaining(cols));
      expect(spec.target, d).toBeDefined();
      expect(warnings.join(" "), d).toMatch(/usual .* columns/);
    }
  });

  it("keeps healthcare vitals within clinical ranges", async () => {
    const { spec } = planOffline("a healthcare dataset");
    const rows = await generateRecords(spec, 1000, 5);
    const range = (name: string) => {
      const xs = rows.map((r) => Number(r[name]));
      return [Math.min(...xs), Math.max(...xs)];
    };
    const inside = (name: string, lo: number, hi: number) => {
      const [min, max] = range(name);
      expect(min, name).toBeGreaterThanOrEqual(lo);
      expect(max, name).toBeLessThanOrEqual(hi);
    };
    inside("heart_rate", 40, 180);
    inside("systolic_blood_pressure", 80, 200);
    inside("diastolic_blood_pressure", 40, 130);
    inside("body_temperature", 35, 41.5);
    inside("bmi", 15, 55);
    inside("glucose", 55, 300);
  });

  it("uses domain priors: lognormal money, bounded left-skewed GPA, heavy-tailed followers", async () => {
    const finance = planOffline("bank transactions with amount, balance and merchant").spec;
    expect(column(finance, "amount")).toMatchObject({ distribution: "lognormal" });
    const amounts = (await generateRecords(finance, 2000, 2)).map((r) => Number(r.amount));
    expect(mean(amounts)).toBeGreaterThan(median(amounts));

    const edu = planOffline("students with name, gpa and major").spec;
    const gpas = (await generateRecords(edu, 2000, 2)).map((r) => Number(r.gpa));
    expect(Math.max(...gpas)).toBeLessThanOrEqual(4);
    expect(Math.min(...gpas)).toBeGreaterThanOrEqual(0);
    expect(mean(gpas)).toBeLessThan(median(gpas));

    const social = planOffline("influencers with username, followers and likes").spec;
    const followers = (await generateRecords(social, 2000, 2)).map((r) => Number(r.followers));
    expect(Math.max(...followers)).toBeGreaterThan(10 * median(followers));
  });

  it("still plans domains it has no defaults for from the lexicon", () => {
    const { spec } = planOffline("weather station readings with station id, timestamp, temperature, humidity, wind speed and rainfall in mm");
    expect(spec.columns.map((c) => c.kind)).toEqual(["category", "datetime", "number", "number", "number", "number"]);
  });
});

describe("offline planner: descriptions with no dataset", () => {
  it("refuses gibberish, poems and empty text with UNINTERPRETABLE_DESCRIPTION and an example", async () => {
    for (const d of ["write me a poem", "asdf qwer", "asdf qwer zxcv", "   ", "tell me a joke about cats", "hello"]) {
      const error = uninterpretable(d);
      expect(error.code, d).toBe("UNINTERPRETABLE_DESCRIPTION");
      expect(error.message, d).toMatch(/for example: "customers with name/);
    }
    await expect(describeSchema("write me a poem", { planner: "offline" })).rejects.toMatchObject({ code: "UNINTERPRETABLE_DESCRIPTION" });
  });
});

describe("offline planner: relationships, per-column missing values and colons", () => {
  it("reads a relationship in words as the target, not as a column", () => {
    const { spec, warnings } = planOffline("telecom customers with plan (basic/pro), tenure and monthly spend; churn is more likely on basic with low tenure; 5% missing spend");
    expect(spec.columns.map((c) => c.name)).toEqual(["plan", "tenure", "monthly_spend", "churn"]);
    expect(spec.target).toBe("churn");
    const churn = spec.columns.find((c) => c.name === "churn")!;
    expect("effects" in churn && churn.effects).toEqual(expect.arrayContaining([expect.objectContaining({ column: "plan", value: "basic" }), expect.objectContaining({ column: "tenure" })]));
    expect(spec.columns.find((c) => c.name === "monthly_spend")!.missing).toEqual({ rate: 0.05 });
    expect(warnings.join(" ")).toMatch(/read as a relationship, not a column/);
  });

  it("puts a stated missing rate on the column it names", () => {
    const { spec } = planOffline("customers with name, income, age and whether they churned, income 10% missing");
    expect(spec.columns.find((c) => c.name === "income")!.missing).toEqual({ rate: 0.1 });
    expect(spec.columns.find((c) => c.name === "age")!.missing).toBeUndefined();
  });

  it("starts the column list at a colon after the subject", () => {
    const { spec } = planOffline("patients with diabetes risk: age, bmi, glucose, blood pressure and family history (yes/no)");
    expect(spec.columns.map((c) => c.name)).toEqual(["age", "bmi", "glucose", "blood_pressure", "family_history"]);
  });
});

describe("offline planner: titles in media and music", () => {
  it("makes a movie's or book's title a work title and a song's a song name, a job's a job title", () => {
    const method = (d: string, name: string) => {
      const c = planOffline(d).spec.columns.find((x) => x.name === name)!;
      return c.kind === "faker" ? c.method : c.kind;
    };
    // A film's title is a work title (the media module's), never a job title.
    expect(method("a dataset of movies with title, genre, release year and imdb rating", "title")).not.toBe("person.jobTitle");
    expect(method("a dataset of movies with title, genre, release year and imdb rating", "genre")).toBe("category");
    expect(method("songs with title, artist, duration and streams", "title")).toBe("music.songName");
    expect(method("songs with title, artist, duration and streams", "artist")).toBe("music.artist");
    expect(["person.jobTitle", "category"]).toContain(method("job postings with title, company, salary and remote (yes/no)", "title"));
  });
});
