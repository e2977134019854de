import type { DomainKnowledge } from "../types.js";

/**
 * What a description that names only a domain gets ("a healthcare dataset"): the usual
 * columns of each domain, as phrases the planner reads like a user's, and the words
 * that name the domain. Concepts live in the domain modules.
 */
const module = (domain: DomainKnowledge["domain"], words: string[], defaults: string[]): DomainKnowledge => ({ domain, words, defaults, concepts: [] });

export const domainDefaults: DomainKnowledge[] = [
  module("e-commerce", ["e-commerce", "ecommerce", "online store", "online shop", "orders", "shopping", "cart", "checkout", "products"], ["order id", "customer name", "email", "product name", "category", "price", "quantity", "order date", "payment method", "whether the order was returned"]),
  module("healthcare", ["healthcare", "health care", "medical", "patients", "patient", "hospital", "clinic", "clinical", "doctors", "diagnosis", "vitals", "vital signs", "icu", "ehr", "nurses", "ward"], ["patient id", "patient name", "age", "gender", "heart rate", "systolic blood pressure", "diastolic blood pressure", "body temperature", "bmi", "glucose", "diagnosis", "admission date", "length of stay", "whether the patient was readmitted"]),
  module("finance", ["finance", "financial", "bank", "banking", "loans", "loan", "credit", "transactions", "fraud", "accounts", "investment", "payments", "mortgage"], ["transaction id", "customer name", "account number", "amount", "transaction type (deposit/withdrawal/transfer/payment)", "merchant", "transaction date", "whether the transaction was fraud"]),
  module("education", ["education", "educational", "students", "student", "school", "university", "college", "courses", "grades", "exams", "classes", "teachers", "learners", "gpa"], ["student id", "student name", "age", "major", "gpa", "study hours per week", "absences", "enrollment date", "whether the student passed"]),
  module("social media", ["social media", "social", "posts", "tweets", "influencers", "followers", "instagram", "tiktok", "twitter", "facebook", "youtube", "likes", "engagement"], ["user id", "username", "platform (instagram/tiktok/twitter/youtube)", "followers", "following", "number of posts", "likes", "engagement rate", "signup date", "whether the account is verified"]),
  module("hr", ["hr", "human resources", "employees", "staff", "workforce", "payroll", "hiring", "recruiting", "attrition", "job applicants"], ["employee id", "employee name", "department (engineering/sales/marketing/finance/operations)", "job title", "salary", "years at company", "performance rating 1-5", "hire date", "overtime yes/no", "whether the employee left"]),
  module("gaming", ["gaming", "games", "game", "gamers", "esports", "in-game"], ["player id", "username", "level 1-100", "hours played", "sessions", "in-game purchases", "region", "last login", "whether the player churned"]),
  module("sports", ["sports", "sport", "athletes", "teams", "league", "football", "soccer", "basketball", "baseball", "tennis", "nba", "nfl"], ["player id", "player name", "team", "position (guard/forward/center)", "age", "height", "weight", "games played", "points per game", "assists", "whether the player was an all star"]),
  module("iot", ["iot", "sensors", "sensor", "telemetry", "smart meters", "readings", "thermostats"], ["device id", "timestamp", "temperature", "humidity", "pressure", "battery level", "whether the reading is anomalous"]),
  module("real estate", ["real estate", "houses", "housing", "homes", "property", "properties", "listings", "apartments", "rentals", "realtor"], ["listing id", "address", "city", "sale price", "square feet", "bedrooms", "bathrooms", "year built", "days on market"]),
  module("travel", ["travel", "flights", "airlines", "hotels", "hotel", "bookings", "reservations", "trips", "passengers", "tourism"], ["booking id", "guest name", "check-in date", "check-out date", "nights", "room type", "total price", "booking channel", "whether the booking was canceled"]),
  module("media", ["media", "movies", "films", "books", "novels", "tv shows", "series", "box office", "imdb", "cinema"], ["title", "genre", "release year", "rating 1-10", "number of reviews", "runtime minutes", "whether it won an award"]),
  module("fitness", ["fitness", "gym", "gyms", "gym members", "health club", "workouts", "personal training"], ["member id", "member name", "age", "gender", "membership type (basic/standard/premium)", "join date", "visits per month", "monthly fee", "whether they cancelled"]),
  module("music", ["music", "songs", "tracks", "albums", "artists", "spotify", "playlists", "podcasts"], ["song title", "artist", "genre", "release year", "duration seconds", "streams", "whether it charted"]),
];
