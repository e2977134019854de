import type { EntityModule } from "../entityTypes.js";

/** A social app: users write posts; likes and comments join users to posts (a junction), users follow others. */
export const social: EntityModule = {
  entities: [
    {
      id: "user",
      table: "users",
      names: ["users", "user", "accounts on the platform", "app users", "subscribers", "subscriber"],
      domain: "social media",
      key: { name: "user_id", format: "sequence" },
      columns: ["username", "signup date", "country", "verified yes/no"],
      date: "signup_date",
    },
    {
      id: "post",
      table: "posts",
      names: ["posts", "post", "tweets", "tweet", "videos", "photos", "stories"],
      domain: "social media",
      key: { name: "post_id", format: "sequence" },
      columns: ["post date", "post text", "topic"],
      rows: 5000,
    },
    {
      id: "like",
      table: "likes",
      names: ["likes", "like", "reactions", "reaction", "upvotes"],
      domain: "social media",
      key: { name: "like_id", format: "sequence" },
      columns: ["like date"],
      date: "like_date",
    },
    {
      id: "comment",
      table: "comments",
      names: ["comments", "comment", "replies"],
      domain: "social media",
      key: { name: "comment_id", format: "sequence" },
      columns: ["comment text", "comment date"],
      date: "comment_date",
    },
    {
      id: "session",
      table: "sessions",
      names: ["sessions", "session", "logins", "app sessions", "visits to the app"],
      domain: "social media",
      key: { name: "session_id", format: "uuid" },
      columns: ["session date", "duration minutes", "device (mobile, desktop, tablet)"],
      date: "session_date",
    },
  ],
  parents: [
    {
      child: "post",
      parent: "user",
      count: { distribution: "negative_binomial", mean: 5, dispersion: 0.8, max: 300 },
      rollups: [{ name: "post_count", function: "count", description: "posts the user wrote" }],
    },
    {
      child: "like",
      parent: "user",
      count: { distribution: "negative_binomial", mean: 8, dispersion: 0.8, max: 500 },
      rollups: [{ name: "like_count", function: "count", description: "posts the user liked" }],
      after: { minDays: 0, maxDays: 720 },
    },
    {
      child: "comment",
      parent: "user",
      count: { distribution: "negative_binomial", mean: 3, dispersion: 0.8, max: 300 },
      rollups: [{ name: "comment_count", function: "count", description: "comments the user wrote" }],
      after: { minDays: 0, maxDays: 720 },
    },
    {
      child: "session",
      parent: "user",
      count: { distribution: "negative_binomial", mean: 10, dispersion: 1, max: 400 },
      rollups: [
        { name: "session_count", function: "count", description: "sessions of the user" },
        { name: "total_minutes", function: "sum", column: "duration_minutes", decimals: 0, description: "minutes the user spent in the app" },
      ],
      after: { minDays: 0, maxDays: 720 },
    },
  ],
  references: [
    { from: "like", to: "post", popularity: "zipf", skew: 1.2 },
    { from: "comment", to: "post", popularity: "zipf", skew: 1.1 },
  ],
  outcomes: [
    // Engagement (sessions, posts, likes) is the leading indicator of churn in consumer apps.
    { words: ["churn", "churned", "churns", "inactive", "left", "deleted", "unsubscribed", "cancelled", "canceled"], weight: -1.2, source: "consumer-app retention analyses: active days and actions per user predict churn" },
    { words: ["premium", "upgraded", "subscribed", "converted", "verified"], weight: 0.8 },
  ],
};
