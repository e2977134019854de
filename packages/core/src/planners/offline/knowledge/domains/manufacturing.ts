import type { DomainKnowledge } from "../types.js";

/** Manufacturing: machines, production runs, defects, downtime, OEE and machine failures. */
export const manufacturing: DomainKnowledge = {
  domain: "manufacturing",
  words: ["manufacturing", "factory", "plant", "production line", "assembly line", "machines", "machine", "cnc", "shop floor", "quality control", "qc", "oee", "production"],
  defaults: ["machine id", "machine type", "shift", "operator", "units produced", "defects", "downtime minutes", "oee", "machine temperature", "rpm", "torque", "failure"],
  concepts: [
    {
      id: "machine_id",
      names: ["machine id", "machine", "machine number", "asset id", "equipment id", "machine no", "machineid"],
      domains: ["manufacturing", "iot"],
      // Logs repeat machines (readings per machine), so an id that is not unique per row.
      shape: { kind: "id", format: "pattern", pattern: "M-###" },
    },
    {
      id: "production_line",
      names: ["line", "production line", "assembly line", "line id", "line number", "line name", "cell"],
      domains: ["manufacturing"],
      shape: { kind: "category", values: ["Line 1", "Line 2", "Line 3", "Line 4", "Line 5", "Line 6"], weights: [0.2, 0.2, 0.18, 0.16, 0.14, 0.12] },
    },
    {
      id: "machine_type",
      names: ["machine type", "equipment type", "asset type", "machine class", "process type"],
      domains: ["manufacturing"],
      shape: { kind: "category", values: ["CNC Mill", "CNC Lathe", "Injection Molder", "Stamping Press", "Welding Robot", "Packaging Line"], weights: [0.22, 0.18, 0.18, 0.14, 0.14, 0.14] },
    },
    {
      id: "product_quality_variant",
      names: ["quality variant", "product quality", "quality grade", "product variant"],
      domains: ["manufacturing"],
      // Low/medium/high quality variants make up 50/30/20% of products.
      shape: { kind: "category", values: ["L", "M", "H"], weights: [0.5, 0.3, 0.2] },
      source: "Matzka (2020), AI4I 2020 Predictive Maintenance Dataset (UCI)",
    },
    {
      id: "production_shift",
      names: ["shift", "work shift", "production shift", "shift name", "crew"],
      domains: ["manufacturing", "logistics", "energy", "food"],
      shape: { kind: "category", values: ["Day", "Evening", "Night"], weights: [0.4, 0.33, 0.27] },
    },
    {
      id: "batch_id",
      names: ["batch id", "batch number", "lot number", "lot id", "batch", "work order", "production order", "job number"],
      domains: ["manufacturing", "food"],
      shape: { kind: "id", format: "pattern", pattern: "LOT-######", unique: true },
    },
    {
      id: "units_produced",
      names: ["units produced", "output", "production volume", "quantity produced", "parts produced", "throughput", "production count", "good units"],
      domains: ["manufacturing"],
      shape: { kind: "integer", distribution: "normal", mean: 820, sd: 180, min: 0, max: 2500 },
    },
    {
      id: "defect_count",
      names: ["defects", "defect count", "number of defects", "defective units", "rejects", "scrap count", "scrap units", "nonconforming units"],
      domains: ["manufacturing"],
      shape: { kind: "integer", distribution: "poisson", mean: 14, min: 0, max: 500 },
      relations: [{ kind: "bounds", atMost: ["units_produced"] }],
    },
    {
      id: "defect_rate",
      names: ["defect rate", "scrap rate", "reject rate", "defect %", "percent defective", "yield loss", "ppm defective"],
      domains: ["manufacturing"],
      // Discrete manufacturing scrap rates mostly 1-5% of output.
      shape: { kind: "number", distribution: "lognormal", mean: 2.2, sd: 1.6, min: 0, max: 25, decimals: 2 },
      units: [{ words: ["fraction", "ratio", "decimal"], shape: { kind: "number", distribution: "lognormal", mean: 0.022, sd: 0.016, min: 0, max: 0.25, decimals: 4 } }],
      relations: [{ kind: "formula", expression: "round(100 * {defect_count} / max({units_produced}, 1), 2)", decimals: 2 }],
    },
    {
      id: "is_defective",
      names: ["defective", "is defective", "defect", "failed inspection", "qc fail", "reject", "pass fail", "nonconforming"],
      domains: ["manufacturing"],
      outcome: true,
      shape: { kind: "boolean", probability: 0.05 },
      drivers: [
        { concept: "machine_temperature", weight: 0.8 },
        { concept: "tool_wear_minutes", weight: 1.0 },
        { concept: "vibration", weight: 0.7 },
        { concept: "operator_experience_years", weight: -0.5 },
        { concept: "production_shift", value: "Night", weight: 0.3 },
      ],
    },
    {
      id: "downtime_minutes",
      names: ["downtime", "downtime minutes", "minutes down", "unplanned downtime", "stoppage time", "machine downtime", "down time"],
      domains: ["manufacturing", "iot", "energy"],
      shape: { kind: "integer", distribution: "exponential", mean: 35, min: 0, max: 960 },
      units: [{ words: ["hours", "hrs", "hr"], shape: { kind: "number", distribution: "exponential", mean: 0.6, min: 0, max: 16, decimals: 2 } }],
    },
    {
      id: "downtime_reason",
      names: ["downtime reason", "stop reason", "cause of downtime", "stoppage reason", "downtime cause"],
      domains: ["manufacturing"],
      shape: { kind: "category", values: ["Mechanical Failure", "Changeover", "Material Shortage", "Planned Maintenance", "Electrical Fault", "Operator Unavailable", "Quality Hold"], weights: [0.24, 0.2, 0.14, 0.16, 0.1, 0.08, 0.08] },
    },
    {
      id: "oee",
      names: ["oee", "overall equipment effectiveness", "oee %", "equipment effectiveness"],
      domains: ["manufacturing"],
      // World-class OEE 85%; typical discrete plants ~55-65%.
      shape: { kind: "number", distribution: "normal", mean: 62, sd: 11, min: 15, max: 95, decimals: 1 },
      units: [{ words: ["fraction", "ratio", "decimal"], shape: { kind: "number", distribution: "normal", mean: 0.62, sd: 0.11, min: 0.15, max: 0.95, decimals: 3 } }],
      source: "Nakajima (1988), TPM; oee.com benchmarks (world class 85%, typical ~60%)",
      relations: [{ kind: "formula", expression: "round({availability_pct} * {performance_pct} * {quality_pct} / 10000, 1)", decimals: 1 }],
    },
    {
      id: "availability_pct",
      names: ["availability", "availability %", "uptime %", "machine availability"],
      domains: ["manufacturing"],
      shape: { kind: "number", distribution: "normal", mean: 86, sd: 7, min: 40, max: 100, decimals: 1 },
    },
    {
      id: "performance_pct",
      names: ["performance", "performance %", "performance rate", "speed efficiency"],
      domains: ["manufacturing"],
      shape: { kind: "number", distribution: "normal", mean: 80, sd: 8, min: 35, max: 100, decimals: 1 },
    },
    {
      id: "quality_pct",
      names: ["quality rate", "quality %", "first pass yield", "fpy", "yield", "good parts %"],
      domains: ["manufacturing"],
      shape: { kind: "number", distribution: "normal", mean: 96.5, sd: 2.2, min: 75, max: 100, decimals: 1 },
    },
    {
      id: "machine_temperature",
      names: ["machine temperature", "process temperature", "spindle temperature", "motor temperature", "temperature", "temp", "air temperature k"],
      domains: ["manufacturing"],
      shape: { kind: "number", distribution: "normal", mean: 62, sd: 9, min: 15, max: 130, decimals: 1 },
      units: [
        { words: ["k", "kelvin"], shape: { kind: "number", distribution: "normal", mean: 310, sd: 1.5, min: 305, max: 314, decimals: 1 }, source: "AI4I 2020 process temperature ~310 K" },
        { words: ["f", "fahrenheit", "°f"], shape: { kind: "number", distribution: "normal", mean: 144, sd: 16, min: 59, max: 266, decimals: 1 } },
      ],
    },
    {
      id: "rotational_speed_rpm",
      names: ["rotational speed", "rpm", "spindle speed", "speed rpm", "motor speed", "revolutions per minute"],
      domains: ["manufacturing", "iot", "automotive", "energy"],
      // AI4I 2020: 1,168-2,886 rpm, mean 1,539.
      shape: { kind: "integer", distribution: "lognormal", mean: 1540, sd: 180, min: 1150, max: 2900 },
      source: "Matzka (2020), AI4I 2020 Predictive Maintenance Dataset (rotational speed)",
    },
    {
      id: "torque_nm",
      names: ["torque", "torque nm", "torque (nm)", "load torque"],
      domains: ["manufacturing", "automotive"],
      // AI4I 2020: torque ~40 Nm, sd 10.
      shape: { kind: "number", distribution: "normal", mean: 40, sd: 10, min: 3, max: 77, decimals: 1 },
      source: "Matzka (2020), AI4I 2020 Predictive Maintenance Dataset (torque)",
    },
    {
      id: "tool_wear_minutes",
      names: ["tool wear", "tool wear minutes", "tool wear min", "tool life used", "tool age"],
      domains: ["manufacturing"],
      shape: { kind: "integer", distribution: "uniform", min: 0, max: 250 },
      source: "Matzka (2020), AI4I 2020 Predictive Maintenance Dataset (tool wear 0-253 min)",
    },
    {
      id: "machine_age_years",
      names: ["machine age", "equipment age", "asset age", "years in service", "age of machine"],
      domains: ["manufacturing", "energy"],
      shape: { kind: "number", distribution: "lognormal", mean: 9, sd: 6, min: 0, max: 45, decimals: 1 },
    },
    {
      id: "hours_since_maintenance",
      names: ["hours since maintenance", "time since last maintenance", "hours since service", "days since maintenance", "last maintenance hours"],
      domains: ["manufacturing", "iot", "energy", "automotive"],
      shape: { kind: "integer", distribution: "exponential", mean: 420, min: 0, max: 5000 },
    },
    {
      id: "cycle_time_seconds",
      names: ["cycle time", "cycle time seconds", "takt time", "seconds per part", "process time"],
      domains: ["manufacturing"],
      shape: { kind: "number", distribution: "lognormal", mean: 48, sd: 20, min: 3, max: 600, decimals: 1 },
      units: [{ words: ["minutes", "min", "mins"], shape: { kind: "number", distribution: "lognormal", mean: 0.8, sd: 0.33, min: 0.05, max: 10, decimals: 2 } }],
    },
    {
      id: "operator_experience_years",
      names: ["operator experience", "operator tenure", "years of experience operator", "operator years", "experience years"],
      domains: ["manufacturing"],
      shape: { kind: "number", distribution: "lognormal", mean: 6, sd: 5, min: 0, max: 40, decimals: 1 },
    },
    {
      id: "machine_failure",
      names: ["machine failure", "failure", "failed", "breakdown", "will fail", "failure flag", "machine failed", "target failure"],
      domains: ["manufacturing"],
      outcome: true,
      // AI4I 2020: 3.4% of records are machine failures.
      shape: { kind: "boolean", probability: 0.034 },
      source: "Matzka (2020), AI4I 2020 Predictive Maintenance Dataset (3.39% failures)",
      drivers: [
        { concept: "tool_wear_minutes", weight: 1.1 },
        { concept: "torque_nm", weight: 1.0 },
        { concept: "machine_temperature", weight: 0.7 },
        { concept: "vibration", weight: 0.9 },
        { concept: "hours_since_maintenance", weight: 0.8 },
        { concept: "rotational_speed_rpm", weight: -0.5 },
        { concept: "machine_age_years", weight: 0.4 },
      ],
    },
    {
      id: "energy_per_unit_kwh",
      names: ["energy per unit", "kwh per unit", "energy intensity", "specific energy"],
      domains: ["manufacturing"],
      shape: { kind: "number", distribution: "lognormal", mean: 1.8, sd: 1.1, min: 0.05, max: 30, decimals: 3 },
    },
  ],
};
