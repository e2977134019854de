/**
 * Which way a guessed driver should point when the knowledge base signs none: an adverse outcome
 * (churn, default, no-show) rises with friction (price, waits, complaints) and falls with what
 * keeps people (engagement, ratings, tenure); a favourable one (booked, passed, hired) the other way.
 * Word lists, matched against a column's name words; data, not rules.
 */
const ADVERSE = /(^|_)(churn\w*|default\w*|fraud\w*|cancel\w*|no_show\w*|noshow|readmit\w*|dropout|dropped\w*|drop_out|fail\w*|late|overdue|quit\w*|left|leave\w*|attrition|complain\w*|accident\w*|injur\w*|disease|diabet\w*|return\w*|refund\w*|chargeback\w*|delay\w*|delinquen\w*|stopped\w*|stop\w*|lapsed|lost|abandon\w*|uninstall\w*|unsubscrib\w*|banned|suspended|evicted|bankrupt\w*|relapse\w*|died|death|mortality|defect\w*|broke\w*|breach\w*|spam|bot|toxic|escalat\w*)($|_)/;
/** What a row pays for its risk: a premium rises with risk and falls with what makes it safer. */
const RISK_PRICED = /(^|_)(premium|premiums|insurance_cost|insurance_rate|risk_score)$/;
const FAVOURABLE = /(^|_)(booked|book\w*|purchas\w*|bought|buy\w*|convert\w*|pass\w*|hired|hire\w*|won|win\w*|retain\w*|renew\w*|click\w*|approv\w*|subscrib\w*|success\w*|succeed\w*|promot\w*|graduat\w*|admit\w*|accept\w*|enrol\w*|complet\w*|funded|paid|repaid|signed\w*|sign_up|signup|upgrad\w*|adopt\w*|recover\w*|survived|viral|engaged|responded|attended|sold|rented|matched|liked)($|_)/;

/** What works against a good outcome. */
const FRICTION = /(^|_)(price|prices|cost|costs|fee|fees|charge\w*|wait\w*|delay\w*|distance|commute|complaint\w*|error\w*|late\w*|missed|miss\w*|days_since\w*|absence\w*|absent\w*|debt\w*|dti|minimum|defect\w*|downtime|outage\w*|crash\w*|bug\w*|ticket\w*|incident\w*|violation\w*|penalt\w*|fine\w*|risk\w*|age_of|dropped_calls|lag|latency|load_time|bounce\w*|unemploy\w*|smok\w*|noise|stress\w*|overtime|workload|rejections?|denials?|claims?|odds|braking|hard_brak\w*|speeding|accelerations?|rapid_\w*|phone_use\w*|distracted\w*|night_driving|friction)($|_)/;
/** What works for a good outcome (and against an adverse one). */
const FAVOURING = /(^|_)(rating\w*|review\w*|stars?|satisfaction|satisfied|nps|score\w*|discount\w*|engagement|engaged|logins?|sessions?|usage|used|study|studied|homework|attendance|attended|experience\w*|followers?|likes?|income|salary|credit_score|tenure|loyalty|referrals?|reward\w*|bonus\w*|features?|photos?|amenit\w*|superhost|verified|quality|skill\w*|training|practice\w*|preparation|support|response_rate|on_time|clean\w*|safety|education|gpa|grades?)($|_)/;

/** +1 favourable, -1 adverse, 0 unknown; from the target's name. */
export function outcomePolarity(name: string): number {
  const n = name.toLowerCase();
  if (ADVERSE.test(n) || RISK_PRICED.test(n)) return -1;
  if (FAVOURABLE.test(n)) return 1;
  return 0;
}

/** +1 works for a good outcome, -1 against it, 0 unknown; from a feature's (or a child table's) name. */
export function featurePolarity(name: string): number {
  const n = name.toLowerCase();
  if (FRICTION.test(n)) return -1;
  if (FAVOURING.test(n)) return 1;
  return 0;
}

/** The sign a guessed driver gets, or 0 when neither side says. */
export function guessedSign(target: string, feature: string): number {
  return outcomePolarity(target) * featurePolarity(feature);
}
