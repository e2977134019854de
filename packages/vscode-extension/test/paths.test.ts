import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSynthdataError } from "@synthdata/core";
import { checkRealPathWithin, freeFileName, isPathWithin, resolveOutputFolder } from "../src/paths.js";

let base: string;
let root: string;
let outsideDir: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), "synthdata-vscode-paths-")));
  root = join(base, "ws");
  outsideDir = join(base, "ws-evil");
  await mkdir(root);
  await mkdir(outsideDir);
  await mkdir(join(root, "data"));
  await symlink(outsideDir, join(root, "escape"));
  await symlink(join(root, "data"), join(root, "inner-link"));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function errorCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return isSynthdataError(error) ? error.code : `not a SynthdataError: ${String(error)}`;
  }
}

function syncErrorCode(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return isSynthdataError(error) ? error.code : `not a SynthdataError: ${String(error)}`;
  }
}

describe("isPathWithin", () => {
  it("accepts the root and paths below it", () => {
    expect(isPathWithin(root, root)).toBe(true);
    expect(isPathWithin(root, `${root}${sep}`)).toBe(true);
    expect(isPathWithin(root, join(root, "data", "x.csv"))).toBe(true);
  });

  it("refuses siblings that share the prefix, parents, traversal, relative paths and NUL bytes", () => {
    expect(isPathWithin(root, join(outsideDir, "x.csv"))).toBe(false);
    expect(isPathWithin(root, base)).toBe(false);
    expect(isPathWithin(root, `${root}${sep}..${sep}ws-evil${sep}x.csv`)).toBe(false);
    expect(isPathWithin(root, "data/x.csv")).toBe(false);
    expect(isPathWithin(root, join(root, "x\0.csv"))).toBe(false);
  });
});

describe("resolveOutputFolder", () => {
  it("resolves relative folders and in-workspace absolute folders", () => {
    expect(resolveOutputFolder(root, "data")).toBe(join(root, "data"));
    expect(resolveOutputFolder(root, "  out/sub/ ")).toBe(join(root, "out", "sub"));
    expect(resolveOutputFolder(root, "")).toBe(root);
    expect(resolveOutputFolder(root, ".")).toBe(root);
    expect(resolveOutputFolder(root, join(root, "abs"))).toBe(join(root, "abs"));
    expect(resolveOutputFolder(root, "data/../other")).toBe(join(root, "other"));
  });

  it.each([["../x"], ["/etc"], [`../ws-evil`], ["data/../../ws-evil"], ["C:\\Windows"], ["\\\\host\\share"], ["da\0ta"]])(
    "refuses %j with PATH_NOT_ALLOWED",
    (value) => {
      expect(syncErrorCode(() => resolveOutputFolder(root, value))).toBe("PATH_NOT_ALLOWED");
    },
  );

  it("says which setting to change and to what", () => {
    expect(() => resolveOutputFolder(root, "../x")).toThrow(/synthdata\.outputFolder "\.\.\/x" is outside the workspace folder .*e\.g\. "data"/);
  });
});

describe("checkRealPathWithin", () => {
  it("accepts existing and not-yet-existing paths inside the workspace", async () => {
    expect(await errorCode(checkRealPathWithin(root, join(root, "data", "x.csv")))).toBeUndefined();
    expect(await errorCode(checkRealPathWithin(root, join(root, "new", "deeper", "x.csv")))).toBeUndefined();
    expect(await errorCode(checkRealPathWithin(root, join(root, "inner-link", "x.csv")))).toBeUndefined();
  });

  it("refuses a symlink inside the workspace that points outside", async () => {
    expect(await errorCode(checkRealPathWithin(root, join(root, "escape")))).toBe("PATH_NOT_ALLOWED");
    expect(await errorCode(checkRealPathWithin(root, join(root, "escape", "new", "x.csv")))).toBe("PATH_NOT_ALLOWED");
  });

  it("works when the workspace itself is reached through a symlink", async () => {
    const linkedRoot = join(base, "ws-link");
    await symlink(root, linkedRoot);
    expect(await errorCode(checkRealPathWithin(linkedRoot, join(linkedRoot, "data", "x.csv")))).toBeUndefined();
    expect(await errorCode(checkRealPathWithin(linkedRoot, join(linkedRoot, "escape", "x.csv")))).toBe("PATH_NOT_ALLOWED");
  });
});

describe("freeFileName", () => {
  it("numbers the name until it is free on disk", async () => {
    const folder = join(root, "data");
    await writeFile(join(folder, "people-2.csv"), "a\n");
    const exists = (p: string) =>
      import("node:fs/promises").then((fs) =>
        fs.access(p).then(
          () => true,
          () => false,
        ),
      );
    expect(await freeFileName(folder, "people.csv", exists)).toBe(join(folder, "people-3.csv"));
    expect(await freeFileName(folder, "orders.csv", exists)).toBe(join(folder, "orders-2.csv"));
  });
});
