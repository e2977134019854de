// End to end: the packaged extension (.e2e/synthdata.vsix) installed into a real VS Code
// (code-server 4.100.3), driven through its UI by chromium, results checked on disk.
// Setup: bash packages/vscode-extension/e2e/setup.sh (CI runs it before the tests); the harness is e2e-harness.ts.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { describeSchema, generateDataset, rootTableName, suggestFilename, type DatasetSpec } from "@synthdata/core";
import { CLI, fakeOpenAI, launchWorkbench, listCsv, listFiles, runCommand, SCREENSHOTS, setupProblem, waitFor, type Workbench } from "./e2e-harness.js";

/** A key that must never be written anywhere: searched for in every file the run leaves. */
const CANARY_KEY = "sk-canary-e2e-5f1d0c9a7b3e42d68a0f";
const DESCRIPTION = "customers with name, email, age, city and signup date";
const SHOP = "an online shop with customers, orders and order items, and products; some customers churn";
const EXAM = "gym members with tenure, plan and whether they churned";

const problem = setupProblem();

if (problem !== undefined && process.env.CI) {
  describe("VS Code extension e2e", () => {
    it("has its setup (code-server, chromium, the packaged vsix)", () => {
      throw new Error(problem);
    });
  });
} else if (problem !== undefined) {
  console.warn(`[vscode e2e] skipped: ${problem}`);
  describe.skip(`VS Code extension e2e (skipped: ${problem})`, () => {
    it("needs its setup", () => undefined);
  });
} else {
  describe("VS Code extension e2e (code-server + chromium)", () => {
    let vscode: Workbench | undefined;
    let temp: string;
    let workspace: string;
    let page: Page;
    let expectedSpec: DatasetSpec;
    let shopSpec: DatasetSpec;
    let cliEnv: NodeJS.ProcessEnv;
    const timings: Record<string, number> = {};
    // Two loopback "OpenAI" servers: the one in the user settings, and one a cloned repository's
    // workspace settings point at. Both answer 401 and echo the key, as a careless server might.
    const openai = { user: fakeOpenAI(), workspace: fakeOpenAI() };

    beforeAll(async () => {
      const userBaseUrl = `http://127.0.0.1:${await openai.user.listen()}/v1`;
      const attackerBaseUrl = `http://127.0.0.1:${await openai.workspace.listen()}/v1`;
      vscode = await launchWorkbench({
        userSettings: { "synthdata.baseUrl": userBaseUrl },
        workspaceSettings: { "synthdata.baseUrl": attackerBaseUrl, "synthdata.model": "workspace-model" },
        timings,
      });
      ({ temp, workspace, page } = vscode);
      // What the extension's offline planner makes of the description (no cache, so nothing is shared with the extension's run).
      expectedSpec = (await describeSchema(DESCRIPTION, { planner: "offline", useCache: false })).spec;
      shopSpec = (await describeSchema(SHOP, { planner: "offline", useCache: false })).spec;
      // The CLI (which makes the exam the grading test grades) gets the same clean environment, with a cache of its own.
      cliEnv = { ...vscode.env, SYNTHDATA_CACHE_DIR: join(temp, "cli-cache") };
    }, 90_000);

    afterAll(async () => {
      const stopping = Date.now();
      await vscode?.close();
      await Promise.all([openai.user.close(), openai.workspace.close()]);
      timings.afterAll = Date.now() - stopping;
      console.info(`[vscode e2e] timings (ms): ${JSON.stringify(timings)}`);
    }, 20_000);

    // VS Code shows at most three toasts and queues the rest while sticky ones (errors) hold their
    // places: each test starts with none, so the toast it waits for has room to show.
    beforeEach(async () => {
      if (page !== undefined) await runCommand(page, "Notifications: Clear All Notifications");
    }, 40_000);

    afterEach(async (context) => {
      if (context.task.result?.state !== "fail" || page === undefined) return;
      // What the window showed when it failed: a screenshot and the notifications' text.
      const name = context.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 40);
      await page.screenshot({ path: join(SCREENSHOTS, `failed-${name}.png`) }).catch(() => undefined);
      const notes = await page.locator(".notifications-toasts .notification-toast").allInnerTexts().catch(() => []);
      console.error(`[vscode e2e] notifications at failure:\n${notes.join("\n---\n")}`);
    });

    it("Generate Dataset: description, rows, then the CSV in data/ with the planned header and 1000 rows, opened in an editor", async () => {
      const started = Date.now();
      await runCommand(page, "Synthetic Data: Generate Dataset");
      timings.firstCommandFound = Date.now() - started;
      const description = page.locator('.quick-input-widget input[placeholder^="e.g. customers"]');
      await description.waitFor({ state: "visible", timeout: 15_000 });
      await description.fill(DESCRIPTION);
      await description.press("Enter");
      const rows = page.locator('.quick-input-widget input[placeholder^="rows, e.g."]');
      await rows.waitFor({ state: "visible", timeout: 10_000 });
      expect(await rows.inputValue()).toBe("1000");
      await rows.press("Enter");

      const fileName = suggestFilename(expectedSpec.title);
      const csvPath = join(workspace, "data", fileName);
      await waitFor(() => existsSync(csvPath), 30_000, async () => `no ${csvPath}; data/ has ${await listCsv(join(workspace, "data"))}\n${vscode?.log().slice(-3000)}`);
      timings.generateDataset = Date.now() - started;

      const records = parse(await readFile(csvPath, "utf8")) as string[][];
      expect(records[0]).toEqual(expectedSpec.columns.map((c) => c.name));
      expect(records.length - 1).toBe(1000);
      expect(new Set(records.map((r) => r.length))).toEqual(new Set([expectedSpec.columns.length]));

      // The status message reports rows, columns, seed and planner; the seed reproduces the file byte for byte.
      const status = page.locator(".notifications-toasts .notification-toast", { hasText: `Wrote data/${fileName}` });
      await status.first().waitFor({ state: "visible", timeout: 10_000 });
      const text = (await status.first().innerText()).replace(/\s+/g, " ");
      expect(text).toContain(`1,000 rows x ${expectedSpec.columns.length} columns`);
      expect(text).toContain("offline planner (new spec)");
      const seed = Number(/seed (\d+)/.exec(text)?.[1]);
      expect(Number.isInteger(seed)).toBe(true);
      const again = join(temp, "reproduced.csv");
      await generateDataset({ spec: expectedSpec }, { rows: 1000, seed, outPath: again, workers: 1, card: false });
      expect(await readFile(again, "utf8")).toBe(await readFile(csvPath, "utf8"));

      // The CSV is open in an editor.
      await page.locator(".tabs-container .tab", { hasText: fileName }).first().waitFor({ state: "visible", timeout: 10_000 });
      await page.screenshot({ path: join(SCREENSHOTS, "generate-dataset.png") });
    }, 60_000);

    it("Preview Schema (from the shared cache), edit the JSON, Generate from Schema with 250 rows", async () => {
      const started = Date.now();
      await runCommand(page, "Synthetic Data: Preview Schema");
      const description = page.locator('.quick-input-widget input[placeholder^="e.g. customers"]');
      await description.waitFor({ state: "visible", timeout: 15_000 });
      await description.fill(DESCRIPTION);
      await description.press("Enter");

      // Same description as the first test: the spec now comes from the schema cache.
      const message = page.locator(".notifications-toasts .notification-toast", { hasText: `Schema "${expectedSpec.title}"` });
      await message.first().waitFor({ state: "visible", timeout: 15_000 });
      expect((await message.first().innerText()).replace(/\s+/g, " ")).toContain("offline planner (from the cache)");
      const editor = page.locator(".editor-instance .monaco-editor").first();
      await editor.waitFor({ state: "visible", timeout: 10_000 });
      await expect.poll(async () => (await page.locator(".tabs-container .tab.active").first().innerText()).trim(), { timeout: 10_000 }).toMatch(/^Untitled/);
      // Beside the spec: the spec in short and its first rows (Monaco shows spaces as no-break spaces: \s matches both).
      const samples = page.locator(".editor-instance .monaco-editor .view-lines", { hasText: /First\s10\srows,\sseed\s\d+:/ });
      await samples.first().waitFor({ state: "visible", timeout: 10_000 });
      expect((await samples.first().innerText()).replace(/\s+/g, " ").startsWith(`${expectedSpec.title} (`)).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, "preview-schema.png") });

      // The user edits the schema: a new title (so a new file name) and replaces the whole text.
      const edited = { ...expectedSpec, title: "Edited customer schema" };
      await editor.locator(".view-lines").click();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.insertText(JSON.stringify(edited, null, 2));
      // The editor may still auto-close the first brace after the inserted text: drop anything after the cursor.
      await page.keyboard.press("ControlOrMeta+Shift+End");
      await page.keyboard.press("Delete");

      await runCommand(page, "Synthetic Data: Generate from Schema");
      const rows = page.locator('.quick-input-widget input[placeholder^="rows, e.g."]');
      await rows.waitFor({ state: "visible", timeout: 10_000 });
      await rows.fill("250");
      await rows.press("Enter");

      const csvPath = join(workspace, "data", suggestFilename(edited.title));
      await waitFor(() => existsSync(csvPath), 30_000, async () => `no ${csvPath}; data/ has ${await listCsv(join(workspace, "data"))}\n${vscode?.log().slice(-3000)}`);
      timings.previewAndGenerateFromSchema = Date.now() - started;
      const records = parse(await readFile(csvPath, "utf8")) as string[][];
      expect(records[0]).toEqual(expectedSpec.columns.map((c) => c.name));
      expect(records.length - 1).toBe(250);
      const status = page.locator(".notifications-toasts .notification-toast", { hasText: `Wrote data/${suggestFilename(edited.title)}` });
      await status.first().waitFor({ state: "visible", timeout: 10_000 });
      expect((await status.first().innerText()).replace(/\s+/g, " ")).toContain("schema from your document");
      await page.screenshot({ path: join(SCREENSHOTS, "generate-from-schema.png") });
    }, 60_000);

    it("Generate Dataset again: a dismissed prompt writes nothing; an existing file is not overwritten without asking (Keep Both)", async () => {
      const started = Date.now();
      const data = join(workspace, "data");
      const before = await listCsv(data);
      await runCommand(page, "Synthetic Data: Generate Dataset");
      const description = page.locator('.quick-input-widget input[placeholder^="e.g. customers"]');
      await description.waitFor({ state: "visible", timeout: 15_000 });
      await description.press("Escape");
      await description.waitFor({ state: "hidden", timeout: 5_000 });

      const original = join(data, suggestFilename(expectedSpec.title));
      const originalBytes = await readFile(original, "utf8");
      await runCommand(page, "Synthetic Data: Generate Dataset");
      await description.waitFor({ state: "visible", timeout: 15_000 });
      expect(await description.inputValue()).toBe(DESCRIPTION); // the last description is offered again
      await description.press("Enter");
      const rows = page.locator('.quick-input-widget input[placeholder^="rows, e.g."]');
      await rows.waitFor({ state: "visible", timeout: 10_000 });
      await rows.fill("10");
      await rows.press("Enter");

      const dialog = page.locator(".monaco-dialog-box", { hasText: "already exists" });
      await dialog.waitFor({ state: "visible", timeout: 15_000 });
      expect(await listCsv(data)).toBe(before); // asked first: nothing written yet
      await dialog.getByRole("button", { name: "Keep Both" }).click();

      const second = join(data, suggestFilename(expectedSpec.title).replace(/\.csv$/, "-2.csv"));
      await waitFor(() => existsSync(second), 20_000, async () => `no ${second}; data/ has ${await listCsv(data)}`);
      expect((parse(await readFile(second, "utf8")) as string[][]).length - 1).toBe(10);
      expect(await readFile(original, "utf8")).toBe(originalBytes);
      // The run is over once its message shows (the new CSV has opened and taken the focus).
      const name = suggestFilename(expectedSpec.title).replace(/\.csv$/, "-2.csv");
      await page.locator(".notifications-toasts .notification-toast", { hasText: `Wrote data/${name}` }).first().waitFor({ state: "visible", timeout: 10_000 });
      timings.overwriteFlow = Date.now() - started;
    }, 60_000);

    it("Generate Dataset with several tables: a folder with each table's file, schema.sql and the card; the card opens; the status counts each table's rows", async () => {
      const started = Date.now();
      await runCommand(page, "Synthetic Data: Generate Dataset");
      const description = page.locator('.quick-input-widget input[placeholder^="e.g. customers"]');
      await description.waitFor({ state: "visible", timeout: 15_000 });
      await description.fill(SHOP);
      await description.press("Enter");
      const rows = page.locator('.quick-input-widget input[placeholder^="rows, e.g."]');
      await rows.waitFor({ state: "visible", timeout: 10_000 });
      await rows.fill("300");
      await rows.press("Enter");

      const folderName = suggestFilename(shopSpec.title, "");
      const folder = join(workspace, "data", folderName);
      const tables = [rootTableName(shopSpec), ...(shopSpec.tables ?? []).map((t) => t.name)];
      expect(tables.length).toBeGreaterThanOrEqual(4);
      const expectedFiles = [...tables.map((t) => `${t}.csv`), "schema.sql", "card.md", "card.json"];
      await waitFor(() => expectedFiles.every((f) => existsSync(join(folder, f))), 30_000, async () => `${folder} has ${await listCsv(folder)}; data/ has ${await listCsv(join(workspace, "data"))}\n${vscode?.log().slice(-3000)}`);
      timings.generateTables = Date.now() - started;
      expect((await readdir(folder)).sort()).toEqual([...expectedFiles].sort());

      const records = new Map<string, string[][]>();
      for (const t of tables) records.set(t, parse(await readFile(join(folder, `${t}.csv`), "utf8")) as string[][]);
      expect(records.get(rootTableName(shopSpec))!.length - 1).toBe(300);
      // Every table is in schema.sql, and each order belongs to a customer of the customers file.
      const schemaSql = await readFile(join(folder, "schema.sql"), "utf8");
      for (const t of tables) expect(schemaSql).toMatch(new RegExp(`CREATE TABLE "?${t}"?`));
      const column = (table: string, name: string) => {
        const [header, ...body] = records.get(table)!;
        const at = header!.indexOf(name);
        expect(at).toBeGreaterThanOrEqual(0);
        return body.map((r) => r[at]!);
      };
      const customers = new Set(column("customers", "customer_id"));
      expect(column("orders", "customer_id").every((id) => customers.has(id))).toBe(true);

      // The status names the folder and each table with the rows its file holds; the seed makes the same files again.
      const counts = tables.map((t) => `${t} ${(records.get(t)!.length - 1).toLocaleString("en-US")}`);
      const status = page.locator(".notifications-toasts .notification-toast", { hasText: `Wrote data/${folderName}/` });
      await status.first().waitFor({ state: "visible", timeout: 10_000 });
      const text = (await status.first().innerText()).replace(/\s+/g, " ");
      const statusCounts = /tables \(([^)]*)\)/.exec(text)?.[1]?.split(", ") ?? [];
      expect(statusCounts.sort()).toEqual([...counts].sort());
      expect(text).toContain(`Wrote data/${folderName}/: ${tables.length} tables (`);
      const seed = Number(/seed (\d+)/.exec(text)?.[1]);
      const again = await generateDataset({ spec: shopSpec }, { rows: 300, seed, outPath: join(temp, "shop-again"), workers: 1, card: false });
      for (const t of tables) expect(await readFile(again.tables![t]!.file, "utf8")).toBe(await readFile(join(folder, `${t}.csv`), "utf8"));

      // The card (tables, keys, how they join) is open in an editor.
      await page.locator(".tabs-container .tab", { hasText: "card.md" }).first().waitFor({ state: "visible", timeout: 10_000 });
      await page.screenshot({ path: join(SCREENSHOTS, "generate-tables.png") });

      // Again: the folder exists, so it asks; Keep Both writes online-shop-2/ and leaves the first one as it was.
      const before = await readFile(join(folder, "customers.csv"), "utf8");
      await runCommand(page, "Synthetic Data: Generate Dataset");
      await description.waitFor({ state: "visible", timeout: 15_000 });
      expect(await description.inputValue()).toBe(SHOP);
      await description.press("Enter");
      await rows.waitFor({ state: "visible", timeout: 10_000 });
      await rows.fill("20");
      await rows.press("Enter");
      const dialog = page.locator(".monaco-dialog-box", { hasText: `data/${folderName}/ already exists` });
      await dialog.waitFor({ state: "visible", timeout: 15_000 });
      await dialog.getByRole("button", { name: "Keep Both" }).click();
      const second = join(workspace, "data", `${folderName}-2`);
      await waitFor(() => existsSync(join(second, "card.md")), 20_000, async () => `no ${second}/card.md; data/ has ${await listCsv(join(workspace, "data"))}`);
      expect((parse(await readFile(join(second, "customers.csv"), "utf8")) as string[][]).length - 1).toBe(20);
      expect(await readFile(join(folder, "customers.csv"), "utf8")).toBe(before);
      await page.locator(".notifications-toasts .notification-toast", { hasText: `Wrote data/${folderName}-2/` }).first().waitFor({ state: "visible", timeout: 10_000 });
    }, 60_000);

    it("Grade Predictions: the CLI's exam picked from the workspace, a predictions CSV from the dialog, the grade in a new document and the output", async () => {
      // The exam, made by the CLI inside the workspace: train, exam and the card (the answer key).
      const exams = join(workspace, "exams");
      await mkdir(exams);
      await promisify(execFile)(process.execPath, [CLI, "generate", EXAM, "--planner", "offline", "--rows", "500", "--seed", "7", "--split", "0.8", "--exam", "--out", join(exams, "churn.csv")], { env: cliEnv, cwd: temp, timeout: 30_000 });
      const card = join(exams, "churn.card.json");
      const exam = parse(await readFile(join(exams, "churn.exam.csv"), "utf8")) as string[][];
      const [header, ...examRows] = exam;
      const idAt = header!.indexOf("row_id");
      const tenureAt = header!.indexOf("tenure");
      expect(idAt).toBeGreaterThanOrEqual(0);
      // A learner who thinks long tenure keeps customers: one probability per exam row.
      const predictions = join(exams, "predictions.csv");
      await writeFile(predictions, `row_id,prediction\n${examRows.map((r) => `${r[idAt]},${tenureAt >= 0 ? (1 / (1 + Number(r[tenureAt]) / 12)).toFixed(4) : "0.5"}`).join("\n")}\n`);
      const expected = (await promisify(execFile)(process.execPath, [CLI, "grade", card, predictions], { env: cliEnv, cwd: temp, timeout: 30_000 })).stdout.trim();
      expect(expected).toMatch(/^Your auc on \d+ exam rows: /);

      const started = Date.now();
      await runCommand(page, "Synthetic Data: Grade Predictions");
      const cardRow = page.locator(".quick-input-list .monaco-list-row", { hasText: "churn.card.json" }).first();
      await cardRow.waitFor({ state: "visible", timeout: 15_000 });
      expect((await cardRow.innerText()).replace(/\s+/g, " ")).toContain(`exam rows (churn.exam.csv)`);
      await cardRow.click();
      // The open dialog (code-server's own, a path box) starts in the card's folder: type the predictions file.
      const pathBox = page.locator(".quick-input-widget input").first();
      await expect.poll(async () => pathBox.inputValue(), { timeout: 10_000 }).toContain(exams);
      await pathBox.fill(predictions);
      await pathBox.press("Enter");

      // The report opens as a new document, the same text the CLI prints for these files.
      const report = page.locator(".editor-instance .monaco-editor .view-lines", { hasText: /Your\sauc\son/ });
      await report.first().waitFor({ state: "visible", timeout: 20_000 });
      timings.gradePredictions = Date.now() - started;
      const shown = (await report.first().innerText()).replace(/\s+/g, " ").trim();
      expect(shown).toBe(`Grade of exams/predictions.csv against the exam of exams/churn.card.json ${expected.replace(/\s+/g, " ")}`);
      await page.screenshot({ path: join(SCREENSHOTS, "grade-predictions.png") });
      // And in the Synthetic Data output.
      const logs = listFiles(temp).filter((f) => f.endsWith("Synthetic Data.log"));
      expect(logs.length).toBe(1);
      await expect.poll(async () => readFile(logs[0]!, "utf8"), { timeout: 5_000 }).toContain(expected);
    }, 60_000);

    it("synthdata.exam with synthdata.split: Generate Dataset writes the train and exam files and the card, no whole file; the status names them", async () => {
      const settingsFile = join(workspace, ".vscode", "settings.json");
      const saved = await readFile(settingsFile, "utf8");
      await writeFile(settingsFile, JSON.stringify({ ...JSON.parse(saved), "synthdata.split": 0.8, "synthdata.exam": true }));
      try {
        // VS Code reads the changed settings file through its file watcher.
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        const spec = (await describeSchema(EXAM, { planner: "offline", useCache: false })).spec;
        await runCommand(page, "Synthetic Data: Generate Dataset");
        const description = page.locator('.quick-input-widget input[placeholder^="e.g. customers"]');
        await description.waitFor({ state: "visible", timeout: 15_000 });
        await description.fill(EXAM);
        await description.press("Enter");
        const rows = page.locator('.quick-input-widget input[placeholder^="rows, e.g."]');
        await rows.waitFor({ state: "visible", timeout: 10_000 });
        await rows.fill("200");
        await rows.press("Enter");

        const stem = suggestFilename(spec.title, "");
        const data = join(workspace, "data");
        const files = ["train.csv", "exam.csv", "card.json", "card.md"].map((f) => join(data, `${stem}.${f}`));
        await waitFor(() => files.every((f) => existsSync(f)), 20_000, async () => `no exam files for ${stem}; data/ has ${await listCsv(data)}`);
        expect(existsSync(join(data, `${stem}.csv`))).toBe(false);
        expect(existsSync(join(data, `${stem}.test.csv`))).toBe(false);
        const train = parse(await readFile(files[0]!, "utf8")) as string[][];
        const exam = parse(await readFile(files[1]!, "utf8")) as string[][];
        expect(train[0]).toContain(spec.target);
        expect(exam[0]).not.toContain(spec.target);
        expect(exam[0]).toContain("row_id");
        expect(train.length - 1 + exam.length - 1).toBe(200);
        const status = page.locator(".notifications-toasts .notification-toast", { hasText: "Wrote an exam:" });
        await status.first().waitFor({ state: "visible", timeout: 10_000 });
        expect((await status.first().innerText()).replace(/\s+/g, " ")).toContain(
          `Wrote an exam: data/${stem}.train.csv (${train.length - 1} rows, with ${spec.target}) and data/${stem}.exam.csv (${exam.length - 1} rows, without it)`,
        );
      } finally {
        await writeFile(settingsFile, saved);
      }
    }, 60_000);

    it("Set OpenAI API Key: the key goes only to the user's baseUrl, never to the workspace's, and appears in no file, log or message", async () => {
      const started = Date.now();
      await runCommand(page, "Synthetic Data: Set OpenAI API Key");
      const keyInput = page.locator('.quick-input-widget input[type="password"]');
      await keyInput.waitFor({ state: "visible", timeout: 10_000 });
      await keyInput.fill(CANARY_KEY);
      await keyInput.press("Enter");
      await page.locator(".notifications-toasts .notification-toast", { hasText: "API key stored" }).first().waitFor({ state: "visible", timeout: 10_000 });

      await runCommand(page, "Synthetic Data: Generate Dataset");
      const description = page.locator('.quick-input-widget input[placeholder^="e.g. customers"]');
      await description.waitFor({ state: "visible", timeout: 15_000 });
      await description.fill("orders with order id, product, price and quantity");
      await description.press("Enter");
      const rows = page.locator('.quick-input-widget input[placeholder^="rows, e.g."]');
      await rows.waitFor({ state: "visible", timeout: 10_000 });
      await rows.press("Enter");

      // The fake answers 401: core's message as an error notification, the key nowhere in it.
      const error = page.locator(".notifications-toasts .notification-toast", { hasText: "401" });
      await error.first().waitFor({ state: "visible", timeout: 20_000 });
      const notifications = (await page.locator(".notifications-toasts .notification-toast").allInnerTexts()).join("\n");
      expect(notifications).toMatch(/Synthetic Data: the key was rejected/);
      expect(notifications).not.toContain(CANARY_KEY);
      timings.apiKeyFlow = Date.now() - started;

      expect(openai.user.requests.length).toBeGreaterThan(0);
      expect(openai.user.requests.every((r) => r.authorization === `Bearer ${CANARY_KEY}`)).toBe(true);
      expect(openai.user.requests.some((r) => r.body.includes("workspace-model"))).toBe(false);
      expect(openai.workspace.requests).toEqual([]);

      // The output channel logged the failure, and no file under the run's folders (user data with its
      // settings, state and logs, extensions, $HOME, the workspace, the schema cache) holds the key.
      const files = listFiles(temp);
      const logs = files.filter((f) => f.endsWith("Synthetic Data.log"));
      expect(logs.length).toBe(1);
      expect(await readFile(logs[0] ?? "", "utf8")).toMatch(/\[OPENAI_AUTH\]/);
      const holding: string[] = [];
      for (const file of files) if ((await readFile(file).catch(() => Buffer.alloc(0))).includes(CANARY_KEY)) holding.push(file);
      expect(holding).toEqual([]);
      expect(await listCsv(join(workspace, "data"))).not.toMatch(/orders/);

      // The 401 error toast is sticky: clear it so the confirmation has room, and read the outcome from the log too.
      await runCommand(page, "Notifications: Clear All Notifications");
      await runCommand(page, "Synthetic Data: Clear API Key");
      await expect.poll(async () => readFile(logs[0] ?? "", "utf8"), { timeout: 15_000 }).toContain("OpenAI API key removed from secret storage");
      await page.locator(".notifications-toasts .notification-toast", { hasText: "API key removed" }).first().waitFor({ state: "visible", timeout: 15_000 });
    }, 60_000);
  });
}
