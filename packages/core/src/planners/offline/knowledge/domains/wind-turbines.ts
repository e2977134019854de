import type { DomainKnowledge } from "../types.js";

/** Wind turbine SCADA records (wind, rotor, pitch, power output, faults), and a rooftop array's tilt. */
export const windTurbines: DomainKnowledge = {
  domain: "energy",
  words: ["wind farm", "wind farms", "wind turbine", "wind turbines", "turbine", "turbines", "scada"],
  concepts: [
    {
      id: "turbine_power_kw",
      names: ["active power", "turbine power", "active power kw", "turbine output", "turbine power output"],
      domains: ["energy"],
      // A 2-3.6 MW onshore turbine; output follows the cube of wind speed up to its rating.
      source: "US EIA / Berkeley Lab Land-Based Wind Market Report 2023 (average rating ~3.2 MW)",
      shape: { kind: "number", distribution: "normal", mean: 1300, sd: 800, min: 0, max: 3600, decimals: 1 },
      units: [{ words: ["mw", "megawatts"], shape: { kind: "number", distribution: "normal", mean: 1.3, sd: 0.8, min: 0, max: 3.6, decimals: 3 } }],
    },
    {
      id: "rotor_speed_rpm",
      names: ["rotor rpm", "rotor speed", "rotor speed rpm", "rotor revolutions", "blade rpm"],
      domains: ["energy"],
      source: "utility-scale turbines turn about 5-18 rpm (NREL 5-MW reference turbine: 6.9-12.1 rpm)",
      shape: { kind: "number", distribution: "normal", mean: 12, sd: 3.5, min: 0, max: 22, decimals: 2 },
    },
    {
      id: "blade_pitch_angle",
      names: ["blade pitch angle", "pitch angle", "blade pitch", "pitch"],
      domains: ["energy"],
      source: "pitch near 0 degrees below rated wind, up to ~90 (feathered) in storms (NREL)",
      shape: { kind: "number", distribution: "exponential", mean: 5, min: -2, max: 90, decimals: 1 },
    },
    {
      id: "roof_tilt",
      names: ["roof tilt", "roof pitch", "tilt angle", "panel tilt", "array tilt", "tilt"],
      domains: ["energy"],
      // Residential PV sits at about the roof's pitch: mostly 15-40 degrees (PVWatts default 20).
      source: "NREL PVWatts and LBNL Tracking the Sun: residential array tilt mostly 15-40 degrees",
      shape: { kind: "number", distribution: "normal", mean: 25, sd: 8, min: 0, max: 60, decimals: 0 },
    },
    {
      id: "nacelle_temperature",
      names: ["nacelle temperature", "nacelle temp", "gearbox temperature", "generator temperature", "bearing temperature"],
      domains: ["energy"],
      shape: { kind: "number", distribution: "normal", mean: 32, sd: 9, min: -20, max: 75, decimals: 1 },
    },
  ],
  links: [
    { from: "wind_speed", to: "turbine_power_kw", weight: 1.2, source: "turbine power curves (IEC 61400-12-1)" },
    { from: "wind_speed", to: "rotor_speed_rpm", weight: 1.0 },
    { from: "wind_speed", to: "blade_pitch_angle", weight: 0.6 },
    { from: "turbine_power_kw", to: "nacelle_temperature", weight: 0.4 },
  ],
};
