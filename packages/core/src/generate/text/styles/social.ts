import { countWords } from "../compose.js";
import { INTEREST_TOPICS } from "../interests.js";
import { piece, type StyleDef } from "./types.js";

const UNKNOWN_INTEREST = {
  subject: ["{@topic}", "all things {@topic}", "the latest in {@topic}", "{a} {@topic} meetup", "my {@topic} project", "{@topic} with {person}", "{a} {@topic} workshop", "{@topic} news"],
  news: ["{@topic}", "the {@topic} plan", "the latest {@topic} news", "{@topic} rules", "the {@topic} debate", "{@topic} funding", "the {@topic} report", "{@topic} costs"],
};
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
  line_vpos: ["Absolutely loving {subject} right now", "{subject_cap} was amazing", "Best {day_part} in ages thanks to {subject}", "Cannot stop smiling about {subject}", "So happy about {subject}", "{subject_cap}: a perfect way to spend the {day_part}", "{subject_cap} with {person} was the best", "{subject_cap} at last, and wow, amazing", "{subject_cap} in {town}, what a joy", "Still buzzing from {subject}", "{weekday} win: {subject} was perfect"],
  line_pos: ["Really enjoyed {subject} today", "{subject_cap} was fun", "Good {day_part}: {subject}", "Pretty happy with {subject}", "Nice surprise: {subject}", "{subject_cap}. Worth it", "{subject_cap} with {person}, good times", "{subject_cap} at last, really nice", "Enjoyed {subject} this {weekday}", "{subject_cap} in {town} was lovely", "Glad I went for {subject}"],
  line_mixed: ["{subject_cap} was fine, not great", "{subject_cap}: good idea, bad timing", "{subject_cap}: some good, some bad", "Mixed feelings about {subject}: fun, but a mess", "{subject_cap} was nice, but a little disappointing", "Loved parts of {subject}, hated others", "{subject_cap} with {person}: fun, but too long", "{subject_cap} on {weekday}: nice, but overrated", "{subject_cap} in {town}: good food, bad weather"],
  line_neg: ["Disappointed by {subject}", "{subject_cap} was a sad letdown", "Not loving {subject} today", "Well, {subject} was a mess", "Bad {day_part}: {subject}", "{subject_cap} on {weekday} was a letdown", "{subject_cap}, and I regret it", "{subject_cap} with {person}, not great", "So tired of {subject} going wrong"],
  line_vneg: ["{subject_cap} was a total disaster", "Honestly {subject} was awful", "Worst {day_part} ever: {subject}", "So angry about {subject}", "I hate how {subject} went", "{subject_cap} on {weekday}: an awful mess", "Never again: {subject}", "{subject_cap} in {town} was a terrible idea"],
  end_vpos: ["!", "!!", ". Grateful.", ". 10/10."],
  end_pos: ["!", ".", ". Recommend."],
  end_mixed: [".", "...", ". Meh."],
  end_neg: [".", ". Ugh.", ". Sigh."],
  end_vneg: [".", ". Never again.", "!!"],
  lead: ["", "", "", "", "Day {n} of {habit}: ", "{town}, {weekday}: ", "{clock} in {town}: ", "{fname} and me: ", "Day {n}: ", "Week {n} of {habit}: ", "{month} mood: ", "{weekday} update: ", "Currently: ", "PSA: ", "Quick update: ", "Week {n}: ", "{weekday} thoughts: ", "Late post: ", "Throwback: ", "Story time: ", "Me at {clock}: ", "Update from {town}: ", "Not sponsored: "],
  habit: ["training", "the challenge", "my new routine", "the trip", "no sugar", "early mornings", "the diet", "learning to cook"],
  tail: ["Who else is going?", "Anyone else?", "More soon.", "Thoughts?", "Same time next week.", "Link in bio.", "Photos later.", "Back on {weekday}.", "Tag someone who needs this.", "Who is in for next time?", "More at {clock}.", "Part {n} soon."],
  tag: ["#{tagword}"],
  tagword: ["weekend", "mondaymood", "tbt", "goals", "life", "news", "today", "fridayfeeling", "community", "staycation", "local", "family", "weekendvibes", "homemade", "outdoors", "citylife", "friends", "throwback"],
  day_part: ["day", "week", "morning", "evening", "weekend"],
  ...MENTIONS,
};

export const social_post: StyleDef = {
  maxWords: 30,
  toned: true,
  lists: POST_LISTS,
  topics: { family: INTEREST_TOPICS, lists: ["subject"], unknown: UNKNOWN_INTEREST },
  build: (c) => {
    // A lead-in ("Day 3 of training: ") only while the line stays post-short, so a tied hashtag still fits.
    let line = c.opening("lead", c.toned("line"));
    if (countWords(line) > 12) line = c.say(c.toned("line"));
    const pieces = [piece(line + c.say(c.toned("end")), true)];
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
  line_vpos: ["{news_cap} draws huge, happy crowds", "{news_cap} wins praise from experts", "Huge win for {news}", "{news_cap} a stunning success", "Celebrations as {news} succeeds", "Delight as {news} tops all hopes", "{actor_cap} celebrate {news}", "{actor_cap} hail {news} as a big success", "{news_cap} beats every forecast", "Record crowds for {news} in {town}", "{actor_cap} thrilled with {news}"],
  line_pos: ["{news_cap} brings welcome relief", "Good news for fans of {news}", "{news_cap} shows signs of growth", "Experts hopeful on {news}", "{news_cap} gets a helpful boost", "Fans cheer {news}", "{actor_cap} welcome {news}", "{actor_cap} back {news}", "{pct}% of {actor} support {news}", "{news_cap} wins approval in {town}", "{actor_cap} upbeat about {news}"],
  line_mixed: ["{news_cap}: good news and bad news", "Hopes and fears over {news}", "{news_cap} wins fans but draws criticism", "{news_cap}: gains and losses", "Praise and anger over {news}", "{actor_cap} split over {news}, hopes and fears", "{n} good and bad things about {news}", "{actor_cap} praise and fear {news}", "{news_cap} in {town}: winners and losers"],
  line_neg: ["Fears grow over {news}", "{news_cap} hit by problems", "Critics slam {news}", "Problems mount for {news}", "{news_cap} fails to impress", "Worries over {news}", "{actor_cap} worry about {news}", "{actor_cap} question {news}", "{pct}% of {actor} oppose {news}", "{news_cap} delayed again", "{news_cap} faces new doubts in {town}"],
  line_vneg: ["{news_cap} ends in chaos", "Anger as {news} collapses", "Crisis deepens over {news}", "{news_cap} sparks outrage", "{actor_cap} slam {news}", "{actor_cap} furious over {news}", "{news_cap} in chaos", "Outrage in {town} over {news}", "{actor_cap} protest {news}", "{news_cap} branded a disaster by {actor}"],
  lead: ["", "", "", "", "", "Breaking: ", "Analysis: ", "Opinion: ", "Local: ", "Live: ", "Explainer: ", "Update: ", "{town}: ", "Watch: ", "Exclusive: ", "{weekday} briefing: ", "{town} news: "],
  suffix: [", report says", " this week", " after {n} years", ", officials say", " in {month}", ", poll finds", " again", " as {season} begins", " on {weekday}", ", study finds", " in {town}", " after {days}-hour debate", " ahead of {season}", ", {pct}% say", " as costs rise", " in {town}, {actor} say", ", {actor} say", " for {days} days", " on {month} {date}", " after {n} weeks", " near {street}"],
  date: ["2", "4", "6", "9", "12", "15", "18", "21", "24", "27", "30"],
  season: ["spring", "summer", "autumn", "winter"],
  actor: ["residents", "officials", "experts", "fans", "local shops", "parents", "teachers", "economists", "critics", "city leaders", "scientists", "voters", "commuters", "students", "business owners", "doctors", "analysts", "volunteers", "neighbors", "retirees", "families", "workers"],
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
  topics: { family: INTEREST_TOPICS, lists: ["news"], unknown: UNKNOWN_INTEREST },
  build: (c) => {
    // A lead-in and a suffix vary headlines, but only while the line stays headline-short.
    let line = c.opening("lead", c.toned("line"));
    if (countWords(line) > 11) line = c.say(c.toned("line"));
    if (c.chance(0.7)) {
      const suffix = c.raw("suffix");
      if (countWords(line) + countWords(suffix) <= 12) line += suffix;
    }
    return [piece(c.mention ? `${line} ${c.say(`mention_${c.mentionType}`).replace(/^./, (s) => (/[A-Z]/.test(c.mention![0] ?? "") ? s : s.toLowerCase()))}` : line, true)];
  },
};

/** Short profile bios: who, what they do, what they like. Tone does not change a bio. */
const BIO_LISTS = {
  who: ["{adj} {job}", "{job} and {hobbyist}", "{adj} {job} by day, {hobbyist} by night", "Former {old_job}, now {job}", "{job}, {hobbyist} and {family_role}", "{adj} {hobbyist} and {job}", "{job} with {years} years in {field}", "{job} at {a} {org} in {town}", "{adj} {job}, {family_role}", "{job} turned {job2}", "Part-time {hobbyist}, full-time {job}", "{job_cap}. {hobbyist_cap}. {family_role_cap}", "{adj} {job} from {town}", "{job} in {field}, {hobbyist} at heart"],
  adj: ["Curious", "Coffee-fueled", "Friendly", "Busy", "Proud", "Lifelong", "Self-taught", "Occasional", "Full-time", "Retired", "Aspiring", "Small-town", "Restless", "Quiet", "Caffeinated", "Hardworking", "Devoted", "Bookish", "Outdoorsy", "Early-rising"],
  job: ["designer", "teacher", "nurse", "software engineer", "photographer", "writer", "marketer", "chef", "student", "accountant", "product manager", "carpenter", "data analyst", "electrician", "librarian", "architect", "pharmacist", "social worker", "paramedic", "baker", "translator", "florist", "plumber", "lawyer", "physio", "researcher", "editor", "farmer", "pilot", "dentist"],
  job2: ["{job}"],
  old_job: ["banker", "lawyer", "barista", "journalist", "musician", "sales rep", "paramedic", "soldier", "waiter", "bartender", "teacher", "dancer"],
  hobbyist: ["runner", "home cook", "bookworm", "gamer", "amateur baker", "hiker", "dog person", "cat person", "film buff", "gardener", "traveler", "cyclist", "birdwatcher", "climber", "surfer", "knitter", "chess player", "podcast addict", "swimmer", "vinyl collector"],
  family_role: ["parent of two", "dog parent", "proud aunt", "new dad", "big sister", "mom of three", "proud grandpa", "twin", "cat dad", "uncle of {n}"],
  field: ["healthcare", "tech", "education", "retail", "finance", "the arts", "logistics", "hospitality", "construction", "public service"],
  org: ["small studio", "local school", "startup", "family bakery", "city hospital", "design agency", "nonprofit", "bookshop", "law firm", "bike shop"],
  years: ["two", "five", "ten", "fifteen", "twenty", "{n}"],
  line: ["I love {hobby} and {hobby}.", "Into {hobby}, {hobby} and good coffee.", "Usually found {place}.", "Sharing notes on {hobby}.", "Always up for {hobby}.", "Here for {hobby} and good conversation.", "Learning {skill} one day at a time.", "Weekends are for {hobby}.", "Currently learning {skill}.", "Ask me about {hobby}.", "Posting about {hobby}, {hobby} and {town}.", "{n} countries and counting.", "Running on coffee since {year}.", "Slowly getting better at {hobby}.", "Happiest {place}."],
  hobby: ["hiking", "photography", "baking bread", "old films", "board games", "gardening", "cycling", "live music", "travel", "running", "reading", "cooking", "yoga", "birdwatching", "pottery", "chess", "camping", "jazz", "sailing", "sketching", "podcasts", "crosswords", "fishing", "salsa dancing"],
  place: ["at the local climbing gym", "behind a camera", "in a bookshop", "on a trail", "in the kitchen", "at a coffee shop", "by the sea", "in the garden", "at the library", "on my bike", "at a gig", "in the mountains"],
  skill: ["Spanish", "the guitar", "to code", "to paint", "to surf", "French", "the piano", "to bake", "sign language", "to sail", "Italian", "to draw"],
  opinions: ["Views are my own.", "Opinions mine.", "He/him.", "She/her.", "They/them.", "DMs open.", "Est. {year}.", "Tea over coffee.", "Dog photos mostly."],
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
