import type { DomainKnowledge } from "../types.js";

/** Freight and parcel logistics: shipments, warehouses, weights, distances and on-time delivery. */
export const logistics: DomainKnowledge = {
  domain: "logistics",
  words: ["logistics", "shipments", "shipment", "freight", "supply chain", "warehouse", "warehouses", "truck fleet", "fleet management", "trucking", "3pl", "parcels", "last mile", "delivery routes", "delivery drivers", "parcel delivery", "package delivery", "couriers", "courier routes", "distribution center", "fulfillment center"],
  defaults: ["shipment id", "origin warehouse", "destination city", "carrier", "ship date", "delivery date", "package weight kg", "distance km", "shipping cost", "on time"],
  concepts: [
    {
      id: "shipment_id",
      names: ["shipment id", "shipment number", "consignment number", "consignment id", "load id", "shipment no", "shipmentid"],
      shape: { kind: "id", format: "pattern", pattern: "SHP-#########", unique: true },
    },
    {
      id: "warehouse_id",
      names: ["warehouse", "warehouse id", "warehouse name", "distribution center", "dc", "fulfillment center", "origin warehouse", "depot", "hub"],
      domains: ["logistics", "e-commerce", "retail", "manufacturing"],
      shape: { kind: "category", values: ["WH-ATL-01", "WH-DAL-02", "WH-CHI-01", "WH-LAX-03", "WH-NJ-02", "WH-SEA-01", "WH-MEM-01"], weights: [0.17, 0.15, 0.15, 0.15, 0.16, 0.09, 0.13] },
    },
    {
      id: "transport_mode",
      names: ["transport mode", "mode of transport", "shipping mode freight", "mode", "freight mode", "transportation mode"],
      domains: ["logistics"],
      // US freight tonnage: trucks ~72% (BTS Freight Facts); rail, water, air, pipeline the rest.
      shape: { kind: "category", values: ["Truck", "Rail", "Ocean", "Air", "Intermodal"], weights: [0.64, 0.12, 0.1, 0.04, 0.1] },
      source: "US BTS Freight Facts and Figures (truck share of tonnage ~72%)",
    },
    {
      id: "package_weight",
      names: ["package weight", "parcel weight", "shipment weight", "weight", "weight kg", "gross weight", "actual weight", "item weight"],
      domains: ["logistics", "e-commerce", "retail"],
      // Most e-commerce parcels weigh under 5 lb (~2 kg); a tail of heavy freight.
      shape: { kind: "number", distribution: "lognormal", mean: 3.2, sd: 4.5, min: 0.05, max: 70, decimals: 2 },
      units: [
        { words: ["lb", "lbs", "pounds", "pound"], shape: { kind: "number", distribution: "lognormal", mean: 7, sd: 10, min: 0.1, max: 150, decimals: 1 } },
        { words: ["g", "grams", "gram"], shape: { kind: "integer", distribution: "lognormal", mean: 3200, sd: 4500, min: 50, max: 70000 } },
        { words: ["oz", "ounces"], shape: { kind: "number", distribution: "lognormal", mean: 112, sd: 160, min: 1, max: 2400, decimals: 1 } },
        { words: ["tons", "tonnes", "t"], shape: { kind: "number", distribution: "lognormal", mean: 12, sd: 8, min: 0.1, max: 40, decimals: 2 } },
      ],
      source: "Pitney Bowes Parcel Shipping Index (majority of US parcels under 5 lb)",
    },
    {
      id: "dimensional_weight",
      names: ["dimensional weight", "dim weight", "volumetric weight", "chargeable weight"],
      domains: ["logistics"],
      shape: { kind: "number", distribution: "lognormal", mean: 4, sd: 5, min: 0.1, max: 100, decimals: 2 },
      relations: [{ kind: "bounds", atLeast: ["package_weight"] }],
    },
    {
      id: "shipment_distance",
      names: ["distance", "shipping distance", "haul distance", "trip distance", "kilometers travelled", "distance driven", "distance travelled", "distance traveled"],
      domains: ["logistics"],
      // US truckload average length of haul ~500 miles; parcels mostly regional.
      shape: { kind: "number", distribution: "lognormal", mean: 650, sd: 700, min: 2, max: 5000, decimals: 1 },
      units: [{ words: ["miles", "mi", "mile"], shape: { kind: "number", distribution: "lognormal", mean: 400, sd: 435, min: 1, max: 3100, decimals: 1 } }],
      source: "American Transportation Research Institute, Operational Costs of Trucking (average haul)",
    },
    {
      id: "freight_cost",
      names: ["freight cost", "shipping cost", "transport cost", "freight charge", "shipment cost", "delivery cost", "cost"],
      domains: ["logistics"],
      outcome: true,
      shape: { kind: "number", distribution: "lognormal", mean: 180, sd: 260, min: 4, max: 20000, decimals: 2 },
      drivers: [
        { concept: "package_weight", weight: 0.6 },
        { concept: "shipment_distance", weight: 0.6 },
        { concept: "transport_mode", value: "Air", weight: 1.0 },
        { concept: "shipping_priority", value: "Express", weight: 0.4 },
        { concept: "fuel_surcharge_pct", weight: 0.2 },
      ],
    },
    {
      id: "fuel_surcharge_pct",
      names: ["fuel surcharge", "fuel surcharge %", "fsc"],
      domains: ["logistics"],
      // UPS/FedEx ground fuel surcharges ~14-18% (2024).
      shape: { kind: "number", distribution: "normal", mean: 15.5, sd: 1.8, min: 8, max: 25, decimals: 2 },
      source: "UPS and FedEx published fuel surcharge tables 2024",
    },
    {
      id: "shipping_priority",
      names: ["priority", "shipping priority", "service type", "service", "order priority", "delivery priority"],
      domains: ["logistics"],
      shape: { kind: "category", values: ["Standard", "Express", "Economy", "Same Day"], weights: [0.55, 0.2, 0.2, 0.05] },
    },
    {
      id: "pickup_date",
      names: ["pickup date", "pick up date", "collection date", "dispatch date freight", "departure date"],
      domains: ["logistics"],
      shape: { kind: "date", from: "2022-01-01", to: "2024-12-31" },
    },
    {
      id: "expected_delivery_date",
      names: ["expected delivery date", "planned delivery date", "scheduled delivery date", "due date", "promised date"],
      domains: ["logistics"],
      shape: { kind: "date", from: "2022-01-01", to: "2025-01-31" },
      relations: [{ kind: "offset", of: ["pickup_date"], direction: "after", gap: { min: 1, max: 14, distribution: "lognormal", median: 3 } }],
    },
    {
      id: "actual_delivery_date",
      names: ["actual delivery date", "delivered date freight", "arrival date", "proof of delivery date", "pod date"],
      domains: ["logistics"],
      shape: { kind: "date", from: "2022-01-01", to: "2025-01-31" },
      relations: [{ kind: "offset", of: ["pickup_date"], direction: "after", gap: { min: 1, max: 21, distribution: "lognormal", median: 3 } }],
    },
    {
      id: "transit_days",
      names: ["transit days", "days in transit", "transit time", "delivery days", "days to deliver"],
      domains: ["logistics"],
      shape: { kind: "integer", distribution: "lognormal", mean: 3.6, sd: 2.2, min: 1, max: 30 },
      relations: [{ kind: "formula", expression: "days({pickup_date}, {actual_delivery_date})", type: "integer" }],
    },
    {
      id: "on_time_delivery",
      names: ["on time", "on-time", "on time delivery", "delivered on time", "otd", "on time y/n", "arrived on time"],
      domains: ["logistics", "e-commerce", "food"],
      outcome: true,
      // Parcel on-time performance ~90-97% outside peak (ShipMatrix); truckload OTD ~85-95%.
      shape: { kind: "boolean", probability: 0.9 },
      source: "ShipMatrix carrier on-time performance reports 2023-24",
      drivers: [
        { concept: "shipment_distance", weight: -0.7 },
        { concept: "weather_delay_flag", weight: -1.2 },
        { concept: "is_international", weight: -0.6 },
        { concept: "shipping_priority", value: "Express", weight: 0.4 },
        { concept: "is_holiday", weight: -0.5 },
        { concept: "package_weight", weight: -0.2 },
      ],
    },
    {
      id: "late_delivery",
      names: ["late delivery", "delivered late", "late", "was late", "is late", "delayed", "delay flag", "late delivery risk"],
      domains: ["logistics", "e-commerce", "food"],
      outcome: true,
      // The complement of on-time performance (ShipMatrix: ~5-10% late outside peak).
      shape: { kind: "boolean", probability: 0.1 },
      source: "ShipMatrix carrier on-time performance reports 2023-24",
      drivers: [
        { concept: "shipment_distance", weight: 0.7 },
        { concept: "weather_delay_flag", weight: 1.2 },
        { concept: "is_international", weight: 0.6 },
        { concept: "shipping_priority", value: "Express", weight: -0.4 },
        { concept: "is_holiday", weight: 0.5 },
        { concept: "delivery_days", weight: 1.0 },
      ],
    },
    {
      id: "delivery_attempts",
      names: ["delivery attempts", "attempts", "number of attempts", "attempt count"],
      domains: ["logistics", "e-commerce"],
      shape: { kind: "integer", distribution: "exponential", mean: 1.12, min: 1, max: 4 },
    },
    {
      id: "package_damaged",
      names: ["damaged", "package damaged", "damage reported", "arrived damaged", "is damaged"],
      domains: ["logistics", "e-commerce"],
      outcome: true,
      // About 1 in 10 parcels arrives with some damage in consumer surveys; claims ~1%.
      shape: { kind: "boolean", probability: 0.03 },
      drivers: [
        { concept: "package_weight", weight: 0.6 },
        { concept: "shipment_distance", weight: 0.5 },
        { concept: "is_fragile", weight: 1.0 },
      ],
    },
    {
      id: "is_fragile",
      names: ["fragile", "is fragile", "fragile item", "handle with care"],
      domains: ["logistics", "e-commerce"],
      shape: { kind: "boolean", probability: 0.12 },
    },
    {
      id: "pallet_count",
      names: ["pallets", "pallet count", "number of pallets", "pallet qty"],
      domains: ["logistics", "manufacturing"],
      // A 53-ft trailer holds 26 standard pallets (30 double-stacked less common).
      shape: { kind: "integer", distribution: "lognormal", mean: 8, sd: 7, min: 1, max: 30 },
    },
    {
      id: "truck_id",
      names: ["truck id", "vehicle id", "truck number", "fleet number", "trailer id"],
      domains: ["logistics"],
      shape: { kind: "id", format: "pattern", pattern: "TRK-####", unique: true },
    },
    {
      id: "warehouse_capacity_used",
      names: ["capacity utilization", "warehouse utilization", "space utilization", "capacity used", "utilization %"],
      domains: ["logistics"],
      // Warehouses run near full: ~85% of usable space is a common practical ceiling.
      shape: { kind: "number", distribution: "normal", mean: 82, sd: 9, min: 30, max: 100, decimals: 1 },
    },
    {
      id: "pick_time_minutes",
      names: ["pick time", "picking time", "pick and pack time", "order processing time", "fulfillment time"],
      domains: ["logistics", "e-commerce"],
      shape: { kind: "number", distribution: "lognormal", mean: 6, sd: 5, min: 0.5, max: 120, decimals: 1 },
      units: [{ words: ["hours", "hrs"], shape: { kind: "number", distribution: "lognormal", mean: 0.1, sd: 0.08, min: 0.01, max: 2, decimals: 2 } }],
    },
  ],
};
