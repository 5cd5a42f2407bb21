import { toHalfWidth } from '../invoice/normalise';
import type { ListRow } from '../status/types';

/**
 * Fields joined by a character nobody types, so a search term never matches across two fields (the end of a seller
 * name and the start of its tax ID).
 */
const SEPARATOR = '\u0000';

/**
 * What a search can find in one row, lower-cased once per fetch so a keystroke only scans strings. The key holds the
 * number and, for a legacy invoice, the code (`CODE-NUMBER`).
 */
export function searchTextOf({ invoice: inv }: ListRow): string {
  return [inv.key, inv.sellerName, inv.sellerTaxId, inv.buyerName, inv.buyerTaxId, inv.total, inv.note]
    .filter((v): v is string => !!v)
    .join(SEPARATOR)
    .toLowerCase();
}

/**
 * The words of a search box, each of which a row must contain. Full-width digits from a Chinese IME become ASCII;
 * an amount typed as `¥1,130` looks for `1130`, as totals are stored.
 */
export function queryTerms(query: string): string[] {
  return toHalfWidth(query)
    .toLowerCase()
    .split(/\s+/)
    .map((term) => {
      const amount = term.replace(/^[¥￥]/, '');
      return /^[\d,.]*$/.test(amount) ? amount.replaceAll(',', '') : term;
    })
    .filter(Boolean);
}

export function matchesTerms(text: string, terms: readonly string[]): boolean {
  return terms.every((term) => text.includes(term));
}
