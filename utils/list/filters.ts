import type { FieldSource } from '../invoice/model';
import type { Visibility } from '../reconcile/types';
import type { ListRow } from '../status/types';
import { matchesTerms, queryTerms, searchTextOf } from './search';

/** The list's status filter (the `list-filter` select's values; an export can take just what it shows). */
export const STATUS_FILTERS = ['all', 'not-visible', 'problem', 'visible'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

const STATUS_MATCHES: Record<StatusFilter, (status: Visibility) => boolean> = {
  all: () => true,
  'not-visible': (s) => s === 'missing' || s === 'not-yet-searched',
  problem: (s) => s === 'visible-with-problem',
  visible: (s) => s === 'visible',
};

/** Everything the list can be narrowed by; an empty string means "any". */
export interface ListCriteria {
  status: StatusFilter;
  query: string;
  /** Inclusive ISO dates on the invoice date. */
  dateFrom: string;
  dateTo: string;
  /** Part of the seller's name or tax ID. */
  seller: string;
  source: FieldSource | '';
}

export const NO_CRITERIA: ListCriteria = { status: 'all', query: '', dateFrom: '', dateTo: '', seller: '', source: '' };

export function isFiltering(c: ListCriteria): boolean {
  return c.status !== 'all' || !!c.query.trim() || !!c.dateFrom || !!c.dateTo || !!c.seller.trim() || !!c.source;
}

/** Where an invoice came from: the source its number was read from. Null for records from before origins were kept. */
export function sourceOf(row: ListRow): FieldSource | null {
  return row.invoice.origins.number?.source ?? null;
}

/** Lower-cased texts built once per fetch, parallel to the rows, so filtering allocates nothing per row. */
export interface ListIndex {
  text: string[];
  seller: string[];
}

export function indexRows(rows: readonly ListRow[]): ListIndex {
  return {
    text: rows.map(searchTextOf),
    seller: rows.map(({ invoice: i }) => `${i.sellerName ?? ''}\u0000${i.sellerTaxId ?? ''}`.toLowerCase()),
  };
}

/** The rows that meet every criterion, in their given order. */
export function filterRows(rows: readonly ListRow[], index: ListIndex, c: ListCriteria): ListRow[] {
  const terms = queryTerms(c.query);
  const seller = c.seller.trim().toLowerCase();
  const status = STATUS_MATCHES[c.status];
  return rows.filter(
    (row, i) =>
      status(row.status) &&
      (!c.dateFrom || row.invoice.date >= c.dateFrom) &&
      (!c.dateTo || row.invoice.date <= c.dateTo) &&
      (!c.source || sourceOf(row) === c.source) &&
      (!seller || index.seller[i]!.includes(seller)) &&
      matchesTerms(index.text[i]!, terms),
  );
}

/** Seller names to offer in the seller filter, most frequent first. */
export function sellerNames(rows: readonly ListRow[], max = 200): string[] {
  const counts = new Map<string, number>();
  for (const { invoice } of rows) if (invoice.sellerName) counts.set(invoice.sellerName, (counts.get(invoice.sellerName) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).slice(0, max).map(([name]) => name);
}
