/**
 * Word lists every style may use: times, small numbers, people, devices.
 * Written for this project (no corpus, no model): see docs/text.md.
 */
export const SHARED_LISTS: Readonly<Record<string, readonly string[]>> = {
  when: ["last week", "a month ago", "two weeks ago", "in {month}", "a few days ago", "last {weekday}", "over the holidays", "three months ago", "yesterday", "earlier this year", "for my birthday", "on sale", "{days} days ago", "back in {month}", "on {weekday}", "in early {month}", "in late {month}", "last weekend"],
  month: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  weekday: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  period: ["monthly", "annual", "quarterly"],
  n: ["3", "4", "5", "6", "7", "8", "9", "10", "12", "14"],
  code: ["E101", "E204", "403", "500", "ERR-17", "E330", "X12", "E42"],
  screen: ["settings", "checkout", "dashboard", "profile", "reports", "billing", "search", "home"],
  device: ["phone", "iPad", "laptop", "Android phone", "work computer", "tablet"],
  person: ["my wife", "my husband", "my daughter", "my son", "my mom", "my dad", "a friend", "my partner", "my sister", "my brother", "a coworker", "my neighbor"],
  for_whom: ["for myself", "as a gift", "for {person}", "for the office", "for our new apartment", "for a trip", "to replace an old one"],
  bought: ["bought", "ordered", "picked up", "got", "purchased"],
  bp: ["128/82", "142/90", "118/76", "156/94", "134/86", "121/79"],
  hr: ["72", "88", "96", "64", "104", "79"],
  spo2: ["91", "93", "95", "97", "98"],
  temp: ["38.2", "38.9", "37.8", "39.1", "37.5"],
  age: ["24", "31", "38", "45", "52", "58", "63", "67", "71", "76", "79"],
  sex: ["M", "F"],
  duration: ["two days", "three days", "a week", "since this morning", "several hours", "two weeks", "a month"],
  really: ["really", "truly", "honestly", "absolutely", "genuinely", "seriously"],
  soon: ["as soon as possible", "today if you can", "this week", "before the weekend", "soon"],
  digit: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
  nz: ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
  // Order and case numbers vary a text the way real ones do: every ticket has its own.
  order: ["#{nz}{digit}{digit}{digit}{digit}", "A{nz}{digit}{digit}-{digit}{digit}", "{nz}{digit}{digit}{digit}{digit}{digit}", "#{nz}{digit}{digit}{digit}-{digit}{digit}{digit}"],
  days: ["2", "3", "4", "5", "6", "8", "9", "10", "11", "12", "15", "18", "21"],
  mins: ["5", "10", "15", "20", "25", "30", "40", "45"],
  clock: ["{hour}:00", "{hour}:15", "{hour}:30", "{hour}:45", "{hour} am", "{hour} pm", "{hour}:{half}0"],
  hour: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
  half: ["1", "2", "4", "5"],
  street: ["Main Street", "Oak Avenue", "Park Road", "High Street", "Elm Street", "Market Street", "Church Lane", "Mill Road", "King Street", "River Road", "Station Road", "Bridge Street"],
  year: ["1972", "1985", "1991", "1994", "1999", "2004", "2011", "2016"],
  // Made-up towns of plain words, for headlines and posts that name a place the row does not give.
  town: ["Maple Grove", "Cedar Falls", "Oak Hill", "River Bend", "Stone Bridge", "North Haven", "Pine Ridge", "Elm Park", "Bay City", "Red Rock", "Mill Creek", "Fair Haven", "Green Valley", "Lake Forest", "West Point", "Spring Hill"],
  pct: ["12", "18", "23", "31", "38", "41", "47", "52", "56", "61", "64", "70", "73", "81", "88"],
  // Common first names, none of them a word the sentiment scorer reads (no Joy, Hope, Grace).
  fname: ["Sam", "Alex", "Chris", "Jordan", "Taylor", "Maria", "David", "Sarah", "Mike", "Emma", "Dan", "Laura", "Tom", "Anna", "James", "Kate", "Ben", "Lisa", "Paul", "Nina", "Mark", "Amy", "Jack", "Rosa", "Peter", "Julia", "Luke", "Emily", "Ryan", "Helen", "Omar", "Sofia", "Leo", "Claire", "Ian", "Megan", "Carlos", "Ruth", "Adam", "Zoe", "Nick", "Diana", "Ella", "Max", "Priya", "Greg", "Hannah", "Tony"],
  lname: ["Smith", "Garcia", "Brown", "Miller", "Lee", "Wilson", "Moore", "Clark", "Lewis", "Walker", "Young", "Allen", "Hall", "Turner", "Parker", "Evans", "Morris", "Cooper", "Reed", "Bailey", "Cox", "Ward", "Hughes", "Price"],
};
