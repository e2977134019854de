// The VS Code end-to-end test's harness: a real VS Code (code-server 4.100.3) with the packaged
// extension installed, opened in chromium on a fresh workspace; and the helpers that drive its UI.
// Setup: bash packages/vscode-extension/e2e/setup.sh (CI runs it before the tests).
import { execFile, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium, type Page } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const EXTENSION_SOURCES = ["src", "package.json", "build.mjs", ".vscodeignore"].map((p) => join(ROOT, "packages/vscode-extension", p));
const CORE_SOURCES = join(ROOT, "packages/core/src");
const CODE_SERVER = join(ROOT, ".e2e/code-server/node_modules/.bin/code-server");
const VSIX = join(ROOT, ".e2e/synthdata.vsix");
const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, ".e2e/screenshots");
const SETUP = "bash packages/vscode-extension/e2e/setup.sh";
/** The built CLI: the grading test makes its exam with it. */
export const CLI = join(ROOT, "packages/cli/dist/main.js");

/** What is missing to run the test, if anything. */
export function setupProblem(): string | undefined {
  const missing = [CODE_SERVER, VSIX, CHROMIUM].filter((path) => !existsSync(path));
  if (missing.length > 0) return `the VS Code e2e setup is missing (${missing.join(", ")}); run: ${SETUP}`;
  if (!existsSync(CLI)) return `the CLI is not built (${CLI}), the grading test makes its exam with it; run: pnpm build`;
  // A vsix older than the extension's sources would test old code.
  if (statSync(VSIX).mtimeMs < newestMtime(EXTENSION_SOURCES)) return `.e2e/synthdata.vsix is older than the extension's sources; run: ${SETUP}`;
  // Core changes under other people's hands all the time while developing: say so, but run.
  if (statSync(VSIX).mtimeMs < newestMtime([CORE_SOURCES])) {
    console.warn(`[vscode e2e] core's sources changed after .e2e/synthdata.vsix was built; if the header check fails, run: ${SETUP}`);
  }
  return undefined;
}

function newestMtime(paths: string[]): number {
  return Math.max(...paths.flatMap(listFiles).map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0));
}

export function listFiles(path: string): string[] {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory() !== true) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => listFiles(join(path, e.name)));
}

export interface Workbench {
  /** The run's folder: the workspace, user data, extensions, $HOME, caches all live below it. */
  temp: string;
  workspace: string;
  /** The clean environment code-server runs in (for other programs the test runs, like the CLI). */
  env: NodeJS.ProcessEnv;
  page: Page;
  /** The end of code-server's output, for failure messages. */
  log(): string;
  close(): Promise<void>;
}

/**
 * Starts code-server with the packaged extension on a fresh workspace holding `.vscode/settings.json`
 * = `workspaceSettings`, with the user settings `userSettings` over a quiet, predictable editor, and
 * opens it in chromium. `timings` gets how long each step took.
 */
export async function launchWorkbench(options: { userSettings: object; workspaceSettings: object; timings: Record<string, number> }): Promise<Workbench> {
  const { timings } = options;
  const started = Date.now();
  const temp = await mkdtemp(join(tmpdir(), "synthdata-vscode-e2e-"));
  const workspace = join(temp, "workspace");
  const dirs = { userData: join(temp, "user-data"), extensions: join(temp, "extensions"), home: join(temp, "home"), cache: join(temp, "synthdata-cache") };
  for (const dir of [workspace, ...Object.values(dirs), join(dirs.userData, "User"), join(workspace, ".vscode")]) await mkdir(dir, { recursive: true });
  await writeFile(join(workspace, ".vscode", "settings.json"), JSON.stringify(options.workspaceSettings));
  // Quiet, predictable editor: no welcome page, no auto-closing brackets (the test types JSON).
  await writeFile(
    join(dirs.userData, "User", "settings.json"),
    JSON.stringify({
      "workbench.startupEditor": "none",
      "workbench.tips.enabled": false,
      "telemetry.telemetryLevel": "off",
      "extensions.autoCheckUpdates": false,
      "extensions.autoUpdate": false,
      "editor.autoClosingBrackets": "never",
      "editor.autoClosingQuotes": "never",
      "editor.autoIndent": "none",
      "editor.formatOnType": false,
      "editor.quickSuggestions": { other: false, comments: false, strings: false },
      "editor.suggestOnTriggerCharacters": false,
      "security.workspace.trust.enabled": false,
      ...options.userSettings,
    }),
  );
  const port = await freePort();
  const config = join(temp, "code-server.yaml");
  await writeFile(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  // Nothing from the outer environment leaks in: no OpenAI key, no outer VS Code's IPC hooks, no $HOME.
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith("OPENAI_") || key.startsWith("VSCODE_") || key.startsWith("SYNTHDATA_")) continue;
    env[key] = value;
  }
  Object.assign(env, {
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, ".config"),
    XDG_DATA_HOME: join(dirs.home, ".local/share"),
    XDG_CACHE_HOME: join(dirs.home, ".cache"),
    SYNTHDATA_CACHE_DIR: dirs.cache,
  });
  const common = ["--config", config, "--user-data-dir", dirs.userData, "--extensions-dir", dirs.extensions];

  let t = Date.now();
  await promisify(execFile)(CODE_SERVER, [...common, "--install-extension", VSIX], { env, timeout: 30_000 });
  timings.installExtension = Date.now() - t;

  t = Date.now();
  const server = spawn(
    CODE_SERVER,
    [...common, "--bind-addr", `127.0.0.1:${port}`, "--auth", "none", "--disable-telemetry", "--disable-update-check",
      "--disable-workspace-trust", "--disable-getting-started-override", workspace],
    { env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let serverLog = "";
  const keep = (chunk: Buffer) => {
    serverLog = (serverLog + chunk.toString()).slice(-20_000);
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const browserHome = join(temp, "browser-home");
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    if (server.pid !== undefined && server.exitCode === null) {
      const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
      // code-server runs its own children (the server, the extension host, watchers): end its process group.
      killGroup(server.pid, "SIGTERM");
      const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5_000));
      if ((await Promise.race([exited, timeout])) === "timeout") killGroup(server.pid, "SIGKILL");
    }
    if (!process.env.SYNTHDATA_KEEP_E2E) await rm(temp, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok === true, 30_000, () => `code-server did not start:\n${serverLog}`);
    timings.codeServerStart = Date.now() - t;

    t = Date.now();
    // Chromium writes its profile, crash reports and caches under HOME/XDG folders: keep them in the test's folder.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      env: { ...process.env, HOME: browserHome, XDG_CONFIG_HOME: join(browserHome, ".config"), XDG_CACHE_HOME: join(browserHome, ".cache") },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: 30_000 });
    timings.workbenchLoad = Date.now() - t;
    timings.beforeAll = Date.now() - started;
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const old of await readdir(SCREENSHOTS)) if (old.startsWith("failed-")) await rm(join(SCREENSHOTS, old), { force: true });
    return { temp, workspace, env, page, log: () => serverLog, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * F1, the command's title, a click on its row in the palette. Right after the workbench
 * appears the palette may not list the extension's commands yet: close it and try again.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget input").first();
    await input.waitFor({ state: "visible", timeout: 10_000 });
    await input.fill(`>${title}`);
    const row = page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first();
    try {
      await row.waitFor({ state: "visible", timeout: 3_000 });
      // Something else taking the focus (an editor opening) closes the palette: then try again.
      await row.click({ timeout: 3_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        await page.screenshot({ path: join(SCREENSHOTS, "failed-command-palette.png") }).catch(() => undefined);
        throw error;
      }
      await page.keyboard.press("Escape");
    }
  }
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, explain: () => string | Promise<string>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(await explain());
}

export async function listCsv(dir: string): Promise<string> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.length === 0 ? "nothing" : names.join(", ");
}

export interface FakeOpenAI {
  requests: { url: string; authorization: string | undefined; body: string }[];
  listen(): Promise<number>;
  close(): Promise<void>;
}

export function fakeOpenAI(): FakeOpenAI {
  const requests: FakeOpenAI["requests"] = [];
  const server: Server = createHttpServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      requests.push({ url: req.url ?? "", authorization: req.headers.authorization, body });
      const key = (req.headers.authorization ?? "").replace(/^Bearer /, "");
      res.writeHead(401, { "content-type": "application/json", "x-request-id": "req_e2e" });
      res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${key}`, type: "invalid_request_error", code: "invalid_api_key" } }));
    });
  });
  return {
    requests,
    listen: () =>
      new Promise((resolve) => {
        server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
