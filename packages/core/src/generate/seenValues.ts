import type { Value } from "./types.js";

/** Slots the table starts with; it doubles when more than MAX_LOAD of them are full. */
const INITIAL_SLOTS = 1024;
const MAX_LOAD = 0.75;

/**
 * The values a unique column has written so far, kept as 64-bit fingerprints in
 * an open-addressing table of one typed array (8 bytes a slot, 11-21 bytes a
 * value, outside the JS heap) rather than a Set of the values themselves: a Set
 * of a million emails held about 90 MB of heap, and V8 sized its heap to a
 * multiple of that, so peak RSS grew with the rows.
 *
 * Numbers and booleans map to fingerprints one to one (bar one pair of the
 * 2^64 bit patterns, see `fingerprint`). A string's fingerprint is a 64-bit
 * hash, so two different values can share one: the guard then takes the
 * later one for a repeat and redraws it. That errs on the safe side only (uniqueness always holds; a
 * fingerprint is never missed), and the bytes differ from an exact set's only
 * on such a collision, with a chance of about n^2 / 2^65 for n values (3e-8 for
 * a million, 3e-6 for ten million): the same on every run and worker count,
 * since a fingerprint depends on the value alone.
 */
export class SeenValues {
  /** Slot s holds a fingerprint's high word at 2s and low word at 2s + 1; (0, 0) is an empty slot. */
  private slots: Uint32Array;
  private mask: number;
  private count = 0;

  /**
   * `expected`: the values the run will add, when known, so the table is made
   * at its final size once: growing copies it into one twice as large, and the
   * old one stays in memory until V8 next collects (a third more at the peak).
   */
  constructor(expected = 0) {
    let slots = INITIAL_SLOTS;
    while (MAX_LOAD * slots < expected) slots *= 2;
    this.slots = new Uint32Array(2 * slots);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.count;
  }

  has(value: Value): boolean {
    fingerprint(value);
    return this.find(FP[0]!, FP[1]!) >= 0;
  }

  /** Adds a value and says whether it was new; a value already held (or sharing its fingerprint) is left as it is. */
  add(value: Value): boolean {
    fingerprint(value);
    const hi = FP[0]!;
    const lo = FP[1]!;
    const at = this.find(hi, lo);
    if (at >= 0) return false;
    this.slots[~at * 2] = hi;
    this.slots[~at * 2 + 1] = lo;
    if (++this.count > MAX_LOAD * (this.mask + 1)) this.grow();
    return true;
  }

  /** The slot holding (hi, lo), or ~slot of the empty slot where it would go (linear probing). */
  private find(hi: number, lo: number): number {
    const slots = this.slots;
    for (let s = lo & this.mask; ; s = (s + 1) & this.mask) {
      const h = slots[2 * s]!;
      const l = slots[2 * s + 1]!;
      if (h === hi && l === lo) return s;
      if (h === 0 && l === 0) return ~s;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let i = 0; i < old.length; i += 2) {
      const hi = old[i]!;
      const lo = old[i + 1]!;
      if (hi === 0 && lo === 0) continue;
      const at = ~this.find(hi, lo);
      this.slots[2 * at] = hi;
      this.slots[2 * at + 1] = lo;
    }
  }
}

/** The last fingerprint made: [high word, low word] (no allocation per value). */
const FP = new Uint32Array(2);
const NUMBER = new Float64Array(1);
const NUMBER_WORDS = new Uint32Array(NUMBER.buffer);
/** A NaN payload no number has once NaN is made canonical: the high word of true and false. */
const BOOLEAN_HIGH = 0xfff80001;

/** Writes a value's fingerprint into FP; equal values (as a Set compares them: 0 and -0, every NaN) get equal ones. */
function fingerprint(value: Value): void {
  if (typeof value === "string") {
    hashString(value);
  } else if (typeof value === "number") {
    NUMBER[0] = value === 0 ? 0 : Number.isNaN(value) ? NaN : value;
    // Word order within the float does not matter: the mix below is a bijection either way.
    mixWords(NUMBER_WORDS[1]!, NUMBER_WORDS[0]!);
  } else {
    mixWords(BOOLEAN_HIGH, value ? 1 : 0);
  }
  // (0, 0) marks an empty slot: the one value hashed there shares a fingerprint with (0, 1).
  if (FP[0] === 0 && FP[1] === 0) FP[1] = 1;
}

/**
 * 64 bits of a string: two multiply-xor chains over its UTF-16 code units,
 * cross-mixed at the end (the structure of bryc's public-domain cyrb53, keeping
 * all 64 bits of its two words).
 */
function hashString(text: string): void {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  FP[0] = h2;
  FP[1] = h1;
}

/**
 * A bijection of 64 bits (a three-round Feistel network over the two words), so
 * distinct numbers never share a fingerprint and the low word, which picks the
 * slot, depends on every bit.
 */
function mixWords(hi: number, lo: number): void {
  lo = (lo ^ round32(hi, 0x9e3779b9)) >>> 0;
  hi = (hi ^ round32(lo, 0x85ebca6b)) >>> 0;
  lo = (lo ^ round32(hi, 0xc2b2ae35)) >>> 0;
  FP[0] = hi;
  FP[1] = lo;
}

/** A 32-bit avalanche (murmur3's finaliser) of x plus a round constant. */
function round32(x: number, k: number): number {
  let h = (x + k) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
