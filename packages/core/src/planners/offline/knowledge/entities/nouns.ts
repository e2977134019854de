import type { Column } from "../../../../spec/schema.js";

/**
 * What the planner knows about things the entity modules do not hold, by the word alone
 * (nounEntities.ts): which nouns name people (a person name column), which name events (a
 * date), which things have a name a faker method makes (a band's name, a car's model).
 */

/** Plural nouns for people: their table gets a person name. */
export const PERSON_NOUNS = new Set(
  "people persons users players members tenants landlords owners drivers riders passengers volunteers instructors teachers tutors coaches trainers dentists doctors nurses physicians surgeons therapists vets veterinarians pharmacists athletes artists musicians actors authors writers readers viewers listeners fans subscribers donors sponsors clients customers buyers sellers vendors suppliers agents brokers realtors managers employees staff workers contractors freelancers interns applicants candidates participants attendees visitors guests travellers travelers tourists pilots chefs waiters cashiers residents citizens voters students pupils learners parents children kids babies runners swimmers cyclists climbers golfers gamers streamers creators influencers hosts judges referees umpires officers inspectors technicians engineers developers mechanics couriers shoppers diners borrowers lenders investors traders farmers breeders gardeners campers hikers climbers".split(" "),
);

/** Person nouns by their ending: dentists, trainees, volunteers (not lists, fees, trees, beers). */
const PERSON_ENDINGS = /(?:[a-z]{3}ists|[a-z]{2}ees|[a-z]{2}eers)$/;
const NOT_PEOPLE = /(?:lists|fees|trees|degrees|committees|coffees|knees|decrees|pedigrees|beers|steers)$/;

/** The plural noun names people; `agents` are nouns the description puts after "by" ("walks of dogs by walkers"). */
export function isPersonNoun(plural: string, agents: ReadonlySet<string> = new Set()): boolean {
  return PERSON_NOUNS.has(plural) || agents.has(plural) || (PERSON_ENDINGS.test(plural) && !NOT_PEOPLE.test(plural));
}

/** Plural nouns for events: their table gets a date. Words ending -ing(s), -tion(s), -ment(s), -al(s), -ance(s) count too. */
export const EVENT_NOUNS = new Set(
  "matches games bookings reservations appointments payments rentals performances screenings shifts harvests sessions visits trips rides flights deliveries purchases sales transactions loans orders tickets attendances registrations enrollments enrolments signups sign-ups donations claims incidents races lessons events meetings calls inspections repairs treatments admissions applications bids plays streams workouts runs exams interviews subscriptions renewals tours concerts stays checkups check-ins checkins logins visits shipments returns refunds races fixtures bouts rounds hearings cases surgeries vaccinations adoptions walks arrivals referrals approvals withdrawals removals proposals dismissals deposits reviews comments messages posts complaints".split(" "),
);
const EVENT_ENDINGS = /(?:ings|tions|sions|ments|ances|ences)$/;

export function isEventNoun(plural: string): boolean {
  return EVENT_NOUNS.has(plural) || EVENT_ENDINGS.test(plural);
}

/** A thing's name column by its plural noun (the column is named `<singular>_<suffix>`). */
const THING_LABELS: { words: string[]; suffix: string; method: string }[] = [
  { words: ["bands", "artists", "groups"], suffix: "name", method: "music.artist" },
  { words: ["songs", "tracks"], suffix: "title", method: "music.songName" },
  { words: ["films", "movies", "shows", "books", "albums", "podcasts", "episodes"], suffix: "title", method: "book.title" },
  { words: ["cars", "vehicles", "trucks", "vans", "bikes", "motorbikes", "scooters"], suffix: "model", method: "vehicle.vehicle" },
  { words: ["flats", "apartments", "properties", "houses", "homes", "units", "buildings", "addresses"], suffix: "address", method: "location.streetAddress" },
  { words: ["pets", "dogs", "cats", "horses", "animals"], suffix: "name", method: "animal.petName" },
  { words: ["dishes", "meals", "recipes", "menu items"], suffix: "name", method: "food.dish" },
  { words: ["cities", "towns"], suffix: "name", method: "location.city" },
  {
    words: "airlines farms clubs teams restaurants shops stores companies businesses firms venues studios gyms hotels hospitals clinics schools colleges universities charities suppliers brands agencies banks branches cafes bakeries bars breweries wineries labs startups".split(" "),
    suffix: "name",
    method: "company.name",
  },
];

/** The name column for a thing: a faker method where one fits, else a label such as "Stage 12" (one per row, in key order). */
export function thingLabel(plural: string, singular: string): Column {
  const known = THING_LABELS.find((l) => l.words.includes(plural) || l.words.includes(plural.split(" ").pop()!));
  if (known) return { name: `${singular.replace(/ /g, "_")}_${known.suffix}`, kind: "faker", method: known.method };
  const word = singular.charAt(0).toUpperCase() + singular.slice(1);
  const name = `${singular.replace(/ /g, "_")}_label`;
  return word.length < 20 ? { name, kind: "id", format: "sequence", prefix: `${word} ` } : { name, kind: "id", format: "pattern", pattern: `${word.replace(/[#?*]/g, "").slice(0, 35)} ####` };
}

/** Plurals of words ending -ie ("movies"), not -y. */
const IE = /^(?:movies|cookies|selfies|zombies|rookies|brownies|smoothies|pies|ties|hoodies|goalies|newbies|veggies|genies|calories)$/;

/** The singular of a plural noun phrase (its last word): "fitness classes" -> fitness class, "properties" -> property. */
export function singularOf(plural: string): string {
  const words = plural.split(" ");
  const last = words.pop()!;
  const one = /^(?:series|species)$/.test(last) ? last : IE.test(last) ? last.slice(0, -1) : /ies$/.test(last) ? `${last.slice(0, -3)}y` : /(?:ches|shes|sses|xes|zes)$/.test(last) ? last.slice(0, -2) : /ss$/.test(last) ? last : last.replace(/s$/, "");
  return [...words, one].join(" ");
}

