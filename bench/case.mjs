// One bench case in its own process, so peak RSS belongs to that case alone.
// Usage: node bench/case.mjs <synthdata|baseline> <rows> <outfile>
import { readFileSync, createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";

const [mode, rowsText, out] = process.argv.slice(2);
const rows = Number(rowsText);
const start = performance.now();

if (mode === "synthdata") {
  const { generateDataset } = await import("@synthdata/core");
  const spec = JSON.parse(readFileSync(new URL("./spec10.json", import.meta.url), "utf8"));
  await generateDataset({ spec }, { rows, seed: 1, outPath: out, overwrite: true });
} else {
  // The plain loop users would write: faker per row, csv-stringify streaming to a file.
  const { faker } = await import("@faker-js/faker");
  const { stringify } = await import("csv-stringify");
  faker.seed(1);
  const file = createWriteStream(out);
  const csv = stringify({ header: true, columns: ["id", "name", "email", "address", "city", "signup_date", "age", "price", "plan", "active"] });
  csv.pipe(file);
  const from = new Date("2020-01-01"), to = new Date("2024-12-31");
  for (let i = 0; i < rows; i++) {
    const ok = csv.write([
      faker.string.uuid(),
      faker.person.fullName(),
      faker.internet.email(),
      faker.location.streetAddress(),
      faker.location.city(),
      faker.date.between({ from, to }).toISOString().slice(0, 10),
      faker.number.int({ min: 18, max: 90 }),
      faker.commerce.price(),
      faker.helpers.weightedArrayElement([{ weight: 5, value: "basic" }, { weight: 3, value: "standard" }, { weight: 2, value: "premium" }]),
      faker.datatype.boolean(0.7),
    ]);
    if (!ok) await once(csv, "drain");
  }
  csv.end();
  await finished(file);
}

const seconds = (performance.now() - start) / 1000;
process.stdout.write(JSON.stringify({ mode, rows, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
