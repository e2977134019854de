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
