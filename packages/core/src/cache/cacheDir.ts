import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { Env } from "../config.js";

/** The user's cache folder for synthdata: SYNTHDATA_CACHE_DIR, else the platform's convention. */
export function defaultCacheDir(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SYNTHDATA_CACHE_DIR) return resolve(env.SYNTHDATA_CACHE_DIR);
  if (platform === "win32") return join(env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), "synthdata", "Cache");
  if (platform === "darwin") return join(homedir(), "Library", "Caches", "synthdata");
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "synthdata");
}

/**
 * The per-user secret that signs cache entries: in the user's config folder,
 * never in the cache folder (which SYNTHDATA_CACHE_DIR may point anywhere, and
 * which someone else may have filled).
 */
export function defaultSecretFile(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
  const file = "cache-secret";
  if (platform === "win32") return join(env.APPDATA ?? join(homedir(), "AppData", "Roaming"), "synthdata", file);
  if (platform === "darwin") return join(homedir(), "Library", "Application Support", "synthdata", file);
  return join(env.XDG_CONFIG_HOME || join(homedir(), ".config"), "synthdata", file);
}
