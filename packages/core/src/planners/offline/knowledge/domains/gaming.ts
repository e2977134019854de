import type { DomainKnowledge } from "../types.js";

/**
 * Video games: players, platforms, sessions, progression, in-game purchases
 * (most players never pay), matchmaking ranks and player churn.
 */
const G = ["gaming"] as const;

export const gaming: DomainKnowledge = {
  domain: "gaming",
  words: ["gamers", "gaming", "video game", "mobile game", "fps", "shooter", "match logs", "ranked matches", "competitive matches", "game players", "players", "in-game", "steam", "esports", "matchmaking", "mmo", "game sessions", "f2p", "free to play"],
  defaults: ["player id", "platform", "country", "level", "total playtime hours", "sessions per week", "in-app purchases usd", "is paying user", "churned"],
  concepts: [
    {
      id: "player_id",
      names: ["player id", "gamer id", "playerid", "gamertag id", "player account id"],
      domains: [...G],
      shape: { kind: "id", format: "pattern", pattern: "PLR-########", unique: true },
    },
    {
      id: "gamertag",
      names: ["gamertag", "gamer tag", "player gamertag", "in-game name", "ign", "nickname", "handle"],
      domains: [...G],
      shape: { kind: "faker", method: "internet.username" },
    },
    {
      id: "game_platform",
      names: ["gaming platform", "platform", "device platform", "console", "system", "os"],
      domains: [...G],
      // Global games revenue 2023: mobile about 49%, console 28%, PC 23% (Newzoo).
      source: "Newzoo Global Games Market Report 2023",
      shape: { kind: "category", values: ["iOS", "Android", "PC", "PlayStation", "Xbox", "Nintendo Switch"], weights: [0.22, 0.3, 0.2, 0.13, 0.08, 0.07] },
    },
    {
      id: "game_genre",
      names: ["game genre", "genre", "game type", "game category"],
      domains: [...G],
      source: "Newzoo/Steam genre shares",
      shape: { kind: "category", values: ["Action", "Shooter", "RPG", "Strategy", "Sports", "Puzzle", "Casual", "Simulation", "Battle Royale", "MOBA"], weights: [0.15, 0.13, 0.13, 0.09, 0.08, 0.1, 0.12, 0.07, 0.07, 0.06] },
    },
    {
      id: "game_title",
      names: ["game title", "game name", "game", "title played", "favorite game"],
      domains: [...G],
      source: "Steam/Newzoo most played titles 2023",
      shape: { kind: "category", values: ["Fortnite", "Minecraft", "Roblox", "Call of Duty: Warzone", "League of Legends", "Counter-Strike 2", "Valorant", "Apex Legends", "Genshin Impact", "EA Sports FC 24", "Grand Theft Auto V", "Candy Crush Saga"], weights: [0.12, 0.11, 0.1, 0.09, 0.09, 0.08, 0.07, 0.06, 0.06, 0.08, 0.07, 0.07] },
    },
    {
      id: "player_level",
      names: ["player level", "account level", "character level", "level reached", "current level", "level", "max level", "lvl"],
      domains: [...G],
      shape: { kind: "integer", distribution: "lognormal", mean: 24, sd: 22, min: 1, max: 100 },
    },
    {
      id: "experience_points",
      names: ["experience points", "xp", "total xp", "exp points"],
      domains: [...G],
      shape: { kind: "integer", distribution: "lognormal", mean: 48000, sd: 60000, min: 0, max: 2000000 },
    },
    {
      id: "total_playtime_hours",
      names: ["total playtime hours", "total playtime", "playtime", "hours played", "play time", "total hours played", "time played"],
      domains: [...G],
      // Steam: median owner plays a game a few hours; engaged players hundreds.
      source: "Steam Spy playtime distributions (long right tail)",
      shape: { kind: "number", distribution: "lognormal", mean: 85, sd: 140, min: 0, max: 5000, decimals: 1 },
      units: [{ words: ["minutes", "mins"], shape: { kind: "integer", distribution: "lognormal", mean: 5100, sd: 8400, min: 0, max: 300000 } }],
    },
    {
      id: "play_hours_per_week",
      names: ["hours per week playing", "play hours per week", "weekly playtime", "hours played per week", "gaming hours per week", "playtime per week"],
      domains: [...G],
      source: "Limelight State of Online Gaming 2021: about 8.5 hours/week on average",
      shape: { kind: "number", distribution: "lognormal", mean: 8.5, sd: 7, min: 0, max: 80, decimals: 1 },
      units: [{ words: ["per day", "daily", "a day"], shape: { kind: "number", distribution: "lognormal", mean: 1.2, sd: 1, min: 0, max: 12, decimals: 1 } }],
    },
    {
      id: "sessions_per_week",
      names: ["sessions per week", "weekly sessions", "number of sessions", "session count", "sessions", "logins per week"],
      domains: [...G],
      shape: { kind: "integer", distribution: "lognormal", mean: 6, sd: 5, min: 0, max: 60 },
    },
    {
      id: "session_length_minutes",
      names: ["session length", "session duration", "average session length", "avg session minutes", "session minutes", "minutes per session", "session time"],
      domains: [...G],
      // Mobile sessions about 5-10 min; PC/console 60+.
      source: "GameAnalytics mobile benchmarks 2023 (median session about 5-8 minutes)",
      shape: { kind: "number", distribution: "lognormal", mean: 28, sd: 30, min: 0.5, max: 480, decimals: 1 },
      units: [{ words: ["seconds", "secs", "sec"], shape: { kind: "integer", distribution: "lognormal", mean: 1680, sd: 1800, min: 30, max: 28800 } }],
    },
    {
      id: "session_start",
      names: ["session start", "session start time", "login time", "session timestamp", "logged in at"],
      domains: [...G],
      shape: { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z", seasonality: "weekend" },
    },
    {
      id: "session_end",
      names: ["session end", "session end time", "logout time", "logged out at"],
      domains: [...G],
      shape: { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
      relations: [{ kind: "offset", of: ["session_start"], direction: "after", unit: "minutes", gap: { min: 1, max: 480, distribution: "lognormal", median: 20 } }],
    },
    {
      id: "install_date",
      names: ["install date", "installed on", "first played", "first login date", "download date", "registration date"],
      domains: [...G],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "last_login_date",
      names: ["last login", "last login date", "last played", "last active", "last seen", "last session date"],
      domains: [...G],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
      relations: [{ kind: "offset", of: ["install_date"], direction: "after", gap: { min: 0, max: 900, distribution: "lognormal", median: 60 } }],
    },
    {
      id: "days_since_last_login",
      names: ["days since last login", "days inactive", "days since last played", "inactive days", "recency days"],
      domains: [...G],
      shape: { kind: "integer", distribution: "exponential", mean: 12, min: 0, max: 365 },
    },
    {
      id: "in_app_spend",
      names: ["in-app purchases", "in app purchases", "total spend", "iap revenue", "total spent", "amount spent", "money spent", "lifetime spend", "revenue per player", "spend usd", "purchases usd"],
      domains: [...G],
      // Free-to-play: about 2-5% of players pay; spend is extremely skewed (whales).
      source: "Deltadna/Unity F2P monetization reports: 2-5% payers, top 10% of payers give about 50-70% of revenue",
      shape: { kind: "number", distribution: "exponential", mean: 6, min: 0, max: 5000, decimals: 2 },
    },
    {
      id: "num_purchases",
      names: ["number of purchases", "purchase count", "num purchases", "transactions", "iap count", "purchases"],
      domains: [...G],
      shape: { kind: "integer", distribution: "exponential", mean: 0.6, min: 0, max: 200 },
    },
    {
      id: "paying_user",
      names: ["paying user", "is paying user", "is payer", "payer", "made a purchase", "made purchase", "spender", "converted to paying", "is spender"],
      domains: [...G],
      outcome: true,
      source: "Unity Gaming Report 2023: about 2-5% of mobile F2P players pay",
      shape: { kind: "boolean", probability: 0.05 },
      drivers: [
        { concept: "total_playtime_hours", weight: 0.9 },
        { concept: "player_level", weight: 0.8 },
        { concept: "sessions_per_week", weight: 0.6 },
        { concept: "game_platform", value: "iOS", weight: 0.5 },
        { concept: "friends_count", weight: 0.3 },
      ],
    },
    {
      id: "purchase_item_type",
      names: ["item type", "purchase type", "item purchased", "product type", "iap type"],
      domains: [...G],
      shape: { kind: "category", values: ["Currency pack", "Battle pass", "Cosmetic skin", "Loot box", "Starter bundle", "Subscription", "Extra lives"], weights: [0.3, 0.18, 0.2, 0.1, 0.1, 0.07, 0.05] },
    },
    {
      id: "virtual_currency_balance",
      names: ["virtual currency balance", "gems", "coins", "gold balance", "coin balance", "currency balance", "v-bucks"],
      domains: [...G],
      shape: { kind: "integer", distribution: "lognormal", mean: 1200, sd: 2500, min: 0, max: 100000 },
    },
    {
      id: "achievements_unlocked",
      names: ["achievements unlocked", "achievements", "trophies", "badges earned", "achievement count"],
      domains: [...G],
      shape: { kind: "integer", distribution: "lognormal", mean: 18, sd: 16, min: 0, max: 200 },
    },
    {
      id: "kills",
      names: ["kills", "eliminations", "frags", "total kills"],
      domains: [...G],
      shape: { kind: "integer", distribution: "poisson", mean: 6, min: 0, max: 50 },
    },
    {
      id: "deaths",
      names: ["deaths", "times died", "total deaths"],
      domains: [...G],
      shape: { kind: "integer", distribution: "poisson", mean: 6, min: 0, max: 50 },
    },
    {
      id: "kd_ratio",
      names: ["kill death ratio", "k/d ratio", "kd ratio", "k/d", "kdr"],
      domains: [...G],
      shape: { kind: "number", distribution: "lognormal", mean: 1.05, sd: 0.45, min: 0.05, max: 6, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({kills} / max(1, {deaths}), 2)" }],
    },
    {
      id: "skill_rank",
      names: ["skill rank", "rank", "competitive rank", "ranked tier", "tier", "league rank", "division"],
      domains: [...G],
      // Ranked ladders are bottom-heavy: most players sit in the lower tiers.
      source: "Riot Games / Valorant rank distribution reports",
      shape: { kind: "category", values: ["Bronze", "Silver", "Gold", "Platinum", "Diamond", "Master", "Grandmaster"], weights: [0.22, 0.28, 0.24, 0.14, 0.08, 0.03, 0.01] },
    },
    {
      id: "mmr",
      names: ["matchmaking rating", "mmr", "skill rating", "sr", "elo score"],
      domains: [...G],
      shape: { kind: "integer", distribution: "normal", mean: 1500, sd: 350, min: 0, max: 4000 },
    },
    {
      id: "matches_played",
      names: ["matches played", "games played", "rounds played", "number of matches", "total matches"],
      domains: [...G],
      shape: { kind: "integer", distribution: "lognormal", mean: 180, sd: 250, min: 0, max: 10000 },
    },
    {
      id: "friends_count",
      names: ["friends count", "number of friends", "friends", "friend count", "in-game friends"],
      domains: [...G],
      shape: { kind: "integer", distribution: "lognormal", mean: 14, sd: 18, min: 0, max: 500 },
    },
    {
      id: "guild_member",
      names: ["guild member", "in a guild", "clan member", "in clan", "joined guild"],
      domains: [...G],
      shape: { kind: "boolean", probability: 0.35 },
    },
    {
      id: "ad_views",
      names: ["ads watched", "ad views", "rewarded ads watched", "ad impressions", "ads viewed"],
      domains: [...G],
      shape: { kind: "integer", distribution: "exponential", mean: 12, min: 0, max: 500 },
    },
    {
      id: "player_churned",
      names: ["churned", "churn", "player churn", "stopped playing", "quit the game", "inactive", "lapsed", "will churn", "left the game"],
      domains: [...G],
      outcome: true,
      // Mobile D30 retention about 3-6%; for engaged cohorts 30-day churn about 30-60%.
      source: "GameAnalytics 2023 mobile benchmarks (D1 about 25%, D30 about 4%)",
      shape: { kind: "boolean", probability: 0.4 },
      drivers: [
        { concept: "days_since_last_login", weight: 1.3 },
        { concept: "sessions_per_week", weight: -0.9 },
        { concept: "total_playtime_hours", weight: -0.6 },
        { concept: "friends_count", weight: -0.5 },
        { concept: "guild_member", weight: -0.5 },
        { concept: "paying_user", weight: -0.5 },
        { concept: "player_level", weight: -0.4 },
      ],
    },
    {
      id: "retained_day_7",
      names: ["retained day 7", "d7 retention", "day 7 retention", "retained d7", "returned after 7 days", "retained"],
      domains: [...G],
      outcome: true,
      source: "GameAnalytics 2023 mobile benchmarks: D7 retention about 10-15% for median games",
      shape: { kind: "boolean", probability: 0.15 },
      drivers: [
        { concept: "sessions_per_week", weight: 1.0 },
        { concept: "session_length_minutes", weight: 0.5 },
        { concept: "tutorial_completed", weight: 0.8 },
        { concept: "friends_count", weight: 0.4 },
      ],
    },
    {
      id: "tutorial_completed",
      names: ["tutorial completed", "completed tutorial", "finished tutorial", "tutorial done", "onboarding completed"],
      domains: [...G],
      source: "Mobile onboarding benchmarks: about 60-75% finish the tutorial",
      shape: { kind: "boolean", probability: 0.68 },
    },
    {
      id: "player_review_text",
      names: ["player review", "game review", "review text", "steam review", "app store review", "player feedback"],
      domains: [...G],
      shape: { kind: "text", style: "review", maxWords: 50 },
      relations: [{ kind: "text", sentimentFrom: "game_rating", topicFrom: "game_title" }],
    },
    {
      id: "game_rating",
      names: ["game rating", "player rating of game", "app rating", "stars given", "review score"],
      domains: [...G],
      shape: { kind: "integer", distribution: "normal", mean: 3.9, sd: 1.2, min: 1, max: 5 },
    },
    {
      id: "esrb_rating",
      names: ["esrb rating", "age rating", "pegi rating", "content rating", "esrb"],
      domains: [...G],
      source: "ESRB rating categories (E, E10+, T, M)",
      shape: { kind: "category", values: ["E", "E10+", "T", "M"], weights: [0.3, 0.15, 0.33, 0.22] },
    },
    {
      id: "esports_team",
      names: ["team name", "team", "esports team", "esports org", "esports organization", "clan", "squad", "clan name"],
      domains: [...G],
      source: "Esports Earnings: top organisations by prize money (2023)",
      shape: { kind: "category", values: ["Team Liquid", "Fnatic", "G2 Esports", "Cloud9", "T1", "Team Vitality", "Natus Vincere", "FaZe Clan", "100 Thieves", "Evil Geniuses", "OG", "Team Spirit", "Gen.G", "Sentinels", "Team Falcons", "Heroic"] },
    },
    {
      id: "game_match_duration",
      names: ["match duration", "match length", "game duration", "game length", "match time", "round duration"],
      domains: [...G],
      // Ranked MOBA games (League of Legends, Dota 2) average about 30-40 minutes.
      source: "League of Legends / Dota 2 match statistics: average ranked game ~30-40 minutes",
      shape: { kind: "number", distribution: "normal", mean: 32, sd: 8, min: 12, max: 80, decimals: 1 },
      units: [{ words: ["seconds", "secs", "sec"], shape: { kind: "integer", distribution: "normal", mean: 1920, sd: 480, min: 720, max: 4800 } }],
    },
    {
      id: "gold_earned",
      names: ["gold earned", "gold", "total gold", "gold collected", "coins earned", "currency earned"],
      domains: [...G],
      source: "League of Legends match data: a player earns about 8,000-15,000 gold a game",
      shape: { kind: "integer", distribution: "normal", mean: 11000, sd: 3500, min: 1500, max: 35000 },
    },
  ],
  links: [
    // Kills and assists pay gold; longer games pay more of it.
    { from: "kills", to: "gold_earned", weight: 0.7, source: "League of Legends: 300 gold a kill, 150 an assist" },
    { from: "soccer_assists", to: "gold_earned", weight: 0.3 },
    { from: "game_match_duration", to: "gold_earned", weight: 0.5 },
    { from: "kills", to: "match_won", weight: 0.5 },
    { from: "deaths", to: "match_won", weight: -0.6 },
  ],
};
