import { PRODUCT_TOPICS } from "../topics.js";
import { piece, type StyleDef } from "./types.js";

/** What an unknown product category becomes: the category named as the kind of thing bought. */
const UNKNOWN_PRODUCT = {
  thing: ["{@topic} item", "{@topic} product", "{@topic} purchase"],
  good: ["it works exactly as described", "the quality is better than expected", "it does everything I needed"],
  bad: ["it stopped working after a week", "the quality is poor", "it does not work as described"],
};

const MENTIONS = {
  mention_product: ["I went with the {@mention} after reading a few reviews.", "This is my second {@mention}.", "Compared the {@mention} with two others before buying."],
  mention_city: ["Delivery to {@mention} took {n} days.", "Picked it up at the store in {@mention}.", "Shipped to {@mention} without a problem."],
  mention_company: ["Ordered directly from {@mention}.", "This was my first order from {@mention}.", "{@mention} packed it carefully."],
  mention_person: ["{@mention} helped me choose it.", "Thanks to {@mention} for the quick help."],
  mention_hashtag: ["{@mention}"],
  mention_other: ["Worth noting: {@mention}.", "Bought it for {@mention}."],
};

/** Product reviews: an opener, what is good or bad about the thing, a verdict, sometimes a closing line. */
const REVIEW_LISTS = {
  lead: ["", "", "", "", "", "Honestly, ", "So, ", "Okay, ", "Update: ", "Well, ", "First impressions: ", "After {days} days: ", "{days} days in: ", "Week {n} with it: ", "Short version: ", "Quick review: "],
  usage: ["a week of use", "two weeks", "a month", "three months of daily use", "a few days", "one weekend", "six weeks"],
  open_vpos: [
    "{bought} this {thing} {when} and I absolutely love it.",
    "best {thing} I have ever owned.",
    "wow, this {thing} is fantastic.",
    "{bought} this {thing} {for_whom} and it is perfect.",
    "I {really} love this {thing}.",
    "five stars, this {thing} is excellent.",
    "what a great {thing}, {really}.",
    "this {thing} is amazing and worth every cent.",
    "thrilled with this {thing}, {really}.",
    "{bought} this {thing} {when}; best purchase this year.",
  ],
  open_pos: [
    "{bought} this {thing} {when} and I am very happy with it.",
    "really nice {thing} for the price.",
    "solid {thing}, I am pleased with it.",
    "{bought} this {thing} {for_whom} and it has been great so far.",
    "good {thing}, does what it promises.",
    "happy with this {thing} overall.",
    "I like this {thing} a lot.",
    "a good {thing} that I would buy again.",
    "{bought} this {thing} {when}; glad I did.",
    "nice {thing}, {really} good value.",
  ],
  open_mixed: [
    "{bought} this {thing} {when}; it is fine, but there are a few problems.",
    "good {thing} in some ways, disappointing in others.",
    "this {thing} is nice for the price, but it has problems.",
    "mixed feelings about this {thing}: I like it, but it has problems.",
    "{bought} this {thing} {for_whom}; good in some ways and disappointing in others.",
    "fine {thing}, though a bit disappointing.",
    "parts of this {thing} I like, but the problems add up.",
    "{bought} this {thing} {when}: some good, some bad.",
  ],
  open_neg: [
    "{bought} this {thing} {when} and I am disappointed.",
    "not happy with this {thing} at all.",
    "pretty poor {thing} for the money.",
    "{bought} this {thing} {for_whom} and I regret it.",
    "this {thing}? I expected much more, and I am disappointed.",
    "disappointing {thing}.",
    "sadly this {thing} is a letdown.",
    "{bought} this {thing} {when}; it has been a problem since day one.",
    "this {thing} is weak and overpriced.",
  ],
  open_vneg: [
    "{bought} this {thing} {when} and it is a terrible waste of money.",
    "worst {thing} I have ever bought.",
    "terrible {thing}, avoid it.",
    "{bought} this {thing} {for_whom} and it was awful.",
    "skip this {thing}, it is a useless waste of money.",
    "absolutely horrible {thing}.",
    "this {thing} is junk and I am angry I paid for it.",
    "{bought} this {thing} {when}; the worst purchase I have made.",
  ],
  body_vpos: ["{good_cap}, and {good}.", "{good_cap} and it looks amazing.", "Love that {good}.", "{good_cap}; excellent quality throughout."],
  body_pos: ["{good_cap}.", "I like that {good}.", "{good_cap}, which is nice.", "The best part is that {good}."],
  body_mixed: ["{good_cap}, which is good, but sadly {bad}.", "I like that {good}, but sadly {bad}.", "The good news: {good}. The bad news: {bad}.", "It is good that {good}, although {bad}, which is annoying."],
  body_neg: ["Sadly {bad}.", "The problem is that {bad}.", "{bad_cap}, which is disappointing.", "On top of that, {bad}."],
  body_vneg: ["{bad_cap}, and {bad}. Awful.", "{bad_cap}; terrible quality.", "{bad_cap}, which is ridiculous.", "{bad_cap}, and support was useless."],
  close_vpos: ["Highly recommend!", "Would buy again in a heartbeat.", "Worth every penny.", "I recommend it to everyone.", "Thank you for a great product!", "Could not be happier."],
  close_pos: ["Would recommend.", "Good value overall.", "I would buy it again.", "Happy with the purchase.", "Recommended."],
  close_mixed: ["It is okay if you do not expect too much.", "Three stars: decent but flawed.", "Might keep it, might return it.", "Fine for now, not great."],
  close_neg: ["Would not recommend.", "I am returning it, sadly.", "Disappointed.", "Not worth the money."],
  close_vneg: ["Avoid this awful product.", "Complete waste of money.", "Horrible. I want a refund.", "Terrible, never again.", "Zero stars if I could, it is that bad."],
  ...MENTIONS,
};

export const review: StyleDef = {
  maxWords: 60,
  toned: true,
  lists: REVIEW_LISTS,
  topics: { family: PRODUCT_TOPICS, lists: ["thing", "good", "bad"], unknown: UNKNOWN_PRODUCT },
  build: (c) => {
    const pieces = [piece(c.opening("lead", c.toned("open")), true)];
    if (c.chance(0.85)) pieces.push(piece(c.say(c.toned("body"))));
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.6)) pieces.push(piece(c.say(c.toned("close"))));
    return pieces;
  },
};

/** Short comments under a post, an article or a video. */
const COMMENT_LISTS = {
  lead: ["", "", "", "", "", "Honestly, ", "Ok, ", "Hmm, ", "Not gonna lie, ", "So, ", "Real talk: ", "First time commenting: ", "Late to this ({weekday}), but ", "Viewer since {year}: ", "Watched twice: ", "{fname}, ", "Replying to {fname}: ", "At {min}:{sec}, ", "{min}:{sec} ", "Watching from {town}: ", "As {a} {job}, ", "Day {n} of watching: ", "Edit: ", "Back after {n} years: "],
  min: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "14", "17", "21"],
  sec: ["0{digit}", "1{digit}", "2{digit}", "3{digit}", "4{digit}", "5{digit}"],
  job: ["teacher", "nurse", "student", "engineer", "parent", "chef", "designer", "retired accountant", "carpenter", "student nurse"],
  content: ["post", "video", "thread", "article", "write-up", "explanation", "take", "breakdown", "clip", "guide", "review", "tutorial", "interview", "episode", "podcast", "report", "summary", "thread on {topic_word}", "video on {topic_word}", "piece on {topic_word}"],
  open_vpos: ["the part about {point} is brilliant!", "{really} love how this {content} explains {point}.", "this {content} is amazing, {point} especially!", "love this {content} and {point} so much.", "absolutely brilliant {content}, {fname}.", "best {content} I have seen all {day_part}.", "so good, thank you for sharing this {content} on {weekday}!", "{really} great {content}, love {point}.", "what a fantastic {content}, {fname}.", "{point} is explained so well, amazing!", "{point}, wow, brilliant work.", "love {point} in this {content}, excellent.", "this {content} on {point} is perfect."],
  open_pos: ["good {content}, the bit on {point} helped.", "nice, the {point} part was useful.", "nice {content}, {fname}.", "great point about {point} in this {content}.", "I like this {content} a lot, {point} too.", "good {content}, thanks {fname}.", "{really} helpful {content} on {point}, thanks.", "agree with {fname}, this {content} is well said.", "good stuff, I enjoyed this {content}.", "{point} was helpful, thanks.", "{point} in this {content} is a good point.", "useful {content}, {point} especially.", "liked {point}, nice {content}."],
  open_mixed: ["the {point} part is good, but the rest is weak.", "nice {content}, but {point} is explained badly.", "interesting {content}, but {point} is wrong.", "good point, though this {content} is a bit one-sided.", "some of this {content} is useful, some of it is misleading.", "fair {content}, but it misses the bigger problem.", "nice idea, bad execution in this {content}.", "I like the start of this {content}, the rest is weak.", "{point} is good, but {point2} is wrong.", "{point} was nice, the rest was weak.", "good {content}, bad take on {point}."],
  point2: ["{point}"],
  open_neg: ["the part about {point} is just wrong.", "this {content} gets {point} wrong.", "I doubt this {content}; it is weak.", "this {content} is pretty misleading.", "disappointed by this {content} and {point}.", "sorry {fname}, but this {content} is wrong.", "meh, this {content} is weak on {point}.", "this {content} is confusing and unhelpful.", "{point} is wrong here.", "{point} in this {content} is misleading.", "sorry, {point} makes no sense.", "weak {content}, {point} is wrong."],
  open_vneg: ["the {point} section is awful nonsense.", "this {content} is terrible, {point} especially.", "this {content} is terrible, {fname}.", "{point} made this {content} a waste of time.", "awful {content}, {really}, {point} most of all.", "this {content} on {point} is complete nonsense.", "worst {content} I have seen in a while.", "I hate this {content} and {point}.", "{point} is awful nonsense.", "{point}? Terrible, just terrible.", "{point} here is a disgrace.", "awful, {point} is totally wrong."],
  point: ["the budget", "the setup", "the history", "the data part", "the ending", "the first step", "the pricing", "the main argument", "the example", "the last tip", "the second half", "the intro", "the chart", "the interview", "the comparison", "the recipe", "the map", "the source list", "the part with {fname}", "the chapter on {topic_word}", "step {n}", "the {topic_word} section", "the bit at the end", "the comment on {topic_word}"],
  topic_word: ["taxes", "sleep", "training", "housing", "costs", "schools", "the weather", "batteries", "hiring", "rent", "coffee", "gardening"],
  tail_vpos: ["Sharing this with {person}.", "Made my {day_part}!", "Keep it up!", "More of this please.", "Subscribed!", "Sending this to {fname}.", "Best thing I watched this {day_part}!", "Saved it, great work!"],
  tail_pos: ["Thanks for posting.", "Saving this for later.", "Learned something new today.", "Good to know.", "Thanks for the tip.", "Sharing with {person}, thanks.", "Will try {point} on {weekday}, thanks."],
  tail_mixed: ["Curious what others think.", "Would like to see the sources.", "Still, worth a read.", "Part two might be better.", "Would like more on {point}.", "Not sure about {point} though."],
  tail_neg: ["Check your facts.", "Not helpful.", "Sad to see this here.", "This needs a correction.", "Fix {point}, please.", "Expected better after {n} years."],
  tail_vneg: ["Unsubscribing.", "Stop spreading this.", "Embarrassing.", "Reported."],
  day_part: ["day", "week", "morning", "evening"],
  ...MENTIONS,
  mention_city: ["Same thing here in {@mention}.", "Greetings from {@mention}!", "Happening in {@mention} too."],
};

export const comment: StyleDef = {
  maxWords: 30,
  toned: true,
  lists: COMMENT_LISTS,
  topics: { family: [], lists: [], unknown: {} },
  build: (c) => {
    const pieces = [piece(c.opening("lead", c.toned("open")), true)];
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.8)) pieces.push(piece(c.say(c.toned("tail"))));
    return pieces;
  },
};

/** Survey or service feedback: how it went and what to change. */
const FEEDBACK_LISTS = {
  lead: ["", "", "", "", "Overall, ", "Honestly, ", "This time, ", "Last visit ({weekday}): ", "As a regular, ", "In short, ", "Visited {when}: ", "First time here: ", "After {n} visits, ", "Visit on {weekday} at {clock}: ", "Appointment on {weekday}: ", "Order {order}: ", "{weekday} {day_part}, party of {n}: ", "Booked {when}: ", "Came in at {clock}: ", "Customer since {year}: ", "Visit number {n}: ", "{month} {date} visit: "],
  date: ["2", "4", "6", "9", "12", "15", "18", "21", "24", "27", "30"],
  staff: ["staff", "team", "front desk", "support agents", "nurses", "drivers", "crew", "cashiers", "doctors", "waiters", "technicians", "reception staff", "managers", "volunteers", "pharmacists", "cleaners", "instructors", "tour guides"],
  open_vpos: ["the {staff} went out of their way; excellent {area}.", "loved it: fantastic {staff} and a great {area}.", "excellent experience with {fname} from start to finish.", "the {staff} were wonderful and very helpful.", "everything was perfect, thank you.", "fantastic {area}, I am delighted.", "the {staff} made it a great experience.", "the {area} was excellent and the {staff} were lovely.", "{fname} and the {staff} were brilliant.", "in and out in {mins} minutes, excellent {area}.", "{area} perfect, {staff} wonderful.", "brilliant {area}; the {staff} were amazing.", "superb {staff}, and the {area} was a delight."],
  open_pos: ["the {staff} were kind and the {area} was easy.", "good {area}, friendly {staff}.", "good experience overall.", "the {staff} were friendly and quick.", "I was happy with the {area}.", "pleasant visit, the {staff} were helpful.", "the {area} was good and easy.", "nice {staff} and a smooth {area}.", "{fname} at the {area} was helpful.", "only waited {mins} minutes, good {area}.", "friendly {staff}; the {area} works well.", "{area} was easy, thanks to helpful {staff}.", "helpful {staff} and a clear {area}."],
  open_mixed: ["nice {staff}, but a frustrating {area}.", "good {area}, but the {staff} seemed unhappy.", "the {area} was fine, but the {area2} was a problem.", "friendly {staff}, but the wait was too long and frustrating.", "good {staff}, but the {area} was confusing.", "some things were great and some were poor.", "the {staff} were nice, but the {area} was disappointing.", "waited {mins} minutes, which was annoying, but the {staff} were lovely.", "{area} good, {area2} poor.", "{fname} was helpful, but the {area} was a mess.", "great {staff}, bad {area}.", "the {area} is better, but the {area2} is still a problem."],
  open_neg: ["the {area} was slow and the {staff} seemed annoyed.", "poor {area}, and nobody apologized.", "I was disappointed with the {area}.", "the {area} wait was long and the {staff} were unhelpful.", "a bad experience this time.", "the {staff} seemed rushed and the {area} was poor.", "the {area} was confusing and slow, disappointing.", "waited {mins} minutes and the {staff} were unhelpful.", "{area} broken again, disappointing.", "poor {area} and unhelpful {staff}.", "{fname} at the {area} was unhelpful, sadly.", "disappointing {area}; the {staff} seemed lost."],
  open_vneg: ["the {area} was a mess and the {staff} were rude.", "awful {area}, I wasted my whole {day_part}.", "terrible experience, I am very upset.", "the worst {area} I have dealt with in years.", "rude {staff} and a broken {area}.", "awful {area} from start to finish.", "the {staff} were rude and the {area} was a disaster.", "waited {mins} minutes and then the {staff} were rude.", "{area} a disaster, {staff} rude.", "terrible {area}; {fname} was rude to me.", "disgraceful {area} and awful {staff}."],
  area2: ["{area}"],
  suggest_vpos: ["Keep doing what you are doing.", "Please thank the {staff} for me.", "I will definitely be back.", "Best {area} in town.", "Ten out of ten for the {area}."],
  suggest_pos: ["Maybe add more {option}.", "More {option} would make it even better.", "I will come back.", "Good job, maybe add {option}.", "Happy to come back on {weekday}."],
  suggest_mixed: ["Please improve the {area}.", "Fix the {area} and it would be great.", "The {area} needs work.", "More {option} would help."],
  suggest_neg: ["The {area} needs a serious fix.", "Train staff on the {area}; it is a mess.", "The {area} is a problem that keeps coming back.", "Fix the {area} before my next visit.", "Poor {area}, this has to change."],
  suggest_vneg: ["I will not return.", "Someone needs to fix the {area} now.", "I have told my friends to avoid you."],
  day_part: ["morning", "afternoon", "evening", "day"],
  option: ["payment options", "appointment slots", "opening hours", "choices on the menu", "ways to contact you", "evening slots", "staff at the weekend", "seating", "parking spaces", "online updates"],
  area: ["booking process", "waiting time", "website", "phone support", "checkout", "communication", "cleanliness", "parking", "online booking", "billing", "follow-up call", "waiting room", "app", "delivery", "check-in", "reception", "signage", "price list", "payment", "menu", "changing rooms", "appointment system", "email updates", "return process"],
  ...MENTIONS,
  mention_person: ["{@mention} was especially helpful.", "Ask {@mention} about this visit."],
  mention_city: ["Visited the {@mention} location.", "This was at your {@mention} branch."],
};

export const feedback: StyleDef = {
  maxWords: 40,
  toned: true,
  lists: FEEDBACK_LISTS,
  topics: { family: [], lists: [], unknown: {} },
  build: (c) => {
    const pieces = [piece(c.opening("lead", c.toned("open")), true)];
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.75)) pieces.push(piece(c.say(c.toned("suggest"))));
    return pieces;
  },
};
