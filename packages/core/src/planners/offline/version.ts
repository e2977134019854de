/** Part of the schema cache key: bump it whenever the same description would plan differently. */
export const OFFLINE_PLANNER_VERSION = "offline-32";
