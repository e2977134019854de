import type { DomainKnowledge } from "../types.js";

/** Podcast episode analytics and a video game catalogue's scores and sales. */
export const podcastsGames: DomainKnowledge = {
  domain: "media",
  words: ["podcast", "podcasts", "podcast episodes", "podcast analytics", "episodes"],
  concepts: [
    {
      id: "podcast_show_name",
      names: ["show name", "podcast name", "show", "podcast title", "series name"],
      domains: ["media"],
      shape: { kind: "category", values: ["The Daily Brief", "Tech Talk Weekly", "True Crime Files", "Money Matters", "The History Hour", "Mindful Minutes", "Comedy Corner", "Science Unboxed", "Startup Stories", "Sports Desk"] },
    },
    {
      id: "episode_number",
      names: ["episode number", "episode no", "episode", "ep number", "episode index"],
      domains: ["media"],
      shape: { kind: "integer", distribution: "lognormal", mean: 110, sd: 110, min: 1, max: 2500 },
    },
    {
      id: "ad_slots",
      names: ["ad slots", "number of ad slots", "ad breaks", "ads per episode", "ad spots", "ad reads", "number of ads"],
      domains: ["media"],
      source: "IAB podcast ad revenue study: pre-, mid- and post-roll, usually 1-4 per episode",
      shape: { kind: "integer", distribution: "poisson", mean: 2.3, min: 0, max: 8 },
    },
    {
      id: "game_user_score",
      names: ["user score", "user rating", "player score", "player rating", "community score", "users score"],
      domains: ["media", "gaming"],
      // Metacritic user scores are out of 10, centred about 7.
      source: "Metacritic user score scale (0-10)",
      shape: { kind: "number", distribution: "normal", mean: 7, sd: 1.4, min: 0, max: 10, decimals: 1 },
    },
    {
      id: "game_copies_sold",
      names: ["copies sold", "units sold", "global sales", "total sales", "sales units", "copies"],
      domains: ["gaming", "media"],
      // VGChartz: most titles sell under a million; a few hits sell tens of millions.
      source: "VGChartz global sales database: median title well under 1 million units",
      shape: { kind: "integer", distribution: "lognormal", mean: 600000, sd: 2000000, min: 1000, max: 80000000 },
      units: [{ words: ["millions", "million", "in millions", "m"], shape: { kind: "number", distribution: "lognormal", mean: 0.6, sd: 2, min: 0.01, max: 80, decimals: 2 } }],
    },
    {
      id: "game_launch_price",
      names: ["launch price", "release price", "game price", "retail price", "msrp"],
      domains: ["gaming", "media"],
      // Full-price console games $59.99-69.99; indie and PC titles less.
      source: "US console game MSRP $69.99 (2020s), $59.99 before",
      shape: { kind: "number", distribution: "normal", mean: 45, sd: 18, min: 0, max: 80, decimals: 2 },
    },
  ],
  links: [
    // Longer episodes lose more listeners before the end.
    { from: "episode_length_minutes", to: "completion_rate", weight: -0.5, source: "Spotify / Buzzsprout: completion falls with episode length" },
    { from: "ad_slots", to: "completion_rate", weight: -0.2 },
    // Critics and players mostly agree; acclaimed games sell more.
    { from: "critic_score", to: "game_user_score", weight: 0.6, source: "Metacritic: critic and user scores correlate (r ~ 0.5-0.6)" },
    { from: "critic_score", to: "game_copies_sold", weight: 0.5, source: "VGChartz x Metacritic: sales rise with Metascore" },
  ],
};
