import { STATUS_RANK, type ListRow } from '../status/types';
import type { UiLanguage } from '../ui-text';

export const SORT_COLUMNS = ['number', 'date', 'total', 'seller', 'status', 'reason'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';
export interface SortOrder {
  column: SortColumn;
  direction: SortDirection;
}

/** A header clicked again turns ascending into descending, then back to the order the rows came in. */
export function nextSort(current: SortOrder | null, column: SortColumn): SortOrder | null {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : null;
}

type SortValue = string | number;

/** Pinyin order for Chinese names, digits by value within text; slower, so only for free text. */
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
const byCode = (a: SortValue, b: SortValue) => (a < b ? -1 : a > b ? 1 : 0);
const byNumber = (a: SortValue, b: SortValue) => (a as number) - (b as number);
const byText = (a: SortValue, b: SortValue) => collator.compare(a as string, b as string);

/** Each column's value and how two values compare. Keys and ISO dates order correctly as plain strings. */
const COLUMNS: Record<SortColumn, { value: (row: ListRow, lang: UiLanguage) => SortValue; compare: (a: SortValue, b: SortValue) => number }> = {
  number: { value: (r) => r.invoice.key, compare: byCode },
  date: { value: (r) => r.invoice.date, compare: byCode },
  total: { value: (r) => Number(r.invoice.total), compare: byNumber },
  seller: { value: (r) => r.invoice.sellerName ?? r.invoice.sellerTaxId ?? '', compare: byText },
  status: { value: (r) => STATUS_RANK[r.status], compare: byNumber },
  reason: { value: (r, lang) => (r.headline ? r.headline.title[lang] || r.headline.title.zh : ''), compare: byText },
};

/**
 * The rows in the given order; ties keep the order they came in, and a row with nothing to sort by (no seller, no
 * reason) goes last either way. Each row's value is read once, not at every comparison.
 */
export function sortRows(rows: readonly ListRow[], order: SortOrder | null, lang: UiLanguage): readonly ListRow[] {
  if (!order) return rows;
  const { value, compare } = COLUMNS[order.column];
  const values = rows.map((r) => value(r, lang));
  const sign = order.direction === 'asc' ? 1 : -1;
  const indices = rows.map((_, i) => i);
  indices.sort((i, j) => {
    const a = values[i]!;
    const b = values[j]!;
    if (a === '' || b === '') return (a === '' ? 1 : 0) - (b === '' ? 1 : 0);
    return sign * compare(a, b);
  });
  return indices.map((i) => rows[i]!);
}
