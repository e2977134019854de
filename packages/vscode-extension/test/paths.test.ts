import { access, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSynthdataError, type DatasetSpec } from "@synthdata/core";
import { checkRealPathWithin, freeFileName, freeRunTarget, isPathWithin, resolveOutputFolder, runTarget, runTargetTaken } from "../src/paths.js";

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

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

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
    expect(await freeFileName(folder, "people.csv", exists)).toBe(join(folder, "people-3.csv"));
    expect(await freeFileName(folder, "orders.csv", exists)).toBe(join(folder, "orders-2.csv"));
  });
});

const ONE_TABLE = { title: "Gym members", domain: "fitness", columns: [{ name: "member_id", kind: "id", format: "sequence" }] } as DatasetSpec;
const TABLES = {
  title: "Online shop",
  domain: "e-commerce",
  table: "customers",
  columns: [{ name: "customer_id", kind: "id", format: "sequence" }],
  tables: [{ name: "orders", parent: { table: "customers" }, columns: [{ name: "order_id", kind: "id", format: "sequence" }] }],
} as unknown as DatasetSpec;

describe("runTarget, runTargetTaken and freeRunTarget", () => {
  it("targets one file for a one-table spec and a folder named from the title for several tables", () => {
    const out = join(root, "targets");
    expect(runTarget(out, ONE_TABLE, "csv")).toEqual({ path: join(out, "gym-members.csv"), folder: false });
    expect(runTarget(out, ONE_TABLE, "parquet")).toEqual({ path: join(out, "gym-members.parquet"), folder: false });
    expect(runTarget(out, TABLES, "csv")).toEqual({ path: join(out, "online-shop"), folder: true });
    expect(runTarget(out, TABLES, "sqlite")).toEqual({ path: join(out, "online-shop"), folder: true });
  });

  it("finds an earlier run's side files even when its data file is gone (an exam writes no whole file)", async () => {
    const out = join(root, "taken");
    await mkdir(out);
    const file = runTarget(out, ONE_TABLE, "csv");
    expect(await runTargetTaken(file, exists)).toBeUndefined();
    await writeFile(join(out, "gym-members.exam.csv"), "row_id\n");
    expect(await runTargetTaken(file, exists)).toBe(join(out, "gym-members.exam.csv"));
    // Keep Both skips every name whose data or side files exist.
    expect(await freeRunTarget(file, exists)).toEqual({ path: join(out, "gym-members-2.csv"), folder: false });
    await writeFile(join(out, "gym-members-2.card.json"), "{}");
    expect(await freeRunTarget(file, exists)).toEqual({ path: join(out, "gym-members-3.csv"), folder: false });
  });

  it("keeps both folders of tables as shop-2, shop-3...: a file of that name is taken too", async () => {
    const out = join(root, "folders");
    const folder = runTarget(out, TABLES, "csv");
    expect(await runTargetTaken(folder, exists)).toBeUndefined();
    await mkdir(folder.path, { recursive: true });
    expect(await runTargetTaken(folder, exists)).toBe(folder.path);
    expect(await freeRunTarget(folder, exists)).toEqual({ path: join(out, "online-shop-2"), folder: true });
    await mkdir(join(out, "online-shop-2"));
    await writeFile(join(out, "online-shop-3"), "not a folder");
    expect(await freeRunTarget(folder, exists)).toEqual({ path: join(out, "online-shop-4"), folder: true });
  });
});
