/** The five domains we promise, the words that name them, and a default dataset for each. */
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
    words: /\b(e-?commerce|online (store|shop)|orders?|shop(ping)?|retail|cart|checkout|products?|customers? purchases?|store)\b/i,
    subject: "E-commerce orders",
    defaults: ["order id", "customer name", "email", "product name", "category", "price", "quantity", "order date", "payment method", "whether the order was returned"],
  },
  {
    name: "healthcare",
    words: /\b(health ?care|medical|patients?|hospital|clinic(al)?|doctors?|diagnos\w*|vitals?|ehr|nurses?)\b/i,
    subject: "Hospital patients",
    defaults: ["patient id", "patient name", "age", "gender", "bmi", "systolic blood pressure", "glucose", "diagnosis", "admission date", "whether the patient was readmitted"],
  },
  {
    name: "finance",
    words: /\b(financ\w*|bank(ing)?|loans?|credit|transactions?|fraud|accounts?|invest\w*|stocks?|payments?|mortgage|insurance)\b/i,
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
    defaults: ["user id", "username", "platform (instagram/tiktok/twitter/youtube)", "followers", "number of posts", "likes", "signup date", "whether the account is verified"],
  },
];

export function detectDomain(text: string): DomainProfile | undefined {
  let best: DomainProfile | undefined;
  let bestCount = 0;
  for (const d of DOMAINS) {
    const count = text.match(new RegExp(d.words.source, "gi"))?.length ?? 0;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
