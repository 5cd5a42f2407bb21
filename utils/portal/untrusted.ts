/*
 * Readers for values copied from the portal page. The page is untrusted and its answers vary by deployment, so every
 * reader here takes `unknown` and returns a value of the expected kind or undefined, never throwing. Hand-written
 * rather than a schema library: the content script that uses them runs in every portal page and must stay small.
 */

export type Scalar = string | number;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when value is an object; undefined otherwise. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** A string of at most `maxChars` or a finite number; anything else (null included) is undefined. */
export function scalar(value: unknown, maxChars: number): Scalar | undefined {
  if (typeof value === 'string') return value.length <= maxChars ? value : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return undefined;
}

/** `scalar` as trimmed text, '' when there is none. */
export function scalarText(value: unknown, maxChars: number): string {
  const v = scalar(value, maxChars);
  return v === undefined ? '' : String(v).trim();
}

/** A whole number in 0..max, sent as a number or as a string of at most `digits` digits. */
export function count(value: unknown, max: number, digits: number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= max ? value : undefined;
  if (typeof value === 'string') {
    const s = value.trim();
    return s.length > 0 && s.length <= digits && /^\d+$/.test(s) ? Number(s) : undefined;
  }
  return undefined;
}

/** A string within the length bounds, else undefined. */
export function boundedString(value: unknown, min: number, max: number): string | undefined {
  return typeof value === 'string' && value.length >= min && value.length <= max ? value : undefined;
}
