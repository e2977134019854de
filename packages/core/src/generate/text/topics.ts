/**
 * What a text can be about, when a category column says so. Each topic lists
 * the words a style needs for it: a product category its things and what is
 * good or bad about them; a ticket category its problems and requests; a body
 * system its symptoms; a job family its roles and duties; an interest its
 * subjects. All of it written for this project, not taken from a corpus.
 */
export interface Topic {
  readonly id: string;
  /** Matched against the category value, lower-cased. */
  readonly match: RegExp;
  readonly lists: Readonly<Record<string, readonly string[]>>;
}

export const PRODUCT_TOPICS: readonly Topic[] = [
  {
    id: "electronics",
    match: /electronic|gadget|tech|computer|phone|audio|camera|tv|laptop/,
    lists: {
      thing: ["pair of headphones", "charger", "bluetooth speaker", "tablet", "smartwatch", "e-reader", "webcam", "power bank", "wireless mouse", "smart plug"],
      good: ["the battery lasts all day", "setup took two minutes", "the sound is crisp and clear", "it pairs instantly", "the screen is bright and sharp", "it charges fast"],
      bad: ["the battery dies within hours", "it keeps disconnecting", "it overheats after a while", "the buttons feel cheap", "the charging port stopped working", "it stopped charging after a week"],
    },
  },
  {
    id: "clothing",
    match: /cloth|apparel|fashion|wear|shirt|dress|shoe|footwear|jacket/,
    lists: {
      thing: ["jacket", "pair of jeans", "sweater", "dress", "pair of running shoes", "t-shirt", "raincoat", "hoodie", "pair of boots", "scarf"],
      good: ["the fit is perfect", "the fabric feels soft and sturdy", "it washes well", "the color is exactly as pictured", "it is comfortable all day"],
      bad: ["the sizing runs very small", "the seams came apart after one wash", "the color faded quickly", "the fabric feels cheap and thin", "the zipper broke in a week"],
    },
  },
  {
    id: "books",
    match: /book|novel|read|literature|magazine/,
    lists: {
      thing: ["novel", "cookbook", "biography", "paperback", "hardcover edition", "mystery novel", "travel guide", "children's book"],
      good: ["the story kept me hooked", "the writing is beautiful", "the characters feel real", "the recipes are easy to follow", "the print quality is lovely"],
      bad: ["the plot drags badly", "the ending felt rushed and lazy", "the pages arrived torn", "the writing is dull and repetitive", "the binding fell apart"],
    },
  },
  {
    id: "home",
    match: /home|kitchen|house|appliance|furniture|garden|decor|bed|bath/,
    lists: {
      thing: ["coffee maker", "blender", "desk lamp", "set of towels", "frying pan", "office chair", "vacuum cleaner", "storage box", "kettle", "bookshelf"],
      good: ["it heats up quickly", "assembly was simple", "it looks great in the room", "it cleans easily", "it feels solid and well built"],
      bad: ["it started leaking after a week", "assembly was a nightmare", "the coating is already peeling", "the motor is loud and weak", "it arrived scratched and dented"],
    },
  },
  {
    id: "beauty",
    match: /beauty|cosmetic|skin|makeup|hair|personal care|fragrance|health/,
    lists: {
      thing: ["moisturizer", "shampoo", "face serum", "lipstick", "hair dryer", "sunscreen", "body lotion", "perfume"],
      good: ["my skin feels smooth", "the scent is lovely and light", "a little goes a long way", "it absorbs quickly", "my hair has never looked better"],
      bad: ["it irritated my skin", "the smell is overpowering", "the pump broke on day one", "it left a greasy film", "it did nothing for my hair"],
    },
  },
  {
    id: "toys",
    match: /toy|game|kid|child|baby|puzzle/,
    lists: {
      thing: ["puzzle", "board game", "building set", "stuffed bear", "toy car", "craft kit", "doll house"],
      good: ["the kids play with it every day", "the pieces are sturdy", "it kept my son busy for hours", "the instructions are clear", "it is great fun for the whole family"],
      bad: ["pieces were missing from the box", "it broke within a day", "the paint is chipping already", "the kids lost interest fast", "the batteries die too fast"],
    },
  },
  {
    id: "sports",
    match: /sport|outdoor|fitness|gym|camp|bike|cycl|yoga/,
    lists: {
      thing: ["yoga mat", "water bottle", "tent", "set of dumbbells", "bike helmet", "backpack", "resistance band", "pair of hiking socks"],
      good: ["it holds up on long hikes", "the grip is excellent", "it is light and easy to carry", "it survived a week of heavy use", "it feels sturdy and well made"],
      bad: ["it tore on the first trip", "the straps are weak", "it smells strongly of plastic", "the grip wears off quickly", "the stitching came loose"],
    },
  },
  {
    id: "grocery",
    match: /grocer|food|snack|drink|beverage|coffee|tea|pantry/,
    lists: {
      thing: ["bag of coffee beans", "box of tea", "jar of honey", "pack of granola", "bottle of olive oil", "box of snacks"],
      good: ["it tastes fresh", "the flavor is rich", "it is a healthy treat", "the packaging keeps it fresh", "it is great value for the price"],
      bad: ["it tasted stale", "the package arrived crushed", "the flavor is bland", "it was past its best-before date", "it is far too sweet"],
    },
  },
];

export const ISSUE_TOPICS: readonly Topic[] = [
  {
    id: "billing",
    match: /bill|invoice|charge|payment|pay|price|pricing|subscription fee/,
    lists: {
      problem: [
        "I was charged twice for my {period} subscription",
        "my invoice shows a charge I do not recognize",
        "the amount on my last bill is higher than my plan",
        "my card was billed after I changed plans",
        "I cannot download the invoice for {month}",
        "the payment failed but the charge still shows on my card",
        "I was billed the full price although a discount was promised",
      ],
      ask: ["please correct my bill", "please look into these charges", "please refund the difference", "please explain what happened with my bill"],
    },
  },
  {
    id: "shipping",
    match: /ship|deliver|courier|tracking|transit|postage|logistic/,
    lists: {
      problem: [
        "my order has not arrived after {n} days",
        "the tracking number has not updated since {weekday}",
        "the package was marked as delivered but never reached me",
        "the parcel was sent to my old address",
        "the courier left my package outside in the rain",
        "my delivery is {n} days late with no update",
      ],
      ask: ["please tell me where my package is", "please send a replacement shipment", "please check with the courier", "please find out what happened to my order"],
    },
  },
  {
    id: "technical",
    match: /tech|bug|error|crash|app|software|website|site|it support|outage|performance/,
    lists: {
      problem: [
        "the app crashes every time I open the {screen} page",
        "I get an error code {code} when I try to save",
        "the website has been loading very slowly since the last update",
        "the {screen} page shows a blank screen",
        "sync stopped working on my {device}",
        "notifications stopped arriving on my {device}",
      ],
      ask: ["please suggest a fix or a workaround", "please look into this bug", "please tell me when it will be fixed", "please tell me what to try next"],
    },
  },
  {
    id: "account",
    match: /account|profile|settings|membership|user/,
    lists: {
      problem: [
        "I need to change the email address on my account",
        "my account settings keep resetting",
        "I want to merge my two accounts",
        "my profile still shows my old name",
        "my account was locked without any notice",
        "I cannot update the phone number on my account",
      ],
      ask: ["please update my account details", "please unlock my account", "please show me how to change this myself", "please confirm once my account is fixed"],
    },
  },
  {
    id: "refund",
    match: /refund|return|money back|reimburs|exchange/,
    lists: {
      problem: [
        "I returned my order {n} days ago and still have no refund",
        "my refund was approved but the money has not arrived",
        "I was refunded only part of the amount",
        "the return label you sent does not work",
        "I want a refund for an item that arrived damaged",
      ],
      ask: ["please process my refund", "please confirm when the refund will arrive", "please sort out my refund", "please give me my money back"],
    },
  },
  {
    id: "login",
    match: /login|log in|sign in|signin|password|access|authenticat|2fa|mfa|credential/,
    lists: {
      problem: [
        "I cannot log in to my account since {weekday}",
        "the password reset email never arrives",
        "two-factor codes are not being sent to my phone",
        "the login page says my password is wrong even after a reset",
        "I get logged out every few minutes",
      ],
      ask: ["please help me get back into my account", "please check what is wrong with my login", "please tell me how to regain access"],
    },
  },
  {
    id: "cancellation",
    match: /cancel|unsubscribe|terminat|close account|churn/,
    lists: {
      problem: [
        "I tried to cancel my subscription but the button does nothing",
        "I cancelled last month and was still charged",
        "I cannot find where to cancel my plan",
        "I want to close my account and delete my data",
      ],
      ask: ["please cancel my subscription today", "please confirm the cancellation in writing", "please stop all future charges"],
    },
  },
  {
    id: "product",
    match: /product|quality|defect|damage|broken|item|order/,
    lists: {
      problem: [
        "the item I received is damaged",
        "the product stopped working after {n} days",
        "I received the wrong item in my order",
        "part of my order is missing",
        "the product does not match its description",
      ],
      ask: ["please send a replacement", "please exchange the item", "please explain how to return the faulty product", "please advise on next steps"],
    },
  },
];

export const CLINICAL_TOPICS: readonly Topic[] = [
  { id: "cardiac", match: /card|heart|chest|hypertens|blood pressure/, lists: { symptom: ["chest pain radiating to the left arm", "intermittent palpitations", "shortness of breath on exertion", "ankle swelling"], finding: ["BP {bp}, HR {hr}, regular rhythm", "mild bilateral pedal edema", "ECG shows sinus rhythm, no acute ST changes"], plan: ["troponin and ECG ordered", "start low-dose aspirin", "refer to cardiology", "continue beta blocker"] } },
  { id: "respiratory", match: /resp|lung|pulmon|asthma|copd|pneumon|cough/, lists: { symptom: ["productive cough for {n} days", "wheezing and chest tightness", "shortness of breath at rest", "fever and cough"], finding: ["scattered wheezes bilaterally", "SpO2 {spo2}% on room air", "crackles at the right base"], plan: ["chest X-ray ordered", "start inhaled bronchodilator", "course of oral steroids", "review in one week"] } },
  { id: "diabetes", match: /diab|endocr|glucose|thyroid|metabol/, lists: { symptom: ["increased thirst and frequent urination", "fatigue and blurred vision", "numbness in both feet"], finding: ["fasting glucose elevated", "HbA1c above target", "reduced sensation in both feet"], plan: ["adjust metformin dose", "diet and exercise counseling", "recheck HbA1c in three months", "refer to endocrinology"] } },
  { id: "orthopedic", match: /ortho|bone|fract|joint|back|musc|sprain|injur/, lists: { symptom: ["right knee pain after a fall", "lower back pain for {n} days", "swelling of the left ankle", "shoulder pain on lifting"], finding: ["tenderness over the lateral malleolus", "reduced range of motion", "no neurovascular deficit"], plan: ["X-ray ordered", "ice, rest and NSAIDs", "refer to physiotherapy", "splint applied"] } },
  { id: "gastro", match: /gastr|gi|abdom|stomach|bowel|digest|liver/, lists: { symptom: ["abdominal pain and nausea", "diarrhea for {n} days", "epigastric burning after meals", "vomiting since last night"], finding: ["abdomen soft, mild epigastric tenderness", "bowel sounds normal", "no guarding or rebound"], plan: ["oral rehydration advised", "start a proton pump inhibitor", "stool studies ordered", "bland diet and review"] } },
  { id: "neuro", match: /neuro|head|migraine|brain|seiz|stroke|dizz/, lists: { symptom: ["headache for {n} days", "episodes of dizziness", "tingling in the right hand", "migraine with visual aura"], finding: ["neuro exam grossly intact", "pupils equal and reactive", "no focal deficit"], plan: ["CT head ordered", "start migraine prophylaxis", "headache diary advised", "refer to neurology"] } },
  { id: "mental", match: /mental|psych|anxi|depress|behav|sleep/, lists: { symptom: ["low mood and poor sleep for {n} weeks", "anxiety and racing thoughts", "trouble sleeping", "loss of interest in daily activities"], finding: ["affect flat, speech normal", "no suicidal ideation reported", "oriented and cooperative"], plan: ["refer to counseling", "start an SSRI at a low dose", "sleep hygiene advice", "follow up in two weeks"] } },
  { id: "infection", match: /infect|fever|flu|viral|uti|urin|skin|derm/, lists: { symptom: ["fever and chills since yesterday", "burning on urination", "a red, painful rash on the forearm", "sore throat and fever"], finding: ["temp {temp} C", "erythema with mild warmth", "tonsils enlarged with exudate"], plan: ["start oral antibiotics", "urine culture sent", "fluids and rest", "return if symptoms worsen"] } },
];

export const JOB_TOPICS: readonly Topic[] = [
  { id: "engineering", match: /engineer|developer|software|tech|it|devops/, lists: { role: ["Backend Engineer", "Frontend Developer", "Site Reliability Engineer", "Software Engineer", "Platform Engineer", "Mobile Developer", "QA Engineer", "Full-Stack Developer", "Senior Backend Engineer", "Junior Frontend Developer", "DevOps Engineer", "Staff Software Engineer"], duty: ["design and build services that scale", "review code and mentor teammates", "own features from design to release", "improve test coverage and reliability"], skill: ["TypeScript or Go", "cloud infrastructure", "data modeling", "automated testing"] } },
  { id: "data", match: /data|analyt|science|machine learning|ml|bi/, lists: { role: ["Data Analyst", "Data Scientist", "Analytics Engineer", "Machine Learning Engineer", "Senior Data Analyst", "BI Developer", "Data Engineer", "Junior Data Scientist", "Marketing Analyst", "Research Scientist", "Product Analyst"], duty: ["build dashboards that teams rely on", "design experiments and read their results", "turn raw data into clear models", "partner with product on metrics"], skill: ["Python", "statistics", "data visualization", "experiment design"] } },
  { id: "sales", match: /sales|account exec|business develop|bd/, lists: { role: ["Account Executive", "Sales Development Representative", "Sales Manager", "Inside Sales Representative", "Regional Sales Manager", "Key Account Manager", "Senior Account Executive", "Business Development Manager", "Field Sales Representative", "Sales Engineer"], duty: ["build a pipeline of new customers", "run demos and close deals", "grow relationships with key accounts", "hit quarterly targets"], skill: ["B2B sales", "CRM tools", "negotiation", "enterprise deals"] } },
  { id: "marketing", match: /market|brand|content|seo|growth|communicat/, lists: { role: ["Marketing Manager", "Content Strategist", "Growth Marketer", "Brand Manager", "SEO Specialist", "Social Media Manager", "Product Marketing Manager", "Copywriter"], duty: ["plan and run campaigns", "write content that converts", "own our social channels", "measure and report on results"], skill: ["copywriting", "SEO", "campaign analytics", "social media"] } },
  { id: "nursing", match: /nurs|clinic|health|medical|care/, lists: { role: ["Registered Nurse", "Clinical Nurse Specialist", "Care Assistant", "Night Shift Nurse", "Community Nurse", "Ward Manager", "Pediatric Nurse", "Theatre Nurse"], duty: ["provide safe, compassionate patient care", "assess patients and update care plans", "work closely with physicians", "educate patients and families"], skill: ["acute care", "patient education", "patient assessment", "electronic health records"] } },
  { id: "finance", match: /financ|account|audit|tax|bookkeep/, lists: { role: ["Financial Analyst", "Staff Accountant", "Controller", "Payroll Specialist", "Senior Accountant", "Tax Associate", "Finance Manager", "Accounts Payable Clerk"], duty: ["prepare monthly reports", "manage budgets and forecasts", "support audits", "reconcile accounts"], skill: ["Excel modeling", "GAAP", "month-end close", "ERP systems"] } },
  { id: "support", match: /support|customer|service|success|help ?desk/, lists: { role: ["Customer Support Specialist", "Customer Success Manager", "Help Desk Technician", "Support Team Lead", "Technical Support Agent", "Onboarding Specialist", "Service Desk Analyst"], duty: ["answer customer questions by chat and email", "solve problems on the first contact", "turn feedback into product ideas", "onboard new customers"], skill: ["customer communication", "live chat support", "ticketing tools", "troubleshooting"] } },
  { id: "design", match: /design|ux|ui|creative|art/, lists: { role: ["Product Designer", "User Researcher", "Graphic Designer", "UX Designer", "Senior Product Designer", "Motion Designer", "Design Lead", "Illustrator"], duty: ["design simple, clear interfaces", "run user interviews", "build and keep our design system", "prototype new ideas quickly"], skill: ["Figma", "user research", "visual design", "prototyping"] } },
];

/** Normalised lookup: the first topic of a family whose pattern matches the value. */
export function findTopic(family: readonly Topic[], value: string): Topic | undefined {
  const v = value.toLowerCase().replace(/[_-]+/g, " ");
  return family.find((t) => t.match.test(v));
}
