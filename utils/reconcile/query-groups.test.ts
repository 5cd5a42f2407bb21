import { describe, expect, it } from 'vitest';
import type { QueryScope } from '../invoice/model';
import { queryGroups } from './query-groups';
import { aScope, T0 } from './test-fixtures';

describe('queryGroups', () => {
  it.each<[string, QueryScope[], [number | null, number, boolean | null][]]>([
    ['one complete page', [aScope({ total: 3, rows: 3 })], [[3, 3, true]]],
    [
      'two pages of one query',
      [aScope({ total: 60, rows: 50 }), aScope({ pageNumber: 2, total: 60, rows: 10 })],
      [[60, 60, true]],
    ],
    [
      'the same page read twice counts once',
      [aScope({ total: 60, rows: 50 }), aScope({ at: 2, total: 60, rows: 50 })],
      [[60, 50, false]],
    ],
    [
      'other page size is another query',
      [aScope({ total: 60, rows: 50 }), aScope({ pageSize: 10, pageNumber: 6, total: 60, rows: 10 })],
      [
        [60, 50, false],
        [60, 10, false],
      ],
    ],
    [
      'filter order does not matter',
      [
        aScope({ statusCodes: ['01', '02'], total: 2, rows: 1 }),
        aScope({ statusCodes: ['02', '01'], pageNumber: 2, total: 2, rows: 1 }),
      ],
      [[2, 2, true]],
    ],
    [
      'failed pages are not read',
      [aScope({ total: 60, rows: 50 }), aScope({ pageNumber: 2, ok: false, rows: 0 })],
      [[60, 50, false]],
    ],
    [
      'latest total wins',
      [aScope({ at: 1, total: 50, rows: 50 }), aScope({ at: 2, pageNumber: 2, total: 51, rows: 0 })],
      [[51, 50, false]],
    ],
    ['unknown total', [aScope({ total: null })], [[null, 3, null]]],
    [
      'encrypted pages group by their total',
      [
        aScope({ encrypted: true, total: 60, rows: 50 }),
        aScope({ encrypted: true, pageNumber: 2, total: 60, rows: 10 }),
        aScope({ encrypted: true, total: 7, rows: 7 }),
      ],
      [
        [60, 60, true],
        [7, 7, true],
      ],
    ],
    ['the deduction list is left out', [aScope({ call: 'deduction-list' })], []],
    [
      'the deduction list beside the invoice list',
      [aScope({ call: 'invoice-list' }), aScope({ call: 'deduction-list', at: T0 + 1, total: 9, rows: 9 })],
      [[3, 3, true]],
    ],
    ['the result table counts', [aScope({ call: 'table' })], [[3, 3, true]]],
  ])('%s', (_name, scopes, expected) => {
    expect(queryGroups(scopes).map((g) => [g.total, g.rowsRead, g.complete])).toEqual(expected);
  });

  it('answers the same array from its memo', () => {
    const scopes = [aScope()];
    expect(queryGroups(scopes)).toBe(queryGroups(scopes));
  });
});
