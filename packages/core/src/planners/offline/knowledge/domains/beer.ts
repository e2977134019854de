import type { DomainKnowledge } from "../types.js";

// Craft beer: strength, bitterness and how drinkers rate them. The figures are those of the US
// craft canned beers collected from CraftCans.com (Kaggle "Craft Beers Dataset", nickhould/craft-cans:
// 2,410 beers of 558 breweries): ABV mean 6.0% (sd 1.35, 0.1-12.8%), IBU mean 43 (sd 26, 4-138),
// and stronger beers are hoppier, r(ABV, IBU) ~ 0.67.
const CRAFT_CANS = "Kaggle Craft Beers Dataset (nickhould/craft-cans, 2,410 US craft canned beers from CraftCans.com)";

export const beer: DomainKnowledge = {
  domain: "food",
  words: ["brewery", "breweries", "craft beer", "craft beers", "brewpub", "taproom"],
  concepts: [
    // Named with the beer, so a brewery's table reads "abv" as a beer's strength, not a wine's (wine.ts).
    {
      id: "beer_abv",
      names: ["beer abv", "beer alcohol", "beer strength", "beer alcohol by volume"],
      source: CRAFT_CANS,
      shape: { kind: "number", distribution: "normal", mean: 6, sd: 1.35, min: 2.5, max: 12.8, decimals: 1 },
      units: [{ words: ["%", "percent", "pct"], shape: { kind: "number", distribution: "normal", mean: 6, sd: 1.35, min: 2.5, max: 12.8, decimals: 1 } }],
    },
    {
      id: "beer_ibu",
      names: ["ibu", "ibus", "international bitterness units", "bitterness units", "beer ibu", "beer bitterness"],
      // Light lagers sit near 10 IBU, pale ales 30-50, IPAs 40-70 and double IPAs 60-100+ (BJCP 2021 style guidelines).
      source: `${CRAFT_CANS}; BJCP 2021 Beer Style Guidelines`,
      shape: { kind: "integer", distribution: "lognormal", mean: 43, sd: 26, min: 4, max: 138 },
    },
    {
      id: "beer_rating",
      names: ["beer rating", "beer average rating", "beer score", "beer avg rating"],
      // Reviewers rate most beers between 3.5 and 4.2 of 5.
      source: "BeerAdvocate reviews (McAuley & Leskovec 2013, 1.5M reviews): overall scores average about 3.8 of 5",
      shape: { kind: "number", distribution: "normal", mean: 3.8, sd: 0.35, min: 1, max: 5, decimals: 2 },
    },
  ],
  links: [
    { from: "beer_abv", to: "beer_ibu", weight: 0.9, source: `${CRAFT_CANS}: r(ABV, IBU) ~ 0.67` },
    // Strong, hoppy styles (imperial stouts, double IPAs) top the rating sites.
    { from: "beer_abv", to: "beer_rating", weight: 0.4, source: "BeerAdvocate reviews (McAuley & Leskovec 2013): overall score rises with ABV" },
  ],
};
