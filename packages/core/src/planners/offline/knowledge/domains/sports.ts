import type { DomainKnowledge, NumericCase } from "../types.js";

/**
 * Sports: real team names (NBA, NFL, MLB, Premier League), positions, per-game and
 * season player stats, salaries, match results, injuries and fitness tracking.
 */
const S = ["sports"] as const;

/** A soccer position's case under each of its usual spellings ("Goalkeeper", "GK", "G", ...): the planner keeps those the column has. */
const SPELLINGS = {
  keeper: ["Goalkeeper", "GK", "G", "Keeper", "GKP"],
  defender: ["Defender", "DEF", "D", "DF"],
  midfielder: ["Midfielder", "MID", "M", "MF"],
  forward: ["Forward", "FWD", "F", "FW", "Striker", "ST", "Attacker", "ATT"],
} as const;
function byPosition(by: Record<keyof typeof SPELLINGS, { mean: number; max: number }>): NumericCase[] {
  return (Object.keys(SPELLINGS) as (keyof typeof SPELLINGS)[]).flatMap((k) => SPELLINGS[k].map((value) => ({ value, mean: by[k].mean, min: 0, max: by[k].max })));
}

const NBA_TEAMS = [
  "Atlanta Hawks", "Boston Celtics", "Brooklyn Nets", "Charlotte Hornets", "Chicago Bulls", "Cleveland Cavaliers",
  "Dallas Mavericks", "Denver Nuggets", "Detroit Pistons", "Golden State Warriors", "Houston Rockets", "Indiana Pacers",
  "LA Clippers", "Los Angeles Lakers", "Memphis Grizzlies", "Miami Heat", "Milwaukee Bucks", "Minnesota Timberwolves",
  "New Orleans Pelicans", "New York Knicks", "Oklahoma City Thunder", "Orlando Magic", "Philadelphia 76ers", "Phoenix Suns",
  "Portland Trail Blazers", "Sacramento Kings", "San Antonio Spurs", "Toronto Raptors", "Utah Jazz", "Washington Wizards",
];
const NFL_TEAMS = [
  "Arizona Cardinals", "Atlanta Falcons", "Baltimore Ravens", "Buffalo Bills", "Carolina Panthers", "Chicago Bears",
  "Cincinnati Bengals", "Cleveland Browns", "Dallas Cowboys", "Denver Broncos", "Detroit Lions", "Green Bay Packers",
  "Houston Texans", "Indianapolis Colts", "Jacksonville Jaguars", "Kansas City Chiefs", "Las Vegas Raiders", "Los Angeles Chargers",
  "Los Angeles Rams", "Miami Dolphins", "Minnesota Vikings", "New England Patriots", "New Orleans Saints", "New York Giants",
  "New York Jets", "Philadelphia Eagles", "Pittsburgh Steelers", "San Francisco 49ers", "Seattle Seahawks", "Tampa Bay Buccaneers",
  "Tennessee Titans", "Washington Commanders",
];
const MLB_TEAMS = [
  "Arizona Diamondbacks", "Atlanta Braves", "Baltimore Orioles", "Boston Red Sox", "Chicago Cubs", "Chicago White Sox",
  "Cincinnati Reds", "Cleveland Guardians", "Colorado Rockies", "Detroit Tigers", "Houston Astros", "Kansas City Royals",
  "Los Angeles Angels", "Los Angeles Dodgers", "Miami Marlins", "Milwaukee Brewers", "Minnesota Twins", "New York Mets",
  "New York Yankees", "Oakland Athletics", "Philadelphia Phillies", "Pittsburgh Pirates", "San Diego Padres", "San Francisco Giants",
  "Seattle Mariners", "St. Louis Cardinals", "Tampa Bay Rays", "Texas Rangers", "Toronto Blue Jays", "Washington Nationals",
];
const EPL_CLUBS = [
  "Arsenal", "Aston Villa", "Bournemouth", "Brentford", "Brighton & Hove Albion", "Burnley", "Chelsea", "Crystal Palace",
  "Everton", "Fulham", "Liverpool", "Luton Town", "Manchester City", "Manchester United", "Newcastle United",
  "Nottingham Forest", "Sheffield United", "Tottenham Hotspur", "West Ham United", "Wolverhampton Wanderers",
];

export const sports: DomainKnowledge = {
  domain: "sports",
  words: ["nba", "nfl", "mlb", "nhl", "premier league", "epl", "soccer", "football", "basketball", "baseball", "players", "athletes", "matches", "fixtures", "league", "sports", "season stats", "la liga", "fifa"],
  defaults: ["player name", "team", "position", "games played", "points per game", "rebounds per game", "assists per game", "salary"],
  concepts: [
    {
      id: "nba_team",
      names: ["nba team", "basketball team", "nba franchise", "nba home team", "nba away team", "nba opponent", "team", "team name", "franchise"],
      domains: [...S],
      source: "NBA.com, the 30 teams of the 2023-24 season",
      shape: { kind: "category", values: NBA_TEAMS },
    },
    {
      id: "nfl_team",
      names: ["nfl team", "american football team", "nfl franchise", "football team nfl", "nfl home team", "nfl away team", "nfl opponent"],
      domains: [...S],
      source: "NFL.com, the 32 clubs of the 2023 season",
      shape: { kind: "category", values: NFL_TEAMS },
    },
    {
      id: "mlb_team",
      names: ["mlb team", "baseball team", "ball club", "mlb home team", "mlb away team", "baseball home team", "baseball away team"],
      domains: [...S],
      source: "MLB.com, the 30 clubs of the 2024 season",
      shape: { kind: "category", values: MLB_TEAMS },
    },
    {
      id: "soccer_club",
      names: ["soccer team", "soccer club", "football club", "premier league team", "premier league club", "epl team", "club name", "club", "football team"],
      domains: [...S],
      source: "Premier League, the 20 clubs of 2023-24",
      shape: { kind: "category", values: EPL_CLUBS },
    },
    {
      id: "youth_team",
      names: ["youth team", "junior team", "age group", "club team", "kids team", "academy team", "youth squad"],
      domains: [...S],
      // Youth clubs field teams by age group: under-9 to under-16 (The FA / US Youth Soccer age groups).
      source: "US Youth Soccer and The FA youth age groups (U9-U16)",
      shape: { kind: "category", values: ["U9", "U10", "U11", "U12", "U13", "U14", "U15", "U16"] },
    },
    {
      id: "home_team",
      names: ["home team", "home side", "home club", "hometeam"],
      domains: [...S],
      source: "Premier League, the 20 clubs of 2023-24",
      shape: { kind: "category", values: EPL_CLUBS },
    },
    {
      id: "away_team",
      names: ["away team", "visiting team", "away side", "away club", "awayteam", "opponent", "opponent team", "opposition"],
      domains: [...S],
      source: "Premier League, the 20 clubs of 2023-24",
      shape: { kind: "category", values: EPL_CLUBS },
    },
    {
      id: "soccer_league",
      names: ["league", "competition", "soccer league", "football league", "division"],
      domains: [...S],
      source: "UEFA country coefficients: the big five European leagues",
      shape: { kind: "category", values: ["Premier League", "La Liga", "Bundesliga", "Serie A", "Ligue 1", "MLS"], weights: [0.2, 0.19, 0.17, 0.19, 0.17, 0.08] },
    },
    {
      id: "nba_position",
      names: ["nba position", "basketball position", "position", "pos", "player position"],
      domains: [...S],
      source: "NBA rosters: about 3 of 15 players at each of the five positions",
      shape: { kind: "category", values: ["PG", "SG", "SF", "PF", "C"], weights: [0.21, 0.21, 0.2, 0.2, 0.18] },
    },
    {
      id: "nfl_position",
      names: ["nfl position", "football position", "nfl pos"],
      domains: [...S],
      source: "NFL 53-man roster composition",
      shape: { kind: "category", values: ["QB", "RB", "WR", "TE", "OL", "DL", "LB", "CB", "S", "K", "P"], weights: [0.05, 0.07, 0.12, 0.06, 0.17, 0.14, 0.12, 0.1, 0.08, 0.02, 0.02] },
    },
    {
      id: "soccer_position",
      names: ["soccer position", "football position soccer", "playing position", "field position"],
      domains: [...S],
      source: "Premier League 25-man squads: 3 goalkeepers, about 8 defenders, 9 midfielders, 5 forwards",
      shape: { kind: "category", values: ["Goalkeeper", "Defender", "Midfielder", "Forward"], weights: [0.1, 0.34, 0.36, 0.2] },
    },
    {
      id: "jersey_number",
      names: ["jersey number", "shirt number", "uniform number", "jersey no", "kit number", "number on jersey"],
      domains: [...S],
      shape: { kind: "integer", distribution: "uniform", min: 0, max: 99 },
    },
    {
      id: "season",
      names: ["season", "season year", "nba season", "campaign"],
      domains: [...S],
      shape: { kind: "category", values: ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24"] },
    },
    {
      id: "games_played",
      names: ["games played", "gp", "games", "matches played", "appearances", "apps"],
      domains: [...S],
      source: "NBA regular season is 82 games; the median rostered player appears in about 55",
      shape: { kind: "integer", distribution: "normal", mean: 55, sd: 20, min: 1, max: 82 },
    },
    {
      id: "minutes_per_game",
      names: ["minutes per game", "mpg", "minutes played per game", "avg minutes", "min per game"],
      domains: [...S],
      source: "Basketball-Reference 2023-24 per-game stats (0-41 minutes, median about 19)",
      shape: { kind: "number", distribution: "normal", mean: 19.5, sd: 9, min: 1, max: 42, decimals: 1 },
    },
    {
      id: "points_per_game",
      names: ["points per game", "ppg", "pts per game", "avg points", "points avg", "scoring average", "pts"],
      domains: [...S],
      // 2023-24: median rotation player about 8 ppg, leader 34.7 (Embiid) / 33.9 (Doncic).
      source: "Basketball-Reference 2023-24 NBA per-game stats",
      shape: { kind: "number", distribution: "lognormal", mean: 9, sd: 6.5, min: 0, max: 36, decimals: 1 },
    },
    {
      id: "rebounds_per_game",
      names: ["rebounds per game", "rpg", "reb per game", "rebounds", "trb", "reb"],
      domains: [...S],
      source: "Basketball-Reference 2023-24 (leader about 13.7 rpg)",
      shape: { kind: "number", distribution: "lognormal", mean: 3.8, sd: 2.6, min: 0, max: 15, decimals: 1 },
    },
    {
      id: "assists_per_game",
      names: ["assists per game", "apg", "ast per game", "ast"],
      domains: [...S],
      source: "Basketball-Reference 2023-24 (leader about 10.9 apg)",
      shape: { kind: "number", distribution: "lognormal", mean: 2.2, sd: 1.9, min: 0, max: 12, decimals: 1 },
    },
    {
      id: "steals_per_game",
      names: ["steals per game", "spg", "steals", "stl"],
      domains: [...S],
      source: "Basketball-Reference 2023-24 (leader about 2.1 spg)",
      shape: { kind: "number", distribution: "lognormal", mean: 0.7, sd: 0.4, min: 0, max: 2.5, decimals: 1 },
    },
    {
      id: "blocks_per_game",
      names: ["blocks per game", "bpg", "blocks", "blk"],
      domains: [...S],
      source: "Basketball-Reference 2023-24 (leader about 3.6 bpg)",
      shape: { kind: "number", distribution: "lognormal", mean: 0.45, sd: 0.45, min: 0, max: 3.8, decimals: 1 },
    },
    {
      id: "field_goal_pct",
      names: ["field goal percentage", "field goal pct", "fg%", "fg pct", "fg percentage", "fg_pct", "shooting percentage"],
      domains: [...S],
      source: "NBA league average FG% 2023-24 about 0.474",
      shape: { kind: "number", distribution: "normal", mean: 0.465, sd: 0.06, min: 0.3, max: 0.72, decimals: 3 },
      units: [{ words: ["percent", "%"], shape: { kind: "number", distribution: "normal", mean: 46.5, sd: 6, min: 30, max: 72, decimals: 1 } }],
    },
    {
      id: "three_point_pct",
      names: ["three point percentage", "3 point percentage", "3p%", "3pt%", "3pt pct", "three point pct", "3p pct"],
      domains: [...S],
      source: "NBA league average 3P% 2023-24 about 0.366",
      shape: { kind: "number", distribution: "normal", mean: 0.35, sd: 0.06, min: 0.15, max: 0.5, decimals: 3 },
      units: [{ words: ["percent", "%"], shape: { kind: "number", distribution: "normal", mean: 35, sd: 6, min: 15, max: 50, decimals: 1 } }],
    },
    {
      id: "free_throw_pct",
      names: ["free throw percentage", "free throw pct", "ft%", "ft pct", "ft_pct"],
      domains: [...S],
      source: "NBA league average FT% 2023-24 about 0.784",
      shape: { kind: "number", distribution: "normal", mean: 0.77, sd: 0.08, min: 0.45, max: 0.95, decimals: 3 },
      units: [{ words: ["percent", "%"], shape: { kind: "number", distribution: "normal", mean: 77, sd: 8, min: 45, max: 95, decimals: 1 } }],
    },
    {
      id: "player_efficiency_rating",
      names: ["player efficiency rating", "efficiency rating", "player rating"],
      domains: [...S],
      source: "Hollinger PER: league average set to 15",
      shape: { kind: "number", distribution: "normal", mean: 14, sd: 5, min: -5, max: 32, decimals: 1 },
    },
    {
      id: "nba_salary",
      names: ["player salary", "nba salary", "salary", "annual salary", "contract value per year", "cap hit", "salary usd"],
      domains: [...S],
      outcome: true,
      // 2023-24: minimum $1.1M, max $51.9M (Curry), median about $5M, mean about $9.5M.
      source: "Spotrac/HoopsHype NBA salaries 2023-24; NBA CBA 2023 salary scale",
      shape: { kind: "number", distribution: "lognormal", mean: 9500000, sd: 10500000, min: 1100000, max: 52000000, decimals: 0 },
      units: [{ words: ["millions", "million", "m", "in millions", "$m"], shape: { kind: "number", distribution: "lognormal", mean: 9.5, sd: 10.5, min: 1.1, max: 52, decimals: 2 } }],
      drivers: [
        { concept: "points_per_game", weight: 1.2 },
        { concept: "minutes_per_game", weight: 0.6 },
        { concept: "all_star", weight: 0.7 },
        { concept: "years_in_league", weight: 0.5 },
        { concept: "assists_per_game", weight: 0.3 },
        { concept: "player_efficiency_rating", weight: 0.6 },
        { concept: "draft_pick", weight: -0.3 },
      ],
    },
    {
      id: "years_in_league",
      names: ["years in league", "years pro", "seasons played", "experience years", "yrs exp", "years in nba", "seasons in league"],
      domains: [...S],
      source: "Average NBA career about 4.5 seasons (Basketball-Reference)",
      shape: { kind: "integer", distribution: "exponential", mean: 4.5, min: 0, max: 21 },
    },
    {
      id: "draft_pick",
      names: ["draft pick", "draft position", "pick number", "overall pick", "draft number"],
      domains: [...S],
      source: "NBA draft: 60 picks in two rounds",
      shape: { kind: "integer", distribution: "uniform", min: 1, max: 60 },
    },
    {
      id: "draft_year",
      names: ["draft year", "year drafted", "drafted in"],
      domains: [...S],
      shape: { kind: "integer", distribution: "uniform", min: 2003, max: 2023 },
    },
    {
      id: "all_star",
      names: ["all star", "all-star", "is all star", "all star selection", "allstar"],
      domains: [...S],
      source: "24-27 All-Stars a season among about 450 NBA players",
      shape: { kind: "boolean", probability: 0.06 },
    },
    {
      id: "athlete_height_cm",
      names: ["player height", "athlete height", "height of player"],
      domains: [...S],
      source: "NBA 2023-24 average player height 6 ft 6 in (198 cm)",
      shape: { kind: "number", distribution: "normal", mean: 198, sd: 8.5, min: 175, max: 224, decimals: 0 },
      units: [{ words: ["in", "inches"], shape: { kind: "number", distribution: "normal", mean: 78, sd: 3.3, min: 69, max: 88, decimals: 0 } }],
    },
    {
      id: "passing_yards",
      names: ["passing yards", "pass yards", "pass yds", "passing yds"],
      domains: [...S],
      source: "Pro-Football-Reference 2023: starting QBs about 2,500-4,600 yards",
      shape: { kind: "integer", distribution: "normal", mean: 2800, sd: 1100, min: 0, max: 5500 },
    },
    {
      id: "rushing_yards",
      names: ["rushing yards", "rush yards", "rush yds", "rushing yds"],
      domains: [...S],
      source: "Pro-Football-Reference 2023: leading rushers about 1,100-1,500 yards",
      shape: { kind: "integer", distribution: "lognormal", mean: 380, sd: 350, min: 0, max: 2100 },
    },
    {
      id: "receiving_yards",
      names: ["receiving yards", "rec yards", "rec yds", "receiving yds"],
      domains: [...S],
      source: "Pro-Football-Reference 2023: leading receivers about 1,300-1,800 yards",
      shape: { kind: "integer", distribution: "lognormal", mean: 450, sd: 380, min: 0, max: 1950 },
    },
    {
      id: "touchdowns",
      names: ["touchdowns", "tds", "td", "total touchdowns", "touchdown passes"],
      domains: [...S],
      shape: { kind: "integer", distribution: "poisson", mean: 4, min: 0, max: 50 },
    },
    {
      id: "goals_scored",
      names: ["goals scored", "goals", "season goals", "gls", "total goals"],
      domains: [...S],
      source: "Premier League 2023-24: golden boot 27 goals; most outfield players under 5",
      shape: { kind: "integer", distribution: "exponential", mean: 3, min: 0, max: 40 },
      // Goals by position (FBref Premier League 2023-24 per-season means): keepers almost never score,
      // defenders about 1, midfielders about 3, forwards about 7. Each position under its usual spellings.
      relations: [{ kind: "conditional", on: "soccer_position", cases: byPosition({ keeper: { mean: 0.03, max: 1 }, defender: { mean: 1, max: 10 }, midfielder: { mean: 3, max: 20 }, forward: { mean: 7, max: 40 } }) }],
    },
    {
      id: "soccer_assists",
      names: ["soccer assists", "assists", "assist count", "total assists"],
      domains: [...S],
      shape: { kind: "integer", distribution: "exponential", mean: 2, min: 0, max: 25 },
      relations: [{ kind: "conditional", on: "soccer_position", cases: byPosition({ keeper: { mean: 0.1, max: 2 }, defender: { mean: 1.2, max: 12 }, midfielder: { mean: 2.8, max: 20 }, forward: { mean: 3.2, max: 25 } }) }],
    },
    {
      id: "batting_average",
      names: ["batting average", "batting avg", "bat avg"],
      domains: [...S],
      source: "MLB 2023 league batting average .248",
      shape: { kind: "number", distribution: "normal", mean: 0.248, sd: 0.03, min: 0.15, max: 0.36, decimals: 3 },
      relations: [{ kind: "formula", expression: "round({hits} / max(1, {at_bats}), 3)" }],
    },
    {
      id: "home_runs",
      names: ["home runs", "homers", "home run count"],
      domains: [...S],
      source: "MLB 2023: regulars hit about 10-30; leader 54",
      shape: { kind: "integer", distribution: "exponential", mean: 12, min: 0, max: 62 },
    },
    {
      id: "earned_run_average",
      names: ["earned run average", "era", "pitcher era"],
      domains: [...S],
      source: "MLB 2023 league ERA 4.33",
      shape: { kind: "number", distribution: "normal", mean: 4.3, sd: 1.0, min: 1.5, max: 8, decimals: 2 },
    },
    {
      id: "season_minutes_played",
      names: ["minutes played", "mins played", "total minutes", "season minutes", "minutes on pitch", "playing time"],
      domains: [...S],
      // 38 league games x 90 minutes = 3,420 at most; regulars play ~2,000-3,000.
      source: "FBref Premier League 2023-24 playing time",
      shape: { kind: "integer", distribution: "normal", mean: 1500, sd: 850, min: 0, max: 3420 },
    },
  ],
  links: [
    // More time on the pitch, more goals, assists and cards.
    { from: "season_minutes_played", to: "goals_scored", weight: 0.6, source: "FBref 2023-24 Premier League: goals per player rise with minutes played" },
    { from: "season_minutes_played", to: "soccer_assists", weight: 0.5 },
    { from: "season_minutes_played", to: "yellow_cards", weight: 0.4 },
    { from: "games_played", to: "goals_scored", weight: 0.5 },
    { from: "height_cm", to: "body_weight", weight: 0.7, source: "NHANES: height and weight correlate (r ~ 0.4-0.5) in adults" },
    { from: "athlete_height_cm", to: "body_weight", weight: 0.7 },
  ],
};
