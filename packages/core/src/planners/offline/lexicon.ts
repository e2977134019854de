import type { Column } from "../../spec/schema.js";

/** A column without its name: what the lexicon proposes for a phrase. */
export type ColumnShape = Column extends infer C ? (C extends Column ? Omit<C, "name"> : never) : never;

export interface PhraseFacts {
  /** Lowercase phrase without the range and listed values. */
  text: string;
  range?: { min: number; max: number; percent: boolean };
  values?: string[];
  /** The detected domain of the whole description (e.g. "education"), for words that mean different things per domain. */
  domain?: string;
}

interface LexiconEntry {
  match: RegExp;
  build: (facts: PhraseFacts) => ColumnShape;
}

const REF_YEAR = 2025;

type NumericDefaults = {
  distribution: "uniform" | "normal" | "lognormal" | "exponential" | "poisson";
  mean?: number;
  sd?: number;
  min?: number;
  max?: number;
  decimals?: number;
};

/** Numeric column honouring a stated range, else the defaults given. */
function numeric(kind: "integer" | "number", defaults: NumericDefaults) {
  return (f: PhraseFacts): ColumnShape => {
    if (f.range) {
      const { min, max } = f.range;
      const spread = max - min;
      // Keep the lexicon's typical centre when it lies well inside the stated range (credit score 300-850 centres near 690).
      const typical = defaults.mean !== undefined && defaults.mean > min + spread * 0.1 && defaults.mean < max - spread * 0.1;
      const shape: ColumnShape =
        defaults.distribution === "uniform"
          ? { kind, distribution: "uniform", min, max }
          : typical && defaults.distribution !== "poisson"
            ? { kind, distribution: "normal", mean: defaults.mean!, sd: Math.min(defaults.sd ?? spread / 5, spread / 4), min, max }
            : { kind, distribution: "normal", mean: min + spread / 2, sd: spread / 5, min, max };
      return kind === "number" ? ({ ...shape, decimals: defaults.decimals ?? (spread <= 10 ? 2 : spread <= 1000 ? 1 : 0) } as ColumnShape) : shape;
    }
    const { decimals, ...rest } = defaults;
    return (kind === "number" ? { kind, ...rest, decimals: decimals ?? 2 } : { kind, ...rest }) as ColumnShape;
  };
}

const int = (d: NumericDefaults) => numeric("integer", d);
const num = (d: NumericDefaults) => numeric("number", d);
/** Money: right-skewed (lognormal), never negative. */
const money = (mean: number, sd: number, min = 0.01, decimals = 2) => num({ distribution: "lognormal", mean, sd, min, decimals });
/** Counts of events per row: Poisson around a typical mean. */
const count = (mean: number, max?: number) => int({ distribution: "poisson", mean, min: 0, ...(max !== undefined ? { max } : {}) });
const percent = (mean = 50, sd = 20) => num({ distribution: "normal", mean, sd, min: 0, max: 100, decimals: 1 });
const faker = (method: string): (() => ColumnShape) => () => ({ kind: "faker", method });
const category = (values: string[], weights?: number[]) => (f: PhraseFacts): ColumnShape =>
  f.values ? { kind: "category", values: f.values } : { kind: "category", values, ...(weights ? { weights } : {}) };
const date = (from: string, to: string) => (): ColumnShape => ({ kind: "date", from, to });
const datetime = (from: string, to: string) => (): ColumnShape => ({ kind: "datetime", from, to });
const flag = (probability = 0.5) => (): ColumnShape => ({ kind: "boolean", probability });
const pattern = (p: string) => (): ColumnShape => ({ kind: "id", format: "pattern", pattern: p, unique: true });

const RECENT = date(`${REF_YEAR - 3}-01-01`, `${REF_YEAR - 1}-12-31`);
/** A date or datetime shape with a weekly and yearly pattern (see generate/seasonality.ts). */
function seasonal(build: () => ColumnShape, seasonality: "none" | "retail" | "business" | "weekend"): ColumnShape {
  const shape = build();
  return seasonality === "none" ? shape : ({ ...shape, seasonality } as ColumnShape);
}
const RECENT_TIME = datetime(`${REF_YEAR - 2}-01-01T00:00:00Z`, `${REF_YEAR - 1}-12-31T23:59:59Z`);

/** Words that name a person when they head a phrase ("customer", "patient name"). */
export const PERSON_WORDS =
  "full ?name|name|customer|patient|student|employee|author|owner|user|member|client|person|applicant|borrower|teacher|doctor|physician|nurse|passenger|guest|player|driver|holder|cardholder|card holder|waiter|waitress|agent|manager|instructor|tenant|landlord|buyer|seller|host|participant|respondent|learner|athlete|coach|candidate|contact|recipient|sender|reviewer|staff|worker|rep|representative";

/**
 * Phrase patterns. A phrase is matched against all of them; the entry whose
 * match ends last within the phrase's head (the words before "of", "at",
 * "per", "in"...) wins, so "patient age" is an age and "customer rating" a
 * rating. Ties go to the earlier, more specific entry.
 */
export const LEXICON: LexiconEntry[] = [
  // identifiers
  { match: /\b(uuid|guid)\b/, build: () => ({ kind: "id", format: "uuid", unique: true }) },
  { match: /\bsku\b/, build: pattern("SKU-#####") },
  { match: /\b(order|invoice|transaction|ticket|tracking|account|policy|claim|reference|booking|confirmation|serial|case|table|room|flight) (number|no|num|#)\b/, build: (f) => /table|room/.test(f.text) ? int({ distribution: "uniform", min: 1, max: /room/.test(f.text) ? 500 : 40 })(f) : /flight/.test(f.text) ? faker("airline.flightNumber")() : pattern(f.text.startsWith("tracking") ? "1Z################" : "??-########")() },
  { match: /(^|\b)(id|identifier|key)$|\b\w+ (id|code)$/, build: (f) => /\b(zip|postal|country|currency|airport|diagnosis|icd|product|promo|discount|coupon|area)\b/.test(f.text) ? codeFor(f) : { kind: "id", format: "sequence", start: 1, unique: true } },
  // people and contact
  { match: /\bfirst ?name|given name|forename/, build: faker("person.firstName") },
  { match: /\blast ?name|surname|family name/, build: faker("person.lastName") },
  { match: /\bmiddle name/, build: faker("person.middleName") },
  { match: new RegExp(`\\b(${PERSON_WORDS})\\b`), build: faker("person.fullName") },
  { match: /\busername|user name|handle|screen name|nickname|gamertag/, build: faker("internet.username") },
  { match: /\b(display|channel|account|page|profile) name\b|\bchannel\b/, build: faker("internet.displayName") },
  { match: /\be-?mail( address)?\b/, build: faker("internet.email") },
  { match: /\bphone|mobile|telephone|cell\b/, build: faker("phone.number") },
  // A title is a work's name in media (a song's in music), a job title elsewhere.
  { match: /\b(song|track)( title| name)?\b/, build: faker("music.songName") },
  { match: /\b(artist|band|singer)\b/, build: faker("music.artist") },
  { match: /\b(author|writer)\b/, build: faker("book.author") },
  { match: /\b(publisher)\b/, build: faker("book.publisher") },
  { match: /^(movie |film |book |episode |album |show )?title$/, build: (f) => (f.domain === "media" ? faker("book.title")() : f.domain === "music" ? faker("music.songName")() : faker("person.jobTitle")()) },
  { match: /^genre$/, build: (f) => (f.domain === "music" ? faker("music.genre")() : f.domain === "media" ? faker("book.genre")() : category(["drama", "comedy", "action", "documentary", "thriller"])(f)) },
  { match: /\b(job|occupation|profession|job title|title)\b/, build: faker("person.jobTitle") },
  { match: /\b(gender|sex)\b/, build: category(["female", "male", "non-binary"], [49, 49, 2]) },
  { match: /\b(marital status)\b/, build: category(["single", "married", "divorced", "widowed"], [40, 45, 11, 4]) },
  { match: /\b(education( level)?|degree|parental education( level)?|qualification)\b/, build: category(["high school", "bachelor", "master", "phd"], [40, 38, 17, 5]) },
  { match: /\b(ethnicity|race)\b/, build: category(["white", "black", "hispanic", "asian", "other"], [58, 13, 19, 6, 4]) },
  { match: /\b(blood type)\b/, build: category(["O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"], [37, 36, 9, 3, 7, 6, 1, 1]) },
  // organisations and things
  { match: /\b(product|item) name|\bproduct\b|\bitem\b/, build: faker("commerce.productName") },
  { match: /\b(company|employer|business|organization|organisation|vendor|supplier|merchant|provider|insurer|insurance provider|brand|manufacturer|hotel|restaurant|bank|carrier|school|university|college|hospital|clinic)( name)?\b/, build: (f) => /\bhospital|clinic\b/.test(f.text) ? { kind: "faker", method: "company.name" } : /\bairline|carrier\b/.test(f.text) ? { kind: "faker", method: "airline.airline" } : { kind: "faker", method: "company.name" } },
  { match: /\bairline\b/, build: faker("airline.airline") },
  { match: /\b(airport|origin airport|destination airport|departure airport|arrival airport)\b/, build: faker("airline.airport") },
  { match: /\b(seat)\b/, build: faker("airline.seat") },
  { match: /\b(make)\b/, build: faker("vehicle.manufacturer") },
  { match: /\b(car )?model\b/, build: faker("vehicle.model") },
  { match: /\b(vehicle|car)( type)?\b/, build: faker("vehicle.type") },
  { match: /\bvin\b/, build: faker("vehicle.vin") },
  { match: /\b(dish|meal|menu item)\b/, build: faker("food.dish") },
  { match: /\b(cuisine)\b/, build: faker("food.ethnicCategory") },
  { match: /\b(book|title of book)\b/, build: faker("book.title") },
  { match: /\b(song|track)\b/, build: faker("music.songName") },
  { match: /\b(artist|band)\b/, build: faker("music.artist") },
  { match: /\b(team|home team|away team|club|opponent)\b/, build: category(["Rivertown Rovers", "Harbor City FC", "Northside United", "Eastfield Eagles", "Lakeview Lions", "Summit Strikers", "Westbrook Wanderers", "Mill Valley Miners", "Granite Bay Giants", "Kingsport Knights"]) },
  { match: /\b(drug|medication|medicine|prescription)( name)?\b/, build: category(["atorvastatin", "metformin", "lisinopril", "amlodipine", "levothyroxine", "omeprazole", "albuterol", "sertraline", "ibuprofen", "amoxicillin"]) },
  { match: /\b(ticker|symbol|stock)\b/, build: category(["AAPL", "MSFT", "GOOG", "AMZN", "NVDA", "META", "TSLA", "JPM", "V", "KO"]) },
  { match: /\b(wallet|bitcoin|crypto) address\b|\bwallet\b/, build: faker("finance.bitcoinAddress") },
  { match: /\b(iban)\b/, build: faker("finance.iban") },
  { match: /\b(credit card number|card number)\b/, build: faker("finance.creditCardNumber") },
  { match: /\b(card (type|issuer|brand))\b/, build: faker("finance.creditCardIssuer") },
  { match: /\b(campaign)( name)?\b/, build: category(["spring sale", "summer launch", "back to school", "black friday", "holiday promo", "new year", "loyalty newsletter"]) },
  { match: /\b(store|branch|location|warehouse)( name)?\b/, build: category(["downtown", "mall", "airport", "suburban", "outlet", "online"]) },
  { match: /\b(neighbou?rhood|district|area)\b/, build: category(["downtown", "midtown", "riverside", "old town", "university district", "suburbs", "harbor", "hillside"]) },
  { match: /\b(city|origin|destination|hometown)\b/, build: faker("location.city") },
  { match: /\b(country|nationality)\b/, build: faker("location.country") },
  { match: /\b(language)\b/, build: faker("location.language") },
  { match: /\b(time ?zone)\b/, build: faker("location.timeZone") },
  // places
  { match: /\bzip|postal|postcode/, build: faker("location.zipCode") },
  { match: /\b(street )?address\b|\bstreet\b/, build: faker("location.streetAddress") },
  { match: /\b(state|province)\b/, build: faker("location.state") },
  { match: /\bregion\b/, build: category(["north", "south", "east", "west", "central"]) },
  { match: /\blatitude|\blat\b/, build: faker("location.latitude") },
  { match: /\blongitude|\blon\b|\blng\b/, build: faker("location.longitude") },
  { match: /\bip( address)?\b/, build: faker("internet.ipv4") },
  { match: /\burl|website|link\b/, build: faker("internet.url") },
  { match: /\b(user agent|browser)\b/, build: faker("internet.userAgent") },
  // durations before dates: "wait time in days" is a number, not a timestamp
  { match: /\b(length of stay|los)\b/, build: int({ distribution: "exponential", mean: 4.5, min: 1, max: 60 }) },
  { match: /\b(days on market|days to \w+|shipping days|delivery days|lead time|days since \w+|wait(ing)? time|response time|resolution time|processing time)\b/, build: (f) => /minute|hour|response|resolution|processing/.test(f.text) && !/day/.test(f.text) ? num({ distribution: "lognormal", mean: 25, sd: 20, min: 0.5, decimals: 1 })(f) : int({ distribution: "exponential", mean: /market/.test(f.text) ? 38 : /shipping|delivery/.test(f.text) ? 4 : 12, min: 0, max: 365 })(f) },
  { match: /\b(time on site|session (length|duration)|watch time|time spent|screen time|active (minutes|time)|minutes|seconds|duration|call length)\b/, build: (f) => /seconds/.test(f.text) ? num({ distribution: "lognormal", mean: 95, sd: 80, min: 1, decimals: 0 })(f) : /hour/.test(f.text) ? num({ distribution: "lognormal", mean: 2.5, sd: 2, min: 0, decimals: 1 })(f) : num({ distribution: "lognormal", mean: 14, sd: 12, min: 0.1, decimals: 1 })(f) },
  { match: /\b(nights|days|weeks|months|years) (stayed|absent|late|overdue|employed|active)\b|\b(nights|stay length)\b/, build: (f) => count(/absent|late|overdue/.test(f.text) ? 4 : 3)(f) },
  // dates and times
  { match: /\b(date of birth|birth ?date|birthday|dob)\b/, build: date("1945-01-01", "2006-12-31") },
  { match: /\b(day of (the )?week|weekday)\b/, build: category(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], [13, 13, 13, 14, 16, 17, 14]) },
  { match: /\b(month)\b$/, build: category(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]) },
  // Domain priors for when things happen: orders follow the retail week and the holiday season,
  // office events the working week, posts and leisure bookings the weekend.
  { match: /\b(order|purchase|checkout|sale|shipped|ship|delivery|delivered|return(ed)?) (date|time|day|at|on)\b|\b(ordered|purchased) (at|on)\b/, build: (f) => seasonal(/time|at\b/.test(f.text) ? RECENT_TIME : RECENT, "retail") },
  { match: /\b(invoice|meeting|ticket|appointment|filed|claim|application|approval|hire|hiring) (date|time|day|at|on)\b/, build: (f) => seasonal(/time|at\b/.test(f.text) ? RECENT_TIME : RECENT, "business") },
  { match: /\b(posted|post|published|upload(ed)?) (date|time|at|on)\b/, build: (f) => seasonal(/time|at\b/.test(f.text) ? RECENT_TIME : RECENT, f.domain === "social media" ? "weekend" : "none") },
  { match: /\b(transaction|payment) (date|time|at)\b/, build: (f) => seasonal(/time|at\b/.test(f.text) ? RECENT_TIME : RECENT, f.domain === "e-commerce" ? "retail" : "none") },
  { match: /\b(timestamp|datetime|time|created at|updated at|logged at|posted at|sent at|recorded at|reading time|trade time|event time|login time)\b/, build: RECENT_TIME },
  { match: /\b(date|day|joined|joined on|signup|sign up|registration|admission|discharge|enrollment|enrolment|last (login|seen|active|activity|purchase|visit|order))\b/, build: RECENT },
  { match: /\b(year built|construction year|built in)\b/, build: int({ distribution: "normal", mean: 1985, sd: 22, min: 1900, max: REF_YEAR }) },
  { match: /\b(year|model year)\b/, build: int({ distribution: "normal", mean: REF_YEAR - 8, sd: 4.5, min: REF_YEAR - 25, max: REF_YEAR }) },
  // health (clinical ranges)
  { match: /\bheart rate|pulse|bpm\b/, build: (f) => /max/.test(f.text) ? int({ distribution: "normal", mean: 150, sd: 22, min: 70, max: 210 })(f) : int({ distribution: "normal", mean: 74, sd: 11, min: 40, max: 180 })(f) },
  { match: /\bsystolic|blood pressure|\bbp\b/, build: int({ distribution: "normal", mean: 122, sd: 15, min: 80, max: 200 }) },
  { match: /\bdiastolic( blood pressure| bp| pressure)?\b/, build: int({ distribution: "normal", mean: 79, sd: 10, min: 45, max: 130 }) },
  { match: /\bbmi|body mass index\b/, build: num({ distribution: "normal", mean: 27, sd: 5, min: 15, max: 55, decimals: 1 }) },
  { match: /\bcholesterol\b/, build: int({ distribution: "normal", mean: 195, sd: 38, min: 100, max: 400 }) },
  { match: /\bglucose|blood sugar\b/, build: int({ distribution: "normal", mean: 100, sd: 22, min: 55, max: 300 }) },
  { match: /\bhba1c|a1c\b/, build: num({ distribution: "normal", mean: 5.8, sd: 0.9, min: 4, max: 14, decimals: 1 }) },
  { match: /\b(oxygen saturation|spo2|o2 sat\w*)\b/, build: int({ distribution: "normal", mean: 97, sd: 2, min: 80, max: 100 }) },
  { match: /\b(respiratory rate|breathing rate)\b/, build: int({ distribution: "normal", mean: 16, sd: 3, min: 8, max: 40 }) },
  { match: /\b(body )?temperature|\btemp\b/, build: (f) => f.domain === "healthcare" || /body/.test(f.text) ? num({ distribution: "normal", mean: 36.8, sd: 0.5, min: 35, max: 41.5, decimals: 1 })(f) : num({ distribution: "normal", mean: 21, sd: 6, min: -20, max: 50, decimals: 1 })(f) },
  { match: /\bdosage|dose|mg\b/, build: int({ distribution: "lognormal", mean: 120, sd: 150, min: 5, max: 2000 }) },
  { match: /\b(refills)\b/, build: count(1.5, 12) },
  { match: /\b(angina|diabetes|diabetic|hypertension|hypertensive|asthma|stroke|heart disease|cancer|obese|obesity|depression|copd|anemia|adverse event|complications?|allergy|allergies)\b/, build: (f) => f.values ? { kind: "boolean", probability: 0.25 } : { kind: "boolean", probability: 0.2 } },
  { match: /\b(chest pain type|pain type)\b/, build: category(["typical angina", "atypical angina", "non-anginal pain", "asymptomatic"], [20, 17, 28, 35]) },
  { match: /\b(specialty|speciality)\b/, build: category(["cardiology", "dermatology", "orthopedics", "pediatrics", "neurology", "general practice"], [18, 12, 15, 17, 10, 28]) },
  { match: /\b(insurance( type)?|coverage( type)?)\b/, build: category(["private", "medicare", "medicaid", "uninsured"], [55, 20, 18, 7]) },
  // physical and sensor readings
  { match: /\bhumidity\b/, build: percent(55, 15) },
  { match: /\b(rainfall|precipitation|snowfall|rain|snow)\b/, build: num({ distribution: "exponential", mean: 3, min: 0, max: 300, decimals: 1 }) },
  { match: /\b(wind speed|wind)\b/, build: num({ distribution: "lognormal", mean: 14, sd: 8, min: 0, max: 150, decimals: 1 }) },
  { match: /\b(cloud cover|visibility)\b/, build: percent(50, 30) },
  { match: /\b(uv index|aqi|air quality( index)?|pm2\.?5|co2)\b/, build: (f) => /co2/.test(f.text) ? int({ distribution: "normal", mean: 650, sd: 200, min: 380, max: 5000 })(f) : int({ distribution: "lognormal", mean: 45, sd: 35, min: 0, max: 500 })(f) },
  { match: /\b(air )?pressure\b/, build: num({ distribution: "normal", mean: 1013, sd: 8, min: 950, max: 1060, decimals: 1 }) },
  { match: /\bvoltage\b/, build: num({ distribution: "normal", mean: 230, sd: 4, min: 200, max: 255, decimals: 1 }) },
  { match: /\b(current|amps?)\b/, build: num({ distribution: "lognormal", mean: 8, sd: 5, min: 0, decimals: 2 }) },
  { match: /\b(kwh|energy( consumption)?|power( consumption)?|consumption|usage)\b/, build: num({ distribution: "lognormal", mean: 12, sd: 7, min: 0, decimals: 2 }) },
  { match: /\b(battery( level)?|charge level)\b/, build: percent(65, 22) },
  { match: /\b(speed|velocity)\b/, build: num({ distribution: "normal", mean: 55, sd: 18, min: 0, max: 200, decimals: 1 }) },
  { match: /\b(distance|km|miles)\b/, build: num({ distribution: "lognormal", mean: 25, sd: 40, min: 0.1, decimals: 1 }) },
  { match: /\bmileage|odometer\b/, build: int({ distribution: "lognormal", mean: 70000, sd: 45000, min: 0, max: 400000 }) },
  { match: /\b(weight|kg|lbs)\b/, build: (f) => f.domain === "healthcare" || /body|patient/.test(f.text) || f.domain === "sports" ? num({ distribution: "normal", mean: 75, sd: 15, min: 35, max: 200, decimals: 1 })(f) : num({ distribution: "lognormal", mean: 4, sd: 5, min: 0.05, decimals: 2 })(f) },
  { match: /\bheight|cm\b/, build: num({ distribution: "normal", mean: 172, sd: 10, min: 140, max: 225, decimals: 1 }) },
  { match: /\b(square (feet|foot|ft)|sq ?ft|sqft|floor area|living area)\b/, build: int({ distribution: "lognormal", mean: 1800, sd: 700, min: 300, max: 12000 }) },
  { match: /\b(square met(er|re)s|sq ?m|m2|size)\b/, build: int({ distribution: "lognormal", mean: 75, sd: 35, min: 15, max: 500 }) },
  { match: /\b(bedrooms|beds)\b/, build: int({ distribution: "normal", mean: 3, sd: 1, min: 1, max: 7 }) },
  { match: /\b(bathrooms|baths)\b/, build: int({ distribution: "normal", mean: 2, sd: 0.8, min: 1, max: 5 }) },
  { match: /\b(rooms|floors|stories)\b/, build: int({ distribution: "normal", mean: 3, sd: 1.2, min: 1, max: 10 }) },
  { match: /\b(lot size|acres)\b/, build: num({ distribution: "lognormal", mean: 0.3, sd: 0.4, min: 0.02, decimals: 2 }) },
  // scores and money
  { match: /\bcredit score|fico\b/, build: int({ distribution: "normal", mean: 690, sd: 75, min: 300, max: 850 }) },
  { match: /\bsat\b/, build: int({ distribution: "normal", mean: 1050, sd: 200, min: 400, max: 1600 }) },
  { match: /\bact\b/, build: int({ distribution: "normal", mean: 21, sd: 5, min: 1, max: 36 }) },
  { match: /\bgpa|grade point/, build: num({ distribution: "normal", mean: 3.3, sd: 0.6, min: 0, max: 4, decimals: 2 }) },
  { match: /\bage\b/, build: (f) => f.domain === "education" ? int({ distribution: "normal", mean: 20, sd: 2.5, min: 16, max: 40 })(f) : int({ distribution: "normal", mean: 40, sd: 14, min: 18, max: 90 })(f) },
  { match: /\bage group|age band|age bracket|age range\b/, build: category(["18-24", "25-34", "35-44", "45-54", "55+"], [18, 27, 22, 17, 16]) },
  { match: /\b(income|salary|wage|earnings|compensation|pay)\b/, build: (f) => /hourly|wage/.test(f.text) ? money(24, 10, 7.25)(f) : money(62000, 30000, 8000, 0)(f) },
  { match: /\b(loan( amount)?|mortgage|principal|credit limit|limit)\b/, build: money(18000, 12000, 500, 0) },
  { match: /\b(debt to income( ratio)?|dti|loan to value|ltv)\b/, build: num({ distribution: "normal", mean: 0.32, sd: 0.12, min: 0, max: 1, decimals: 2 }) },
  { match: /\b(interest rate|apr|annual percentage rate)\b/, build: num({ distribution: "normal", mean: 9, sd: 4, min: 0.5, max: 36, decimals: 2 }) },
  { match: /\b(open|high|low|close|closing price|opening price|adj close|adjusted close|share price|stock price)\b/, build: num({ distribution: "lognormal", mean: 120, sd: 80, min: 1, decimals: 2 }) },
  { match: /\b(volume|shares traded)\b/, build: int({ distribution: "lognormal", mean: 2_000_000, sd: 3_000_000, min: 1000 }) },
  { match: /\b(rent|mortgage payment|monthly rent)\b/, build: money(1500, 700, 200, 0) },
  { match: /\b(premium|monthly charges|total charges|charges|bill|total bill|invoice total)\b/, build: (f) => /total charges/.test(f.text) ? money(2300, 2200, 10)(f) : /bill/.test(f.text) ? money(45, 30, 3)(f) : money(70, 35, 5)(f) },
  { match: /\b(tip|tips|gratuity)\b/, build: money(6, 4, 0) },
  { match: /\b(groceries|utilities|expenses|spending|expenditure|debt|savings|budget|bonus|tax|taxes|insurance cost|fuel cost)\b/, build: money(400, 350, 0) },
  { match: /\b(price|cost|fee|fare|msrp)\b/, build: (f) => f.text.includes("house") || f.text.includes("home") || f.domain === "real estate" ? money(420000, 200000, 50000, 0)(f) : /ticket|fare|flight/.test(f.text) ? money(320, 220, 30)(f) : /car|vehicle/.test(f.text) ? money(22000, 12000, 1000, 0)(f) : money(45, 40, 0.5)(f) },
  { match: /\b(amount|balance|revenue|spend|spent|total|value|payment|deposit|transaction|sales|profit|net worth|assets|claim amount|order value|cart value|aov)\b/, build: (f) => /balance/.test(f.text) ? money(5200, 9000, 0)(f) : /revenue|sales|profit|assets|net worth/.test(f.text) ? money(25000, 40000, 0)(f) : money(120, 150, 0.5)(f) },
  { match: /\b(rating|stars?|review score|satisfaction|nps)\b/, build: (f) => /nps/.test(f.text) ? int({ distribution: "uniform", min: 0, max: 10 })(f) : int({ distribution: "normal", mean: 3.9, sd: 1.1, min: 1, max: 5 })(f) },
  { match: /\b(engagement rate|ctr|click ?through rate|conversion rate|bounce rate|open rate)\b/, build: (f) => /bounce/.test(f.text) ? percent(45, 15)(f) : num({ distribution: "lognormal", mean: 3, sd: 2.5, min: 0, max: 100, decimals: 2 })(f) },
  { match: /\b(percent|percentage|pct|%|rate|ratio|share|completeness|utilization|utilisation|occupancy)\b/, build: (f) => /attendance/.test(f.text) ? percent(88, 9)(f) : percent()(f) },
  { match: /\battendance\b/, build: (f) => f.domain === "education" ? percent(88, 9)(f) : int({ distribution: "lognormal", mean: 25000, sd: 15000, min: 0 })(f) },
  { match: /\b(score|grade|mark|marks|result|points|average|avg)\b/, build: (f) => /grade level|school year/.test(f.text) ? int({ distribution: "uniform", min: 1, max: 12 })(f) : /points per game|ppg/.test(f.text) ? num({ distribution: "lognormal", mean: 11, sd: 7, min: 0, max: 45, decimals: 1 })(f) : /points/.test(f.text) ? count(12)(f) : int({ distribution: "normal", mean: 72, sd: 14, min: 0, max: 100 })(f) },
  { match: /\b(level|tier level|player level)\b/, build: int({ distribution: "exponential", mean: 18, min: 1, max: 100 }) },
  { match: /\b(reorder (point|level)|stock( level)?|inventory( level)?|units in stock|on hand)\b/, build: int({ distribution: "lognormal", mean: 60, sd: 50, min: 0 }) },
  { match: /\b(employment length|length of employment|job tenure|time at job)\b/, build: int({ distribution: "exponential", mean: 6, min: 0, max: 40 }) },
  { match: /\b(tenure|months)\b/, build: int({ distribution: "exponential", mean: 24, min: 1, max: 120 }) },
  { match: /\b(years of experience|experience|years at \w+|years with \w+|years in \w+|years)\b/, build: int({ distribution: "exponential", mean: 7, min: 0, max: 45 }) },
  { match: /\b(followers|following|subscribers|friends|connections|fans)\b/, build: int({ distribution: "lognormal", mean: 1500, sd: 6000, min: 0 }) },
  { match: /\b(likes|shares|comments|retweets|reposts|views|clicks|impressions|reach|downloads|plays|streams)\b/, build: (f) => /impressions|reach|views|plays|streams/.test(f.text) ? int({ distribution: "lognormal", mean: 5000, sd: 20000, min: 0 })(f) : int({ distribution: "lognormal", mean: 120, sd: 400, min: 0 })(f) },
  { match: /\b(hours|hrs)\b/, build: (f) => /sleep/.test(f.text) ? num({ distribution: "normal", mean: 7, sd: 1.2, min: 3, max: 12, decimals: 1 })(f) : /study|studied|week/.test(f.text) ? num({ distribution: "normal", mean: 12, sd: 6, min: 0, max: 60, decimals: 1 })(f) : num({ distribution: "lognormal", mean: 40, sd: 60, min: 0, decimals: 1 })(f) },
  { match: /\b(quantity|qty|count|number of|num|no of|visits|purchases|orders|items|absences|attempts|logins|tickets|transactions|calls|errors|posts|messages|matches|sessions|pages|goals|kills|deaths|assists|rebounds|steals|votes|hashtags|products|lines|accounts|credit lines|dependents|children|kids|tardies|pets|trips|rides|stops|tweets|videos|photos|stories|referrals|complaints|returns|claims|reviews|defects|failures|incidents|bookings|guests|party size|seats|units|days absent)\b/, build: (f) => count(/party size|guests/.test(f.text) ? 3 : /pages/.test(f.text) ? 6 : /goals/.test(f.text) ? 1.4 : /votes|posts|messages|matches|tweets|videos|photos/.test(f.text) ? 15 : /kills|deaths|assists/.test(f.text) ? 6 : /rebounds/.test(f.text) ? 5 : /errors|complaints|defects|failures|incidents|claims|returns|absences|tardies|days absent/.test(f.text) ? 1.5 : 3)(f) },
  { match: /\b(multiplier|factor|coefficient)\b/, build: num({ distribution: "lognormal", mean: 1.3, sd: 0.3, min: 1, max: 5, decimals: 2 }) },
  { match: /\b(imdb rating|out of 10|rating out of ten)\b/, build: num({ distribution: "normal", mean: 6.5, sd: 1.1, min: 1, max: 10, decimals: 1 }) },
  { match: /\b(drink|beverage)\b/, build: category(["espresso", "latte", "cappuccino", "americano", "mocha", "tea", "cold brew"], [10, 25, 15, 15, 10, 12, 13]) },
  { match: /\b(discount)\b/, build: int({ distribution: "uniform", min: 0, max: 50 }) },
  // categories
  { match: /\bpayment (method|type)\b/, build: category(["credit card", "debit card", "paypal", "bank transfer", "cash"], [40, 25, 20, 10, 5]) },
  { match: /\b(transaction type)\b/, build: category(["purchase", "withdrawal", "deposit", "transfer", "payment"], [45, 15, 15, 15, 10]) },
  { match: /\b(plan|tier|subscription( type)?|membership( type)?|contract( type)?)\b/, build: category(["basic", "standard", "premium"], [50, 35, 15]) },
  { match: /\bplatform\b/, build: category(["instagram", "tiktok", "twitter", "facebook", "youtube"], [30, 25, 15, 18, 12]) },
  { match: /\b(device|device type)\b/, build: category(["mobile", "desktop", "tablet"], [60, 32, 8]) },
  { match: /\b(os|operating system)\b/, build: category(["android", "ios", "windows", "macos", "linux"], [40, 28, 20, 9, 3]) },
  { match: /\bchannel|source|referrer\b/, build: category(["organic", "paid search", "social", "email", "referral"], [35, 20, 20, 15, 10]) },
  { match: /\b(department)\b/, build: (f) => f.domain === "healthcare" ? category(["cardiology", "oncology", "neurology", "orthopedics", "emergency", "pediatrics"])(f) : f.domain === "e-commerce" ? { kind: "faker", method: "commerce.department" } : category(["engineering", "sales", "marketing", "finance", "hr", "operations", "support"], [25, 20, 12, 10, 6, 15, 12])(f) },
  { match: /\b(category|genre|segment|niche|topic)\b/, build: (f) => f.domain === "social media" ? category(["lifestyle", "fashion", "fitness", "food", "travel", "gaming", "tech", "beauty"])(f) : f.domain === "finance" || /merchant/.test(f.text) ? category(["groceries", "restaurants", "travel", "electronics", "fuel", "entertainment", "health", "online services"])(f) : { kind: "faker", method: "commerce.department" } },
  { match: /\b(diagnosis|condition|disease)\b/, build: category(["hypertension", "type 2 diabetes", "asthma", "copd", "heart failure", "pneumonia"]) },
  { match: /\b(major|field of study|subject|course|program|programme)\b/, build: (f) => /^subject|teacher/.test(f.text) && f.domain === "education" ? category(["math", "science", "english", "history", "art", "physical education"])(f) : category(["computer science", "biology", "economics", "psychology", "mathematics", "history", "engineering"])(f) },
  { match: /\b(sentiment)\b/, build: category(["positive", "neutral", "negative"], [45, 35, 20]) },
  { match: /\b(priority|severity)\b/, build: category(["low", "medium", "high", "critical"], [35, 40, 20, 5]) },
  { match: /\b(risk|risk level|risk category)\b/, build: category(["low", "medium", "high"], [55, 30, 15]) },
  { match: /\bposition\b/, build: (f) => f.domain === "sports" ? category(["guard", "forward", "center"])(f) : { kind: "faker", method: "person.jobTitle" } },
  { match: /\bstatus\b/, build: category(["active", "pending", "inactive"], [70, 20, 10]) },
  { match: /\b(room type|seat class|cabin class|class|fare class)\b/, build: (f) => /room/.test(f.text) ? category(["standard", "deluxe", "suite"], [60, 30, 10])(f) : category(["economy", "premium economy", "business", "first"], [75, 12, 10, 3])(f) },
  { match: /\b(fuel( type)?)\b/, build: category(["petrol", "diesel", "electric", "hybrid"], [50, 25, 12, 13]) },
  { match: /\btransmission\b/, build: category(["automatic", "manual"], [70, 30]) },
  { match: /\b(lunch( type)?)\b/, build: category(["standard", "free/reduced"], [65, 35]) },
  { match: /\b(map|game mode|mode)\b/, build: category(["dust valley", "frostbite", "harbor", "jungle temple", "skyline"]) },
  { match: /\b(internet service|connection type)\b/, build: category(["fiber optic", "dsl", "none"], [44, 34, 22]) },
  { match: /\b(home ownership|housing)\b/, build: category(["rent", "own", "mortgage"], [40, 20, 40]) },
  { match: /\b(loan purpose|purpose)\b/, build: category(["debt consolidation", "credit card", "home improvement", "car", "medical", "other"], [45, 20, 10, 8, 5, 12]) },
  { match: /\b(employment( status| type)?|work type)\b/, build: category(["full-time", "part-time", "self-employed", "unemployed"], [62, 15, 13, 10]) },
  { match: /\b(type|kind|group|tier)\b/, build: category(["A", "B", "C"]) },
  { match: /\b(currency)\b/, build: faker("finance.currencyCode") },
  { match: /\b(description|comments? text|notes?|review( text)?|bio|text|message|content|caption|feedback|summary|body|tweet text)\b/, build: faker("lorem.sentence") },
  { match: /\b(hashtag|tag|keyword)\b/, build: faker("word.noun") },
  { match: /\b(color|colour)\b/, build: faker("color.human") },
  // flags
  { match: /^(is|has|was|did|does|can|should|had|have) |\b(flag|active|verified|subscribed|premium member|smoker|smoking|married|vip|enrolled|overtime|furnished|all[ -]star|remote|parking|garage|pool|wifi|warranty|tech support|online backup|paperless( billing)?|auto ?pay|opt[ -]?in|opted in|allowed|included|enabled|eligible|insured|returning|repeat customer|first time|new customer|default flag|on sale|in stock|refunded|delivered|opened|clicked|attended|paid|promoted|churned|bounced?|(loyalty|vip|club|premium|gold) member|personal trainer)\b/, build: flag(0.5) },
];

function codeFor(f: PhraseFacts): ColumnShape {
  if (/zip|postal/.test(f.text)) return { kind: "faker", method: "location.zipCode" };
  if (/country/.test(f.text)) return { kind: "faker", method: "location.countryCode" };
  if (/currency/.test(f.text)) return { kind: "faker", method: "finance.currencyCode" };
  if (/airport/.test(f.text)) return { kind: "faker", method: "airline.airportCode" };
  if (/diagnosis|icd/.test(f.text)) return { kind: "category", values: ["I10", "E11.9", "J45.909", "J44.9", "I50.9", "J18.9", "M54.5", "F32.9"] };
  return { kind: "id", format: "pattern", pattern: "???-####" };
}

const globals = new Map<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, `${re.flags}g`)));
  return g;
}

/** Prepositions that end a phrase's head: "length of stay" is about length, "years at company" about years. */
const HEAD_END = /\s(of|at|on|per|in|for|from|by|with|within|since|during)\s/;

/** How a shape was found: listed values, a lexicon entry, a stated range alone, or the grammar of unknown words. */
export type ShapeSource = "values" | "lexicon" | "range" | "grammar";

export function lookupShape(facts: PhraseFacts): ColumnShape | undefined {
  return findShape(facts)?.shape;
}

export function findShape(facts: PhraseFacts): { shape: ColumnShape; source: ShapeSource } | undefined {
  if (facts.values && facts.values.length > 0 && !facts.range) {
    return { shape: isYesNo(facts.values) ? { kind: "boolean", probability: 0.3 } : { kind: "category", values: facts.values }, source: "values" };
  }
  const text = facts.text;
  // "is active member", "has credit card": a flag whatever the rest says.
  if (/^(is|has|was|did|does|can|had|have) \w/.test(text)) return { shape: { kind: "boolean", probability: 0.5 }, source: "lexicon" };
  const headEnd = HEAD_END.exec(` ${text} `)?.index ?? text.length;
  let best: { entry: LexiconEntry; score: number } | undefined;
  for (const entry of LEXICON) {
    for (const m of text.matchAll(globalOf(entry.match))) {
      const end = m.index + m[0].length;
      // A match that starts inside the head beats any match outside it; within a region the later end wins,
      // then the longer match ("all star" over "star"), then the earlier entry.
      const score = (m.index < headEnd ? 1_000_000 : 0) + end * 1000 + m[0].length;
      if (!best || score > best.score) best = { entry, score };
    }
  }
  if (best) return { shape: best.entry.build(facts), source: "lexicon" };
  if (facts.range) {
    const integer = Number.isInteger(facts.range.min) && Number.isInteger(facts.range.max);
    return { shape: numeric(integer ? "integer" : "number", { distribution: "uniform" })(facts), source: "range" };
  }
  const guess = unknownShape(text);
  return guess ? { shape: guess, source: "grammar" } : undefined;
}

const YES_NO = new Set(["yes", "no", "y", "n", "true", "false", "0", "1", "present", "absent"]);

export function isYesNo(values: string[]): boolean {
  return values.length === 2 && values.every((v) => YES_NO.has(v.toLowerCase()));
}

/**
 * Shapes for words the lexicon does not list, from their grammar: a plural
 * noun ("rebounds", "extracurricular activities") or a plural and a participle
 * ("videos watched") is a count; a lone participle ("exited", "furnished") is a flag.
 */
function unknownShape(text: string): ColumnShape | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || !words.every((w) => /^[a-z][a-z0-9'-]*$/.test(w))) return undefined;
  const last = words[words.length - 1]!;
  const plural = (w: string) => w.length > 3 && /[^su]s$/.test(w) && !/(ness|ics|ous|sis|us|ss)$/.test(w);
  const participle = (w: string) => w.length > 4 && /(ed|en)$/.test(w) && !/(need|seed|speed|breed|feed|bleed|red|bed|green|screen|teen|kitchen|garden|open|seven|oven)$/.test(w);
  if (plural(last)) return { kind: "integer", distribution: "poisson", mean: 4, min: 0 };
  if (words.length >= 2 && participle(last) && plural(words[words.length - 2]!)) return { kind: "integer", distribution: "poisson", mean: 8, min: 0 };
  if (participle(last)) return { kind: "boolean", probability: 0.5 };
  return undefined;
}
