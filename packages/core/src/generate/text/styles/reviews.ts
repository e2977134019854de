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
  open_vpos: [
    "{bought} this {thing} {when} and I absolutely love it.",
    "Best {thing} I have ever owned.",
    "Wow, this {thing} is fantastic.",
    "{bought} this {thing} {for_whom} and it is perfect.",
    "I {really} love this {thing}.",
    "Five stars, this {thing} is excellent.",
    "What a great {thing}.",
    "This {thing} exceeded every expectation.",
  ],
  open_pos: [
    "{bought} this {thing} {when} and I am very happy with it.",
    "Really nice {thing} for the price.",
    "Solid {thing}, I am pleased with it.",
    "{bought} this {thing} {for_whom} and it has been great so far.",
    "Good {thing}, does what it promises.",
    "Happy with this {thing} overall.",
    "I like this {thing} a lot.",
    "A good {thing} that I would buy again.",
  ],
  open_mixed: [
    "{bought} this {thing} {when}, and it is okay.",
    "Decent {thing}, but not great.",
    "This {thing} is fine for the price, with a few problems.",
    "Mixed feelings about this {thing}.",
    "{bought} this {thing} {for_whom}; it is good in some ways and disappointing in others.",
    "It is an average {thing}, nothing special.",
  ],
  open_neg: [
    "{bought} this {thing} {when} and I am disappointed.",
    "Not happy with this {thing} at all.",
    "Pretty poor {thing} for the money.",
    "{bought} this {thing} {for_whom} and I regret it.",
    "I expected much more from this {thing}.",
    "Disappointing {thing}.",
    "Sadly this {thing} is a letdown.",
  ],
  open_vneg: [
    "{bought} this {thing} {when} and it is a total waste of money.",
    "Worst {thing} I have ever bought.",
    "Terrible {thing}, avoid it.",
    "{bought} this {thing} {for_whom} and it was awful.",
    "Do not buy this {thing}.",
    "Absolutely horrible {thing}.",
    "This {thing} is junk and I am angry I paid for it.",
  ],
  body_vpos: ["{good_cap}, and {good}.", "{good_cap} and it looks amazing.", "Love that {good}.", "{good_cap}; excellent quality throughout."],
  body_pos: ["{good_cap}.", "I like that {good}.", "{good_cap}, which is nice.", "The best part is that {good}."],
  body_mixed: ["{good_cap}, but {bad}.", "I like that {good}, but sadly {bad}.", "On the plus side {good}; on the downside {bad}.", "It is good that {good}, although {bad}, which is annoying."],
  body_neg: ["Sadly {bad}.", "The problem is that {bad}.", "{bad_cap}, which is disappointing.", "Unfortunately {bad}."],
  body_vneg: ["{bad_cap}, and {bad}.", "{bad_cap}; terrible quality.", "Within days {bad}, which is ridiculous.", "{bad_cap}, and support was useless."],
  close_vpos: ["Highly recommend!", "Would buy again in a heartbeat.", "Worth every penny.", "I recommend it to everyone.", "Thank you for a great product!", "Could not be happier."],
  close_pos: ["Would recommend.", "Good value overall.", "I would buy it again.", "Happy with the purchase.", "Recommended."],
  close_mixed: ["It is okay if you do not expect too much.", "Three stars: decent but flawed.", "Might keep it, might return it.", "Fine for now, not great."],
  close_neg: ["Would not recommend.", "I am returning it.", "Expected better.", "Not worth the money."],
  close_vneg: ["Avoid this product.", "Complete waste of money.", "I want a refund.", "Never again.", "Zero stars if I could."],
  ...MENTIONS,
};

export const review: StyleDef = {
  maxWords: 60,
  toned: true,
  lists: REVIEW_LISTS,
  topics: { family: PRODUCT_TOPICS, lists: ["thing", "good", "bad"], unknown: UNKNOWN_PRODUCT },
  build: (c) => {
    const pieces = [piece(c.say(c.toned("open")), true)];
    if (c.chance(0.85)) pieces.push(piece(c.say(c.toned("body"))));
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.6)) pieces.push(piece(c.say(c.toned("close"))));
    return pieces;
  },
};

/** Short comments under a post, an article or a video. */
const COMMENT_LISTS = {
  open_vpos: ["This is amazing!", "Love this so much.", "Absolutely brilliant.", "Best thing I have read all {day_part}.", "So good, thank you for sharing!", "Wow, {really} great work."],
  open_pos: ["Nice one.", "Great point.", "I like this a lot.", "Good stuff, thanks.", "Really helpful, thanks.", "Agree, well said."],
  open_mixed: ["Interesting, but I am not sure I agree.", "Good point, though a bit one-sided.", "Some of this is useful, some of it is wrong.", "Fair enough, but it misses the bigger problem."],
  open_neg: ["Not convinced at all.", "This is pretty misleading.", "Disappointed by this one.", "Sorry, but this is wrong.", "Meh, this is weak."],
  open_vneg: ["This is terrible.", "What a waste of time.", "Awful take, honestly.", "This is complete nonsense.", "Worst post I have seen in a while."],
  tail_vpos: ["Sharing this with {person}.", "Made my {day_part}!", "Keep it up!", "More of this please."],
  tail_pos: ["Thanks for posting.", "Saving this for later.", "Learned something new today.", "Good to know."],
  tail_mixed: ["Curious what others think.", "Would like to see the sources.", "Still, worth a read."],
  tail_neg: ["Expected better from this channel.", "Please check your facts.", "Not helpful."],
  tail_vneg: ["Unsubscribing.", "Stop spreading this.", "Embarrassing."],
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
    const pieces = [piece(c.say(c.toned("open")), true)];
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.6)) pieces.push(piece(c.say(c.toned("tail"))));
    return pieces;
  },
};

/** Survey or service feedback: how it went and what to change. */
const FEEDBACK_LISTS = {
  open_vpos: ["Excellent experience from start to finish.", "The staff were wonderful and very helpful.", "Everything was perfect, thank you.", "Fantastic service, I am delighted."],
  open_pos: ["Good experience overall.", "The service was friendly and quick.", "I was happy with how it went.", "Pleasant visit, no problems."],
  open_mixed: ["The experience was okay, with some problems.", "Friendly staff, but the wait was too long.", "Good product, but the checkout was confusing.", "Some things were great and some were poor."],
  open_neg: ["I was disappointed with the service.", "The wait was long and nobody explained why.", "Not a good experience this time.", "The staff seemed rushed and unhelpful."],
  open_vneg: ["Terrible experience, I am very upset.", "The worst service I have had in years.", "Rude staff and a broken process.", "Awful from start to finish."],
  suggest_vpos: ["Keep doing what you are doing.", "Please thank the team for me.", "I will definitely be back."],
  suggest_pos: ["Maybe add more {option}.", "More {option} would make it even better.", "I will come back."],
  suggest_mixed: ["Please improve the {area}.", "Fix the {area} and it would be great.", "The {area} needs work."],
  suggest_neg: ["The {area} needs a serious fix.", "Please train staff on the {area}.", "I hope the {area} improves."],
  suggest_vneg: ["I will not return.", "Someone needs to fix the {area} now.", "I have told my friends to avoid you."],
  option: ["payment options", "appointment slots", "opening hours", "choices on the menu", "ways to contact you"],
  area: ["booking process", "wait times", "website", "phone support", "checkout", "communication", "cleanliness"],
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
    const pieces = [piece(c.say(c.toned("open")), true)];
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.75)) pieces.push(piece(c.say(c.toned("suggest"))));
    return pieces;
  },
};
