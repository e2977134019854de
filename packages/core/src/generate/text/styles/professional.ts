import { CLINICAL_TOPICS, JOB_TOPICS, PRODUCT_TOPICS } from "../topics.js";
import { piece, type StyleDef } from "./types.js";

/**
 * Clinical notes in the clipped register of a chart: "Pt presents with ...".
 * The tone reads as the course: worse, unchanged or better.
 */
const CLINICAL_LISTS = {
  lead: ["", "", "", "CC: ", "HPI: ", "S: ", "{visit} visit. ", "{visit}: ", "Seen {weekday} {clock}. ", "{visit} visit, {weekday}. ", "Seen at {clock}. ", "Day {n} of admission. ", "{visit}, {month} {date}. ", "Ref by GP. ", "Seen with {relative}. ", "Phone consult, {clock}. ", "Bed {bed}. "],
  relative: ["wife", "husband", "daughter", "son", "mother", "father", "partner", "carer"],
  date: ["2", "4", "6", "9", "12", "15", "18", "21", "24", "27", "30"],
  bed: ["{nz}", "{nz}{digit}", "{nz}A", "{nz}B"],
  age: ["{agetens}{digit}"],
  agetens: ["2", "3", "4", "5", "6", "7", "8"],
  visit: ["Follow-up", "Walk-in", "Telehealth", "ED", "Routine", "Urgent care", "New patient"],
  open: ["{age}{sex} presents with {symptom}.", "Pt presents with {symptom}.", "Pt is {a} {age} y/o {sex_word} presenting with {symptom}.", "{age} y/o {sex_word} c/o {symptom}.", "Pt reports {symptom}.", "{age} y/o {sex_word} presents with {symptom}, onset {onset}.", "{age}{sex} c/o {symptom}, onset {onset}.", "{age}{sex} with {symptom} x {duration}.", "{age} y/o {sex_word} with {symptom}.", "Pt {age}{sex} reports {symptom}.", "{age}{sex} with known {pmh} presents with {symptom}.", "Pt c/o {symptom} since {weekday}."],
  sex_word: ["male", "female"],
  onset: ["gradual", "sudden", "yesterday", "this morning", "after exercise", "overnight"],
  course_vneg: ["Symptoms markedly worse since last visit.", "Condition deteriorating; pt in significant distress.", "Severe pain, not relieved by meds."],
  course_neg: ["Symptoms worsening despite treatment.", "Pain rated {pain}/10, worse at night.", "No improvement since last visit."],
  course_mixed: ["Some improvement, but symptoms persist.", "Partial response to current treatment.", "Symptoms stable, no new complaints."],
  course_pos: ["Symptoms improving on current treatment.", "Pt reports feeling better.", "Pain down to {pain_low}/10."],
  course_vpos: ["Symptoms largely resolved.", "Pt feels well and is back to normal activity.", "Excellent response to treatment."],
  exam: ["O/E: {finding}.", "Exam: {finding}.", "On exam, {finding}.", "Vitals: BP {bp}, HR {hr}, T {temp}. {finding_cap}.", "O/E: {finding}; HR {hr}.", "Exam: {finding}. SpO2 {spo2}%."],
  history: ["PMH: {pmh}.", "Hx of {pmh}.", "NKDA.", "Meds reviewed.", "No recent travel.", "No significant PMH."],
  pmh: ["hypertension", "type 2 diabetes", "asthma", "hyperlipidemia", "GERD", "osteoarthritis", "COPD", "hypothyroidism"],
  plan_line: ["Plan: {plan}.", "Plan: {plan}; {plan}.", "A/P: {plan}.", "{plan_cap}."],
  follow: ["F/u in {fu}.", "Return if worse.", "Review in {fu}.", "Safety-netting advice given.", "F/u {weekday} with results.", "Rv in {fu} or sooner if worse."],
  fu: ["1 week", "2 weeks", "one month", "3 days", "6 weeks"],
  pain: ["6", "7", "8", "9"],
  pain_low: ["1", "2", "3"],
  mention_city: ["Referred from {@mention} clinic."],
  mention_person: ["Seen with Dr. {@mention}.", "Discussed with {@mention}."],
  mention_company: ["Insurer: {@mention}."],
  mention_product: ["Currently taking {@mention}."],
  mention_hashtag: ["{@mention}"],
  mention_other: ["Note: {@mention}."],
};

export const clinical_note: StyleDef = {
  maxWords: 50,
  toned: true,
  lists: CLINICAL_LISTS,
  topics: { family: CLINICAL_TOPICS, lists: ["symptom", "finding", "plan"], unknown: { symptom: ["symptoms related to {@topic}", "{a} {@topic} complaint", "concerns about {@topic}"], finding: ["findings consistent with {@topic}", "exam otherwise unremarkable"], plan: ["refer to {@topic}", "workup for {@topic}", "review {@topic} results"] } },
  build: (c) => {
    const pieces = [piece(c.opening("lead", "open"), true)];
    if (c.chance(0.6)) pieces.push(piece(c.say(c.toned("course"))));
    if (c.chance(0.5)) pieces.push(piece(c.say("history")));
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    pieces.push(piece(c.say("exam")));
    pieces.push(piece(c.say("plan_line")));
    if (c.chance(0.4)) pieces.push(piece(c.say("follow")));
    return pieces;
  },
};

/** Product copy: a hook, what it is made of, who it is for. Always upbeat: tone does not change it. */
const PRODUCT_LISTS = {
  hook: ["Meet the {adj} {thing} you have been waiting for.", "This {adj} {thing} makes every day easier.", "{a} {adj} {thing} built to last.", "The {adj} {thing} for {audience}.", "{adj_cap} and {adj2}: the {thing} for {audience}.", "Our {adj} {thing} is made for {audience}.", "Upgrade to {a} {adj} {thing}.", "Looking for {a} {adj} {thing}? This is it.", "{thing_cap} built for {audience}.", "{adj_cap}, {adj2} and ready for {use}.", "{a} {adj} {thing} for {use}.", "Everyday {thing}, made {adj2}.", "This {thing} is designed for {audience}.", "Your new favorite {thing}: {adj} and {adj2}.", "Introducing our {adj} {thing}."],
  adj2: ["{adj}"],
  season: ["spring", "summer", "autumn", "winter", "the holidays", "back to school"],
  adj: ["lightweight", "compact", "premium", "durable", "versatile", "elegant", "everyday", "eco-friendly", "modern", "classic", "handy", "sturdy", "sleek", "timeless", "practical", "portable", "refined", "reliable", "minimal", "bold", "cozy", "smart"],
  audience: ["busy mornings", "small spaces", "families", "travelers", "beginners and pros alike", "anyone on the go", "gift giving", "students", "weekend adventurers", "home cooks", "commuters", "new parents", "remote workers", "city living"],
  feature: ["{good_cap}.", "Customers tell us {good}.", "{good_cap}, and it ships with {detail}.", "Comes with {detail}.", "Backed by {detail}."],
  detail: ["a {warranty} warranty", "gift-ready packaging", "free returns", "a satisfaction guarantee", "recyclable packaging", "free shipping over ${price}", "{a} {days}-day return window", "a spare part kit", "a care guide"],
  spec: ["Available in {n} colors.", "Weighs just {grams} grams.", "Ships in {days} days.", "Rated {stars} out of 5 by {count} customers.", "Measures {n} by {n2} inches.", "Made from {pct}% recycled materials.", "Choose from {n} sizes.", "Now {pct}% off for a limited time."],
  n2: ["{n}"],
  grams: ["120", "180", "240", "320", "450", "600", "850"],
  stars: ["4.3", "4.5", "4.6", "4.7", "4.8", "4.9"],
  count: ["{nz}{digit}{digit}", "{nz},{digit}{digit}0", "{nz}{digit},{digit}00"],
  price: ["25", "35", "50", "75", "100"],
  warranty: ["one-year", "two-year", "lifetime"],
  benefit: ["Perfect for {use}.", "Ideal for {use}.", "Great for {use} and {use}.", "Ready for {use}."],
  use: ["home or office", "daily use", "weekend trips", "the gym", "long workdays", "gifting", "small kitchens"],
  mention_product: ["The {@mention} is our best seller.", "Introducing the {@mention}."],
  mention_city: ["Designed in {@mention}.", "Made in {@mention}."],
  mention_company: ["From {@mention}.", "Only from {@mention}."],
  mention_person: ["Designed by {@mention}."],
  mention_hashtag: ["{@mention}"],
  mention_other: ["{@mention}."],
};

export const product_description: StyleDef = {
  maxWords: 60,
  toned: false,
  lists: PRODUCT_LISTS,
  topics: { family: PRODUCT_TOPICS, lists: ["thing", "good"], unknown: { thing: ["{@topic} essential", "{@topic} item", "{@topic} pick"], good: ["it is made to last", "it does exactly what it should", "it is easy to use"] } },
  build: (c) => {
    const pieces = [];
    if (c.mention && c.mentionType === "product") pieces.push(piece(c.say("mention_product"), true));
    pieces.push(piece(c.say("hook"), true));
    if (c.mention && c.mentionType !== "product") pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    pieces.push(piece(c.say("feature")));
    if (c.chance(0.6)) pieces.push(piece(c.say("benefit")));
    if (c.chance(0.6)) pieces.push(piece(c.say("spec")));
    return pieces;
  },
};

/** Job ads: the role, what you will do, what you bring, what we offer. */
const JOB_LISTS = {
  lead: ["", "", "", "About the role: ", "New opening: ", "Now hiring: ", "Role overview: ", "{mode_cap}, full-time: ", "Open position: ", "{mode_cap}, {town}: ", "Job ref {nz}{digit}{digit}{digit}: ", "{town} office, {mode}: ", "Full-time, {pay}: ", "Part-time, {mode}: ", "Start date {month}: ", "{contract_cap} contract: "],
  contract: ["permanent", "fixed-term", "12-month", "6-month", "temp-to-perm"],
  pay: ["{range}", "${k},000 a year", "${hourly} an hour"],
  k: ["45", "52", "60", "68", "75", "85", "95", "110", "125"],
  leave: ["20", "24", "28", "30", "32"],
  range: ["$45k-$55k", "$52k-$64k", "$60k-$75k", "$68k-$80k", "$75k-$90k", "$85k-$100k", "$95k-$115k", "$110k-$130k", "$125k-$150k"],
  hourly: ["18", "22", "26", "31", "38"],
  industry: ["fintech", "healthcare", "logistics", "retail", "education", "travel", "energy", "media", "gaming", "insurance", "food", "climate", "legal", "real estate", "biotech"],
  org: ["startup", "company", "firm", "scale-up", "nonprofit", "agency", "group"],
  mode: ["remote", "hybrid", "on-site", "remote-friendly"],
  intro: ["We are hiring {a} {role} to join our {team_adj} team.", "Join us as {a} {role}.", "Looking for {a} {role} who loves {motive}.", "{a} {role} is needed for our {team_adj} team.", "Our {team_adj} {industry} team needs {a} {role}.", "Join our {team_adj} team as {a} {role}.", "{role} wanted for {a} {team_adj} team.", "Do you love {motive}? We need {a} {role}.", "{a} {team_adj} {industry} {org} is hiring {a} {role}.", "{role}, {industry}, {mode}.", "Our {industry} {org} in {town} needs {a} {role}.", "{a} {role} to help our {industry} clients.", "{role} ({mode}) for {a} {team_adj} {industry} team.", "{industry_cap} {org} seeks {a} {role}.", "{role} needed in {town}, {pay}.", "Come build {industry} tools with us as {a} {role}.", "{mode_cap} {role} for our {industry} product."],
  team_adj: ["small", "friendly", "fast-growing", "remote-first", "award-winning", "cross-functional", "close-knit", "busy", "growing", "distributed", "new", "senior"],
  motive: ["solving hard problems", "working with people", "clear, careful work", "learning new things", "shipping quickly", "helping customers", "working with data", "building things from scratch"],
  duties: ["You will {duty}. You will also {duty}.", "In this role you will {duty}.", "Day to day you will {duty}.", "You will {duty} and help the team grow.", "In your first {n} weeks you will {duty}.", "You can expect to {duty} and {duty}.", "Most weeks you will {duty}."],
  needs: ["You bring {years} years of experience with {skill}.", "Experience with {skill} is a plus.", "You have hands-on experience with {skill}.", "We care more about {skill} than a perfect CV.", "{years} years with {skill}.", "Bonus points for {skill}.", "You know {skill} well."],
  years: ["2+", "3+", "5+", "1-3", "4+"],
  offer: ["We offer {perk} and {perk}.", "Benefits include {perk}.", "You get {perk}, {perk} and {perk}.", "Pay: {pay}, plus {perk}.", "The salary is {pay}, with {perk}.", "Perks: {perk}, {perk}, {perk}."],
  perk: ["flexible hours", "health insurance", "a learning budget", "25 days of paid leave", "remote work", "a pension plan", "parental leave", "stock options", "{a} {n}-day week option", "a home office budget", "free lunch on Fridays", "a yearly bonus", "gym membership", "{leave} days of paid leave"],
  mention_city: ["Based in {@mention}, with hybrid options.", "This role is in our {@mention} office."],
  mention_company: ["{@mention} is an equal opportunity employer.", "At {@mention}, people come first."],
  mention_person: ["You will report to {@mention}."],
  mention_product: ["You will work on the {@mention}."],
  mention_hashtag: ["{@mention}"],
  mention_other: ["Team: {@mention}."],
};

export const job_description: StyleDef = {
  maxWords: 80,
  toned: false,
  lists: JOB_LISTS,
  topics: { family: JOB_TOPICS, lists: ["role", "duty", "skill"], unknown: { role: ["{@topic} specialist", "{@topic} lead", "{@topic} associate"], duty: ["own our {@topic} work", "help the team grow its {@topic} practice", "improve how we do {@topic}"], skill: ["{@topic}", "{@topic} projects", "{@topic} tools"] } },
  build: (c) => {
    const pieces = [piece(c.opening("lead", "intro"), true)];
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    pieces.push(piece(c.say("duties")));
    pieces.push(piece(c.say("needs")));
    if (c.chance(0.7)) pieces.push(piece(c.say("offer")));
    return pieces;
  },
};
