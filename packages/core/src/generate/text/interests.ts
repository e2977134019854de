import type { Topic } from "./topics.js";

/**
 * Interests for posts and headlines. `subject` is what a person posts about
 * ("my morning run"); `news` is what a headline reports on ("the city
 * marathon"), so a headline never reads in the first person. Written for
 * this project, not taken from a corpus.
 */
export const INTEREST_TOPICS: readonly Topic[] = [
  {
    id: "food",
    match: /food|cook|recipe|restaurant|eat|bak/,
    lists: {
      subject: ["the new ramen place downtown", "homemade sourdough", "a late-night taco run", "my first attempt at croissants", "brunch with friends", "the farmers market haul", "a new curry recipe", "pizza night at home", "the bakery on {street}", "a five-course tasting menu", "grandma's soup recipe", "street food at the night market"],
      news: ["the city food festival", "a new farmers market", "restaurant prices", "the school lunch program", "local bakeries", "the new food hall", "street food vendors", "the restaurant inspection scheme", "coffee prices", "a plan for late-night dining"],
    },
  },
  {
    id: "travel",
    match: /travel|trip|vacation|holiday|flight|tour/,
    lists: {
      subject: ["a weekend trip to the coast", "an early flight", "the view from our hotel", "a road trip with the family", "packing for a week away", "a night train across the border", "our first camping trip", "a day in the old town", "a long layover", "the beach house we rented", "a ferry ride at sunset", "hiking the coastal path"],
      news: ["summer flight prices", "the airport expansion", "holiday train fares", "a new ferry route", "hotel prices", "the tourist tax", "passport wait times", "the new rail link", "cruise ship visits", "airport security lines"],
    },
  },
  {
    id: "fitness",
    match: /fit|gym|run|workout|sport|health|yoga/,
    lists: {
      subject: ["my morning run", "leg day at the gym", "a new personal best", "an early yoga class", "my first half marathon", "{a} {n}k run before work", "a spin class", "the climbing wall", "week {n} of training", "a long bike ride", "swimming laps at lunch", "a hill sprint session"],
      news: ["the city marathon", "a new public gym", "youth sports funding", "the cycling lane plan", "the swimming pool reopening", "school sports days", "park fitness classes", "the bike share scheme", "the new running track"],
    },
  },
  {
    id: "tech",
    match: /tech|gadget|phone|software|ai|gaming|game/,
    lists: {
      subject: ["the latest phone update", "my new laptop", "this new app", "the game launch tonight", "a smart home setup", "building my first PC", "a new mechanical keyboard", "the beta of a new game", "my home server", "switching to a new phone", "a coding side project", "the new headphones"],
      news: ["the new phone launch", "a data privacy bill", "the chip shortage", "a major software outage", "the city broadband plan", "electric car batteries", "the new game console", "online safety rules", "a tech startup merger", "social media rules for teens"],
    },
  },
  {
    id: "music",
    match: /music|concert|song|band|album/,
    lists: {
      subject: ["last night's concert", "the new album", "a song I cannot stop playing", "our band practice", "a festival lineup", "a vinyl find at the market", "the jazz night at the bar", "my first guitar lesson", "an open mic night", "the choir rehearsal", "a live album from {year}", "the summer festival"],
      news: ["the summer music festival", "ticket prices for the tour", "the new concert hall", "a band reunion tour", "music streaming pay", "the city orchestra", "live music venues", "the festival lineup", "the music school budget"],
    },
  },
  {
    id: "fashion",
    match: /fashion|style|outfit|cloth|beauty/,
    lists: {
      subject: ["today's outfit", "a thrift store find", "the new season's colors", "my skincare routine", "a pair of new sneakers", "a vintage jacket", "the capsule wardrobe", "a tailored suit", "new glasses", "a handmade scarf", "my first pair of boots", "the sale haul"],
      news: ["fast fashion", "the fashion week shows", "clothing prices", "a new thrift market", "the school uniform rules", "sneaker resale prices", "a textile recycling plan", "the beauty industry"],
    },
  },
  {
    id: "sports",
    match: /football|soccer|basketball|baseball|match|team|league/,
    lists: {
      subject: ["the game last night", "that last-minute goal", "our team's season", "the playoff race", "a big win on the road", "the derby on {weekday}", "our kids' league final", "{a} {n}-game win streak", "the new coach", "the season opener", "extra time in the cup", "fantasy league week {n}"],
      news: ["the home team", "the stadium plan", "the league final", "the new head coach", "the season opener", "ticket prices at the stadium", "the transfer window", "the youth league", "the cup draw", "the national team"],
    },
  },
  {
    id: "business",
    match: /business|financ|market|econom|startup|work|career/,
    lists: {
      subject: ["the quarterly numbers", "a new product launch", "my first week at a new job", "the market this morning", "our team offsite", "a pitch to investors", "the year-end review", "a small business fair", "our first {n} customers", "a new office", "the hiring plan", "my side business"],
      news: ["the quarterly earnings", "interest rates", "the jobs report", "small business loans", "the new shopping center", "house prices", "a factory closure", "the minimum wage", "fuel prices", "the local jobs fair"],
    },
  },
  {
    id: "politics",
    match: /politic|election|government|policy/,
    lists: {
      subject: ["the new housing policy", "the city council vote", "tonight's debate", "the budget plan", "the local election", "the town hall meeting", "the school board race", "the new transit plan", "a petition about the park", "the tax vote"],
      news: ["the new housing policy", "the city council vote", "the budget plan", "the local election", "the school board race", "the transit plan", "the tax reform bill", "the mayor's plan", "a new parking policy", "the rent cap"],
    },
  },
  {
    id: "weather",
    match: /weather|climate|storm|rain|snow/,
    lists: {
      subject: ["the weather this weekend", "the first snow of the year", "the long-range forecast", "a rainy weekend", "the end of summer", "the heat wave", "a thunderstorm last night", "the frost this morning", "a sunny {weekday}", "the wind today"],
      news: ["the heat wave", "the storm season", "the flood defenses", "the winter forecast", "drought rules", "the snow clearing plan", "a record warm {month}", "the river levels", "the wildfire season"],
    },
  },
  {
    id: "health",
    match: /health|medic|hospital|wellness/,
    lists: {
      subject: ["the new clinic in town", "the health fair", "a new wellness study", "the new hospital wing", "a vaccine drive", "my annual checkup", "a blood donation", "the walk-in clinic", "a first aid course", "a mental health day"],
      news: ["the new hospital wing", "a vaccine drive", "waiting times at the clinic", "a new wellness study", "the health budget", "nurse staffing", "the flu season", "the children's hospital", "drug prices", "the ambulance service"],
    },
  },
];
