import { createHmac } from "node:crypto";
import { SPEC_RULES_VERSION } from "../spec/rules.js";

/**
 * "This spec passed validation under these rules, on this user's machine": an
 * HMAC-SHA256, with the user's cache secret, of the rules version and the
 * spec's JSON. Whoever can write the cache file but not read the secret (a
 * cloned repository, another user, a stale build) cannot make one, so a spec
 * edited by hand, planted, damaged or stored under other rules no longer
 * matches its stamp and is validated in full.
 */
export function validationStamp(spec: unknown, secret: Buffer): string {
  return createHmac("sha256", secret).update(`${SPEC_RULES_VERSION}\n${JSON.stringify(spec)}`).digest("hex");
}
