import type { DatasetSpec } from "../spec/schema.js";

/** Where a spec came from, as reported by every door. */
export type SpecSource = "cache" | "openai" | "host-model" | "offline" | "spec";

export interface PlanResult {
  spec: DatasetSpec;
  /** Things the planner guessed or repaired, in words a user can act on. */
  warnings: string[];
}

export interface PlanOptions {
  signal?: AbortSignal;
}

/** Turns a plain-English description into a DatasetSpec. */
export interface Planner {
  readonly name: Exclude<SpecSource, "cache" | "spec">;
  /** What else decides the answer (model, prompt version): part of the cache key. */
  readonly fingerprint: string;
  plan(description: string, options?: PlanOptions): Promise<PlanResult>;
}
