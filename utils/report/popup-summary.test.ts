import { describe, expect, it } from 'vitest';
import type { Finding } from '../diagnose/types';
import type { StatusCounts, StatusRow } from '../status/types';
import { anExpected } from '../reconcile/test-fixtures';
import { popupSummary } from './popup-summary';

const text = { zh: '', en: '' };
const cause = (id: Finding['id'], action?: NonNullable<Finding['next']>['action']): Finding => ({
  id, verdict: 'cause', title: text, evidence: text, ...(action ? { next: { text, action } } : {}),
});
const row = (n: number, status: StatusRow['status'], headline: Finding | null): StatusRow => ({
  invoice: anExpected({ key: `2411200000000000000${n}`, number: `2411200000000000000${n}` }),
  status,
  headline,
});
const widen = (dateFrom: string, dateTo: string) => ({ kind: 'widen-query' as const, dateFrom, dateTo, direction: 'received' as const });

describe('popupSummary', () => {
  it('counts, says an expired session once, and groups the date-range misses under one query spanning them all', () => {
    const rows = [
      row(1, 'visible', null),
      row(2, 'missing', cause('date-range', widen('2026-09-01', '2026-09-30'))),
      row(3, 'missing', cause('date-range', widen('2026-11-01', '2026-11-30'))),
      row(4, 'not-yet-searched', cause('session-expired', { kind: 'open-url', url: 'https://x' })),
      row(5, 'missing', cause('session-expired', { kind: 'open-url', url: 'https://x' })),
      row(6, 'visible-with-problem', cause('voided-or-red')),
    ];
    const counts: StatusCounts = { expected: 6, visible: 1, problem: 1, missing: 3, notSearched: 1 };
    const summary = popupSummary(rows.slice(1), counts);
    expect(summary.counts).toBe(counts);
    expect(summary.account?.id).toBe('session-expired');
    expect(summary.groups).toEqual([
      expect.objectContaining({ check: 'date-range', keys: [rows[1]!.invoice.key, rows[2]!.invoice.key], action: widen('2026-09-01', '2026-11-30') }),
    ]);
  });

  it('groups nothing one invoice alone needs, and names no account problem when there is none', () => {
    const rows = [row(2, 'missing', cause('date-range', widen('2026-09-01', '2026-09-30'))), row(3, 'missing', cause('typo'))];
    const summary = popupSummary(rows, { expected: 2, visible: 0, problem: 0, missing: 2, notSearched: 0 });
    expect(summary.groups).toEqual([]);
    expect(summary.account).toBeNull();
  });
});
