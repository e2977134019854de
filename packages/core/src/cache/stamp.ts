import { createHash } from "node:crypto";
import { SPEC_RULES_VERSION } from "../spec/rules.js";

/**
 * "This spec passed validation under these rules": sha256 of the rules version
 * and the spec's JSON. A spec edited by hand, damaged, or stored under other
 * rules no longer matches its stamp and is validated in full.
 */
export function validationStamp(spec: unknown): string {
  return createHash("sha256").update(`${SPEC_RULES_VERSION}\n${JSON.stringify(spec)}`).digest("hex");
}
