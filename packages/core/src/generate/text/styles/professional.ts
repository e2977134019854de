import { CLINICAL_TOPICS, JOB_TOPICS, PRODUCT_TOPICS } from "../topics.js";
import { piece, type StyleDef } from "./types.js";

/**
 * Clinical notes in the clipped register of a chart: "Pt presents with ...".
 * The tone reads as the course: worse, unchanged or better.
 */
const CLINICAL_LISTS = {
  open: ["{age}{sex} presents with {symptom}.", "Pt presents with {symptom}.", "Pt is a {age} y/o {sex_word} presenting with {symptom}.", "{age} y/o {sex_word} c/o {symptom}.", "Pt reports {symptom}.", "{age} y/o {sex_word} presents with {symptom}, onset {onset}."],
  sex_word: ["male", "female"],
  onset: ["gradual", "sudden", "yesterday", "this morning", "after exercise", "overnight"],
  course_vneg: ["Symptoms markedly worse since last visit.", "Condition deteriorating; pt in significant distress.", "Severe pain, not relieved by meds."],
  course_neg: ["Symptoms worsening despite treatment.", "Pain rated {pain}/10, worse at night.", "No improvement since last visit."],
  course_mixed: ["Some improvement, but symptoms persist.", "Partial response to current treatment.", "Symptoms stable, no new complaints."],
  course_pos: ["Symptoms improving on current treatment.", "Pt reports feeling better.", "Pain down to {pain_low}/10."],
  course_vpos: ["Symptoms largely resolved.", "Pt feels well and is back to normal activity.", "Excellent response to treatment."],
  exam: ["O/E: {finding}.", "Exam: {finding}.", "On exam, {finding}."],
  history: ["PMH: {pmh}.", "Hx of {pmh}.", "NKDA.", "Meds reviewed.", "No recent travel.", "No significant PMH."],
  pmh: ["hypertension", "type 2 diabetes", "asthma", "hyperlipidemia", "GERD", "osteoarthritis", "COPD", "hypothyroidism"],
  plan_line: ["Plan: {plan}.", "Plan: {plan}; {plan}.", "A/P: {plan}.", "{plan_cap}."],
  follow: ["F/u in {fu}.", "Return if worse.", "Review in {fu}.", "Safety-netting advice given."],
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
  topics: { family: CLINICAL_TOPICS, lists: ["symptom", "finding", "plan"], unknown: { symptom: ["symptoms related to {@topic}", "a {@topic} complaint", "concerns about {@topic}"], finding: ["findings consistent with {@topic}", "exam otherwise unremarkable"], plan: ["refer to {@topic}", "workup for {@topic}", "review {@topic} results"] } },
  build: (c) => {
    const pieces = [piece(c.say("open"), true)];
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
  hook: ["Meet the {adj} {thing} you have been waiting for.", "This {adj} {thing} makes every day easier.", "A {adj} {thing} built to last.", "Say hello to {a} {adj} {thing}.", "The {adj} {thing} for {audience}.", "Designed for {audience}, this {adj} {thing} is one to keep."],
  adj: ["lightweight", "compact", "premium", "durable", "versatile", "elegant", "everyday", "eco-friendly", "modern", "classic"],
  audience: ["busy mornings", "small spaces", "families", "travelers", "beginners and pros alike", "anyone on the go", "gift giving"],
  feature: ["{good_cap}.", "Customers tell us {good}.", "{good_cap}, and it ships with {detail}.", "Comes with {detail}.", "Backed by {detail}."],
  detail: ["a {warranty} warranty", "gift-ready packaging", "free returns", "a satisfaction guarantee", "recyclable packaging"],
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
    return pieces;
  },
};

/** Job ads: the role, what you will do, what you bring, what we offer. */
const JOB_LISTS = {
  intro: ["We are hiring {a} {role} to join our {team_adj} team.", "Join us as {a} {role}.", "We are looking for {a} {role} who loves {motive}.", "{a} {role} is needed for our {team_adj} team.", "Our team is growing and needs {a} {role}."],
  team_adj: ["small", "friendly", "fast-growing", "remote-first", "award-winning", "cross-functional"],
  motive: ["solving hard problems", "working with people", "clear, careful work", "learning new things", "shipping quickly"],
  duties: ["You will {duty}. You will also {duty}.", "In this role you will {duty}.", "Day to day you will {duty}.", "You will {duty} and help the team grow."],
  needs: ["You bring {years} years of experience with {skill}.", "Experience with {skill} is a plus.", "You have hands-on experience with {skill}.", "We care more about {skill} than a perfect CV."],
  years: ["2+", "3+", "5+", "1-3", "4+"],
  offer: ["We offer {perk} and {perk}.", "Benefits include {perk}.", "You get {perk}, {perk} and {perk}."],
  perk: ["flexible hours", "health insurance", "a learning budget", "25 days of paid leave", "remote work", "a pension plan", "parental leave", "stock options"],
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
    const pieces = [piece(c.say("intro"), true)];
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    pieces.push(piece(c.say("duties")));
    pieces.push(piece(c.say("needs")));
    if (c.chance(0.7)) pieces.push(piece(c.say("offer")));
    return pieces;
  },
};
