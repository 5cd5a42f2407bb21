/**
 * Text of an identifier the portal may send as a JSON number. Past 2^53 JSON.parse has already rounded it (a 20-digit
 * invoice number, an 18-digit ID), so such a number is refused (''), never turned into a wrong identifier.
 */
export function exactText(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? String(v) : '';
  return v.trim();
}
