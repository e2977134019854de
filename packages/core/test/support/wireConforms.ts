type Json = Record<string, any>;

/** Resolves `#/$defs/x` against the root. */
export function deref(schema: Json, root: Json): Json {
  if (typeof schema.$ref === "string") return deref(root.$defs[schema.$ref.replace("#/$defs/", "")], root);
  return schema;
}


/** A small validator for the subset strict mode uses: tells whether a canned answer is something OpenAI could send. */
export function conforms(value: unknown, schema: Json, root: Json, path = "$"): string[] {
  const s = deref(schema, root);
  if (s.anyOf) {
    const results = (s.anyOf as Json[]).map((v) => conforms(value, v, root, path));
    return results.some((r) => r.length === 0) ? [] : [`${path}: matches no variant (${results.map((r) => r[0]).join(" | ")})`];
  }
  const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
  const actual = value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  if (!types.includes(actual) && !(actual === "integer" && types.includes("number"))) return [`${path}: ${actual} is not ${types.join("|")}`];
  if (s.enum && !s.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} not in enum`];
  if (actual === "array") return (value as unknown[]).flatMap((v, i) => conforms(v, s.items, root, `${path}[${i}]`));
  if (actual === "object") {
    const obj = value as Json;
    const errors = Object.keys(obj).filter((k) => !(k in s.properties)).map((k) => `${path}: extra field ${k}`);
    for (const key of s.required) {
      if (!(key in obj)) errors.push(`${path}: missing ${key}`);
      else errors.push(...conforms(obj[key], s.properties[key], root, `${path}.${key}`));
    }
    return errors;
  }
  return [];
}

