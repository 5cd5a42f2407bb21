import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExpectedInvoice, PageSignal, QueryScope, Sighting } from '../invoice/model';
import { openStore, type FapiaoDB } from './db';
import { activityOf } from './activity';
import { MAX_SCOPES, MAX_SIGNALS, addExpected, loadSnapshot, putVerification, recordObservation } from './repository';
import { removeExpected } from './trash';

const invoice: ExpectedInvoice = {
  key: '26112000000012345678',
  kind: 'shudian',
  number: '26112000000012345678',
  date: '2026-11-02',
  total: '1130.00',
  origins: {},
  addedAt: 1,
  updatedAt: 1,
};

function scope(id: string, at: number): QueryScope {
  return {
    id, at, page: '/invoice-query/invoice-query', host: 'dppt.beijing.chinatax.gov.cn', direction: 'received',
    dateFrom: '2026-11-01', dateTo: '2026-11-23', statusCodes: [], typeCodes: [], pageNumber: 1, pageSize: 10,
    total: 1, rows: 1, taxpayerId: null, ok: true, encrypted: false,
  };
}

const sighting: Sighting = { key: invoice.key, number: invoice.number, scopeId: 'q1', seenAt: 5, via: 'api' };
const signal: PageSignal = { kind: 'session-expired', at: 6, text: '登录已失效', page: '/invoice-query/invoice-query' };

let db: FapiaoDB;
let n = 0;
beforeEach(async () => {
  db = await openStore(`test-${++n}`);
});
afterEach(() => db.close());

describe('expected invoices', () => {
  it('adds once and reports a second add of the same key without overwriting it', async () => {
    expect(await addExpected(db, invoice)).toBe('added');
    expect(await addExpected(db, { ...invoice, total: '1.00' })).toBe('exists');
    expect((await loadSnapshot(db)).expected).toEqual([invoice]);
  });

  it('notes an add and a 查验 result in the invoice history, and a refused add not at all', async () => {
    await addExpected(db, invoice);
    await addExpected(db, invoice);
    await putVerification(db, { key: invoice.key, outcome: 'match', at: 9 });
    expect((await activityOf(db, invoice.key)).map((a) => [a.kind, a.at, a.detail])).toEqual([
      ['added', 1, undefined],
      ['verified', 9, 'match'],
    ]);
  });

  it('removes and says whether there was anything to remove', async () => {
    await addExpected(db, invoice);
    expect(await removeExpected(db, invoice.key)).toBe(true);
    expect(await removeExpected(db, invoice.key)).toBe(false);
    expect((await loadSnapshot(db)).expected).toEqual([]);
  });
});

describe('recordObservation', () => {
  it('stores scope, sightings, signals and taxpayer together', async () => {
    await recordObservation(db, { scope: scope('q1', 5), sightings: [sighting], signals: [signal], taxpayer: { taxId: 'X', at: 5 } });
    const snap = await loadSnapshot(db);
    expect(snap.scopes.map((s) => s.id)).toEqual(['q1']);
    expect(snap.sightings).toEqual([sighting]);
    expect(snap.signals).toEqual([signal]);
    expect(snap.taxpayer).toEqual({ taxId: 'X', at: 5 });
  });

  it('keeps the newest word on the logged-in taxpayer and merges repeated sightings', async () => {
    await recordObservation(db, { scope: null, sightings: [{ ...sighting, statusCode: '02' }], signals: [], taxpayer: { taxId: 'NEW', at: 9 } });
    await recordObservation(db, { scope: null, sightings: [{ ...sighting, seenAt: 8, via: 'table' }], signals: [], taxpayer: { taxId: 'OLD', at: 4 } });
    const snap = await loadSnapshot(db);
    expect(snap.taxpayer?.taxId).toBe('NEW');
    expect(snap.sightings).toEqual([{ ...sighting, statusCode: '02', seenAt: 8, via: 'table' }]);
  });

  it('keeps only the newest scopes', async () => {
    for (let i = 0; i < MAX_SCOPES + 3; i++) await recordObservation(db, { scope: scope(`q${i}`, i), sightings: [], signals: [], taxpayer: null });
    const snap = await loadSnapshot(db);
    expect(snap.scopes).toHaveLength(MAX_SCOPES);
    expect(snap.scopes[0]!.id).toBe('q3');
  });

  it('keeps only the newest page messages', async () => {
    // One observation brings more than the cap: the oldest go in the same transaction.
    const many = Array.from({ length: MAX_SIGNALS + 2 }, (_, i) => ({ ...signal, at: i }));
    await recordObservation(db, { scope: null, sightings: [], signals: many, taxpayer: null });
    const snap = await loadSnapshot(db);
    expect(snap.signals).toHaveLength(MAX_SIGNALS);
    expect(snap.signals[0]!.at).toBe(2);
  });

  it('writes nothing when one part is invalid', async () => {
    const broken = { ...sighting, key: undefined } as unknown as Sighting;
    await expect(recordObservation(db, { scope: scope('q9', 9), sightings: [broken], signals: [], taxpayer: null })).rejects.toThrow();
    expect((await loadSnapshot(db)).scopes).toEqual([]);
  });
});
