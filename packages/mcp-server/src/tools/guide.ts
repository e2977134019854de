import { catalogIds } from "@synthdata/core";

/** Core's own limit on descriptions (checkDescription); repeated here so the input schema can say it. */
export const DESCRIPTION_MAX = 4000;

/** How a spec looks, written for the model that calls the tools. */
export const SPEC_GUIDE = `A DatasetSpec is JSON: { "title", "domain", "columns": [...], "target"?, "difficulty"? (0..1), "duplicates"? }.
Each column has "name", "kind", and optional "nullRate" (0..0.95), "unique", "description", "missing" {rate, when?}. Kinds:
- faker: { "method": one of the catalog ids below, "args"? }
- category: { "values": [...], "weights"?: [...] (same length), "effects"? }
- integer / number: { "distribution"?: uniform|normal|lognormal|exponential|poisson, "mean"?, "sd"?, "min"?, "max"?, "decimals"? (number only), "effects"?, "outliers"? {rate} }
- date / datetime: { "from": "2023-01-01", "to": "2024-12-31", "after"?: { "column", "minDays"?, "maxDays"? } }
- boolean: { "probability"? (chance of true), "rate"? (share of true after effects, e.g. 0.05 for 5% fraud), "effects"? }
- id: { "format": uuid|sequence|pattern, "prefix"?, "start"?, "pattern"? (# digit, ? letter, * either) }
- derived: { "rule": email|full_name|username, "from": [other column names of the row] }
Dependencies make the data worth training on: "effects": [{ "column": "tenure_months", "weight": -1.5 }, { "column": "plan", "value": "basic", "weight": 0.8 }]
(weight -10..10: per standard deviation of a numeric source, when true for a boolean source, when equal to "value" for a category source; on a category target add "outcome" to say which value is favoured). Columns may only depend on columns without a cycle.
Example column list: [{"name":"customer_id","kind":"id","format":"sequence","prefix":"C-"},{"name":"plan","kind":"category","values":["basic","pro"],"weights":[3,1]},{"name":"tenure_months","kind":"integer","distribution":"exponential","mean":18,"min":0,"max":120},{"name":"churned","kind":"boolean","rate":0.2,"effects":[{"column":"tenure_months","weight":-1.2},{"column":"plan","value":"basic","weight":0.7}]}]
Faker catalog ids: ${catalogIds().join(", ")}.`;
