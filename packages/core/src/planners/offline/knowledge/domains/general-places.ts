import type { Concept } from "../types.js";

/**
 * Places that belong together: US states weighted by population, each state's largest
 * cities with the ZIP range of their main post offices, and countries weighted by
 * population. Sources: US Census Bureau, 2020 Census apportionment counts (millions,
 * rounded); USPS ZIP codes by city; UN World Population Prospects 2022 (millions, rounded).
 * States whose ZIP codes begin with 0 (New England, New Jersey) are left out: a ZIP is
 * generated as a number and would lose its leading zero.
 */
const US: [state: string, people: number, cities: [city: string, zipMin: number, zipMax: number, share: number][]][] = [
  ["California", 39.5, [["Los Angeles", 90001, 90089, 40], ["San Diego", 92101, 92199, 14], ["San Jose", 95110, 95148, 10], ["San Francisco", 94102, 94134, 9], ["Sacramento", 95811, 95838, 5]]],
  ["Texas", 29.1, [["Houston", 77002, 77099, 23], ["San Antonio", 78201, 78266, 14], ["Dallas", 75201, 75287, 13], ["Austin", 78701, 78759, 10], ["Fort Worth", 76102, 76179, 9], ["El Paso", 79901, 79938, 7]]],
  ["Florida", 21.5, [["Jacksonville", 32202, 32277, 10], ["Miami", 33125, 33199, 5], ["Tampa", 33602, 33647, 4], ["Orlando", 32801, 32839, 3]]],
  ["New York", 20.2, [["New York", 10001, 10282, 88], ["Buffalo", 14201, 14228, 3], ["Rochester", 14604, 14627, 2]]],
  ["Pennsylvania", 13.0, [["Philadelphia", 19102, 19154, 16], ["Pittsburgh", 15201, 15237, 3]]],
  ["Illinois", 12.8, [["Chicago", 60601, 60661, 27], ["Aurora", 60502, 60506, 2]]],
  ["Ohio", 11.8, [["Columbus", 43201, 43235, 9], ["Cleveland", 44101, 44135, 4], ["Cincinnati", 45202, 45238, 3]]],
  ["Georgia", 10.7, [["Atlanta", 30303, 30350, 5], ["Savannah", 31401, 31419, 1]]],
  ["North Carolina", 10.4, [["Charlotte", 28202, 28299, 9], ["Raleigh", 27601, 27617, 5]]],
  ["Michigan", 10.1, [["Detroit", 48201, 48235, 6], ["Grand Rapids", 49503, 49548, 2]]],
  ["Virginia", 8.6, [["Virginia Beach", 23451, 23464, 5], ["Richmond", 23219, 23294, 2]]],
  ["Washington", 7.7, [["Seattle", 98101, 98199, 7], ["Spokane", 99201, 99224, 2]]],
  ["Arizona", 7.2, [["Phoenix", 85003, 85054, 16], ["Tucson", 85701, 85756, 5]]],
  ["Tennessee", 6.9, [["Nashville", 37201, 37221, 7], ["Memphis", 38103, 38141, 6]]],
  ["Indiana", 6.8, [["Indianapolis", 46201, 46259, 9], ["Fort Wayne", 46802, 46845, 3]]],
  ["Maryland", 6.2, [["Baltimore", 21201, 21239, 6]]],
  ["Missouri", 6.2, [["Kansas City", 64101, 64158, 5], ["St. Louis", 63101, 63147, 3]]],
  ["Wisconsin", 5.9, [["Milwaukee", 53202, 53233, 6], ["Madison", 53703, 53726, 3]]],
  ["Colorado", 5.8, [["Denver", 80202, 80249, 7], ["Colorado Springs", 80903, 80951, 5]]],
  ["Minnesota", 5.7, [["Minneapolis", 55401, 55455, 4], ["St. Paul", 55101, 55130, 3]]],
  ["South Carolina", 5.1, [["Charleston", 29401, 29492, 2], ["Columbia", 29201, 29229, 2]]],
  ["Alabama", 5.0, [["Huntsville", 35801, 35824, 2], ["Birmingham", 35203, 35244, 2]]],
  ["Louisiana", 4.7, [["New Orleans", 70112, 70131, 4], ["Baton Rouge", 70801, 70820, 2]]],
  ["Kentucky", 4.5, [["Louisville", 40202, 40299, 6], ["Lexington", 40502, 40517, 3]]],
  ["Oregon", 4.2, [["Portland", 97201, 97239, 6], ["Salem", 97301, 97317, 2]]],
  ["Oklahoma", 4.0, [["Oklahoma City", 73102, 73179, 7], ["Tulsa", 74103, 74137, 4]]],
  ["Utah", 3.3, [["Salt Lake City", 84101, 84124, 2]]],
  ["Iowa", 3.2, [["Des Moines", 50309, 50321, 2]]],
  ["Nevada", 3.1, [["Las Vegas", 89101, 89149, 6], ["Reno", 89501, 89523, 3]]],
  ["Kansas", 2.9, [["Wichita", 67202, 67235, 4]]],
  ["Nebraska", 2.0, [["Omaha", 68102, 68164, 5]]],
  ["New Mexico", 2.1, [["Albuquerque", 87102, 87123, 6]]],
  ["Idaho", 1.8, [["Boise", 83702, 83716, 2]]],
  ["Hawaii", 1.5, [["Honolulu", 96813, 96826, 3]]],
  ["Alaska", 0.7, [["Anchorage", 99501, 99518, 3]]],
];

const STATES = US.map((s) => s[0]);
const CITIES = US.flatMap((s) => s[2].map((c) => c[0]));
const cityWeights = US.flatMap((s) => s[2].map((c) => c[3]));

const COUNTRIES: [string, number][] = [
  ["United States", 333], ["India", 1417], ["China", 1426], ["Indonesia", 276], ["Pakistan", 236], ["Nigeria", 219], ["Brazil", 215],
  ["Bangladesh", 171], ["Russia", 145], ["Mexico", 127], ["Japan", 124], ["Ethiopia", 123], ["Philippines", 116], ["Egypt", 111],
  ["Vietnam", 98], ["Germany", 84], ["Turkey", 85], ["Iran", 89], ["Thailand", 72], ["United Kingdom", 67], ["France", 65],
  ["Italy", 59], ["South Africa", 60], ["Kenya", 54], ["South Korea", 52], ["Colombia", 52], ["Spain", 48], ["Argentina", 46],
  ["Canada", 38], ["Poland", 40], ["Morocco", 37], ["Saudi Arabia", 36], ["Peru", 34], ["Malaysia", 34], ["Australia", 26],
  ["Ghana", 33], ["Chile", 19], ["Netherlands", 18], ["Romania", 20], ["Belgium", 12], ["Sweden", 10], ["Portugal", 10],
  ["Greece", 10], ["Israel", 9], ["Switzerland", 9], ["Austria", 9], ["Ireland", 5], ["New Zealand", 5], ["Norway", 5], ["Denmark", 6],
];

export const places: Concept[] = [
  {
    id: "state",
    names: ["state", "us state", "state name", "province", "state or province"],
    source: "US Census Bureau, 2020 Census apportionment population by state",
    shape: { kind: "category", values: STATES, weights: US.map((s) => s[1]) },
  },
  {
    id: "city",
    names: ["city", "town", "hometown", "city name", "home city", "location", "place", "locality"],
    source: "largest cities of each state; US Census Bureau city population estimates (shares rounded)",
    shape: { kind: "category", values: CITIES, weights: cityWeights },
    relations: [
      {
        kind: "conditionalWeights",
        on: "state",
        cases: US.map(([state]) => ({ value: state, weights: US.flatMap((s) => s[2].map((c) => (s[0] === state ? c[3] : 0))) })),
      },
    ],
  },
  {
    id: "zip_code",
    names: ["zip", "zip code", "zipcode", "postal code", "postcode", "post code", "zip5"],
    source: "USPS ZIP codes of each city's main delivery area",
    shape: { kind: "integer", distribution: "uniform", min: 10001, max: 99950 },
    relations: [{ kind: "conditional", on: "city", cases: US.flatMap((s) => s[2].map(([city, min, max]) => ({ value: city, min, max, mean: Math.round((min + max) / 2), sd: Math.max(1, (max - min) / 3) }))) }],
  },
  {
    id: "country",
    names: ["country", "nationality", "country of residence", "home country", "country name", "geography"],
    source: "UN World Population Prospects 2022, population in millions (rounded), largest countries",
    shape: { kind: "category", values: COUNTRIES.map((c) => c[0]), weights: COUNTRIES.map((c) => c[1]) },
  },
  {
    id: "us_region",
    names: ["region", "us region", "census region", "sales region area"],
    source: "US Census Bureau regions, 2020 population shares",
    shape: { kind: "category", values: ["South", "West", "Midwest", "Northeast"], weights: [38, 24, 21, 17] },
  },
  { id: "county", names: ["county", "county name", "us county", "parish"], shape: { kind: "faker", method: "location.county" } },
  {
    id: "nyc_borough",
    names: ["borough", "nyc borough", "boro", "borough name"],
    source: "US Census Bureau, 2020 Census population of New York City's five boroughs (millions, rounded)",
    shape: { kind: "category", values: ["Brooklyn", "Queens", "Manhattan", "Bronx", "Staten Island"], weights: [2.74, 2.41, 1.69, 1.47, 0.5] },
  },
  {
    id: "police_precinct",
    names: ["precinct", "police precinct", "precinct number"],
    shape: { kind: "category", values: ["1st Precinct", "5th Precinct", "9th Precinct", "13th Precinct", "19th Precinct", "23rd Precinct", "28th Precinct", "32nd Precinct", "40th Precinct", "44th Precinct", "52nd Precinct", "60th Precinct", "67th Precinct", "75th Precinct", "77th Precinct"] },
  },
  {
    id: "branch",
    names: ["branch", "branch name", "store branch", "bank branch", "office location", "store location", "shop location", "branch location", "store", "outlet"],
    shape: { kind: "category", values: ["Main Street", "Downtown", "Northside", "Westfield", "Riverside", "Airport", "Eastgate", "University"], weights: [22, 18, 14, 12, 10, 9, 8, 7] },
  },
  {
    id: "campus",
    names: ["campus", "campus name", "school campus"],
    shape: { kind: "category", values: ["Main Campus", "North Campus", "Downtown Campus", "South Campus", "Online"], weights: [45, 18, 16, 12, 9] },
  },
  { id: "address", names: ["address", "street address", "street", "home address", "mailing address", "billing address", "shipping address"], shape: { kind: "faker", method: "location.streetAddress" } },
  { id: "latitude", names: ["latitude", "lat"], shape: { kind: "faker", method: "location.latitude" } },
  { id: "longitude", names: ["longitude", "lon", "lng", "long"], shape: { kind: "faker", method: "location.longitude" } },
  { id: "time_zone", names: ["time zone", "timezone", "tz"], shape: { kind: "faker", method: "location.timeZone" } },
  {
    id: "language",
    names: ["language", "preferred language", "primary language", "native language", "spoken language"],
    source: "Ethnologue 2023, total speakers (millions, rounded)",
    shape: { kind: "category", values: ["English", "Mandarin", "Hindi", "Spanish", "French", "Arabic", "Bengali", "Portuguese", "Russian", "Japanese", "German"], weights: [1450, 1140, 610, 560, 310, 270, 270, 260, 255, 125, 135] },
  },
];
