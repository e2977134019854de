/**
 * The five domains we promise, then others users often ask for, the words
 * that name them, and a default dataset for each. The domain also decides
 * what an ambiguous word means ("attendance" is a percentage in a school, a
 * head count at a stadium).
 */
export interface DomainProfile {
  name: string;
  words: RegExp;
  /** Column phrases used when the user names the domain but lists no columns. */
  defaults: string[];
  subject: string;
}

export const DOMAINS: DomainProfile[] = [
  {
    name: "e-commerce",
    words: /\b(e-?commerce|online (store|shop)|orders?|shop(ping)?|retail|cart|checkout|products?|customers? purchases?|purchases|store|sku|inventory|returns?)\b/i,
    subject: "E-commerce orders",
    defaults: ["order id", "customer name", "email", "product name", "category", "price", "quantity", "order date", "payment method", "whether the order was returned"],
  },
  {
    name: "healthcare",
    words: /\b(health ?care|medical|patients?|hospital|clinic(al)?|doctors?|diagnos\w*|vitals?|ehr|nurses?)\b/i,
    subject: "Hospital patients",
    defaults: ["patient id", "patient name", "age", "gender", "heart rate", "systolic blood pressure", "diastolic blood pressure", "body temperature", "bmi", "glucose", "diagnosis", "admission date", "length of stay", "whether the patient was readmitted"],
  },
  {
    name: "finance",
    words: /\b(financ\w*|bank(ing)?|loans?|credit|transactions?|fraud|accounts?|invest\w*|stocks?|payments?|mortgage|insurance|crypto|trading|budgets?|default)\b/i,
    subject: "Bank transactions",
    defaults: ["transaction id", "customer name", "account number", "amount", "transaction type (deposit/withdrawal/transfer/payment)", "merchant", "transaction date", "whether the transaction was fraud"],
  },
  {
    name: "education",
    words: /\b(educat\w*|students?|school|universit\w*|college|courses?|grades?|exams?|classes|teachers?|learners?|gpa)\b/i,
    subject: "Students",
    defaults: ["student id", "student name", "age", "major", "gpa", "study hours per week", "absences", "enrollment date", "whether the student passed"],
  },
  {
    name: "social media",
    words: /\b(social( media)?|posts?|tweets?|influencers?|followers|instagram|tiktok|twitter|facebook|youtube|likes|engagement)\b/i,
    subject: "Social media accounts",
    defaults: ["user id", "username", "platform (instagram/tiktok/twitter/youtube)", "followers", "following", "number of posts", "likes", "engagement rate", "signup date", "whether the account is verified"],
  },
  {
    name: "human resources",
    words: /\b(hr|human resources|employees?|staff|workforce|payroll|hiring|recruit\w*|attrition|job applicants?)\b/i,
    subject: "Employees",
    defaults: ["employee id", "employee name", "department", "job title", "salary", "years at company", "performance rating 1-5", "hire date", "overtime", "whether the employee left"],
  },
  {
    name: "gaming",
    words: /\b(gam(e|es|ing|ers?)|esports?|players? of an? \w+ game|in-game|levels?)\b/i,
    subject: "Players",
    defaults: ["player id", "username", "level", "hours played", "sessions", "in-game purchases", "region", "last login", "whether the player churned"],
  },
  {
    name: "sports",
    words: /\b(sports?|players?|athletes?|teams?|matches|games played|league|football|soccer|basketball|baseball|tennis|nba|nfl)\b/i,
    subject: "Players",
    defaults: ["player id", "player name", "team", "position (guard/forward/center)", "age", "height", "weight", "games played", "points per game", "assists", "whether the player was an all star"],
  },
  {
    name: "iot",
    words: /\b(iot|sensors?|devices? readings?|readings|telemetry|smart meters?|meters?|thermostats?)\b/i,
    subject: "Sensor readings",
    defaults: ["device id", "timestamp", "temperature", "humidity", "pressure", "battery level", "whether the reading is anomalous"],
  },
  {
    name: "real estate",
    words: /\b(real estate|hous(e|es|ing)|homes?|propert(y|ies)|listings?|apartments?|rentals?|realtor)\b/i,
    subject: "Property listings",
    defaults: ["listing id", "address", "city", "price", "square feet", "bedrooms", "bathrooms", "year built", "days on market", "whether the house sold"],
  },
  {
    name: "travel",
    words: /\b(travel|flights?|airlines?|hotels?|bookings?|reservations?|trips?|passengers?|tourism)\b/i,
    subject: "Bookings",
    defaults: ["booking id", "guest name", "destination", "check-in date", "nights", "room type", "total price", "booking channel", "whether the booking was canceled"],
  },
  {
    name: "media",
    words: /\b(media|movies?|films?|books?|novels?|tv shows?|series|box office|imdb|goodreads|cinema)\b/i,
    subject: "Titles",
    defaults: ["title", "genre", "release year", "rating 1-10", "number of reviews", "runtime minutes", "whether it won an award"],
  },
  {
    name: "music",
    words: /\b(music|songs?|tracks?|albums?|artists?|spotify|playlists?|podcasts?)\b/i,
    subject: "Songs",
    defaults: ["song title", "artist", "genre", "release year", "duration seconds", "streams", "whether it charted"],
  },
];

/** The domain whose words occur most often; words in the subject ("loan applications with ...") count twice. */
export function detectDomain(text: string, subject = ""): DomainProfile | undefined {
  let best: DomainProfile | undefined;
  let bestCount = 0;
  for (const d of DOMAINS) {
    const words = new RegExp(d.words.source, "gi");
    const count = (text.match(words)?.length ?? 0) + (subject.match(words)?.length ?? 0);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
