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

/** Support tickets: greeting, the category's problem, what was tried, the request, a sign-off. */
const TICKET_LISTS = {
  greet: ["Hi.", "Hello.", "Hi team.", "Hello support.", "Good morning.", "Good afternoon.", "Hi there!", "Hello there.", "Hi, {fname} {lname} here.", "Hello, {fname} {lname} here.", "Hi, {fname} here.", "This is {fname} {lname}.", "Evening team.", "Hello, {fname} again."],
  // Where a real ticket starts with its reference: the order, the account, how long they have been a customer.
  context: ["Order {order}.", "Ticket ref {order}.", "Account number {order}.", "Customer since {year}, account {order}.", "Order {order}, writing from my {device}.", "Re order {order}.", "Customer number {order}.", "Case {order} is still open.", "{plan_cap} plan, account {order}.", "Ticket {order}: following up.", "I placed order {order} on {weekday}.", "Account holder: {fname} {lname}."],
  years: ["two", "three", "five", "six", "ten", "over ten"],
  year: ["2015", "2017", "2018", "2019", "2020", "2021", "2022", "2023"],
  plan: ["basic", "family", "premium", "business", "student", "starter"],
  problem_line_vneg: ["This is the {nth} time I am writing: {problem}.", "I am extremely frustrated because {problem}.", "Unacceptable: {problem}.", "{problem_cap}, and nobody has helped me.", "Urgent: {problem}.", "{problem_cap}. This is ridiculous.", "Order {order}: {problem}, again.", "I am fed up: {problem}.", "After {days} days of emails, {problem}.", "Still broken on {weekday}: {problem}.", "I have called {n} times and {problem}.", "Furious customer here: {problem}."],
  problem_line_neg: ["{problem_cap}.", "I am writing because {problem}.", "Unfortunately {problem}.", "It seems that {problem}.", "Since {weekday}, {problem}.", "{problem_cap} and I do not know why.", "For {n} days now, {problem}.", "As of {weekday}, {problem}.", "Order {order}: {problem}.", "Help please: {problem}.", "{problem_cap}, which is a problem for me.", "Not sure who to ask, but {problem}.", "Since {weekday} at about {clock}, {problem}.", "My issue: {problem}.", "Reporting a problem: {problem}.", "Since {month}, {problem}.", "On {weekday} I noticed that {problem}."],
  problem_line_mixed: ["{problem_cap}.", "Quick one: {problem}.", "I noticed that {problem}.", "Not urgent, but {problem}.", "Order {order}: {problem}.", "Just flagging that {problem}.", "Since {weekday}, {problem}.", "{problem_cap}, as far as I can tell.", "Question about order {order}: {problem}.", "On {weekday} I saw that {problem}.", "Not sure if this is on my side, but {problem}.", "Small issue since {month}: {problem}."],
  problem_line_pos: ["Quick one: {problem}.", "I noticed that {problem}.", "Small thing: {problem}.", "{problem_cap}, but I love the service otherwise.", "{problem_cap}. Otherwise the app is great, thanks.", "{problem_cap}; happy customer otherwise.", "Small issue: {problem}.", "{problem_cap}, but everything else is great."],
  tried: ["I already tried {fix}.", "I have tried {fix}, with no luck.", "{fix_cap} did not help.", "I tried {fix} and then {fix2}, but nothing changed.", "I tried {fix} on {weekday}.", "{fix_cap} made no difference.", "Before writing I tried {fix}."],
  // A second thing tried, from its own list so a ticket never tries the same thing twice.
  fix2: ["a factory reset", "a different network", "turning it off and on", "a second card", "the desktop site"],
  fix: ["logging out and back in", "clearing the cache", "restarting the app", "using another browser", "checking my spam folder", "waiting a day", "calling the hotline", "updating my details", "reinstalling the app", "switching to my {device}", "the steps in your help center", "the live chat"],
  request_vneg: ["{ask_cap} immediately.", "{ask_cap}, or I will cancel.", "I expect a reply today. {ask_cap}.", "{ask_cap} within {n} days."],
  request_neg: ["{ask_cap} {soon}.", "{ask_cap}, thanks.", "{ask_cap}.", "Could you {ask_verb}? {ask_cap}."],
  request_mixed: ["{ask_cap} when you can.", "{ask_cap}, thank you.", "{ask_cap}. Thanks.", "{ask_cap} by {weekday} if possible."],
  request_pos: ["{ask_cap} when you have a moment. Thanks!", "{ask_cap}. Thank you, I appreciate it.", "{ask_cap} when you get a chance."],
  ask_verb: ["reply by email", "call me back", "check my case", "confirm you got this"],
  sign: ["Thanks, {fname}.", "Regards, {fname} {lname}.", "{fname} {lname}", "Thank you, {fname}.", "Sent from my {device}.", "Kind regards, {fname}."],
  nth: ["second", "third", "fourth", "fifth"],
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
    if (c.chance(0.4)) pieces.push(piece(c.say("context")));
    pieces.push(piece(c.say(c.toned("problem_line").replace("vpos", "pos")), true));
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.5)) pieces.push(piece(c.say("tried")));
    pieces.push(piece(c.say(c.toned("request"))));
    if (c.chance(0.3)) pieces.push(piece(c.say("sign")));
    return pieces;
  },
};

/** Complaints: what went wrong, how it felt, what would put it right. */
const COMPLAINT_LISTS = {
  lead: ["", "", "", "", "", "", "Re order {order}, to whom it may concern: ", "Order {order}: ", "Hello, ", "Dear team, ", "Re case {order}: ", "For the record, ", "Dear {dept}, ", "Re: order {order}: ", "Complaint about order {order}: ", "Account {order}: ", "Attn {dept}: ", "Order {order}, attn {dept}: "],
  dept: ["customer service", "support team", "sir or madam", "manager", "complaints team", "customer care"],
  // Said before the complaint itself: who is writing and what has happened so far.
  // Said before the complaint itself, with the details a real letter gives (order, name, when).
  context: ["My name is {fname} {lname}, account {order}.", "{fname} {lname} here, customer number {order}.", "I placed order {order} on {weekday}.", "On order {order} I paid for express delivery.", "Case {order}: this is my {nth} email.", "On {weekday} at {clock} I called your hotline.", "At {clock} on {weekday} I spoke to {fname} in your call center.", "Order {order} was due on {weekday}.", "My order {order} was placed {ago}.", "Ticket {order} has been open for {days} days.", "On {weekday} {fname} from your team promised a fix.", "Replacement order {order} was placed {ago}."],
  shop: ["service", "shop", "app", "store", "products", "website", "team"],
  year: ["2015", "2017", "2018", "2019", "2020", "2021", "2022", "2023"],
  ago: ["{days} days ago", "last {weekday}", "on {weekday}", "in {month}", "a week ago", "two weeks ago", "on {month} {date}"],
  date: ["2", "3", "5", "8", "9", "11", "14", "17", "20", "22", "25", "28"],
  years: ["two", "three", "five", "six", "ten", "over ten"],
  nth: ["second", "third", "fourth", "fifth"],
  open_vneg: ["I am furious: {problem}.", "this is a disgrace. {problem_cap}.", "{problem_cap}. I have never been treated this badly.", "absolutely unacceptable: {problem}.", "{really}, this is the worst service: {problem}.", "disgusted: {problem}.", "{problem_cap}. This is a joke.", "what a shambles: {problem}.", "{problem_cap}. I am livid.", "after {days} days I am fed up: {problem}.", "shocking service: {problem}.", "{problem_cap}, and I am furious.", "unacceptable, again: {problem}.", "since {ago}, {problem}. Appalling."],
  open_neg: ["I want to complain because {problem}.", "I am unhappy that {problem}.", "I am writing to complain: {problem}.", "complaint: {problem}.", "{problem_cap}, and I want to complain.", "formal complaint: {problem}.", "I was let down: {problem}.", "not good enough: {problem}.", "{problem_cap}, and I am not happy about it.", "{problem_cap}. I am disappointed.", "again {problem}, and it is frustrating.", "since {weekday}, {problem}, and it is frustrating.", "since {ago}, {problem}, which is poor.", "as of {weekday}, {problem}. Disappointing.", "poor service once more: {problem}.", "{problem_cap}, which is a real problem for me."],
  open_mixed: ["I usually like your {shop}, but {problem}, which is a problem.", "normally things go well, but this time {problem}, which is annoying.", "{problem_cap}, which is a shame, as I usually like your service.", "{problem_cap}. Your service is usually good, so this is frustrating.", "{problem_cap}, sadly, though most of my orders are fine.", "{problem_cap}, which is a pain, though your app is good.", "usually good, but {problem}, which is annoying.", "since {ago}, {problem}; a shame, because I like your shop."],
  open_pos: ["{problem_cap}, though I like your service.", "{problem_cap}, and I normally love your products.", "{problem_cap}, but you are usually great.", "happy customer since {year}, one issue: {problem}.", "{problem_cap}; otherwise I love your shop."],
  feel_vneg: ["Your staff were rude and useless.", "I have wasted hours on this.", "Nobody bothered to reply to my emails.", "I was on hold for {mins} minutes and then cut off.", "Your agent hung up on me.", "This has ruined my week."],
  feel_neg: ["Nobody has answered me, which is frustrating.", "It has cost me time and money.", "The chat agent could not help.", "I waited {mins} minutes on the phone for nothing.", "I have had no reply in {days} days.", "Each agent tells me something different."],
  feel_mixed: ["The agent was polite, but nothing was fixed.", "I appreciate the quick reply, but the problem remains.", "Your agent {fname} was kind, but nothing changed."],
  feel_pos: ["The agent was friendly, to be fair.", "{fname} on the phone was helpful, to be fair."],
  want_vneg: ["I want a full refund and an apology.", "I expect compensation.", "Fix this or I will close my account.", "I want this fixed within {n} days or I will go elsewhere.", "I expect a call from a manager."],
  want_neg: ["{ask_cap}.", "Please fix this {soon}.", "{ask_cap} within {n} days.", "I expect a reply by {weekday}."],
  want_mixed: ["{ask_cap}.", "I hope this can be sorted out.", "{ask_cap} when you can."],
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
    const pieces = [];
    // Half of complaints say who is writing or what happened before the complaint itself, as letters do.
    if (c.chance(0.5)) pieces.push(piece(c.say("context")));
    pieces.push(piece(c.opening("lead", level), true));
    if (c.mention) pieces.push(piece(c.say(`mention_${c.mentionType}`), true));
    if (c.chance(0.7)) pieces.push(piece(c.say(level.replace("open", "feel"))));
    pieces.push(piece(c.say(level.replace("open", "want"))));
    return pieces;
  },
};

/** Chat or text messages between people: short, informal. */
const MESSAGE_LISTS = {
  // Messages go to someone: half of them start with a name.
  lead: ["", "", "", "Hey, ", "Hey hey, ", "Ok so ", "Btw, ", "Hi, ", "Yo, ", "Update: ", "Heads up, ", "Hey {fname}, ", "{fname}, ", "Hi {fname}, ", "Morning {fname}, ", "Ok {fname}, ", "Evening {fname}, ", "So {fname}, ", "Hiya {fname}, ", "Right, ", "Quick one, "],
  open_vpos: ["omg that is amazing news about the {event}!", "the {event} was awesome, thank you!", "best {event} ever, thanks {fname}!", "loved the {event} {time}, so much fun!", "you are the best, thanks for the {gift}!", "best {day} ever, thank you!", "so happy for you, the {event} sounds amazing!", "that {event} was awesome, thank you!", "love the {gift}, thanks so much!", "amazing, the {event} {time} is on!", "wow, {fname} loved the {gift}!", "the {gift} made my {day}, thank you!"],
  open_pos: ["see you at the {event} {time}!", "{time} works, see you at the {event}.", "got the {gift}, thank you!", "the {event} was great, thanks for inviting me.", "the {event} {time} sounds good!", "thanks for the {gift}, it is lovely.", "great, see you at the {event} at {clock}.", "glad the {event} went well, {fname}.", "the {spot} {time} sounds good!", "great, see you {time}.", "thanks, see you {time} then.", "nice, let me know when you are free {time}.", "cool, I will be at the {spot} {time}.", "{fname} says the {event} was fun, thanks!", "good news, the {thing} is fixed!", "yes, {clock} at the {spot} is perfect."],
  open_mixed: ["the {event} is on, but sorry, I might be late {time}.", "loved the {gift}, but the {event} was a mess.", "the {event} was nice, but the {thing} broke on the way.", "the {event} was fun, but I am so tired.", "good news about the {event}, bad news about the {thing}.", "ok, fine, but I am a bit annoyed about the {event}.", "fine, but sorry, I might be late {time}.", "sure, happy to, but {time} is a problem for me.", "good idea, but I am stuck at work {time}.", "nice, but the {thing} is still broken since {weekday}.", "great {event}, but {fname} was upset.", "the {gift} is lovely, but sorry, I missed the {event}."],
  open_neg: ["the {thing} won't start, sorry, I will miss the {event}.", "bad news, the {event} {time} is off.", "sorry, stuck in traffic, I will be late for the {event}.", "sorry, I cannot make the {event} {time}.", "sorry, the {event} {time} is cancelled.", "ugh, the {thing} broke again at the {spot}.", "I missed the {event}, sad.", "sorry, I cannot make it {time}, the {thing} broke.", "ugh, running late for the {event} again.", "not great news, the {thing} is broken.", "I am annoyed they cancelled the {event}.", "sorry, {fname} is sick, no {event} {time}.", "bad day, the {thing} died at the {spot}."],
  open_vneg: ["the {event} {time} was a disaster.", "worst {event} ever, I am furious.", "the {thing} is ruined and I am so angry.", "this is the worst {day}, the {thing} is dead.", "I am so angry about the {event} right now.", "terrible news about the {event}, call me when you can.", "I hate this, the {thing} broke again.", "furious, they cancelled the {event} {time}.", "awful {day}, stuck at the {spot} for hours."],
  day: ["day", "week", "weekend", "morning", "birthday"],
  extra: ["Call me later?", "Want me to bring {item}?", "Same place as last time?", "I will text you {time}.", "Say hi to {person} for me.", "Can you grab {item} on the way?", "Running {mins} minutes behind.", "Did you see my email?", "Text me when you land.", "Let me know what you think.", "I will be there by {clock}.", "My train gets in at {clock}.", "Table is booked for {clock}.", "Is {clock} ok for you?", "Back in {mins} minutes.", "Leaving now, {mins} minutes away.", "Ask {fname} if {fname2} is coming.", "Bring {item} if you can.", "Meet at the {spot} at {clock}?", "Call me after {clock}.", "Shall we say {weekday} at {clock}?", "I am at the {spot} now."],
  fname2: ["{fname}"],
  spot: ["station", "cafe", "front door", "car park", "usual place", "corner shop", "bus stop", "office", "gym", "bar"],
  time: ["tonight", "tomorrow", "at {hour}", "on {weekday}", "after work", "this weekend", "at noon", "at {clock}", "on {weekday} night", "tomorrow at {clock}", "next week", "this afternoon"],
  thing: ["car", "heater", "laptop", "washing machine", "train", "dishwasher", "bike", "phone", "bus", "boiler", "fridge", "printer", "wifi"],
  event: ["dinner", "party", "game", "meeting", "trip", "concert", "movie", "picnic", "interview", "barbecue", "class", "wedding", "brunch", "match", "gig", "book club", "quiz night", "birthday drinks", "lunch", "rehearsal"],
  gift: ["flowers", "book", "card", "cake", "ride", "tickets", "advice", "cookies", "plant", "photos", "playlist", "wine"],
  item: ["milk", "bread", "coffee", "the tickets", "my charger", "snacks", "ice", "the keys", "a jacket", "cash", "the cables", "an umbrella"],
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
    if (c.chance(0.7)) pieces.push(piece(c.say("extra")));
    return pieces;
  },
};
