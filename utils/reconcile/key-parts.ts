/**
 * Lenient split of a key into code and number: unlike numbers.ts `parseKey` it accepts malformed keys, because
 * near-miss search exists for exactly the keys people mistyped.
 */
export function keyParts(key: string): { code: string; number: string } {
  const dash = key.indexOf('-');
  return dash < 0 ? { code: '', number: key } : { code: key.slice(0, dash), number: key.slice(dash + 1) };
}

/** Code then number, digits only; reuses the key string itself for 数电 keys to save memory at 100k sightings. */
export function keyDigits(key: string): string {
  return /^\d*$/.test(key) ? key : key.replace(/\D/g, '');
}
