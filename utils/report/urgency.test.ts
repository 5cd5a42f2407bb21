import { describe, expect, it } from 'vitest';
import { anExpected, T0 } from '../reconcile/test-fixtures';
import type { StatusRow } from '../status/types';
import { byUrgency, daysUntil, filingDeadline } from './urgency';

describe('filingDeadline', () => {
  it.each([
    ['2026-11-20', '2026-11-30', '2026-12-15'],
    ['2026-12-03', '2026-12-05', '2027-01-15'],
    // The own period passed: the next return takes it, by the 15th of this month or of the next.
    ['2026-09-10', '2026-11-30', '2026-12-15'],
    ['2026-09-10', '2026-12-10', '2026-12-15'],
    ['2026-10-31', '2026-11-15', '2026-11-15'],
  ])('an invoice of %s, today %s: %s', (date, today, deadline) => {
    expect(filingDeadline(date, today)).toBe(deadline);
  });

  it('counts days in whole China days', () => {
    expect(daysUntil('2026-12-15', '2026-11-30')).toBe(15);
  });
});

describe('byUrgency', () => {
  const now = Date.UTC(2026, 10, 30, 2);
  const row = (key: string, over: Partial<StatusRow> & { date?: string; total?: string } = {}): StatusRow => ({
    invoice: anExpected({ key, number: key, date: over.date ?? '2026-11-20', total: over.total ?? '100.00' }),
    status: over.status ?? 'missing',
    headline: over.headline ?? null,
  });

  it('puts what can be done now before what waits, then the nearer deadline, missing before seen, larger first', () => {
    const waiting = row('wait', { headline: { id: 'sync-delay', verdict: 'cause', title: { zh: '', en: '' }, evidence: { zh: '', en: '' }, next: { text: { zh: '', en: '' }, action: { kind: 'recheck-at', at: now + 3_600_000 } } } });
    const december = row('dec', { date: '2026-12-01' });
    const seen = row('seen', { status: 'visible-with-problem' });
    const small = row('small', { total: '9.00' });
    const big = row('big', { total: '10000.00' });
    expect(byUrgency([waiting, december, seen, small, big], now).map((r) => r.invoice.key)).toEqual(['big', 'small', 'seen', 'dec', 'wait']);
  });

  it('no longer lets a recheck time that has passed hold a row back', () => {
    const passed = row('passed', { headline: { id: 'sync-delay', verdict: 'cause', title: { zh: '', en: '' }, evidence: { zh: '', en: '' }, next: { text: { zh: '', en: '' }, action: { kind: 'recheck-at', at: T0 } } } });
    expect(byUrgency([row('other', { total: '1.00' }), passed], now)[0]?.invoice.key).toBe('passed');
  });
});
