import type { DomainKnowledge } from "../types.js";
import { domainDefaults } from "./domain-defaults.js";
import { healthcareCare } from "./healthcare-care.js";
import { healthcareConditions } from "./healthcare-conditions.js";
import { healthcareEmergency } from "./healthcare-emergency.js";
import { healthcareVitals } from "./healthcare-vitals.js";
import { clinicalTrials } from "./clinical-trials.js";
import { publicHealth } from "./public-health.js";
import { education } from "./education.js";
import { educationAdmissions } from "./education-admissions.js";
import { hr } from "./hr.js";
import { sports } from "./sports.js";
import { sportsMatches } from "./sports-matches.js";
import { gaming } from "./gaming.js";
import { socialMedia } from "./social-media.js";
import { marketing } from "./marketing.js";
import { marketingEmailLeads } from "./marketing-email-leads.js";
import { media } from "./media.js";
import { music } from "./music.js";
import { automotive } from "./automotive.js";
import { banking } from "./banking.js";
import { ecommerceCatalog } from "./ecommerce-catalog.js";
import { ecommerceOrders } from "./ecommerce-orders.js";
import { energy } from "./energy.js";
import { flights } from "./flights.js";
import { food } from "./food.js";
import { general } from "./general.js";
import { hotels } from "./hotels.js";
import { insurance } from "./insurance.js";
import { iot } from "./iot.js";
import { lending } from "./lending.js";
import { logistics } from "./logistics.js";
import { manufacturing } from "./manufacturing.js";
import { markets } from "./markets.js";
import { realEstate } from "./real-estate.js";
import { shortTermRentals } from "./short-term-rentals.js";
import { rides } from "./rides.js";
import { libraryLoans } from "./library-loans.js";
import { retail } from "./retail.js";
import { telecom } from "./telecom.js";
import { weather } from "./weather.js";
import { agriculture } from "./agriculture.js";
import { devices } from "./devices.js";
import { peopleAges } from "./people-ages.js";
import { wellbeing } from "./wellbeing.js";
import { wine } from "./wine.js";
import { beer } from "./beer.js";
import { measures } from "./measures.js";
import { tennis } from "./tennis.js";
import { livestockFisheries } from "./livestock-fisheries.js";
import { climate } from "./climate.js";
import { books } from "./books.js";
import { crowdfunding } from "./crowdfunding.js";
import { carRentals } from "./car-rentals.js";
import { travelInsurance } from "./travel-insurance.js";
import { windTurbines } from "./wind-turbines.js";
import { operations } from "./operations.js";
import { techOps } from "./tech-ops.js";
import { paymentsCrypto } from "./payments-crypto.js";
import { transit } from "./transit.js";
import { baggageCruises } from "./baggage-cruises.js";
import { podcastsGames } from "./podcasts-games.js";
import { commerceSubscriptions } from "./commerce-subscriptions.js";
import { waterUtility } from "./water-utility.js";
import { lastMile } from "./last-mile.js";
import { saasAccounts } from "./saas-accounts.js";
import { eventVenues, iceCream } from "./venues-icecream.js";
import { bowling } from "./bowling.js";
import { coffeeRoasting } from "./coffee-roasting.js";
import { fantasyFootball } from "./fantasy-football.js";
import { streetTrees } from "./street-trees.js";
import { sleepClinic } from "./sleep-clinic.js";
import { veterinary } from "./veterinary.js";
import { golf } from "./golf.js";
import { earthquakes } from "./earthquakes.js";
import { bloodDonation } from "./blood-donation.js";
import { laundromat } from "./laundromat.js";
import { carWash } from "./car-wash.js";
import { charityRuns } from "./charity-runs.js";
import { tattooStudio } from "./tattoo-studio.js";
import { escapeRooms } from "./escape-rooms.js";
import { ferries } from "./ferries.js";

/**
 * Every domain module of the knowledge base. Add a module here when you add a
 * file under domains/ (test/knowledge-base.test.ts checks them all).
 */
export const KNOWLEDGE: readonly DomainKnowledge[] = [
  general,
  healthcareVitals,
  healthcareCare,
  healthcareEmergency,
  healthcareConditions,
  clinicalTrials,
  publicHealth,
  education,
  educationAdmissions,
  hr,
  sports,
  sportsMatches,
  gaming,
  socialMedia,
  marketing,
  marketingEmailLeads,
  media,
  music,
  ecommerceOrders,
  ecommerceCatalog,
  retail,
  banking,
  lending,
  markets,
  insurance,
  realEstate,
  hotels,
  flights,
  iot,
  weather,
  logistics,
  manufacturing,
  energy,
  food,
  automotive,
  telecom,
  shortTermRentals,
  rides,
  libraryLoans,
  agriculture,
  wine,
  beer,
  devices,
  peopleAges,
  wellbeing,
  measures,
  tennis,
  livestockFisheries,
  climate,
  books,
  crowdfunding,
  carRentals,
  travelInsurance,
  windTurbines,
  operations,
  techOps,
  paymentsCrypto,
  transit,
  baggageCruises,
  podcastsGames,
  commerceSubscriptions,
  waterUtility,
  lastMile,
  saasAccounts,
  eventVenues,
  iceCream,
  bowling,
  coffeeRoasting,
  fantasyFootball,
  streetTrees,
  sleepClinic,
  veterinary,
  golf,
  earthquakes,
  bloodDonation,
  laundromat,
  carWash,
  charityRuns,
  tattooStudio,
  escapeRooms,
  ferries,
  ...domainDefaults,
];
