import { describe, expect, it } from "vitest";
import { DEFAULT_ROWS, isSynthdataError } from "@synthdata/core";
import { checkDescriptionInput, choosePlanner, MAX_ROWS_VSCODE, OPENAI_DEFAULT_BASE_URL, parseRows, readSettings, type SettingsSource } from "../src/settings.js";
import { checkApiKeyInput, redactKey } from "../src/secrets.js";

type Scope = "defaultValue" | "globalValue" | "workspaceValue" | "workspaceFolderValue";

/** A configuration like VS Code's: values per scope, `get` returns the most specific one. */
function configuration(values: Record<string, Partial<Record<Scope, unknown>>>): SettingsSource {
  const order: Scope[] = ["workspaceFolderValue", "workspaceValue", "globalValue", "defaultValue"];
  return {
    get<T>(key: string): T | undefined {
      const scopes = values[key] ?? {};
      for (const scope of order) if (scopes[scope] !== undefined) return scopes[scope] as T;
      return undefined;
    },
    inspect<T>(key: string) {
      return (values[key] ?? {}) as { defaultValue?: T; globalValue?: T; workspaceValue?: T; workspaceFolderValue?: T };
    },
  };
}

describe("readSettings", () => {
  it("gives the defaults when nothing is set", () => {
    const { settings, warnings } = readSettings(configuration({ defaultRows: { defaultValue: 1000 }, outputFolder: { defaultValue: "data" } }));
    expect(settings).toEqual({ model: undefined, baseUrl: undefined, defaultRows: DEFAULT_ROWS, outputFolder: "data", seed: undefined, split: undefined, format: "csv", exam: false });
    expect(warnings).toEqual([]);
  });

  it("reads synthdata.exam only with a split: without one it is off and a warning says what it needs", () => {
    expect(readSettings(configuration({ exam: { defaultValue: false, globalValue: true }, split: { globalValue: 0.8 } })).settings).toMatchObject({ exam: true, split: { train: 0.8 } });
    const alone = readSettings(configuration({ exam: { defaultValue: false, workspaceValue: true } }));
    expect(alone.settings.exam).toBe(false);
    expect(alone.warnings).toEqual(["synthdata.exam needs synthdata.split (e.g. 0.8): the test rows become the exam; writing the whole file without an exam"]);
    const bad = readSettings(configuration({ exam: { workspaceValue: "yes" }, split: { globalValue: 0.8 } }));
    expect(bad.settings.exam).toBe(false);
    expect(bad.warnings).toEqual(['synthdata.exam must be true or false, got "yes"; not making an exam']);
  });

  it("reads synthdata.format, and falls back to csv with a warning for a format it does not know", () => {
    expect(readSettings(configuration({ format: { defaultValue: "csv", globalValue: "parquet" } })).settings.format).toBe("parquet");
    const { settings, warnings } = readSettings(configuration({ format: { defaultValue: "csv", workspaceValue: "xlsx" } }));
    expect(settings.format).toBe("csv");
    expect(warnings).toEqual(['synthdata.format must be csv, jsonl, parquet or sqlite, got "xlsx"; using csv']);
  });

  it("takes model and baseUrl from user settings only; workspace values are ignored with a warning", () => {
    const { settings, warnings } = readSettings(
      configuration({
        baseUrl: { defaultValue: "", globalValue: "http://127.0.0.1:8080/v1", workspaceValue: "https://attacker.example/v1" },
        model: { defaultValue: "", workspaceFolderValue: "evil-model" },
      }),
    );
    expect(settings.baseUrl).toBe("http://127.0.0.1:8080/v1");
    expect(settings.model).toBeUndefined();
    expect(warnings.join("\n")).toMatch(/synthdata\.baseUrl is set in the workspace settings and was ignored/);
    expect(warnings.join("\n")).toMatch(/synthdata\.model is set in the workspace settings and was ignored/);
  });

  it("a workspace-only baseUrl leaves the default endpoint", () => {
    const { settings } = readSettings(configuration({ baseUrl: { defaultValue: "", workspaceValue: "https://attacker.example/v1" } }));
    expect(settings.baseUrl).toBeUndefined();
  });

  it("refuses a user baseUrl that is not an http(s) URL, naming the setting", () => {
    for (const bad of ["not a url", "file:///etc/passwd", "javascript:alert(1)"]) {
      let code: string | undefined;
      let message = "";
      try {
        readSettings(configuration({ baseUrl: { globalValue: bad } }));
      } catch (error) {
        code = isSynthdataError(error) ? error.code : "other";
        message = (error as Error).message;
      }
      expect(code, bad).toBe("INVALID_ARGUMENT");
      expect(message).toMatch(/synthdata\.baseUrl/);
    }
  });

  it("reads rows, folder, seed and split, and falls back with a warning on bad values", () => {
    const good = readSettings(
      configuration({ defaultRows: { globalValue: 250 }, outputFolder: { workspaceValue: " datasets " }, seed: { globalValue: 42 }, split: { globalValue: 0.8 } }),
    ).settings;
    expect(good).toMatchObject({ defaultRows: 250, outputFolder: "datasets", seed: 42, split: { train: 0.8 } });

    const bad = readSettings(
      configuration({ defaultRows: { globalValue: 1e12 }, outputFolder: { globalValue: 7 }, seed: { globalValue: -1 }, split: { globalValue: 0.99 } }),
    );
    expect(bad.settings).toMatchObject({ defaultRows: DEFAULT_ROWS, outputFolder: "data", seed: undefined, split: undefined });
    expect(bad.warnings).toHaveLength(4);
    expect(bad.warnings.join("\n")).toMatch(/defaultRows.*1000000000000/);
    expect(bad.warnings.join("\n")).toMatch(/seed.*-1/);
    expect(bad.warnings.join("\n")).toMatch(/split.*0\.99/);
  });
});

describe("parseRows", () => {
  it.each([
    ["1000", 1000],
    [" 1,000 ", 1000],
    ["10_000", 10000],
    ["50k", 50000],
    ["1.5k", 1500],
    ["2M", 2_000_000],
    ["1", 1],
  ])("%j is %d", (text, rows) => {
    expect(parseRows(text)).toBe(rows);
  });

  it.each([[""], ["0"], ["-5"], ["1.5"], ["abc"], ["1e9"], ["11m"], [String(MAX_ROWS_VSCODE + 1)]])("%j is refused with what to type", (text) => {
    const result = parseRows(text);
    expect(typeof result).toBe("object");
    expect((result as { error: string }).error).toMatch(/whole number from 1 to 10,000,000/);
  });
});

describe("input checks", () => {
  it("descriptions must have words and stay under 4000 characters", () => {
    expect(checkDescriptionInput("customers with name and email")).toBeUndefined();
    expect(checkDescriptionInput("   ")).toMatch(/describe the dataset/);
    expect(checkDescriptionInput("x".repeat(4001))).toMatch(/4001 characters/);
  });

  it("API keys are one token of plausible length", () => {
    expect(checkApiKeyInput("sk-test-0123456789abcdefghij")).toBeUndefined();
    expect(checkApiKeyInput("")).toMatch(/paste/);
    expect(checkApiKeyInput("sk-abc def 0123456789abcdef")).toMatch(/no spaces/);
    expect(checkApiKeyInput("sk-short")).toMatch(/too short/);
  });

  it("redactKey removes every occurrence of the key", () => {
    const key = "sk-canary-0123456789abcdef";
    expect(redactKey(`401 for ${key}; again ${key}`, key)).toBe("401 for [redacted]; again [redacted]");
    expect(redactKey("nothing here", undefined)).toBe("nothing here");
  });
});

describe("choosePlanner", () => {
  const key = "sk-canary-0123456789abcdef";

  it("uses OpenAI only with a key in a trusted workspace", () => {
    expect(choosePlanner({ baseUrl: undefined, model: undefined }, undefined, true)).toEqual({ planner: "offline", reason: "no-key" });
    expect(choosePlanner({ baseUrl: undefined, model: undefined }, key, false)).toEqual({ planner: "offline", reason: "restricted" });
    expect(choosePlanner({ baseUrl: "http://127.0.0.1:9/v1", model: "m" }, key, true)).toEqual({
      planner: "openai",
      openai: { apiKey: key, baseURL: "http://127.0.0.1:9/v1", model: "m" },
    });
  });

  it("always names the base URL, so OPENAI_BASE_URL from the environment or a .env file cannot redirect the key", () => {
    expect(choosePlanner({ baseUrl: undefined, model: undefined }, key, true).openai?.baseURL).toBe(OPENAI_DEFAULT_BASE_URL);
  });
});
