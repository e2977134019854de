/**
 * Removes an API key, and anything shaped like an OpenAI key (`sk-...`), from
 * text bound for a message, a log or a tool result. Every door uses this one
 * rule; core never puts a key in a message, this is the second guard.
 */
export function redactSecrets(text: string, key?: string, mask = "[key]"): string {
  let out = text;
  if (key !== undefined && key.length >= 4) out = out.split(key).join(mask);
  return out.replace(/\bsk-[A-Za-z0-9_*-]{3,}/g, mask);
}
