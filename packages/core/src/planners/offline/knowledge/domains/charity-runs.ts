import type { DomainKnowledge } from "../types.js";

/**
 * Charity fun runs (5K and 10K events with peer-to-peer fundraising): each participant's
 * fundraising goal, what they raised from how many donors, their finish time and team.
 */
export const charityRuns: DomainKnowledge = {
  domain: "sports",
  words: ["charity run", "charity runs", "charity 5k", "charity race", "fun run", "fun runs", "fun run participants", "charity walk", "fun run registrations", "walk-a-thon", "run for charity", "5k fun run", "color run"],
  concepts: [
    {
      id: "charity_fundraising_goal",
      names: ["fundraising goal", "fundraising target", "fundraising goal usd", "personal fundraising goal", "pledge goal", "donation goal", "goal raised"],
      domains: ["sports", "fitness"],
      // Event sites suggest $100-500; committed fundraisers set $1,000-5,000.
      source: "Blackbaud Peer-to-Peer Fundraising Study 2023; Classy P2P benchmark report (participant goals mostly $100-1,000)",
      shape: { kind: "integer", distribution: "lognormal", mean: 480, sd: 600, min: 100, max: 5000 },
    },
    {
      id: "charity_donors",
      names: ["number of donors", "donors", "donor count", "num donors", "donations count", "number of donations", "sponsors", "number of sponsors"],
      domains: ["sports", "fitness"],
      // A participant brings in about 5-10 gifts; many none.
      source: "Blackbaud Peer-to-Peer Fundraising Study 2023: about 6-8 donors per fundraising participant",
      shape: { kind: "integer", distribution: "lognormal", mean: 7, sd: 7, min: 0, max: 120 },
    },
    {
      id: "charity_amount_raised",
      names: ["amount raised", "raised", "total raised", "funds raised", "money raised", "amount raised usd", "donations raised", "fundraising total"],
      domains: ["sports", "fitness"],
      outcome: true,
      // Average gift about $50-65; a 5K participant raises about $200-400 on average, a long tail to thousands.
      source: "Blackbaud Peer-to-Peer Fundraising Study 2023 (average gift ~$60); Classy P2P benchmark (average raised per participant)",
      shape: { kind: "number", distribution: "lognormal", mean: 330, sd: 380, min: 0, max: 20000, decimals: 2 },
      drivers: [
        { concept: "charity_donors", weight: 0.9 },
        { concept: "charity_fundraising_goal", weight: 0.35 },
        { concept: "charity_ran_with_team", weight: 0.15 },
      ],
    },
    {
      id: "charity_5k_finish_minutes",
      names: ["run finish time", "5k finish time", "fun run finish time", "5k time", "charity run finish time", "charity finish time", "5k finish time minutes"],
      // Running USA: 5K finishers average about 35 minutes (men) and 41 (women); walkers 50-90.
      source: "Running USA 2023 US Running Trends Report (5K median finish times); RunRepeat 5K statistics",
      shape: { kind: "number", distribution: "lognormal", mean: 40, sd: 11, min: 15, max: 95, decimals: 1 },
      units: [{ words: ["minutes", "mins", "min", "in minutes"], shape: { kind: "number", distribution: "lognormal", mean: 40, sd: 11, min: 15, max: 95, decimals: 1 } }],
    },
    {
      id: "charity_ran_with_team",
      names: ["ran with a team", "ran with team", "ran as a team", "running with a team", "on a team", "part of a team", "team runner", "joined a team", "team participant", "fundraising team"],
      // About 40-50% of P2P event participants fundraise as part of a team.
      source: "Blackbaud Peer-to-Peer Fundraising Study 2023: team members raise more than individuals",
      shape: { kind: "boolean", probability: 0.45 },
    },
  ],
  links: [
    // Team runners bring in more donors. (No goal -> donors link: the names are shared with
    // crowdfunding.ts, where a bigger goal does not bring more backers.)
    { from: "charity_ran_with_team", to: "charity_donors", weight: 0.3, source: "Blackbaud P2P study: team members raise more" },
    // Times slow with age past 30 and in groups that walk together.
    { from: "age", to: "charity_5k_finish_minutes", weight: 0.35, source: "Running USA: median 5K times rise with age group" },
    { from: "charity_ran_with_team", to: "charity_5k_finish_minutes", weight: 0.2 },
    { from: "gender", value: "female", to: "charity_5k_finish_minutes", weight: 0.4, source: "Running USA 2023: women's median 5K about 6 minutes slower" },
  ],
};
