import type { Finding } from '../diagnose/types';
import type { ExpectedInvoice } from '../invoice/model';
import { anExpected } from '../reconcile/test-fixtures';
import type { ListRow } from '../status/types';

/** A list row for tests: a 数电 invoice numbered `n`, with the given status and invoice fields. */
export function aRow(n: number, status: ListRow['status'] = 'visible', over: Partial<ExpectedInvoice> = {}, headline: Finding | null = null): ListRow {
  const number = `241120000000000${String(n).padStart(5, '0')}`;
  return { invoice: anExpected({ key: number, number, ...over }), status, headline };
}

export function aHeadline(zh: string, en: string): Finding {
  return { id: 'typo', verdict: 'cause', title: { zh, en }, evidence: { zh: '', en: '' } };
}

export const keysOf = (rows: readonly ListRow[]) => rows.map((r) => r.invoice.key.slice(-5));
