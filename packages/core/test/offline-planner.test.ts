import { describe, expect, it } from "vitest";
import { SynthdataError, describeSchema, planOffline } from "@synthdata/core";

const names = (d: string) => planOffline(d).spec.columns.map((c) => c.name);

describe("offline planner", () => {
  it("reads listed columns and maps them to catalog methods", () => {
    const { spec } = planOffline("customers with name, email, age and city");
    expect(spec.columns.map((c) => [c.name, c.kind])).toEqual([
      ["name", "faker"],
      ["email", "derived"],
      ["age", "integer"],
      ["city", "faker"],
    ]);
    expect(spec.title).toBe("Customers");
  });

  it("reads ranges, listed categories and a target with effects", () => {
    const { spec } = planOffline("loan applications with income, credit score between 300 and 850, channel (web/branch/phone), and whether the loan defaulted");
    expect(names("loan applications with income, credit score between 300 and 850, channel (web/branch/phone), and whether the loan defaulted")).toEqual(["income", "credit_score", "channel", "defaulted"]);
    expect(spec.columns[1]).toMatchObject({ kind: "integer", min: 300, max: 850 });
    expect(spec.columns[2]).toMatchObject({ kind: "category", values: ["web", "branch", "phone"] });
    const target = spec.columns[3]!;
    expect(target.kind).toBe("boolean");
    expect(target.kind === "boolean" && target.effects?.find((e) => e.column === "credit_score")?.weight).toBeLessThan(0);
  });

  it("refuses a description with no dataset in it", async () => {
    for (const d of ["write me a poem", "asdf qwer zxcv", "   "]) {
      expect(() => planOffline(d)).toThrow(SynthdataError);
    }
    await expect(describeSchema("write me a poem", { planner: "offline" })).rejects.toMatchObject({ code: "UNINTERPRETABLE_DESCRIPTION" });
  });
});
