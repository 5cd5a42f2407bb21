import { describe, expect, it } from 'vitest';
import { QueryScope } from '../invoice/model';
import { aScope } from '../reconcile/test-fixtures';
import type { ParsedQuery } from './query-request';
import { rowsDirection, withPageScope } from './scope-from-page';

const hidden = aScope({ encrypted: true, direction: null, dateFrom: null, dateTo: null });
const form = (over: Partial<ParsedQuery>): ParsedQuery => ({
  direction: null, dateFrom: null, dateTo: null, statusCodes: [], typeCodes: [], pageNumber: null, pageSize: null,
  encrypted: false, narrowedBy: [], numberFilter: null, ...over,
});

describe('withPageScope', () => {
  it('takes direction and dates of an encrypted query from the form, saying so', () => {
    const scope = withPageScope(hidden, form({ direction: 'received', dateFrom: '2024-05-01', dateTo: '2024-05-31' }), null);
    expect(QueryScope.parse(scope)).toMatchObject({
      direction: 'received', dateFrom: '2024-05-01', dateTo: '2024-05-31', encrypted: true, sources: { direction: 'page', dates: 'page' },
    });
  });

  it('takes the direction from the rows when the form has none, and leaves half a date range alone', () => {
    const scope = withPageScope(hidden, form({ dateFrom: '2024-05-01' }), 'issued');
    expect(scope).toMatchObject({ direction: 'issued', dateFrom: null, dateTo: null, sources: { direction: 'rows' } });
  });

  it('trusts the answer rows over the form for the direction', () => {
    expect(withPageScope(hidden, form({ direction: 'received' }), 'issued')).toMatchObject({ direction: 'issued', sources: { direction: 'rows' } });
  });

  it('changes nothing when the page tells nothing, or the request was readable', () => {
    expect(withPageScope(hidden, form({}), null)).toBe(hidden);
    const plain = aScope();
    expect(withPageScope(plain, form({ direction: 'issued', dateFrom: '2020-01-01', dateTo: '2020-01-31' }), 'issued')).toBe(plain);
  });
});

describe('rowsDirection', () => {
  it.each([
    [['2', '2'], 'received'],
    [['1'], 'issued'],
    [['1', '2'], null],
    [['2', null], null],
    [[], null],
  ] as const)('%j -> %s', (gjbq, expected) => expect(rowsDirection(gjbq)).toBe(expected));
});
