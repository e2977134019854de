import { INTEREST_TOPICS } from "../topics.js";
import { piece, type StyleDef } from "./types.js";

const UNKNOWN_INTEREST = { subject: ["{@topic}", "all things {@topic}", "the latest in {@topic}"] };
const DEFAULT_SUBJECTS = INTEREST_TOPICS.flatMap((t) => t.lists["subject"] ?? []);

const MENTIONS = {
  mention_city: ["Greetings from {@mention}!", "{@mention}, you were great.", "Back in {@mention} again."],
  mention_product: ["Thoughts on the {@mention}?", "Trying the {@mention} today."],
  mention_company: ["Shout out to {@mention}.", "Thanks {@mention}."],
  mention_person: ["With {@mention}.", "Thanks {@mention}!"],
  mention_other: ["Re: {@mention}."],
};

/** Tweets and short posts: one or two short lines, an emoji-free hashtag now and then. */
const POST_LISTS = {
  line_vpos: ["Absolutely loving {subject} right now", "{subject_cap} was amazing", "Best {day_part} in ages thanks to {subject}", "Cannot stop smiling about {subject}", "So happy about {subject}", "{subject_cap}: a perfect way to spend the {day_part}"],
  line_pos: ["Really enjoyed {subject} today", "{subject_cap} was fun", "Good {day_part}: {subject}", "Pretty happy with {subject}", "Nice surprise: {subject}", "{subject_cap}. Worth it"],
  line_mixed: ["{subject_cap} was fine, not great", "{subject_cap}: good idea, bad timing", "{subject_cap}: some good, some bad", "Mixed feelings about {subject}: fun, but a mess", "{subject_cap} was nice, but a little disappointing", "Loved parts of {subject}, hated others"],
  line_neg: ["Disappointed by {subject}", "{subject_cap} was a sad letdown", "Not loving {subject} today", "Well, {subject} was a mess", "Bad {day_part}: {subject}"],
  line_vneg: ["{subject_cap} was a total disaster", "Honestly {subject} was awful", "Worst {day_part} ever: {subject}", "So angry about {subject}", "I hate how {subject} went"],
  end_vpos: ["!", "!!", ". Grateful.", ". 10/10."],
  end_pos: ["!", ".", ". Recommend."],
  end_mixed: [".", "...", ". Meh."],
  end_neg: [".", ". Ugh.", ". Sigh."],
  end_vneg: [".", ". Never again.", "!!"],
  tail: ["Who else is going?", "Anyone else?", "More soon.", "Thoughts?", "Same time next week.", "Link in bio."],
  tag: ["#{tagword}"],
  tagword: ["weekend", "mondaymood", "tbt", "goals", "life", "news", "today", "fridayfeeling", "community", "staycation"],
  day_part: ["day", "week", "morning", "evening", "weekend"],
  ...MENTIONS,
};

export const social_post: StyleDef = {
  maxWords: 30,
  toned: true,
  lists: POST_LISTS,
  topics: { family: INTEREST_TOPICS, lists: ["subject"], unknown: UNKNOWN_INTEREST },
  build: (c) => {
    const pieces = [piece(c.say(c.toned("line")) + c.say(c.toned("end")), true)];
    if (c.mention && c.mentionType !== "hashtag") pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.3)) pieces.push(piece(c.say("tail")));
    // A post with a hashtag column always carries its tag; others get one now and then, as real posts do.
    if (c.mention && c.mentionType === "hashtag") pieces.push(piece(c.mention, true));
    else if (c.chance(0.35)) pieces.push(piece(c.say("tag").toLowerCase()));
    return pieces;
  },
};

/** News headlines: subject, verb phrase, no final full stop. */
const HEADLINE_LISTS = {
  line_vpos: ["{subject_cap} draws huge, happy crowds", "{subject_cap} wins praise from experts", "Huge win for {subject}", "{subject_cap} a stunning success", "Celebrations as {subject} succeeds", "Delight as {subject} tops all hopes"],
  line_pos: ["{subject_cap} brings welcome relief", "Good news for fans of {subject}", "{subject_cap} shows signs of growth", "Experts hopeful on {subject}", "{subject_cap} gets a helpful boost", "Fans cheer {subject}"],
  line_mixed: ["{subject_cap}: good news and bad news", "Hopes and fears over {subject}", "{subject_cap} wins fans but draws criticism", "{subject_cap}: gains and losses", "Praise and anger over {subject}"],
  line_neg: ["Fears grow over {subject}", "{subject_cap} hit by problems", "Critics slam {subject}", "Problems mount for {subject}", "{subject_cap} fails to impress", "Worries over {subject}"],
  line_vneg: ["{subject_cap} ends in chaos", "Anger as {subject} collapses", "Crisis deepens over {subject}", "{subject_cap} sparks outrage"],
  suffix: [", report says", " this week", " after {n} years", ", officials say", " in {month}", ", poll finds", " again", " as {season} begins"],
  season: ["spring", "summer", "autumn", "winter"],
  mention_city: ["in {@mention}"],
  mention_other: ["({@mention})"],
};

export const headline: StyleDef = {
  maxWords: 14,
  toned: true,
  lists: {
    ...HEADLINE_LISTS,
    mention_product: ["({@mention})"],
    mention_company: ["at {@mention}"],
    mention_person: ["says {@mention}"],
    mention_hashtag: ["{@mention}"],
  },
  topics: { family: INTEREST_TOPICS, lists: ["subject"], unknown: UNKNOWN_INTEREST },
  build: (c) => {
    const line = c.say(c.toned("line")) + (c.chance(0.4) ? c.raw("suffix") : "");
    return [piece(c.mention ? `${line} ${c.say(`mention_${c.mentionType}`).replace(/^./, (s) => (/[A-Z]/.test(c.mention![0] ?? "") ? s : s.toLowerCase()))}` : line, true)];
  },
};

/** Short profile bios: who, what they do, what they like. Tone does not change a bio. */
const BIO_LISTS = {
  who: ["{adj} {job}", "{job} and {hobbyist}", "{adj} {job} by day, {hobbyist} by night", "Former {old_job}, now {job}", "{job}, {hobbyist} and {family_role}"],
  adj: ["Curious", "Coffee-fueled", "Friendly", "Busy", "Proud", "Lifelong", "Self-taught", "Occasional", "Full-time"],
  job: ["designer", "teacher", "nurse", "software engineer", "photographer", "writer", "marketer", "chef", "student", "accountant", "product manager", "carpenter", "data analyst"],
  old_job: ["banker", "lawyer", "barista", "journalist", "musician", "sales rep", "paramedic"],
  hobbyist: ["runner", "home cook", "bookworm", "gamer", "amateur baker", "hiker", "dog person", "cat person", "film buff", "gardener", "traveler"],
  family_role: ["parent of two", "dog parent", "proud aunt", "new dad", "big sister"],
  line: ["I love {hobby} and {hobby}.", "Into {hobby}, {hobby} and good coffee.", "Usually found {place}.", "Sharing notes on {hobby}.", "Always up for {hobby}.", "Here for {hobby} and good conversation.", "Learning {skill} one day at a time."],
  hobby: ["hiking", "photography", "baking bread", "old films", "board games", "gardening", "cycling", "live music", "travel", "running", "reading", "cooking", "yoga"],
  place: ["at the local climbing gym", "behind a camera", "in a bookshop", "on a trail", "in the kitchen", "at a coffee shop"],
  skill: ["Spanish", "the guitar", "to code", "to paint", "to surf"],
  opinions: ["Views are my own.", "Opinions mine.", "He/him.", "She/her.", "They/them.", "DMs open."],
  mention_city: ["Based in {@mention}.", "{@mention} native.", "Living in {@mention}."],
  mention_company: ["Working at {@mention}.", "Currently at {@mention}."],
  mention_product: ["Fan of the {@mention}."],
  mention_person: ["Married to {@mention}."],
  mention_hashtag: ["{@mention}"],
  mention_other: ["All about {@mention}."],
};

export const bio: StyleDef = {
  maxWords: 40,
  toned: false,
  lists: BIO_LISTS,
  topics: { family: [], lists: [], unknown: {} },
  build: (c) => {
    const pieces = [piece(`${c.say("who")}.`, true)];
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    pieces.push(piece(c.say("line")));
    if (c.chance(0.25)) pieces.push(piece(c.say("opinions")));
    return pieces;
  },
};

export { DEFAULT_SUBJECTS };
