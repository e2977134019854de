import type { DomainKnowledge } from "../types.js";

/** Weather observations: temperature, humidity, wind, rain, pressure and conditions. */
export const weather: DomainKnowledge = {
  domain: "weather",
  words: ["weather", "weather station", "meteorological", "climate", "forecast", "daily weather", "rainfall", "noaa", "met office"],
  defaults: ["observation date", "station", "max temperature", "min temperature", "humidity", "precipitation mm", "wind speed", "pressure hpa", "conditions", "rained"],
  concepts: [
    {
      id: "observation_date",
      names: ["observation date", "weather date", "obs date", "day of observation", "date"],
      domains: ["weather"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "weather_station",
      names: ["station", "weather station", "station name", "station id"],
      domains: ["weather"],
      shape: { kind: "category", values: ["Seattle-Tacoma Intl", "Chicago O'Hare", "Denver Intl", "Phoenix Sky Harbor", "Miami Intl", "Boston Logan", "Dallas/Fort Worth", "Los Angeles Intl"], weights: [0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125] },
    },
    {
      id: "air_temperature",
      names: ["temperature", "air temperature", "temp", "outdoor temperature", "mean temperature", "avg temp", "outside temperature", "outside temp", "outdoor temp", "avg outdoor temp", "average outdoor temperature", "temperature outside"],
      domains: ["weather", "energy", "food", "logistics", "travel", "retail"],
      // Mid-latitude daily means roughly -10 to 35 °C; US annual mean ~12 °C.
      shape: { kind: "number", distribution: "normal", mean: 14, sd: 9, min: -30, max: 45, decimals: 1 },
      units: [
        { words: ["f", "fahrenheit", "°f", "deg f", "degrees f"], shape: { kind: "number", distribution: "normal", mean: 57, sd: 16, min: -22, max: 113, decimals: 1 } },
        { words: ["k", "kelvin"], shape: { kind: "number", distribution: "normal", mean: 287, sd: 9, min: 243, max: 318, decimals: 1 } },
      ],
      source: "NOAA NCEI Climate at a Glance (contiguous US annual mean ~12-13 °C)",
    },
    {
      id: "max_temperature",
      names: ["max temperature", "max temp", "high temperature", "daily high temperature", "tmax", "maximum temperature", "high temp"],
      domains: ["weather", "energy", "food"],
      shape: { kind: "number", distribution: "normal", mean: 19, sd: 10, min: -25, max: 50, decimals: 1 },
      units: [{ words: ["f", "fahrenheit", "°f", "deg f", "degrees f"], shape: { kind: "number", distribution: "normal", mean: 66, sd: 18, min: -13, max: 122, decimals: 1 } }],
      // Diurnal range mostly 8-14 °C.
      relations: [{ kind: "offset", of: ["min_temperature"], direction: "after", gap: { min: 1, max: 25, distribution: "normal", median: 11, sd: 4 } }],
    },
    {
      id: "min_temperature",
      names: ["min temperature", "min temp", "low temperature", "daily low temperature", "tmin", "minimum temperature", "low temp"],
      domains: ["weather", "energy", "food"],
      shape: { kind: "number", distribution: "normal", mean: 8, sd: 9, min: -35, max: 35, decimals: 1 },
      units: [{ words: ["f", "fahrenheit", "°f", "deg f", "degrees f"], shape: { kind: "number", distribution: "normal", mean: 46, sd: 16, min: -31, max: 95, decimals: 1 } }],
    },
    {
      id: "feels_like",
      names: ["feels like", "apparent temperature", "heat index", "wind chill", "real feel"],
      domains: ["weather"],
      shape: { kind: "number", distribution: "normal", mean: 13, sd: 11, min: -40, max: 55, decimals: 1 },
      units: [{ words: ["f", "fahrenheit", "°f"], shape: { kind: "number", distribution: "normal", mean: 55, sd: 20, min: -40, max: 131, decimals: 1 } }],
      relations: [{ kind: "formula", expression: "round({air_temperature} + normal(-1, 2), 1)", decimals: 1 }],
    },
    {
      id: "relative_humidity",
      names: ["humidity", "relative humidity", "rh", "humidity %", "humidity percent", "rel humidity"],
      domains: ["weather", "energy", "food", "manufacturing"],
      // Outdoor RH spans 10-100%, typically 40-85%.
      shape: { kind: "number", distribution: "normal", mean: 64, sd: 18, min: 5, max: 100, decimals: 1 },
      units: [{ words: ["fraction", "ratio", "decimal"], shape: { kind: "number", distribution: "normal", mean: 0.64, sd: 0.18, min: 0.05, max: 1, decimals: 3 } }],
    },
    {
      id: "precipitation_mm",
      names: ["precipitation", "rainfall", "rain", "precip", "precipitation mm", "rain mm", "rainfall mm", "prcp"],
      domains: ["weather", "travel", "energy", "food", "logistics", "retail"],
      // Most days are dry; wet-day amounts are right-skewed (a few mm, rarely > 50 mm).
      shape: { kind: "number", distribution: "exponential", mean: 2.6, min: 0, max: 200, decimals: 1 },
      units: [{ words: ["in", "inches", "inch"], shape: { kind: "number", distribution: "exponential", mean: 0.1, min: 0, max: 8, decimals: 2 } }],
      source: "NOAA GHCN-Daily (US stations ~700-1,000 mm a year)",
    },
    {
      id: "snowfall",
      names: ["snowfall", "snow", "snow cm", "snow depth", "snowfall cm"],
      domains: ["weather"],
      shape: { kind: "number", distribution: "exponential", mean: 0.6, min: 0, max: 120, decimals: 1 },
      units: [{ words: ["in", "inches", "inch"], shape: { kind: "number", distribution: "exponential", mean: 0.25, min: 0, max: 48, decimals: 1 } }],
    },
    {
      id: "wind_speed",
      names: ["wind speed", "wind", "windspeed", "wind kmh", "wind speed km/h", "avg wind"],
      domains: ["weather", "energy", "iot", "travel"],
      // Typical 10-m wind 5-25 km/h; gales above 60.
      shape: { kind: "number", distribution: "lognormal", mean: 14, sd: 8, min: 0, max: 150, decimals: 1 },
      units: [
        { words: ["mph", "miles per hour"], shape: { kind: "number", distribution: "lognormal", mean: 8.7, sd: 5, min: 0, max: 93, decimals: 1 } },
        { words: ["m/s", "ms", "meters per second", "metres per second"], shape: { kind: "number", distribution: "lognormal", mean: 3.9, sd: 2.2, min: 0, max: 42, decimals: 1 } },
        { words: ["knots", "kt", "kts"], shape: { kind: "number", distribution: "lognormal", mean: 7.6, sd: 4.3, min: 0, max: 81, decimals: 1 } },
      ],
    },
    {
      id: "wind_direction",
      names: ["wind direction", "wind dir", "wind bearing"],
      domains: ["weather", "energy"],
      shape: { kind: "category", values: ["N", "NE", "E", "SE", "S", "SW", "W", "NW"], weights: [0.11, 0.1, 0.09, 0.11, 0.13, 0.17, 0.16, 0.13] },
    },
    {
      id: "barometric_pressure",
      names: ["pressure", "air pressure", "barometric pressure", "sea level pressure", "atmospheric pressure", "pressure hpa", "mslp"],
      domains: ["weather"],
      // Sea-level pressure ~1013 hPa, rarely outside 980-1045.
      shape: { kind: "number", distribution: "normal", mean: 1013.25, sd: 7.5, min: 950, max: 1060, decimals: 1 },
      units: [
        { words: ["inhg", "in hg", "inches of mercury"], shape: { kind: "number", distribution: "normal", mean: 29.92, sd: 0.22, min: 28.05, max: 31.3, decimals: 2 } },
        { words: ["kpa"], shape: { kind: "number", distribution: "normal", mean: 101.3, sd: 0.75, min: 95, max: 106, decimals: 2 } },
      ],
      source: "ICAO International Standard Atmosphere (1013.25 hPa at sea level)",
    },
    {
      id: "cloud_cover",
      names: ["cloud cover", "cloudiness", "clouds", "cloud cover %", "sky cover"],
      domains: ["weather", "energy"],
      shape: { kind: "integer", distribution: "uniform", min: 0, max: 100 },
    },
    {
      id: "uv_index",
      names: ["uv index", "uv", "ultraviolet index"],
      domains: ["weather"],
      // WHO UV index 0-11+, daily maxima mostly 1-8.
      shape: { kind: "integer", distribution: "normal", mean: 4.5, sd: 2.6, min: 0, max: 12 },
      source: "WHO, Global Solar UV Index practical guide",
    },
    {
      id: "visibility_km",
      names: ["visibility", "visibility km", "vis"],
      domains: ["weather", "travel"],
      shape: { kind: "number", distribution: "normal", mean: 14, sd: 4, min: 0.1, max: 16, decimals: 1 },
      units: [{ words: ["miles", "mi"], shape: { kind: "number", distribution: "normal", mean: 8.7, sd: 2.5, min: 0.1, max: 10, decimals: 1 } }],
    },
    {
      id: "weather_condition",
      names: ["weather condition", "conditions", "weather", "weather type", "sky condition", "summary", "weather description"],
      domains: ["weather", "travel", "food", "logistics", "retail", "energy"],
      shape: { kind: "category", values: ["Clear", "Partly Cloudy", "Cloudy", "Rain", "Drizzle", "Thunderstorm", "Snow", "Fog"], weights: [0.3, 0.24, 0.18, 0.12, 0.05, 0.04, 0.04, 0.03] },
    },
    {
      id: "dew_point",
      names: ["dew point", "dewpoint", "dew point temperature"],
      domains: ["weather", "iot"],
      shape: { kind: "number", distribution: "normal", mean: 7, sd: 8, min: -35, max: 30, decimals: 1 },
      units: [{ words: ["f", "fahrenheit", "°f"], shape: { kind: "number", distribution: "normal", mean: 45, sd: 14, min: -31, max: 86, decimals: 1 } }],
      relations: [{ kind: "bounds", atMost: ["air_temperature"] }],
    },
    {
      id: "air_quality_index",
      names: ["aqi", "air quality index", "air quality", "aqi value"],
      domains: ["weather", "iot"],
      // EPA AQI 0-500; most US days are Good/Moderate (0-100).
      shape: { kind: "integer", distribution: "lognormal", mean: 45, sd: 25, min: 0, max: 500 },
      source: "US EPA, AQI Basics (0-500 scale)",
    },
    {
      id: "pm25",
      names: ["pm2.5", "pm25", "pm 2.5", "fine particulate matter", "particulates"],
      domains: ["weather", "iot"],
      // US annual mean PM2.5 ~7-9 µg/m3; WHO guideline 5.
      shape: { kind: "number", distribution: "lognormal", mean: 9, sd: 7, min: 0, max: 500, decimals: 1 },
      source: "US EPA Air Trends (PM2.5 national mean ~8 µg/m3); WHO Air Quality Guidelines 2021",
    },
    {
      id: "pm10",
      names: ["pm10", "pm 10", "coarse particulate matter", "pm10 level"],
      domains: ["weather", "iot"],
      // US annual means ~15-25 µg/m3; 24-hour standard 150. PM10 holds the PM2.5 fraction, so it is never below it.
      shape: { kind: "number", distribution: "lognormal", mean: 20, sd: 12, min: 0, max: 600, decimals: 1 },
      relations: [{ kind: "bounds", atLeast: ["pm25"] }],
      source: "US EPA Air Trends (PM10 24-hour NAAQS 150 µg/m3); WHO Air Quality Guidelines 2021 (PM10 annual 15)",
    },
    {
      id: "rained",
      names: ["rained", "did it rain", "rain today", "rain tomorrow", "will it rain", "rainy day", "raintomorrow", "raintoday", "rain yes/no"],
      domains: ["weather"],
      outcome: true,
      // Roughly 1 day in 3 has measurable rain at US stations (~100-130 days a year).
      shape: { kind: "boolean", probability: 0.3 },
      source: "NOAA NCEI normals (days with precipitation >= 0.01 in)",
      drivers: [
        { concept: "relative_humidity", weight: 1.3 },
        { concept: "cloud_cover", weight: 1.1 },
        { concept: "barometric_pressure", weight: -0.9 },
        { concept: "visibility_km", weight: -0.4 },
        { concept: "uv_index", weight: -0.3 },
      ],
    },
    {
      id: "no2_ppb",
      names: ["no2", "no2 ppb", "nitrogen dioxide", "no2 level"],
      domains: ["weather", "iot"],
      // US annual standard 53 ppb; urban hourly values mostly 5-40 ppb.
      source: "US EPA NAAQS for NO2 (53 ppb annual, 100 ppb 1-hour)",
      shape: { kind: "number", distribution: "lognormal", mean: 15, sd: 10, min: 0, max: 200, decimals: 1 },
    },
    {
      id: "ozone_ppb",
      names: ["ozone", "o3", "ozone ppb", "ozone level", "ground level ozone"],
      domains: ["weather", "iot"],
      // 8-hour standard 70 ppb; typical hourly 20-50 ppb.
      source: "US EPA NAAQS for ozone (70 ppb, 8-hour)",
      shape: { kind: "number", distribution: "normal", mean: 32, sd: 12, min: 0, max: 120, decimals: 1 },
    },
  ],
  links: [
    // The AQI is computed from pollutant concentrations (PM2.5 dominates most days); wind disperses them.
    { from: "pm25", to: "air_quality_index", weight: 1.2, source: "US EPA, Technical Assistance Document for the AQI (2018)" },
    // Fine particles are part of PM10: the two rise together (PM2.5/PM10 ratio ~0.4-0.7 in US cities).
    { from: "pm25", to: "pm10", weight: 1.1 },
    { from: "wind_speed", to: "pm10", weight: -0.3 },
    { from: "no2_ppb", to: "air_quality_index", weight: 0.3 },
    { from: "ozone_ppb", to: "air_quality_index", weight: 0.3 },
    { from: "wind_speed", to: "pm25", weight: -0.4, source: "Higher wind speeds lower PM2.5 by dispersion (WMO)" },
    { from: "air_temperature", to: "ozone_ppb", weight: 0.5, source: "Ground-level ozone forms faster in heat and sunlight (US EPA)" },
  ],
};
