import { catalogIds } from "@synthdata/core";

/** Core's own limit on descriptions (checkDescription); repeated here so the input schema can say it. */
export const DESCRIPTION_MAX = 4000;

/** How a spec looks, written for the model that calls the tools. */
export const SPEC_GUIDE = `A DatasetSpec is JSON: { "title", "domain", "columns": [...], "target"?, "difficulty"? (0..1), "duplicates"? }.
Each column has "name", "kind", and optional "nullRate" (0..0.95), "unique", "description", "missing" {rate, when?}. Kinds:
- faker: { "method": one of the catalog ids below, "args"? }
- category: { "values": [...], "weights"?: [...] (same length), "effects"? }
- integer / number: { "distribution"?: uniform|normal|lognormal|exponential|poisson, "mean"?, "sd"?, "min"?, "max"?, "decimals"? (number only), "effects"?, "outliers"? {rate} }
- date / datetime: { "from": "2023-01-01", "to": "2024-12-31", "after"?: { "column", "minDays"?, "maxDays"? }, "calendar"?: any|weekdays|business_hours }
- boolean: { "probability"? (chance of true), "rate"? (share of true after effects, e.g. 0.05 for 5% fraud), "effects"? }
- id: { "format": uuid|sequence|pattern, "prefix"?, "start"?, "pattern"? (# digit, ? letter, * either) }
- derived: { "rule": email|full_name|username|weekday_name|month_name, "from": [other column names of the row] (one date for weekday_name/month_name) }
- formula: { "expression": "quantity * unit_price * (1 - discount) + normal(0, 0.5)", "type"?: number|integer|boolean|date|datetime, "decimals"?, "min"?, "max"? } (functions: round min max abs clamp if sqrt log exp pow days hours age birthdate year month day weekday hour addDays normal uniform; names with spaces in backticks)
Relations within a row (numbers and dates): "offset": { "columns": [...], "direction": after|before, "gap"?: { min, max, distribution?: uniform|normal|lognormal|exponential, median?, sd? }, "unit"?: days|hours|minutes|seconds } (delivery 1-7 days after ship; high above open and close); "bounds": { "atLeast"?: [...], "atMost"?: [...] } (clicks <= impressions); "conditional": { "column": a category or boolean, "cases": [{ "value", "mean"?, "sd"?, "min"?, "max"? }] } on numbers, [{ "value", "weights" }] on categories (fee by plan, city by state).
Dependencies make the data worth training on: "effects": [{ "column": "tenure_months", "weight": -1.5 }, { "column": "plan", "value": "basic", "weight": 0.8 }]
(weight -10..10: per standard deviation of a numeric source, when true for a boolean source, when equal to "value" for a category source; on a category target add "outcome" to say which value is favoured). Columns may only depend on columns without a cycle.
Example column list: [{"name":"customer_id","kind":"id","format":"sequence","prefix":"C-"},{"name":"plan","kind":"category","values":["basic","pro"],"weights":[3,1]},{"name":"tenure_months","kind":"integer","distribution":"exponential","mean":18,"min":0,"max":120},{"name":"churned","kind":"boolean","rate":0.2,"effects":[{"column":"tenure_months","weight":-1.2},{"column":"plan","value":"basic","weight":0.7}]}]
Faker catalog ids: ${catalogIds().join(", ")}.`;
