import { defaultCacheDir, defaultSecretFile } from "./cache/cacheDir.js";
import { cacheKey } from "./cache/key.js";
import { SchemaCache } from "./cache/schemaCache.js";
import { openAIOptionsFrom, readEnvironmentReport } from "./config.js";
import type { DescribeOptions, DescribeResult } from "./dataset.js";
import { escapeControlCharacters } from "./displayText.js";
import { checkDescription } from "./options.js";
import { choosePlanner, offlinePlanner } from "./planners/choose.js";
import type { Planner } from "./planners/planner.js";
import { isSynthdataError } from "./errors.js";

/**
 * The spec a description becomes: from the shared cache when this planner
 * (with this model and prompt) has answered the same description before,
 * else from one planner call, then cached. A cache that cannot be read or
 * written costs a warning, never the request.
 */
export async function describeSchema(description: string, options: DescribeOptions = {}): Promise<DescribeResult> {
  const text = checkDescription(description);
  const { env, warnings } = readEnvironmentReport();
  const planner = await choosePlanner(options.planner ?? "auto", openAIOptionsFrom(env, options.openai), options.hostModel);
  const cache =
    options.useCache === false ? undefined : new SchemaCache(options.cacheDir ?? defaultCacheDir(env), { onWarning: (w) => warnings.push(w), secretFile: defaultSecretFile(env) });
  try {
    return await planWith(planner, text, cache, options.signal, warnings);
  } catch (error) {
    // The host's model is a convenience, not a dependency: any failure but a cancel plans offline.
    if (planner.name !== "host-model" || !isSynthdataError(error) || error.code === "CANCELLED") throw error;
    warnings.push(`${error.message}; planned offline instead`);
    return planWith(offlinePlanner, text, cache, options.signal, warnings);
  }
}

async function planWith(planner: Planner, text: string, cache: SchemaCache | undefined, signal: AbortSignal | undefined, warnings: string[]): Promise<DescribeResult> {
  const key = cacheKey(text, planner.fingerprint);
  const hit = await cache?.get(key).catch((error: Error) => {
    warnings.push(`the schema cache could not be read (${error.message}); planning without it`);
    return undefined;
  });
  // get() has checked the stored spec already (its stamp, else in full).
  if (hit) return { spec: hit.spec, source: "cache", planner: planner.name, cached: true, warnings: shown([...hit.warnings, ...warnings]) };

  const result = await planner.plan(text, signal ? { signal } : {});
  // Only a spec that validates reaches the cache.
  const { parseSpec } = await import("./spec/validate.js");
  const spec = parseSpec(result.spec);
  await cache?.set(key, { spec, fingerprint: planner.fingerprint, warnings: result.warnings, createdAt: new Date().toISOString() }).catch((error: Error) => {
    warnings.push(`the spec was not saved in the schema cache: ${error.message}`);
  });
  return { spec, source: planner.name, planner: planner.name, cached: false, warnings: shown([...result.warnings, ...warnings]) };
}

/** Warnings quote user text (column names, a model's answer): no raw control characters reach a terminal. */
function shown(warnings: string[]): string[] {
  return warnings.map((w) => escapeControlCharacters(w));
}
