import { describe, expect, it } from 'vitest';
import type { Sighting } from '../invoice/model';
import { mergeSighting } from './merge-sighting';

const api: Sighting = { key: 'K', number: 'K', statusCode: '02', buyerTaxId: 'B', total: '10.00', scopeId: 'api', seenAt: 10, via: 'api' };
const table: Sighting = { key: 'K', number: 'K', total: '10.00', scopeId: 'table', seenAt: 20, via: 'table' };

describe('mergeSighting', () => {
  it.each<[string, Sighting | undefined, Sighting, Partial<Sighting>]>([
    ['first sighting', undefined, api, api],
    ['a later table row keeps the status the API gave', api, table, { statusCode: '02', buyerTaxId: 'B', scopeId: 'table', via: 'table', seenAt: 20 }],
    ['a later API answer replaces the status', { ...api, seenAt: 1 }, { ...api, statusCode: '01', seenAt: 30 }, { statusCode: '01', seenAt: 30 }],
    ['an older arrival never overwrites a newer one', { ...api, statusCode: '01', seenAt: 50 }, { ...api, statusCode: '02', seenAt: 40 }, { statusCode: '01', seenAt: 50 }],
    ['an older arrival still fills a gap', table, { ...api, seenAt: 5 }, { statusCode: '02', scopeId: 'table', seenAt: 20 }],
  ])('%s', (_label, stored, incoming, expected) => {
    expect(mergeSighting(stored, incoming)).toMatchObject(expected);
  });
});
