import type { DescribeResult } from "@synthdata/core/doors";

/** Which planner made the spec, and whether it came from the cache, in words for stderr. */
export function describeOrigin(result: Pick<DescribeResult, "source" | "planner">): string {
  if (result.source === "spec") return "spec from the schema file";
  if (result.source === "cache") return `spec from the cache (made by the ${result.planner} planner; no API call)`;
  return `spec from the ${result.planner} planner${result.planner === "offline" ? " (no API key used)" : ""}`;
}
