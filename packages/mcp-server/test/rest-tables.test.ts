/**
 * REST POST /generate with a spec of several tables, on the built server: a zip of every table
 * and schema.sql (read back by Python's zipfile, an independent reader that checks each CRC),
 * or one table by name (`table` field or ?table=) in the asked format.
 */
import { execFileSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, spawnServer, tmp } from "./helpers.js";

const SHOP = JSON.parse(await readFile(fileURLToPath(new URL("../../core/test/fixtures/tables/shop.json", import.meta.url)), "utf8")) as Record<string, unknown>;
const TABLES = ["customers", "products", "addresses", "orders", "order_items", "payments", "returns"];

describe("REST POST /generate of several tables", () => {
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  let base: string;
  beforeAll(async () => {
    base = await tmp();
    child = spawnServer(["--http", "--port", "0", "--output-dir", base], { cwd: base, env: childEnv(join(base, "cache")) });
    url = await new Promise<string>((resolve, reject) => {
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    });
  });
  afterAll(() => {
    child?.kill("SIGTERM");
  });
  const post = (body: unknown, query = "") => fetch(`${url}/generate${query}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

  it("answers a zip of every table and schema.sql that Python's zipfile reads and CRC-checks, each table equal to the one asked by name", async () => {
    const res = await post({ spec: SHOP, rows: 200, seed: 9 });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="online-shop.zip"');
    expect(res.headers.get("x-synthdata-tables")?.split(",").sort()).toEqual([...TABLES].sort());
    const zip = join(base, "shop.zip");
    await writeFile(zip, Buffer.from(await res.arrayBuffer()));
    const script = "import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode() for n in z.namelist()}))";
    const members = JSON.parse(execFileSync("python3", ["-c", script, zip], { encoding: "utf8" })) as Record<string, string>;
    expect(Object.keys(members).sort()).toEqual([...TABLES.map((t) => `online-shop/${t}.csv`), "online-shop/schema.sql"].sort());
    expect(members["online-shop/customers.csv"]!.split(/\r?\n/).filter(Boolean)).toHaveLength(201);
    expect(members["online-shop/schema.sql"]).toMatch(/CREATE TABLE/);

    const byField = await post({ spec: SHOP, rows: 200, seed: 9, table: "orders" });
    expect(byField.status).toBe(200);
    expect(byField.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(byField.headers.get("content-disposition")).toBe('attachment; filename="orders.csv"');
    expect(await byField.text()).toBe(members["online-shop/orders.csv"]);
    const byQuery = await post({ spec: SHOP, rows: 200, seed: 9, format: "jsonl" }, "?table=order_items");
    expect(byQuery.status).toBe(200);
    expect(byQuery.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await byQuery.text()).split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const csvLines = members["online-shop/order_items.csv"]!.split(/\r?\n/).filter(Boolean);
    expect(lines).toHaveLength(csvLines.length - 1);
    expect(Object.keys(lines[0]!).join(",")).toBe(csvLines[0]);
  }, 60_000);

  it("an unknown table, or a table for a one-table spec, is a 400 naming what to do", async () => {
    const unknown = await post({ spec: SHOP, rows: 10, table: "invoices" });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/no table "invoices" in this spec; its tables are customers, products/);
    const single = await post({ spec: { title: "People", domain: "general", columns: [{ name: "age", kind: "integer", min: 1, max: 9 }] }, rows: 5, table: "people" });
    expect(single.status).toBe(400);
    expect(JSON.stringify(await single.json())).toMatch(/a single table: leave table out/);
  }, 30_000);
});
