import type { DomainKnowledge } from "../types.js";

/** Residential real estate: house features and the sale price they drive, listings and rents. */
export const realEstate: DomainKnowledge = {
  domain: "real estate",
  words: ["real estate", "house prices", "housing", "houses", "homes", "home sales", "property", "properties", "listings", "zillow", "realtor", "apartments", "rentals", "mls"],
  defaults: ["listing id", "neighborhood", "square feet", "bedrooms", "bathrooms", "lot size", "year built", "garage spaces", "sale price"],
  concepts: [
    {
      id: "listing_id",
      names: ["listing id", "mls number", "mls id", "property id", "parcel id", "listing number"],
      shape: { kind: "id", format: "pattern", pattern: "MLS-#######", unique: true },
    },
    {
      id: "square_feet",
      names: ["square feet", "square footage", "sq ft", "sqft", "living area", "floor area", "living space", "house size", "home size", "gr liv area", "sqft living", "home sqft", "size"],
      domains: ["real estate", "insurance", "energy"],
      // US existing single-family homes: median about 1,900-2,000 sq ft (Census AHS).
      shape: { kind: "integer", distribution: "lognormal", mean: 2050, sd: 800, min: 450, max: 9000 },
      units: [{ words: ["m2", "sq m", "sqm", "square meters", "square metres", "m²"], shape: { kind: "integer", distribution: "lognormal", mean: 190, sd: 75, min: 40, max: 850 } }],
      source: "US Census Bureau, American Housing Survey 2021 (median unit size ~1,800-2,000 sq ft)",
      relations: [
        {
          kind: "conditional",
          on: "property_type",
          cases: [
            { value: "Single Family", mean: 2200, sd: 800, min: 700, max: 9000 },
            { value: "Condo", mean: 1150, sd: 400, min: 400, max: 4000 },
            { value: "Townhouse", mean: 1650, sd: 450, min: 700, max: 4000 },
            { value: "Multi-Family", mean: 2800, sd: 900, min: 1200, max: 8000 },
          ],
        },
      ],
    },
    {
      id: "apartment_size",
      names: ["apartment size", "flat size", "apartment area", "flat area", "unit size", "condo size", "apartment square feet", "apartment sqft"],
      domains: ["real estate"],
      // US rental apartments: median about 900 sq ft (RentCafe 2023 new builds ~890); European flats about 70-80 m².
      shape: { kind: "integer", distribution: "lognormal", mean: 950, sd: 350, min: 300, max: 3500 },
      units: [{ words: ["m2", "sq m", "sqm", "square meters", "square metres", "m²"], shape: { kind: "integer", distribution: "lognormal", mean: 78, sd: 30, min: 20, max: 300 } }],
      source: "RentCafe, average size of new US apartments (2023); Eurostat average dwelling size",
    },
    {
      id: "bedrooms",
      names: ["bedrooms", "beds", "number of bedrooms", "bedroom count", "num bedrooms", "br", "bed", "bedroom abv gr"],
      domains: ["real estate", "travel"],
      // Most US homes have 2-4 bedrooms; 3 is the mode (AHS).
      shape: { kind: "integer", distribution: "normal", mean: 3.1, sd: 0.95, min: 1, max: 8 },
      source: "US Census Bureau, American Housing Survey (bedrooms per unit)",
      relations: [
        {
          // A rental listing: studios and 1-2 bedroom entire homes; a private room is one bedroom.
          kind: "conditional",
          on: "str_room_type",
          cases: [
            { value: "Entire home", mean: 1.8, sd: 1, min: 0, max: 8 },
            { value: "Private room", mean: 1, sd: 0.2, min: 1, max: 2 },
            { value: "Shared room", mean: 1, sd: 0.2, min: 1, max: 2 },
            { value: "Hotel room", mean: 1, sd: 0.3, min: 0, max: 2 },
          ],
        },
        // A home's bedrooms are some of its rooms.
        { kind: "bounds", atMost: ["room_count"] },
      ],
    },
    {
      id: "bathrooms",
      names: ["bathrooms", "baths", "number of bathrooms", "bathroom count", "num bathrooms", "ba", "full baths", "full bath"],
      domains: ["real estate", "travel"],
      shape: { kind: "integer", distribution: "normal", mean: 2.2, sd: 0.8, min: 1, max: 7 },
    },
    {
      id: "lot_size",
      names: ["lot size", "lot area", "land area", "lot square feet", "lot sqft", "plot size", "yard size", "lot"],
      domains: ["real estate"],
      // New single-family lots: median about 8,000-9,000 sq ft (Census SOC), long tail of acreage.
      shape: { kind: "integer", distribution: "lognormal", mean: 10500, sd: 9000, min: 1200, max: 200000 },
      units: [
        { words: ["acres", "acre", "ac"], shape: { kind: "number", distribution: "lognormal", mean: 0.24, sd: 0.21, min: 0.03, max: 5, decimals: 2 } },
        { words: ["m2", "sq m", "sqm", "square meters", "square metres"], shape: { kind: "integer", distribution: "lognormal", mean: 975, sd: 840, min: 110, max: 18600 } },
      ],
      source: "US Census Bureau, Characteristics of New Housing (median lot size)",
    },
    {
      id: "year_built",
      names: ["year built", "built in", "construction year", "year constructed", "yr built", "yearbuilt", "build year"],
      domains: ["real estate", "insurance", "energy"],
      // Median US home built around 1980 (AHS); very few before 1900.
      shape: { kind: "integer", distribution: "normal", mean: 1979, sd: 24, min: 1890, max: 2024 },
      source: "US Census Bureau, American Housing Survey (median year built ~1980)",
    },
    {
      id: "neighborhood",
      names: ["neighborhood", "neighbourhood", "district", "area", "suburb", "location quality", "zone", "neighborhood name"],
      domains: ["real estate", "food"],
      shape: { kind: "category", values: ["Downtown", "Midtown", "Riverside", "Oak Park", "Hillcrest", "Lakeside", "Westwood", "Eastgate", "Northridge", "Old Town"], weights: [0.1, 0.1, 0.1, 0.12, 0.08, 0.09, 0.11, 0.11, 0.1, 0.09] },
    },
    {
      id: "neighborhood_tier",
      names: ["neighborhood quality", "neighbourhood quality", "school district rating", "area rating", "location rating", "neighborhood rating"],
      domains: ["real estate"],
      shape: { kind: "integer", distribution: "normal", mean: 6, sd: 2, min: 1, max: 10 },
    },
    {
      id: "property_type",
      names: ["property type", "home type", "house type", "dwelling type", "building type", "type of property"],
      domains: ["real estate", "insurance"],
      // US sales mix: single-family ~88% of existing-home sales vs condos/co-ops ~12% (NAR).
      shape: { kind: "category", values: ["Single Family", "Condo", "Townhouse", "Multi-Family"], weights: [0.7, 0.14, 0.11, 0.05] },
      source: "National Association of Realtors, Existing-Home Sales (single-family vs condo/co-op)",
    },
    {
      id: "garage_spaces",
      names: ["garage", "garage spaces", "garage cars", "parking spaces", "car garage", "garagecars"],
      domains: ["real estate"],
      shape: { kind: "integer", distribution: "normal", mean: 1.8, sd: 0.8, min: 0, max: 4 },
    },
    {
      id: "has_pool",
      names: ["pool", "has pool", "swimming pool", "poolarea"],
      domains: ["real estate", "travel"],
      shape: { kind: "boolean", probability: 0.11 },
    },
    {
      id: "stories",
      names: ["stories", "storeys", "floors", "number of floors", "levels"],
      domains: ["real estate"],
      shape: { kind: "integer", distribution: "normal", mean: 1.6, sd: 0.6, min: 1, max: 4 },
    },
    {
      id: "floor_level",
      names: ["floor", "floor number", "floor level", "storey number", "apartment floor", "unit floor", "which floor"],
      domains: ["real estate", "travel"],
      // Most flats sit low: ground to 5th floor in the bulk, towers thin out the tail (0 = ground floor).
      shape: { kind: "integer", distribution: "exponential", mean: 4, min: 0, max: 40 },
    },
    {
      id: "condition_rating",
      names: ["condition", "overall condition", "home condition", "condition rating", "overall quality", "overall qual", "quality"],
      domains: ["real estate"],
      // Ames/Assessor style 1-10 scale, centred on 5-6.
      shape: { kind: "integer", distribution: "normal", mean: 6, sd: 1.4, min: 1, max: 10 },
    },
    {
      id: "distance_to_city_center",
      names: ["distance to city center", "distance to city centre", "distance to center", "distance to centre", "distance to the center", "distance to downtown", "distance to cbd", "miles to downtown", "km to center", "distance from center", "distance from city centre"],
      domains: ["real estate", "travel"],
      shape: { kind: "number", distribution: "lognormal", mean: 9, sd: 7, min: 0.2, max: 60, decimals: 1 },
      units: [{ words: ["km", "kilometers", "kilometres"], shape: { kind: "number", distribution: "lognormal", mean: 14.5, sd: 11, min: 0.3, max: 95, decimals: 1 } }],
    },
    {
      id: "sale_price",
      names: ["sale price", "sales price", "selling price house", "sold price", "house price", "home price", "price sold", "saleprice", "property price", "home value", "house value", "price"],
      domains: ["real estate"],
      outcome: true,
      // US median existing-home price ~$400k (NAR 2024); price per sq ft ~$200-250.
      shape: { kind: "number", distribution: "lognormal", mean: 430000, sd: 230000, min: 50000, max: 5000000, decimals: 0 },
      source: "National Association of Realtors, median existing-home sales price 2024 (~$407,500)",
      units: [{ words: ["thousands", "k", "000s"], shape: { kind: "number", distribution: "lognormal", mean: 430, sd: 230, min: 50, max: 5000, decimals: 1 } }],
      drivers: [
        { concept: "square_feet", weight: 0.75 },
        { concept: "neighborhood_tier", weight: 0.35 },
        { concept: "condition_rating", weight: 0.3 },
        { concept: "bathrooms", weight: 0.2 },
        { concept: "bedrooms", weight: 0.1 },
        { concept: "lot_size", weight: 0.15 },
        { concept: "year_built", weight: 0.2 },
        { concept: "garage_spaces", weight: 0.15 },
        { concept: "has_pool", weight: 0.1 },
        { concept: "distance_to_city_center", weight: -0.2 },
        { concept: "neighborhood", value: "Hillcrest", weight: 0.5 },
        { concept: "neighborhood", value: "Eastgate", weight: -0.3 },
      ],
    },
    {
      id: "list_price",
      names: ["list price", "listing price", "asking price", "original list price", "asking"],
      domains: ["real estate"],
      shape: { kind: "number", distribution: "lognormal", mean: 440000, sd: 240000, min: 50000, max: 5000000, decimals: 0 },
      // Homes sell within a few percent of list (sale-to-list ratio ~99% in 2024, Redfin).
      relations: [{ kind: "formula", expression: "round({sale_price} * normal(1.02, 0.03) / 1000) * 1000", decimals: 0 }],
    },
    {
      id: "price_per_sqft",
      names: ["price per square foot", "price per sqft", "price per sq ft", "ppsf", "$/sqft"],
      domains: ["real estate"],
      shape: { kind: "number", distribution: "lognormal", mean: 220, sd: 110, min: 40, max: 2500, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({sale_price} / {square_feet}, 2)", decimals: 2 }],
    },
    {
      id: "days_on_market",
      names: ["days on market", "dom", "days listed", "time on market", "days to sell", "market time"],
      domains: ["real estate"],
      // Median about 30-45 days (Realtor.com 2024); long tail for overpriced homes.
      shape: { kind: "integer", distribution: "lognormal", mean: 42, sd: 40, min: 1, max: 365 },
      source: "Realtor.com monthly housing data (median days on market ~40-50, 2024)",
    },
    {
      id: "listing_date",
      names: ["listing date", "list date", "date listed", "listed on", "on market date"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "sold_date",
      names: ["sold date", "sale date", "date sold", "closing date", "close date"],
      shape: { kind: "date", from: "2022-01-01", to: "2025-06-30" },
      relations: [{ kind: "offset", of: ["listing_date"], direction: "after", gap: { min: 3, max: 365, distribution: "lognormal", median: 35 } }],
    },
    {
      id: "property_tax",
      names: ["property tax", "annual property tax", "tax assessment", "real estate tax", "property taxes"],
      domains: ["real estate"],
      // Effective US property tax ~0.9% of home value a year (Tax Foundation).
      shape: { kind: "number", distribution: "lognormal", mean: 4200, sd: 2800, min: 200, max: 80000, decimals: 0 },
      source: "Tax Foundation, Property Taxes by State (effective rate ~0.9%)",
      relations: [{ kind: "formula", expression: "round({sale_price} * 0.009, 0)", decimals: 0 }],
    },
    {
      id: "hoa_fee",
      names: ["hoa fee", "hoa", "hoa dues", "hoa monthly", "association fee", "condo fee"],
      domains: ["real estate"],
      shape: { kind: "integer", distribution: "lognormal", mean: 280, sd: 220, min: 0, max: 3000 },
      relations: [{ kind: "conditional", on: "property_type", cases: [{ value: "Single Family", mean: 60, sd: 80, min: 0, max: 800 }, { value: "Condo", mean: 420, sd: 220, min: 80, max: 3000 }, { value: "Townhouse", mean: 280, sd: 150, min: 50, max: 1500 }] }],
    },
    {
      id: "monthly_rent",
      names: ["monthly rent", "rent", "rent per month", "rental price", "rent amount", "asking rent"],
      domains: ["real estate"],
      // US median asking rent ~$1,700-2,000/month (Census HVS / Zillow ZORI 2024).
      shape: { kind: "number", distribution: "lognormal", mean: 1850, sd: 800, min: 400, max: 15000, decimals: 0 },
      source: "Zillow Observed Rent Index 2024 (~$2,000); Census HVS median asking rent",
      drivers: [
        { concept: "square_feet", weight: 0.7 },
        { concept: "bedrooms", weight: 0.4 },
        { concept: "distance_to_city_center", weight: -0.35 },
        { concept: "neighborhood_tier", weight: 0.35 },
      ],
      outcome: true,
    },
    // Features a listing has or not: each a yes/no at its usual share, worth a little more rent or price.
    ...[
      ["has_balcony", ["balcony", "has balcony", "balcony or terrace"], 0.55],
      ["has_elevator", ["elevator", "lift", "has elevator", "has lift"], 0.4],
      ["has_garden", ["garden", "has garden", "yard", "backyard", "has yard"], 0.3],
      ["has_fireplace", ["fireplace", "has fireplace", "fireplaces"], 0.2],
      ["has_basement", ["basement", "has basement", "cellar"], 0.35],
      ["has_terrace", ["terrace", "patio", "roof terrace", "has terrace", "has patio"], 0.2],
      ["pets_allowed", ["pets allowed", "pet friendly", "allows pets", "pets ok"], 0.45],
    ].map(([id, names, p]) => ({
      id: id as string,
      names: names as string[],
      domains: ["real estate" as const, "travel" as const],
      shape: { kind: "boolean" as const, probability: p as number },
    })),
    {
      id: "is_furnished",
      names: ["furnished", "is furnished", "furnishing"],
      domains: ["real estate", "travel"],
      shape: { kind: "boolean", probability: 0.2 },
    },
    {
      id: "has_central_air",
      names: ["central air", "air conditioning", "has ac", "a/c", "centralair"],
      domains: ["real estate"],
      shape: { kind: "boolean", probability: 0.88 },
      source: "US EIA Residential Energy Consumption Survey 2020 (88% of homes use AC)",
    },
    {
      id: "room_count",
      names: ["rooms", "number of rooms", "total rooms", "room count", "num rooms", "rooms total", "totrms abv grd"],
      domains: ["real estate"],
      // Counting bedrooms and living rooms: US homes median 5-6 rooms (AHS), European flats about 3.
      source: "US Census American Housing Survey 2021 (median rooms 5.5); Eurostat average rooms per dwelling ~4",
      shape: { kind: "integer", distribution: "normal", mean: 4, sd: 1.6, min: 1, max: 15 },
    },
    {
      id: "rent_per_sqft",
      names: ["rent per sq ft", "annual rent per sq ft", "rent per square foot", "rent psf", "asking rent per sq ft", "rent per sqft", "price per sq ft", "rent per square foot per year"],
      domains: ["real estate"],
      // US office asking rents average about $38 per sq ft a year; Manhattan trophy space over $100.
      source: "CommercialEdge National Office Report 2024 (average listing rate ~$38/sq ft/yr)",
      shape: { kind: "number", distribution: "lognormal", mean: 38, sd: 18, min: 8, max: 250, decimals: 2 },
    },
  ],
  links: [
    // A balcony, a lift, a garden add a few percent to rent and price (hedonic price studies of European and US listings).
    ...["has_balcony", "has_elevator", "has_garden", "has_terrace", "has_fireplace"].flatMap((from) => [
      { from, to: "monthly_rent", weight: 0.15 },
      { from, to: "sale_price", weight: 0.15 },
    ]),
    // Taller buildings have more floor area; office rents fall with the walk to the station.
    { from: "stories", to: "square_feet", weight: 0.6, source: "floor area is about floors x floor plate" },
    { from: "transit_distance", to: "rent_per_sqft", weight: -0.5, source: "CoStar / ULI: office rents carry a premium within walking distance of transit" },
    { from: "transit_distance", to: "monthly_rent", weight: -0.3 },
    // A bigger home has more rooms and bedrooms (AHS: rooms rise with unit size); a flat's rent with its size, less far out.
    { from: "apartment_size", to: "room_count", weight: 0.9, source: "US Census AHS: rooms per unit rise with floor area" },
    { from: "apartment_size", to: "bedrooms", weight: 0.9 },
    { from: "square_feet", to: "room_count", weight: 0.9 },
    { from: "square_feet", to: "bedrooms", weight: 0.8 },
    { from: "apartment_size", to: "monthly_rent", weight: 0.8, source: "Rents scale with floor area (RentCafe rent per sq ft)" },
    { from: "distance_to_city_center", to: "monthly_rent", weight: -0.4, source: "Urban rent gradient: rents fall with distance from the centre" },
  ],
};
