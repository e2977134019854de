/**
 * Column names and category values that are also names on Object.prototype:
 * anything that keys a plain object by them changes or reads the prototype.
 * Every kind of mess, a target (signal check) and a split run over them.
 */
export const HOSTILE_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"] as const;

export function hostileSpec(): Record<string, unknown> {
  return {
    title: "Prototype names",
    domain: "testing",
    target: "hasOwnProperty",
    duplicates: { exact: 0.02, near: 0.02 },
    columns: [
      { name: "__proto__", kind: "integer", min: 1, max: 100, missing: { rate: 0.1 }, outliers: { rate: 0.05 } },
      { name: "constructor", kind: "category", values: ["__proto__", "constructor", "toString", "valueOf"], labelNoise: 0.1 },
      { name: "toString", kind: "faker", method: "person.firstName", typoRate: 0.1, missing: { rate: 0.05, when: [{ column: "__proto__", weight: 1 }] } },
      {
        name: "hasOwnProperty",
        kind: "boolean",
        rate: 0.3,
        labelNoise: 0.05,
        effects: [
          { column: "__proto__", weight: 1.5 },
          { column: "constructor", value: "__proto__", weight: 1 },
        ],
      },
    ],
  };
}

/** Own property names and descriptors of Object.prototype, to compare before and after a run. */
export function prototypeSnapshot(): string {
  return JSON.stringify(
    Reflect.ownKeys(Object.prototype).map((k) => {
      const d = Object.getOwnPropertyDescriptor(Object.prototype, k)!;
      return [String(k), typeof d.value, d.get ? "get" : "", d.set ? "set" : ""];
    }),
  );
}
