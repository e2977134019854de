import type { DomainKnowledge } from "../types.js";

/** IoT telemetry: sensor readings (temperature, humidity, pressure, vibration), device health and anomalies. */
export const iot: DomainKnowledge = {
  domain: "iot",
  words: ["iot", "sensor", "sensors", "telemetry", "devices", "smart home", "readings", "sensor readings", "edge devices", "mqtt", "raspberry pi", "arduino", "predictive maintenance"],
  defaults: ["device id", "reading timestamp", "sensor temperature", "sensor humidity", "sensor pressure", "battery level", "signal strength", "anomaly"],
  concepts: [
    {
      id: "device_id",
      names: ["device id", "sensor id", "device", "node id", "deviceid", "sensorid", "device serial", "serial number"],
      domains: ["iot", "energy", "telecom", "manufacturing"],
      shape: { kind: "id", format: "pattern", pattern: "DEV-****-####", unique: true },
    },
    {
      id: "reading_timestamp",
      names: ["reading timestamp", "timestamp", "reading time", "measured at", "event time", "sample time", "recorded at", "ts", "time"],
      domains: ["iot", "energy", "manufacturing", "weather"],
      shape: { kind: "datetime", from: "2024-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
    },
    {
      id: "sensor_type",
      names: ["sensor type", "type of sensor", "device type", "sensor kind", "measurement type"],
      domains: ["iot"],
      shape: { kind: "category", values: ["Temperature", "Humidity", "Pressure", "Vibration", "Motion", "Air Quality", "Light", "Smart Meter"], weights: [0.24, 0.14, 0.1, 0.12, 0.14, 0.1, 0.06, 0.1] },
    },
    {
      id: "sensor_temperature",
      names: ["sensor temperature", "temperature reading", "temperature", "temp", "temp reading", "ambient temperature", "room temperature", "indoor temperature"],
      domains: ["iot"],
      // Indoor/equipment sensors: rooms 18-26 °C; ASHRAE comfort ~20-24 °C.
      shape: { kind: "number", distribution: "normal", mean: 22.5, sd: 3, min: -10, max: 60, decimals: 2 },
      units: [{ words: ["f", "fahrenheit", "°f", "deg f", "degrees f"], shape: { kind: "number", distribution: "normal", mean: 72.5, sd: 5.4, min: 14, max: 140, decimals: 2 } }],
      source: "ASHRAE Standard 55 (thermal comfort ~20-24 °C)",
    },
    {
      id: "sensor_humidity",
      names: ["sensor humidity", "humidity reading", "indoor humidity", "humidity", "rh reading", "relative humidity reading"],
      domains: ["iot"],
      // Indoor RH typically 30-60% (ASHRAE / EPA guidance).
      shape: { kind: "number", distribution: "normal", mean: 45, sd: 9, min: 5, max: 100, decimals: 1 },
      source: "US EPA indoor air guidance (keep RH 30-60%)",
    },
    {
      id: "sensor_pressure",
      names: ["sensor pressure", "pressure reading", "line pressure", "pressure psi", "psi", "pressure", "pipe pressure"],
      domains: ["iot", "manufacturing"],
      // Industrial compressed air ~90-110 psi; water mains 40-80 psi.
      shape: { kind: "number", distribution: "normal", mean: 95, sd: 8, min: 0, max: 200, decimals: 1 },
      units: [
        { words: ["bar"], shape: { kind: "number", distribution: "normal", mean: 6.55, sd: 0.55, min: 0, max: 13.8, decimals: 2 } },
        { words: ["hpa", "mbar", "millibar"], shape: { kind: "number", distribution: "normal", mean: 1013, sd: 8, min: 900, max: 1100, decimals: 1 } },
        { words: ["kpa"], shape: { kind: "number", distribution: "normal", mean: 655, sd: 55, min: 0, max: 1380, decimals: 1 } },
      ],
    },
    {
      id: "vibration",
      names: ["vibration", "vibration level", "vibration rms", "vibration mm/s", "vibration velocity", "vib"],
      domains: ["iot", "manufacturing", "energy"],
      // ISO 10816: velocity RMS < 2.8 mm/s good for medium machines; > 7.1 unacceptable.
      shape: { kind: "number", distribution: "lognormal", mean: 2.4, sd: 1.4, min: 0.1, max: 30, decimals: 2 },
      units: [{ words: ["g", "acceleration"], shape: { kind: "number", distribution: "lognormal", mean: 0.35, sd: 0.25, min: 0.01, max: 10, decimals: 3 } }],
      source: "ISO 10816-3 vibration severity zones (mm/s RMS)",
    },
    {
      id: "battery_level",
      names: ["battery level", "battery", "battery %", "battery percent", "battery percentage", "charge level", "battery remaining", "soc"],
      domains: ["iot", "telecom", "automotive", "energy"],
      shape: { kind: "number", distribution: "uniform", min: 3, max: 100, decimals: 0 },
      units: [{ words: ["volts", "v", "voltage"], shape: { kind: "number", distribution: "normal", mean: 3.7, sd: 0.25, min: 3, max: 4.2, decimals: 2 } }],
    },
    {
      id: "battery_voltage",
      names: ["battery voltage", "supply voltage", "vbat", "cell voltage"],
      domains: ["iot"],
      // Li-ion cell: 3.0 V empty, 3.7 V nominal, 4.2 V full.
      shape: { kind: "number", distribution: "normal", mean: 3.75, sd: 0.22, min: 3, max: 4.2, decimals: 2 },
    },
    {
      id: "signal_strength",
      names: ["signal strength", "rssi", "wifi signal", "signal dbm", "rssi dbm", "signal"],
      domains: ["iot", "telecom"],
      // RSSI in dBm: -30 excellent, -67 good, -80 poor, -90 unusable.
      shape: { kind: "integer", distribution: "normal", mean: -67, sd: 10, min: -100, max: -30 },
    },
    {
      id: "light_level",
      names: ["light level", "illuminance", "lux", "light intensity", "brightness"],
      domains: ["iot"],
      // Offices ~300-500 lux; daylight outdoors 10,000+.
      shape: { kind: "integer", distribution: "lognormal", mean: 420, sd: 300, min: 0, max: 100000 },
    },
    {
      id: "co2_ppm",
      names: ["co2", "co2 ppm", "carbon dioxide", "co2 level", "co2 concentration"],
      domains: ["iot", "weather"],
      // Outdoor ~420 ppm; occupied rooms 600-1,200.
      shape: { kind: "integer", distribution: "lognormal", mean: 720, sd: 220, min: 400, max: 5000 },
      source: "NOAA Global Monitoring Lab (~420 ppm outdoor, 2024); ASHRAE 62.1 indoor guidance",
    },
    {
      id: "motion_detected",
      names: ["motion detected", "motion", "occupancy detected", "presence", "pir triggered", "occupied"],
      domains: ["iot"],
      shape: { kind: "boolean", probability: 0.22 },
    },
    {
      id: "power_draw_watts",
      names: ["power draw", "power consumption watts", "watts", "power w", "wattage", "power usage"],
      domains: ["iot", "energy", "manufacturing"],
      shape: { kind: "number", distribution: "lognormal", mean: 150, sd: 200, min: 0, max: 10000, decimals: 1 },
      units: [{ words: ["kw", "kilowatts"], shape: { kind: "number", distribution: "lognormal", mean: 0.15, sd: 0.2, min: 0, max: 10, decimals: 3 } }],
    },
    {
      id: "sensor_current_amps",
      names: ["current", "current amps", "amps", "amperage", "current draw"],
      domains: ["iot", "manufacturing", "energy"],
      shape: { kind: "number", distribution: "lognormal", mean: 6, sd: 4, min: 0, max: 100, decimals: 2 },
    },
    {
      id: "sensor_voltage",
      names: ["voltage", "line voltage", "mains voltage", "volts"],
      domains: ["iot", "energy", "manufacturing"],
      // US mains 120 V +/- 5% (ANSI C84.1).
      shape: { kind: "number", distribution: "normal", mean: 120, sd: 2, min: 108, max: 132, decimals: 1 },
      units: [{ words: ["230v", "eu", "uk"], shape: { kind: "number", distribution: "normal", mean: 230, sd: 3.5, min: 207, max: 253, decimals: 1 } }],
      source: "ANSI C84.1 service voltage range A (114-126 V)",
    },
    {
      id: "firmware_version",
      names: ["firmware version", "firmware", "fw version", "software version"],
      domains: ["iot", "telecom", "automotive"],
      shape: { kind: "category", values: ["2.4.1", "2.4.0", "2.3.7", "2.3.5", "2.2.9", "3.0.0-beta"], weights: [0.38, 0.22, 0.18, 0.1, 0.08, 0.04] },
    },
    {
      id: "uptime_hours",
      names: ["uptime", "uptime hours", "hours online", "device uptime"],
      domains: ["iot", "telecom"],
      shape: { kind: "number", distribution: "exponential", mean: 720, min: 0, max: 20000, decimals: 1 },
    },
    {
      id: "packet_loss_pct",
      names: ["packet loss", "packet loss %", "dropped packets", "loss rate"],
      domains: ["iot", "telecom"],
      shape: { kind: "number", distribution: "exponential", mean: 0.8, min: 0, max: 30, decimals: 2 },
    },
    {
      id: "sensor_anomaly",
      names: ["anomaly", "is anomaly", "anomalous", "anomaly flag", "outlier", "fault", "fault detected", "alert", "alarm", "abnormal"],
      domains: ["iot", "energy"],
      outcome: true,
      // Anomaly benchmarks (NAB, SKAB) label about 1-10% of points abnormal.
      shape: { kind: "boolean", probability: 0.04 },
      source: "Numenta Anomaly Benchmark (NAB) and SKAB label rates",
      drivers: [
        { concept: "vibration", weight: 1.3 },
        { concept: "sensor_temperature", weight: 0.9 },
        { concept: "sensor_pressure", weight: 0.5 },
        { concept: "battery_level", weight: -0.5 },
        { concept: "packet_loss_pct", weight: 0.4 },
      ],
    },
    {
      id: "device_failure",
      names: ["device failure", "device failed", "failure", "failed", "will fail", "breakdown"],
      domains: ["iot"],
      outcome: true,
      shape: { kind: "boolean", probability: 0.05 },
      drivers: [
        { concept: "uptime_hours", weight: 0.6 },
        { concept: "sensor_temperature", weight: 0.8 },
        { concept: "vibration", weight: 1.0 },
        { concept: "battery_voltage", weight: -1.0 },
        { concept: "battery_level", weight: -0.8 },
      ],
    },
  ],
};
