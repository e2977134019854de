/**
 * Removes an API key, and anything shaped like an OpenAI key (`sk-...`), from
 * text bound for a message, a log or a tool result. Every door uses this one
 * rule; core never puts a key in a message, this is the second guard.
 *
 * A server may echo the key encoded (a debugging proxy that shows the
 * Authorization header in base64, a URL with the key in its query), so the
 * key's base64, base64url, hex and URL-encoded forms go too. Base64 is
 * matched at each of the three byte alignments the key can have inside a
 * longer encoded text ("Bearer sk-..." encoded), minus the edge characters
 * that depend on the bytes around it.
 */
export function redactSecrets(text: string, key?: string, mask = "[key]"): string {
  let out = text;
  if (key !== undefined && key.length >= 4) {
    out = out.split(key).join(mask);
    for (const form of encodedForms(key)) out = out.replace(form, mask);
  }
  return out.replace(/\bsk-[A-Za-z0-9_*-]{3,}/g, mask);
}

/** Shorter encoded fragments would risk masking ordinary text. */
const MIN_FRAGMENT = 12;
const forms = new Map<string, RegExp[]>();

function encodedForms(key: string): RegExp[] {
  let cached = forms.get(key);
  if (cached) return cached;
  const bytes = Buffer.from(key, "utf8");
  const literal: string[] = [];
  const caseless: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const encoded = padded.toString("base64").replace(/=+$/, "");
    // Characters carrying bits of the unknown bytes before (offset) and after (a partial last group) are dropped.
    const start = Math.ceil((offset * 4) / 3);
    const end = Math.floor((padded.length * 8) / 6);
    const core = encoded.slice(start, end);
    if (core.length >= MIN_FRAGMENT) {
      literal.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
    }
  }
  caseless.push(bytes.toString("hex"));
  const percentAll = [...bytes].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
  caseless.push(percentAll);
  const component = encodeURIComponent(key);
  if (component !== key) caseless.push(component, component.replace(/%20/g, "+"));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  cached = [...new Set(literal)].map((s) => new RegExp(escape(s), "g")).concat([...new Set(caseless)].filter((s) => s.length >= MIN_FRAGMENT).map((s) => new RegExp(escape(s), "gi")));
  if (forms.size > 16) forms.clear();
  forms.set(key, cached);
  return cached;
}
