/** Milliseconds since epoch of an ISO date or datetime from a spec (dates are UTC midnight). */
export function parseSpecDate(s: string): number {
  return Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
}
