import { createHash } from "node:crypto";

/** Trimmed, whitespace collapsed, lower case: descriptions that differ only there share an entry. */
export function normaliseDescription(description: string): string {
  return description.trim().replace(/\s+/g, " ").toLowerCase();
}

/** sha256 of the normalised description and what else decides the answer (planner, model, prompt version). */
export function cacheKey(description: string, fingerprint: string): string {
  return createHash("sha256").update(JSON.stringify([normaliseDescription(description), fingerprint])).digest("hex");
}
