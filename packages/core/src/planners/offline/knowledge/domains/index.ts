import type { DomainKnowledge } from "../types.js";
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

/**
 * Every domain module of the knowledge base. Add a module here when you add a
 * file under domains/ (test/knowledge-base.test.ts checks them all).
 */
export const KNOWLEDGE: readonly DomainKnowledge[] = [
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
];
