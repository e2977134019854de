import { ISSUE_TOPICS } from "../topics.js";
import { piece, type StyleDef } from "./types.js";

/** An unknown ticket category is named in a generic sentence, so the text still matches it. */
const UNKNOWN_ISSUE = {
  problem: ["I have a problem with {@topic}", "I have a question about {@topic}", "something is not right with {@topic}", "I need help with {@topic}", "I am having an issue related to {@topic}"],
  ask: ["please advise", "please have someone look into this", "please get back to me", "please tell me my options"],
};

const MENTIONS = {
  mention_product: ["This is about my {@mention}.", "The product is the {@mention}.", "It concerns the {@mention} I bought."],
  mention_city: ["I am in {@mention}.", "My address is in {@mention}.", "This happened at the {@mention} store."],
  mention_company: ["I ordered through {@mention}.", "My employer is {@mention}."],
  mention_person: ["{@mention} helped me last time.", "I already spoke to {@mention}."],
  mention_hashtag: ["Ref {@mention}."],
  mention_other: ["Reference: {@mention}.", "Details: {@mention}."],
};

/** Support tickets: greeting, the category's problem, what was tried, the request. */
const TICKET_LISTS = {
  greet: ["Hi.", "Hello.", "Hi team.", "Hello support.", "Good morning.", "Hi there!", "Hello there."],
  problem_line_vneg: ["This is the {nth} time I am writing: {problem}.", "I am extremely frustrated because {problem}.", "Unacceptable: {problem}.", "{problem_cap}, and nobody has helped me."],
  problem_line_neg: ["{problem_cap}.", "I am writing because {problem}.", "Unfortunately {problem}.", "It seems that {problem}.", "Since {weekday}, {problem}."],
  problem_line_mixed: ["{problem_cap}.", "Quick one: {problem}.", "I noticed that {problem}.", "Not urgent, but {problem}."],
  problem_line_pos: ["Quick one: {problem}.", "I noticed that {problem}.", "Small thing: {problem}."],
  tried: ["I already tried {fix}.", "I have tried {fix}, with no luck.", "{fix_cap} did not help.", "I tried {fix} and {fix}, but nothing changed."],
  fix: ["logging out and back in", "clearing the cache", "restarting the app", "using another browser", "checking my spam folder", "waiting a day", "calling the hotline", "updating my details"],
  request_vneg: ["{ask_cap} immediately.", "{ask_cap}, or I will cancel.", "I expect a reply today. {ask_cap}."],
  request_neg: ["{ask_cap} {soon}.", "{ask_cap}, thanks.", "{ask_cap}."],
  request_mixed: ["{ask_cap} when you can.", "{ask_cap}, thank you.", "{ask_cap}. Thanks."],
  request_pos: ["{ask_cap} when you have a moment. Thanks!", "{ask_cap}. Thank you, I appreciate it."],
  nth: ["second", "third", "fourth"],
  ...MENTIONS,
};

export const support_ticket: StyleDef = {
  maxWords: 60,
  toned: true,
  lists: TICKET_LISTS,
  topics: { family: ISSUE_TOPICS, lists: ["problem", "ask"], unknown: UNKNOWN_ISSUE },
  build: (c) => {
    const pieces = [];
    if (c.chance(0.7)) pieces.push(piece(c.say("greet")));
    pieces.push(piece(c.say(c.toned("problem_line").replace("vpos", "pos")), true));
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.5)) pieces.push(piece(c.say("tried")));
    pieces.push(piece(c.say(c.toned("request"))));
    return pieces;
  },
};

/** Complaints: what went wrong, how it felt, what would put it right. */
const COMPLAINT_LISTS = {
  lead: ["", "", "", "To whom it may concern: ", "Order {order}: ", "Hello. ", "Dear team, ", "Re case {order}: ", "For the record, ", "Once again, "],
  order: ["#{digit}{digit}{digit}{digit}{digit}", "A{digit}{digit}{digit}-{digit}{digit}"],
  digit: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
  open_vneg: ["I am furious: {problem}.", "this is a disgrace. {problem_cap}.", "I have never been treated this badly. {problem_cap}.", "absolutely unacceptable: {problem}.", "{really}, this is the worst service: {problem}."],
  open_neg: ["I want to complain because {problem}.", "I am unhappy that {problem}.", "I am writing to complain: {problem}.", "I am disappointed because {problem}."],
  open_mixed: ["I usually like your service, but {problem}, which is a problem.", "normally things go well, but this time {problem}, which is annoying.", "good service as a rule, but {problem}."],
  open_pos: ["overall I am a happy customer, but {problem}.", "I like your service, but {problem}."],
  feel_vneg: ["Your staff were rude and useless.", "I have wasted hours on this.", "Nobody bothered to reply to my emails."],
  feel_neg: ["Nobody has answered me, which is frustrating.", "It has cost me time and money.", "The chat agent could not help."],
  feel_mixed: ["The agent was polite, but nothing was fixed.", "I appreciate the quick reply, but the problem remains."],
  feel_pos: ["The agent was friendly, to be fair."],
  want_vneg: ["I want a full refund and an apology.", "I expect compensation.", "Fix this or I will close my account."],
  want_neg: ["{ask_cap}.", "Please fix this {soon}."],
  want_mixed: ["{ask_cap}.", "I hope this can be sorted out."],
  want_pos: ["I am sure you can sort this out quickly. Thank you."],
  ...MENTIONS,
};

export const complaint: StyleDef = {
  maxWords: 70,
  toned: true,
  lists: COMPLAINT_LISTS,
  topics: { family: ISSUE_TOPICS, lists: ["problem", "ask"], unknown: UNKNOWN_ISSUE },
  build: (c) => {
    const level = c.toned("open").replace("vpos", "pos");
    const pieces = [piece(c.opening("lead", level), true)];
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.7)) pieces.push(piece(c.say(level.replace("open", "feel"))));
    pieces.push(piece(c.say(level.replace("open", "want"))));
    return pieces;
  },
};

/** Chat or text messages between people: short, informal. */
const MESSAGE_LISTS = {
  lead: ["", "", "", "Hey, ", "Hey! ", "Ok so ", "Btw, ", "Hi! ", "Yo, ", "Update: ", "Heads up, "],
  open_vpos: ["omg that is amazing news!", "the {event} was awesome, thank you!", "best {event} ever!", "loved the {event} {time}, so much fun!", "you are the best, thanks for the {gift}!", "Best day ever!", "So happy for you!!", "That was awesome, thank you!", "Love it, thanks so much!"],
  open_pos: ["the {event} {time} sounds good!", "thanks for the {gift}, it is lovely.", "great, see you at the {event}.", "glad the {event} went well.", "sounds good!", "Great, see you {time}.", "Thanks, that works for me.", "Nice, let me know when you are free.", "Cool, I will be there {time}."],
  open_mixed: ["the {event} was fun, but I am so tired.", "good news about the {event}, bad news about the {thing}.", "ok, fine, but I am a bit annoyed.", "Fine, but sorry, I might be late.", "Sure, happy to, but {time} is a problem for me.", "Good idea, but I am stuck at work {time}.", "Nice, but the {thing} is still broken."],
  open_neg: ["sorry, I cannot make the {event} {time}.", "sorry, the {event} is cancelled.", "ugh, the {thing} broke again.", "I missed the {event}, sad.", "sorry, I cannot make it {time}.", "Ugh, running late again.", "Not great news, the {thing} is broken.", "I am annoyed they cancelled."],
  open_vneg: ["the {event} was a disaster.", "worst {event} ever, I am furious.", "the {thing} is ruined and I am so angry.", "this is the worst day.", "I am so angry right now.", "Terrible news, call me when you can.", "I hate this, seriously."],
  extra: ["Call me later?", "Can you grab {item} on the way?", "Running {mins} minutes behind.", "Did you see my email?", "Text me when you land.", "Let me know what you think."],
  time: ["tonight", "tomorrow", "at 7", "on {weekday}", "after work", "this weekend", "at noon"],
  thing: ["car", "heater", "laptop", "washing machine", "train", "dishwasher", "bike", "phone"],
  event: ["dinner", "party", "game", "meeting", "trip", "concert", "movie", "picnic", "interview", "barbecue", "class", "wedding"],
  gift: ["flowers", "book", "card", "cake", "ride", "tickets", "advice"],
  item: ["milk", "bread", "coffee", "the tickets", "my charger"],
  mins: ["5", "10", "15", "20"],
  ...MENTIONS,
  mention_city: ["Just landed in {@mention}.", "Meet you in {@mention}?", "Still stuck in {@mention}."],
  mention_person: ["Is {@mention} coming too?", "Tell {@mention} I said hi."],
};

export const message: StyleDef = {
  maxWords: 25,
  toned: true,
  lists: MESSAGE_LISTS,
  topics: { family: [], lists: [], unknown: {} },
  build: (c) => {
    const pieces = [piece(c.opening("lead", c.toned("open")), true)];
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.45)) pieces.push(piece(c.say("extra")));
    return pieces;
  },
};
