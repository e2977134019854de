import type { DomainKnowledge } from "../types.js";

/**
 * Tattoo studio bookings: placement, size and style set the hours in the chair; the total is
 * hours x the artist's hourly rate, with a deposit taken up front and credited to it; some
 * clients come back for a touch-up. Bare "size", "deposit", "total price" are read with the
 * subject ("tattoo studio bookings: ... size") so other domains keep theirs.
 */
export const tattooStudio: DomainKnowledge = {
  domain: "retail",
  words: ["tattoo", "tattoos", "tattoo studio", "tattoo studios", "tattoo shop", "tattoo parlor", "tattoo parlour", "tattoo bookings", "tattoo appointments", "tattoo sessions", "tattoo artist", "tattoo artists"],
  concepts: [
    {
      id: "tattoo_artist",
      names: ["tattoo artist", "tattoo artist name", "the artist", "artist booked", "booked artist", "resident artist"],
      domains: ["retail"],
      // A studio books a handful of resident artists (median shop about 3-5); the names are made up.
      source: "IBISWorld Tattoo Artists in the US 2024: most studios employ fewer than five artists",
      shape: { kind: "category", values: ["Alex Rivera", "Jordan Kim", "Sam Okafor", "Casey Morgan", "Riley Chen"], weights: [0.26, 0.23, 0.2, 0.17, 0.14] },
    },
    {
      id: "tattoo_placement",
      names: ["tattoo placement", "tattoo location", "body placement", "placement on body", "body part tattooed", "tattoo body part"],
      // Arms are the most tattooed place, then legs and back (Ipsos 2019 US tattoo survey; Dalia Research).
      source: "Ipsos 2019 tattoo survey; Statista: most popular tattoo placements (arm/forearm first)",
      shape: { kind: "category", values: ["arm", "leg", "back", "chest", "hand", "neck"], weights: [0.42, 0.2, 0.13, 0.12, 0.07, 0.06] },
    },
    {
      id: "tattoo_size_sq_in",
      names: ["tattoo size", "size in square inches", "tattoo size square inches", "size sq in", "square inches", "tattoo area", "tattoo size in square inches"],
      // Palm-sized pieces (2-10 sq in) are most common; half sleeves and back pieces run 100-300.
      source: "Tattoo pricing guides (Tattoodo, Authority Tattoo): small 2x2 in, medium 4x4-6x6 in, large 100+ sq in",
      shape: { kind: "number", distribution: "lognormal", mean: 24, sd: 35, min: 1, max: 300, decimals: 1 },
      units: [{ words: ["square inches", "sq in", "in2", "sq inches"], shape: { kind: "number", distribution: "lognormal", mean: 24, sd: 35, min: 1, max: 300, decimals: 1 } }, { words: ["square cm", "sq cm", "cm2"], shape: { kind: "number", distribution: "lognormal", mean: 155, sd: 225, min: 6, max: 1935, decimals: 0 } }],
    },
    {
      id: "tattoo_style",
      names: ["tattoo style", "ink style", "color or black and grey", "colour or black and grey", "tattoo color", "ink color"],
      // Black and grey outsells full colour in most shops.
      source: "Tattoodo style statistics; Ipsos 2019 tattoo survey",
      shape: { kind: "category", values: ["black and grey", "color"], weights: [0.6, 0.4] },
    },
    {
      id: "tattoo_session_hours",
      names: ["tattoo session hours", "tattoo hours", "session hours", "hours in chair", "hours tattooing", "tattoo session length"],
      domains: ["retail"],
      // A palm-sized piece takes 1-2 hours; sleeves and back pieces are split into 4-8 hour sittings.
      source: "Tattoodo / Authority Tattoo time guides: small 1-2 h, medium 2-5 h, large sessions up to ~8 h",
      shape: { kind: "number", distribution: "lognormal", mean: 3, sd: 1.6, min: 1, max: 8, decimals: 1 },
    },
    {
      id: "tattoo_hourly_rate",
      names: ["tattoo hourly rate", "tattoo rate", "artist hourly rate", "shop rate", "artist rate", "tattoo rate per hour"],
      // US artists charge about $100-250 an hour; star artists more.
      source: "Tattoodo / Authority Tattoo 2024 pricing guides: $100-250 per hour in the US",
      shape: { kind: "number", distribution: "normal", mean: 160, sd: 35, min: 100, max: 250, decimals: 0 },
      // Each artist has a rate; the senior ones charge more.
      relations: [
        {
          kind: "conditional",
          on: "tattoo_artist",
          cases: [
            { value: "Alex Rivera", mean: 200, sd: 15, min: 150, max: 250 },
            { value: "Jordan Kim", mean: 170, sd: 15, min: 130, max: 220 },
            { value: "Sam Okafor", mean: 150, sd: 15, min: 110, max: 200 },
            { value: "Casey Morgan", mean: 140, sd: 15, min: 100, max: 190 },
            { value: "Riley Chen", mean: 120, sd: 12, min: 100, max: 160 },
          ],
        },
      ],
    },
    {
      id: "tattoo_total_price",
      names: ["tattoo total price", "tattoo price", "tattoo cost", "tattoo total", "tattoo total cost", "total tattoo price"],
      source: "priced by the hour: hours x hourly rate",
      shape: { kind: "number", distribution: "lognormal", mean: 480, sd: 350, min: 100, max: 2000, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({tattoo_session_hours} * {tattoo_hourly_rate}, 2)", type: "number", decimals: 2 }],
    },
    {
      id: "tattoo_deposit",
      names: ["tattoo deposit", "tattoo deposit paid", "tattoo deposit amount", "booking deposit paid", "deposit amount paid"],
      // Non-refundable deposits of $50-300, credited to the final price.
      source: "Tattoodo / shop booking policies: non-refundable deposit $50-300, usually about one hour's rate or less",
      shape: { kind: "number", distribution: "lognormal", mean: 110, sd: 55, min: 50, max: 300, decimals: 0 },
      relations: [{ kind: "bounds", atMost: ["tattoo_total_price"] }],
    },
    {
      id: "tattoo_touch_up",
      names: ["come back for a touch up", "came back for a touch up", "client come back for a touch up", "client come back for touch up", "come back for touch up", "came back for touch up", "client came back for touch up", "back for a touch up", "back for touch up", "returned for touch up", "returned for a touch up", "touch up", "touch up visit", "needed touch up", "touch up booked"],
      outcome: true,
      // Roughly a quarter of clients return for the (often free) touch-up; hands, fingers and feet fade fastest.
      source: "Tattoodo / Healthline tattoo aftercare: hands, fingers and feet fade fastest and most often need touch-ups",
      shape: { kind: "boolean", probability: 0.25 },
      drivers: [
        { concept: "tattoo_placement", value: "hand", weight: 1.3 },
        { concept: "tattoo_style", value: "color", weight: 0.4 },
        { concept: "tattoo_size_sq_in", weight: 0.35 },
        { concept: "tattoo_session_hours", weight: 0.2 },
      ],
    },
  ],
  links: [
    // Hours follow the area tattooed, colour packing takes longer.
    { from: "tattoo_size_sq_in", to: "tattoo_session_hours", weight: 1.1, source: "time guides: hours grow with the area" },
    { from: "tattoo_style", value: "color", to: "tattoo_session_hours", weight: 0.3, source: "colour packing takes longer than black and grey" },
    { from: "tattoo_placement", value: "back", to: "tattoo_size_sq_in", weight: 0.9 },
    { from: "tattoo_placement", value: "chest", to: "tattoo_size_sq_in", weight: 0.5 },
    { from: "tattoo_placement", value: "hand", to: "tattoo_size_sq_in", weight: -0.6 },
    { from: "tattoo_placement", value: "neck", to: "tattoo_size_sq_in", weight: -0.3 },
  ],
};
