import { describe, expect, it } from "vitest";
import { planOffline } from "@synthdata/core";

const base = "customers with age, tenure in months, monthly fee, plan (basic, standard, premium) and whether they churned";

describe("offline planner: teaching scenario phrases", () => {
  it.each([
    [`${base}, with a data leak`, [{ kind: "leak" }]],
    [`${base}, with a confounder`, [{ kind: "confounder" }]],
    [`${base} with drift`, [{ kind: "drift" }]],
    [`${base}. Harder: non-linear`, [{ kind: "nonlinear" }]],
    [`${base}, with a threshold effect`, [{ kind: "nonlinear", shape: "threshold" }]],
    [`${base}, imbalanced 5%`, [{ kind: "imbalance", rate: 0.05 }]],
    [`${base}, showing simpson's paradox`, [{ kind: "paradox" }]],
    [`${base} and collinear features`, [{ kind: "multicollinear" }]],
  ])("%s", (description, scenario) => {
    const { spec, warnings } = planOffline(description);
    expect(spec.scenario).toEqual(scenario);
    // The words made no column of their own, and nothing was guessed from them.
    const names = spec.columns.map((c) => c.name).join(" ");
    expect(names).not.toMatch(/leak|confound|drift|linear|imbalanc|simpson|paradox|collinear|threshold|harder/);
    expect(warnings.join(" ")).not.toMatch(/guessed|ignored/);
    expect(spec.target).toBe("churned");
  });

  it("reads several at once, and none when none is asked for", () => {
    const { spec } = planOffline(`${base}, with a data leak, drift and a confounder`);
    expect(spec.scenario?.map((s) => s.kind).sort()).toEqual(["confounder", "drift", "leak"]);
    expect(planOffline(base).spec.scenario).toBeUndefined();
    // "5%" after "imbalanced" is the scenario's rate, not a rate for an outcome.
    expect(planOffline(`${base}, imbalanced 5%`).spec.columns.find((c) => c.name === "churned")).not.toHaveProperty("rate", 0.05);
  });

  it("leaves out, with a warning, a scenario the dataset cannot hold", () => {
    const { spec, warnings } = planOffline("a list of people with name, email and city, with a data leak");
    expect(spec.scenario).toBeUndefined();
    expect(warnings.join("\n")).toMatch(/the leak scenario was left out: needs a target column/);
  });
});
