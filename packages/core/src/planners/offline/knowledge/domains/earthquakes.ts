import type { DomainKnowledge } from "../types.js";

/**
 * Earthquake catalogs (USGS ComCat style): magnitudes that follow Gutenberg-Richter, focal
 * depths mostly shallow, the magnitude scale, how many stations located the event, and the
 * rare tsunami flag. Filed under weather, the knowledge base's natural-hazards domain.
 */
const W = ["weather"] as const;

export const earthquakes: DomainKnowledge = {
  domain: "weather",
  words: ["earthquake", "earthquakes", "earthquake catalog", "earthquake catalogue", "seismic", "seismic events", "seismology", "quakes", "quake", "usgs", "aftershocks", "tremors"],
  defaults: ["event id", "event time (utc)", "latitude", "longitude", "depth km", "magnitude", "magnitude type", "number of stations", "tsunami warning"],
  concepts: [
    {
      id: "quake_magnitude",
      names: ["magnitude", "earthquake magnitude", "quake magnitude", "mag", "richter magnitude", "moment magnitude", "richter scale", "event magnitude"],
      // Gutenberg-Richter with b ~ 1: each unit up is ten times rarer. Above a catalog's M2.5 cut-off the
      // excess is exponential with mean 1/(b ln 10) ~ 0.43; the largest recorded is M9.5 (Chile 1960).
      source: "USGS Earthquake Hazards Program: Gutenberg-Richter b-value ~1; ComCat M2.5+ catalog",
      shape: { kind: "number", distribution: "exponential", mean: 2.95, min: 2.5, max: 9.5, decimals: 1 },
      // Each scale has its range: local (ml) and duration (md) magnitudes for small regional events (ml saturates
      // near 7), body-wave mb for distant M4-6.5, moment magnitude (mww) for the large ones; each is G-R (b ~ 1, a mean excess of ~0.45) above its floor.
      relations: [
        {
          kind: "conditional",
          on: "quake_magnitude_type",
          cases: [
            { value: "ml", mean: 2.93, min: 2.5, max: 6.8 },
            { value: "md", mean: 2.9, min: 2.5, max: 5.8 },
            { value: "mb", mean: 4.25, min: 3.8, max: 7.0 },
            { value: "mw", mean: 4.1, min: 3.6, max: 9.5 },
            { value: "mww", mean: 5.4, min: 4.9, max: 9.5 },
            { value: "ms", mean: 4.5, min: 4.0, max: 8.7 },
          ],
        },
      ],
    },
    {
      id: "quake_depth_km",
      names: ["depth", "focal depth", "hypocenter depth", "hypocentre depth", "quake depth", "earthquake depth", "event depth"],
      domains: [...W],
      // Most earthquakes are shallow (0-70 km; catalogs often fix unknown depths at 10 km); intermediate 70-300,
      // deep ones down to ~700 km in subduction zones.
      source: "USGS: earthquake depth classes (shallow 0-70 km, intermediate 70-300, deep 300-700)",
      shape: { kind: "number", distribution: "lognormal", mean: 35, sd: 65, min: 0, max: 700, decimals: 1 },
      units: [{ words: ["miles", "mi"], shape: { kind: "number", distribution: "lognormal", mean: 22, sd: 40, min: 0, max: 435, decimals: 1 } }],
    },
    {
      id: "quake_magnitude_type",
      names: ["magnitude type", "mag type", "magtype", "magnitude scale", "magnitude method"],
      // ComCat M2.5+: local (ml) and duration (md) magnitudes for regional networks, body-wave (mb) and
      // moment (mw, mww) for larger and distant events.
      source: "USGS ComCat magnitude types (ml, md, mb, mw/mww)",
      shape: { kind: "category", values: ["ml", "mb", "mw", "md", "mww"], weights: [0.38, 0.3, 0.08, 0.14, 0.1] },
    },
    {
      id: "quake_station_count",
      names: ["stations", "nst", "stations used", "reporting stations", "number of reporting stations"],
      domains: [...W],
      // ComCat's nst: a few stations for small local events, hundreds for large global ones.
      source: "USGS ComCat field nst (number of seismic stations used to locate the event)",
      shape: { kind: "integer", distribution: "lognormal", mean: 28, sd: 30, min: 3, max: 900 },
    },
    {
      id: "quake_tsunami_warning",
      names: ["tsunami warning", "tsunami", "tsunami flag", "tsunami alert", "tsunami issued", "tsunami warning issued", "tsunami risk"],
      outcome: true,
      // ComCat's tsunami flag is set for large oceanic events: about 1-2% of M2.5+ events, most of them M6.5+ and shallow.
      source: "USGS ComCat tsunami flag; NOAA/NWS Tsunami Warning Centers criteria (M6.5+ shallow undersea events)",
      shape: { kind: "boolean", probability: 0.015 },
      drivers: [
        { concept: "quake_magnitude", weight: 1.0 },
        // Deep events barely move the sea floor.
        { concept: "quake_depth_km", weight: -1.2 },
        // Events large enough for a warning are rated on the moment scale.
        { concept: "quake_magnitude_type", value: "mww", weight: 0.8 },
        { concept: "quake_magnitude_type", value: "mw", weight: 0.8 },
        { concept: "quake_magnitude_type", value: "ml", weight: -0.8 },
        { concept: "quake_station_count", weight: 0.3 },
      ],
    },
  ],
  links: [
    { from: "quake_magnitude", to: "quake_station_count", weight: 0.5, source: "larger events are recorded by more, farther stations (ComCat nst vs magnitude)" },
    { from: "quake_magnitude", to: "quake_tsunami_warning", weight: 1.0 },
    { from: "quake_depth_km", to: "quake_tsunami_warning", weight: -1.2 },
  ],
};
