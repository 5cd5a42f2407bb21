import { describe, expect, it } from 'vitest';
import type { StatusRow } from '../messages';
import { anExpected, aScope, ME } from '../reconcile/test-fixtures';
import { overlayModel } from './overlay-model';
import { advanceQuery, unreadRows } from './query-progress';

const row = (key: string, status: StatusRow['status'], over = {}): StatusRow => ({
  invoice: anExpected({ key, number: key, ...over }),
  status,
  headline: status === 'visible' ? null : { id: 'voided-or-red', verdict: 'cause', title: { zh: '发票已作废', en: 'voided' }, evidence: { zh: '', en: '' } },
});
const A = '24112000000000000001';
const B = '24112000000000000002';
const C = '24112000000000000003';
const scope = aScope({ taxpayerId: ME, total: 3, rows: 2, pageNumber: 1, pageSize: 2 });

describe('overlayModel', () => {
  it('marks expected rows of the result and lists the expected invoices the query should have shown but did not', () => {
    const rows = [row(A, 'visible'), row(B, 'visible-with-problem'), row(C, 'missing'), row('24112000000000000004', 'missing', { date: '2024-04-01' })];
    const model = overlayModel(rows, advanceQuery(null, scope, [A, B]));
    expect(Object.fromEntries(model.marks)).toEqual({ [A]: { kind: 'expected' }, [B]: { kind: 'problem', reason: { zh: '发票已作废', en: 'voided' } } });
    expect(model.notInResult.map((r) => r.invoice.key)).toEqual([C]);
    expect(model.unread).toEqual({ total: 3, read: 2 });
  });

  it('lists nothing as absent before a query ran on the page, or for the other direction', () => {
    expect(overlayModel([row(C, 'missing')], null).notInResult).toEqual([]);
    expect(overlayModel([row(C, 'missing')], advanceQuery(null, { ...scope, direction: 'issued' }, [])).notInResult).toEqual([]);
  });
});

describe('advanceQuery', () => {
  it('adds the pages of one query and starts afresh for another', () => {
    const first = advanceQuery(null, scope, [A, B]);
    const second = advanceQuery(first, { ...scope, pageNumber: 2, rows: 1 }, [C]);
    expect([...second.seen]).toEqual([A, B, C]);
    expect(unreadRows(second)).toBeNull();
    const other = advanceQuery(second, { ...scope, dateFrom: '2024-04-01' }, [A]);
    expect([...other.seen]).toEqual([A]);
  });
});
