import type { DomainKnowledge } from "../types.js";

/**
 * Crowdfunding campaigns (Kickstarter, Indiegogo, GoFundMe): a goal, money pledged by backers over a
 * few weeks, and whether the goal was met. Sources: Kickstarter Stats (kickstarter.com/help/stats,
 * 2024: ~41% of launched projects funded); the public "Kickstarter projects" data (Mickaël Mouillé,
 * 378k projects 2009-2018: median goal ~$5,000, median backers ~12, typical 30-day campaigns).
 */
export const crowdfunding: DomainKnowledge = {
  domain: "finance",
  words: ["kickstarter", "kickstarter campaigns", "kickstarter projects", "indiegogo", "indiegogo campaigns", "gofundme", "gofundme campaigns", "crowdfunding", "crowdfunding campaigns", "crowdfunding projects", "crowd funding", "crowdfunded", "fundraising campaigns", "patreon"],
  defaults: ["campaign id", "category", "goal", "pledged", "backers", "duration days", "staff pick", "whether it was funded"],
  concepts: [
    {
      id: "crowdfunding_category",
      names: ["category", "main category", "project category", "campaign category"],
      domains: ["finance"],
      source: "Kickstarter Stats 2024, launched projects by category (approximate shares)",
      shape: { kind: "category", values: ["Film & Video", "Music", "Publishing", "Games", "Technology", "Design", "Art", "Food", "Fashion", "Theater", "Comics", "Photography", "Crafts"], weights: [17, 13, 11, 10, 9, 8, 8, 7, 6, 3, 3, 3, 2] },
    },
    {
      id: "funding_goal",
      names: ["goal", "goal amount", "funding goal", "target amount", "goal usd", "campaign goal", "fundraising goal"],
      domains: ["finance"],
      shape: { kind: "number", distribution: "lognormal", mean: 12000, sd: 20000, min: 100, max: 2000000, decimals: 0 },
    },
    {
      id: "backers",
      names: ["backers", "number of backers", "backer count", "supporters", "donors", "number of donors", "pledgers"],
      domains: ["finance"],
      // Heavy-tailed: half of projects have about a dozen backers or fewer, a few have thousands.
      shape: { kind: "integer", distribution: "lognormal", mean: 90, sd: 300, min: 0, max: 100000 },
      drivers: [
        { concept: "staff_pick", weight: 0.6 },
        { concept: "crowdfunding_category", value: "Games", weight: 0.4 },
        { concept: "crowdfunding_category", value: "Technology", weight: 0.3 },
      ],
    },
    {
      id: "amount_pledged",
      names: ["pledged", "amount pledged", "pledged amount", "usd pledged", "amount raised", "raised", "funds raised", "total raised", "donations"],
      domains: ["finance"],
      // About $80-100 per backer on average.
      shape: { kind: "number", distribution: "lognormal", mean: 8000, sd: 15000, min: 0, max: 5000000, decimals: 0 },
      drivers: [
        { concept: "backers", weight: 1.0 },
        { concept: "funding_goal", weight: 0.3 },
      ],
    },
    {
      id: "crowdfunding_duration_days",
      names: ["duration days", "duration", "campaign length", "campaign duration", "days live", "campaign days"],
      domains: ["finance"],
      // Kickstarter allows 1-60 days; 30 is the default and the most common.
      shape: { kind: "integer", distribution: "normal", mean: 32, sd: 10, min: 1, max: 60 },
    },
    {
      id: "staff_pick",
      names: ["staff pick", "staff picked", "projects we love", "featured", "is featured"],
      domains: ["finance"],
      shape: { kind: "boolean", probability: 0.11 },
    },
    {
      id: "campaign_funded",
      names: ["successful", "funded", "was funded", "succeeded", "reached goal", "goal met", "met goal", "success", "state successful"],
      domains: ["finance"],
      outcome: true,
      shape: { kind: "boolean", probability: 0.41 },
      source: "Kickstarter Stats 2024 (success rate ~41%)",
      drivers: [
        { concept: "backers", weight: 1.3 },
        { concept: "amount_pledged", weight: 1.0 },
        { concept: "funding_goal", weight: -0.9 },
        { concept: "staff_pick", weight: 0.8 },
        { concept: "crowdfunding_duration_days", weight: -0.2 },
      ],
    },
  ],
};
