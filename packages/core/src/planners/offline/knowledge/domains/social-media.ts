import type { DomainKnowledge } from "../types.js";

/**
 * Social media: accounts, posts, engagement funnels (impressions >= reach >= likes
 * >= comments), hashtags, virality, influencers by tier, fake accounts and post text.
 * Engagement counts are heavy-tailed and driven by audience size.
 */
const SM = ["social media", "marketing", "media"] as const;

export const socialMedia: DomainKnowledge = {
  domain: "social media",
  words: ["social media", "posts", "tweets", "instagram", "tiktok", "twitter", "facebook", "youtube", "reddit", "linkedin", "influencers", "followers", "creators", "reels", "viral", "hashtags", "threads"],
  defaults: ["post id", "platform", "post type", "followers", "likes", "comments", "shares", "hashtags", "post text", "went viral"],
  concepts: [
    {
      id: "post_id",
      names: ["post id", "tweet id", "postid", "video id", "content id", "media id"],
      domains: [...SM],
      shape: { kind: "id", format: "pattern", pattern: "P##########", unique: true },
    },
    {
      id: "social_platform",
      names: ["social media platform", "social platform", "platform", "social network", "network", "app", "channel platform"],
      domains: [...SM],
      // Share of US adults using each: YouTube 83%, Facebook 68%, Instagram 47%, Pinterest 35%, TikTok 33%, LinkedIn 30%, Snapchat 27%, X 22%, Reddit 22%.
      source: "Pew Research Center, Americans' Social Media Use 2024",
      shape: { kind: "category", values: ["YouTube", "Facebook", "Instagram", "Pinterest", "TikTok", "LinkedIn", "Snapchat", "X", "Reddit"], weights: [0.2, 0.17, 0.12, 0.09, 0.08, 0.08, 0.07, 0.06, 0.06] },
    },
    {
      id: "social_handle",
      names: ["handle", "social handle", "account handle", "twitter handle", "instagram handle", "account name", "creator name", "influencer name"],
      domains: [...SM],
      shape: { kind: "faker", method: "internet.username" },
    },
    {
      id: "post_datetime",
      names: ["post datetime", "posted at", "post time", "tweet time", "created time", "publish time", "post timestamp", "post date", "date posted", "posted on", "upload date"],
      domains: [...SM],
      shape: { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
    },
    {
      id: "post_hour",
      names: ["posting hour", "hour posted", "post hour", "hour of posting", "hour of day posted", "posting time hour"],
      domains: [...SM],
      // Engagement peaks late morning and evening (Sprout Social 2024 best times to post).
      source: "Sprout Social, Best times to post on social media 2024",
      shape: { kind: "integer", distribution: "normal", mean: 14, sd: 4.5, min: 0, max: 23 },
    },
    {
      id: "post_type",
      names: ["post type", "content type", "media type", "type of post", "format", "post format"],
      domains: [...SM],
      source: "Rival IQ 2024 Social Media Industry Benchmark (post mix)",
      shape: { kind: "category", values: ["Image", "Video", "Reel", "Carousel", "Text", "Link"], weights: [0.3, 0.18, 0.2, 0.14, 0.1, 0.08] },
    },
    {
      id: "content_category",
      names: ["content category", "post category", "niche", "topic", "content topic", "creator niche", "category of content"],
      domains: [...SM],
      shape: { kind: "category", values: ["Lifestyle", "Fashion", "Beauty", "Food", "Travel", "Fitness", "Tech", "Gaming", "Comedy", "Education", "Music", "News"], weights: [0.13, 0.1, 0.09, 0.1, 0.08, 0.09, 0.08, 0.07, 0.09, 0.06, 0.06, 0.05] },
    },
    {
      id: "followers",
      names: ["followers", "follower count", "number of followers", "followers count", "subscribers", "subscriber count", "audience size", "fans", "num followers"],
      domains: [...SM],
      // Median accounts have a few hundred followers; creators range to tens of millions.
      source: "HypeAuditor State of Influencer Marketing 2024 (tier shares); Pew 2019 (median Twitter user 25 followers)",
      shape: { kind: "integer", distribution: "lognormal", mean: 4500, sd: 15000, min: 0, max: 50000000 },
      relations: [
        {
          kind: "conditional",
          on: "influencer_tier",
          cases: [
            { value: "Nano", mean: 4000, sd: 2500, min: 1000, max: 10000 },
            { value: "Micro", mean: 35000, sd: 22000, min: 10000, max: 100000 },
            { value: "Mid-tier", mean: 220000, sd: 110000, min: 100000, max: 500000 },
            { value: "Macro", mean: 700000, sd: 140000, min: 500000, max: 1000000 },
            { value: "Mega", mean: 4500000, sd: 5000000, min: 1000000, max: 50000000 },
          ],
        },
      ],
    },
    {
      id: "following_count",
      names: ["following", "following count", "number following", "accounts followed", "follows"],
      domains: [...SM],
      source: "Instagram caps following at 7,500 accounts",
      shape: { kind: "integer", distribution: "lognormal", mean: 480, sd: 650, min: 0, max: 7500 },
    },
    {
      id: "influencer_tier",
      names: ["influencer tier", "creator tier", "influencer category", "influencer size", "tier"],
      domains: [...SM],
      source: "HypeAuditor 2024: Instagram influencers 65% nano, 27% micro, 6% mid-tier, 1.6% macro, 0.4% mega",
      shape: { kind: "category", values: ["Nano", "Micro", "Mid-tier", "Macro", "Mega"], weights: [0.65, 0.27, 0.06, 0.016, 0.004] },
    },
    {
      id: "verified_account",
      names: ["verified", "is verified", "verified account", "blue check", "verified badge"],
      domains: [...SM],
      shape: { kind: "boolean", probability: 0.05 },
    },
    {
      id: "social_account_type",
      names: ["account type", "profile type", "type of account"],
      domains: [...SM],
      shape: { kind: "category", values: ["Personal", "Creator", "Business"], weights: [0.7, 0.18, 0.12] },
    },
    {
      id: "post_impressions",
      names: ["impressions", "views", "view count", "video views", "post views", "plays", "impression count", "num views"],
      domains: [...SM],
      shape: { kind: "integer", distribution: "lognormal", mean: 9000, sd: 30000, min: 0, max: 100000000 },
      // Views scale with the audience and with sharing (shares reach people outside it).
      relations: [
        { kind: "formula", expression: "round(({followers} * 0.4 + {shares} * 60) * exp(normal(0, 0.6)))", type: "integer", min: 0 },
        { kind: "formula", expression: "round({followers} * exp(normal(-0.5, 0.9)))", type: "integer", min: 0 },
        { kind: "formula", expression: "round(({shares} * 60 + 200) * exp(normal(0, 0.7)))", type: "integer", min: 0 },
      ],
    },
    {
      id: "post_reach",
      names: ["reach", "post reach", "unique viewers", "accounts reached", "unique reach"],
      domains: [...SM],
      shape: { kind: "integer", distribution: "lognormal", mean: 6000, sd: 20000, min: 0, max: 80000000 },
      relations: [{ kind: "bounds", atLeast: ["likes"], atMost: ["post_impressions"] }, { kind: "bounds", atLeast: ["likes"] }, { kind: "bounds", atMost: ["post_impressions"] }],
    },
    {
      id: "likes",
      names: ["likes", "like count", "number of likes", "num likes", "hearts", "favorites", "favourites", "reactions", "upvotes"],
      domains: [...SM],
      outcome: true,
      // Instagram median engagement rate about 0.5-1% of followers per post (Rival IQ 2024).
      source: "Rival IQ 2024 Social Media Industry Benchmark Report",
      shape: { kind: "integer", distribution: "lognormal", mean: 220, sd: 600, min: 0, max: 5000000 },
      relations: [{ kind: "bounds", atMost: ["post_impressions"] }],
      drivers: [
        { concept: "followers", weight: 1.3 },
        { concept: "post_type", value: "Video", weight: 0.3 },
        { concept: "post_type", value: "Carousel", weight: 0.3 },
        { concept: "post_type", value: "Text", weight: -0.4 },
        { concept: "verified_account", weight: 0.4 },
        { concept: "sponsored_post", weight: -0.2 },
      ],
    },
    {
      id: "comments_count",
      names: ["comments", "comment count", "number of comments", "num comments", "replies", "reply count"],
      domains: [...SM],
      source: "Comments run about 2-5% of likes on Instagram and TikTok",
      shape: { kind: "integer", distribution: "lognormal", mean: 12, sd: 30, min: 0, max: 500000 },
      relations: [{ kind: "bounds", atMost: ["likes"] }],
      // A post that gets more likes gets more comments and shares: engagement counts move together (r ~0.6-0.8 on the log scale).
      drivers: [{ concept: "likes", weight: 0.9 }],
    },
    {
      id: "shares",
      names: ["shares", "share count", "number of shares", "retweets", "reposts", "num shares", "forwards"],
      domains: [...SM],
      shape: { kind: "integer", distribution: "lognormal", mean: 15, sd: 35, min: 0, max: 2000000 },
      drivers: [{ concept: "likes", weight: 0.8 }],
    },
    {
      id: "saves",
      names: ["saves", "save count", "bookmarks", "times saved"],
      domains: [...SM],
      shape: { kind: "integer", distribution: "lognormal", mean: 10, sd: 70, min: 0, max: 1000000 },
      relations: [{ kind: "bounds", atMost: ["post_reach"] }],
    },
    {
      id: "engagement_rate",
      names: ["engagement rate", "engagement", "er", "engagement percent", "avg engagement rate", "engagement ratio"],
      domains: [...SM],
      source: "Rival IQ 2024: median engagement per post by followers, Instagram 0.43%, TikTok 2.5%, Facebook 0.06%",
      shape: { kind: "number", distribution: "lognormal", mean: 0.02, sd: 0.025, min: 0, max: 0.4, decimals: 4 },
      units: [{ words: ["percent", "%", "pct"], shape: { kind: "number", distribution: "lognormal", mean: 2, sd: 2.5, min: 0, max: 40, decimals: 2 } }],
      relations: [{ kind: "formula", expression: "round(({likes} + {comments_count} + {shares}) / max(1, {followers}), 4)", min: 0 }],
    },
    {
      id: "went_viral",
      // Virality is rare: a few percent of posts reach far beyond the audience (Goel et al. 2016, The structural virality of online diffusion).
      source: "Goel, Anderson, Hofman & Watts 2016, Management Science",
      names: ["went viral", "viral", "is viral", "virality", "viral post", "did it go viral", "goes viral", "trending"],
      domains: [...SM],
      outcome: true,
      shape: { kind: "boolean", probability: 0.05 },
      drivers: [
        { concept: "post_impressions", weight: 1.4 },
        { concept: "shares", weight: 1.3 },
        { concept: "likes", weight: 0.8 },
        { concept: "followers", weight: 0.6 },
        { concept: "trending_sound", weight: 0.6 },
        { concept: "video_length_seconds", weight: -0.3 },
        { concept: "post_type", value: "Reel", weight: 0.4 },
      ],
    },
    {
      id: "video_length_seconds",
      names: ["video length sec", "video length", "video duration", "clip length", "length of video", "video length seconds", "duration sec"],
      domains: [...SM],
      // TikTok and Reels: most top videos 15-60 s; limits up to 10 min.
      source: "TikTok Creator guidance; Socialinsider 2024 video length study",
      shape: { kind: "integer", distribution: "lognormal", mean: 38, sd: 35, min: 3, max: 600 },
      units: [{ words: ["minutes", "min", "mins"], shape: { kind: "number", distribution: "lognormal", mean: 0.65, sd: 0.6, min: 0.05, max: 10, decimals: 2 } }],
    },
    {
      id: "sound_used",
      names: ["sound used", "audio used", "audio type", "sound type", "music used", "sound"],
      domains: [...SM],
      shape: { kind: "category", values: ["Trending sound", "Original sound", "Licensed music", "No sound"], weights: [0.35, 0.4, 0.2, 0.05] },
    },
    {
      id: "trending_sound",
      names: ["trending sound", "uses trending sound", "trending audio", "viral sound"],
      domains: [...SM],
      shape: { kind: "boolean", probability: 0.3 },
    },
    {
      id: "hashtag",
      names: ["hashtag", "main hashtag", "primary hashtag", "hashtags", "tag", "tags"],
      domains: [...SM],
      source: "Most used Instagram/TikTok hashtags (Later, 2024)",
      shape: { kind: "category", values: ["#fyp", "#viral", "#love", "#instagood", "#fashion", "#travel", "#food", "#fitness", "#photography", "#tbt", "#motivation", "#art", "#beauty", "#gaming", "#music"], weights: [0.12, 0.1, 0.08, 0.07, 0.07, 0.07, 0.07, 0.06, 0.06, 0.04, 0.05, 0.05, 0.06, 0.05, 0.05] },
    },
    {
      id: "num_hashtags",
      names: ["number of hashtags", "hashtag count", "num hashtags", "hashtags used", "hashtags count"],
      domains: [...SM],
      source: "Instagram allows up to 30 hashtags; most posts use 3-11",
      shape: { kind: "integer", distribution: "poisson", mean: 5, min: 0, max: 30 },
    },
    {
      id: "num_mentions",
      names: ["number of mentions", "mentions", "mention count", "tagged users", "@mentions"],
      domains: [...SM],
      shape: { kind: "integer", distribution: "poisson", mean: 0.8, min: 0, max: 20 },
    },
    {
      id: "post_length_chars",
      names: ["caption length", "post length", "tweet length", "text length", "characters", "char count"],
      domains: [...SM],
      source: "X posts are at most 280 characters for most accounts",
      shape: { kind: "integer", distribution: "lognormal", mean: 120, sd: 80, min: 1, max: 2200 },
    },
    {
      id: "sponsored_post",
      names: ["sponsored", "sponsored post", "is sponsored", "paid partnership", "is ad", "branded content", "paid post"],
      domains: [...SM],
      shape: { kind: "boolean", probability: 0.12 },
    },
    {
      id: "post_sentiment",
      names: ["sentiment", "post sentiment", "tweet sentiment", "sentiment label", "tone", "polarity"],
      domains: [...SM, "media"],
      shape: { kind: "category", values: ["positive", "neutral", "negative"], weights: [0.45, 0.35, 0.2] },
    },
    {
      id: "post_text",
      names: ["post text", "tweet text", "tweet", "caption", "post content", "post", "status text", "message text", "content text", "post body"],
      domains: [...SM],
      shape: { kind: "text", style: "social_post", maxWords: 45 },
      relations: [
        { kind: "text", sentimentFrom: "post_sentiment", mentionFrom: "hashtag" },
        { kind: "text", topicFrom: "content_category", mentionFrom: "hashtag" },
        { kind: "text", mentionFrom: "hashtag" },
      ],
    },
    {
      id: "social_comment_text",
      names: ["comment text", "comment", "reply text", "user comment", "top comment"],
      domains: [...SM],
      shape: { kind: "text", style: "comment", maxWords: 30 },
      relations: [{ kind: "text", sentimentFrom: "post_sentiment" }],
    },
    {
      id: "profile_bio",
      names: ["bio", "profile bio", "user bio", "about me", "profile description", "channel description"],
      domains: [...SM],
      shape: { kind: "text", style: "bio", maxWords: 30 },
      relations: [{ kind: "text", topicFrom: "content_category" }],
    },
    {
      id: "daily_social_minutes",
      names: ["time spent on social media", "daily social media time", "minutes per day on social", "screen time", "daily usage minutes", "time on app"],
      domains: [...SM, "public health", "education"],
      source: "DataReportal Digital 2024: global average 2 h 23 min per day on social media",
      shape: { kind: "integer", distribution: "lognormal", mean: 143, sd: 90, min: 0, max: 900 },
      units: [{ words: ["hours", "hrs"], shape: { kind: "number", distribution: "lognormal", mean: 2.4, sd: 1.5, min: 0, max: 15, decimals: 1 } }],
    },
    {
      id: "num_posts",
      names: ["number of posts", "post count", "total posts", "posts count", "num posts", "tweets count", "statuses count"],
      domains: [...SM],
      shape: { kind: "integer", distribution: "lognormal", mean: 260, sd: 600, min: 0, max: 60000 },
    },
    {
      id: "social_account_age_days",
      names: ["account age days", "account age", "days since account creation", "days on platform"],
      domains: ["social media"],
      shape: { kind: "integer", distribution: "lognormal", mean: 1400, sd: 1100, min: 0, max: 6500 },
    },
    {
      id: "has_profile_picture",
      names: ["has profile picture", "profile picture", "profile pic", "has avatar", "profile photo"],
      domains: [...SM],
      shape: { kind: "boolean", probability: 0.9 },
    },
    {
      id: "default_profile_image",
      names: ["default profile image", "default profile picture", "default avatar", "no profile picture", "default profile", "default_profile_image"],
      domains: ["social media"],
      shape: { kind: "boolean", probability: 0.08 },
    },
    {
      id: "is_bot_account",
      names: ["is bot", "bot account", "fake account", "is fake", "bot", "spam account", "is spam account"],
      domains: [...SM],
      outcome: true,
      source: "Varol et al. 2017: 9-15% of active Twitter accounts are bots",
      shape: { kind: "boolean", probability: 0.1 },
      drivers: [
        { concept: "has_profile_picture", weight: -1.2 },
        { concept: "default_profile_image", weight: 1.2 },
        { concept: "social_account_age_days", weight: -0.9 },
        { concept: "following_count", weight: 0.8 },
        { concept: "followers", weight: -0.6 },
        { concept: "num_posts", weight: 0.4 },
        { concept: "verified_account", weight: -1.0 },
      ],
    },
  ],
};
