import { MAX_RESPONSE_CHARS } from './hook-constants';

/** Nesting deeper than this is not a portal answer; cut it off rather than recurse on attacker-shaped input. */
const MAX_DEPTH = 12;

export type JsonResult = { ok: true; value: unknown } | { ok: false; reason: 'empty' | 'too-large' | 'unparsable' };

/**
 * Parses untrusted JSON text and lower-cases every object key, so PascalCase (`Response.Data.List`), camelCase
 * (`fpztDm`) and lowercase deployments read the same.
 */
export function parseLoweredJson(text: string | null, maxChars = MAX_RESPONSE_CHARS): JsonResult {
  if (text === null || text.trim() === '') return { ok: false, reason: 'empty' };
  if (text.length > maxChars) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unparsable' };
  }
  return { ok: true, value: lowerKeys(value, 0) };
}

function lowerKeys(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((v) => lowerKeys(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = k.toLowerCase();
    // JSON.parse makes `__proto__` an own key; assigning it would replace the prototype instead.
    if (key === '__proto__') continue;
    out[key] = lowerKeys(v, depth + 1);
  }
  return out;
}
